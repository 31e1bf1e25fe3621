// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SummaryExport.h"

#include <QObject>

class QThread;

namespace outloud {

/**
 * File > Export week summary on a thread of its own (summarypdf::exportAside: its own
 * connection, one snapshot, the PDF painted there), so that the window paints and answers
 * meanwhile. finished() comes on the thread that started it. Destroyed while running (the
 * dialog or the window closing), it cancels and waits for the thread: the scratch file is
 * removed and the target left as it was.
 */
class SummaryExportRunner : public QObject
{
    Q_OBJECT
public:
    explicit SummaryExportRunner(summarypdf::Request request, QObject* parent = nullptr);
    ~SummaryExportRunner() override;

    void start();
    /// Stops the export at its next page or table row; finished() follows with canceled.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    /// The page reached, for the dialog (and tests, which may set afterPage before start()).
    summarypdf::Progress& progress() { return m_progress; }
    const summarypdf::Request& request() const { return m_request; }

Q_SIGNALS:
    /// @p error is empty when the file was written; @p canceled when the user stopped it.
    void finished(bool canceled, const QString& error);

private:
    void done();

    const summarypdf::Request m_request;
    summarypdf::Progress m_progress;
    QThread* m_thread = nullptr;
    QString m_error;
    bool m_canceled = false;
};

} // namespace outloud
