// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ExportJob.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <memory>

class QThread;
class QTimer;
class QWidget;

namespace outloud {

/**
 * File > Export data on a thread of its own (io::exportAside: its own connection, one
 * snapshot), so that the window paints and takes input meanwhile. A progress dialog with
 * Cancel shows when the export takes more than a moment; Cancel leaves no file. The
 * runner deletes itself after finished(); destroyed earlier (the window closing), it
 * cancels and waits for the thread.
 */
class ExportRunner : public QObject
{
    Q_OBJECT
public:
    ExportRunner(
        QString location, io::ExportKind kind, qint64 memberId, QString path, QWidget* parent);
    ~ExportRunner() override;

    void start();
    void cancel();
    /// The rows written and to write, for the dialog (and tests).
    io::ExportProgress& progress() { return m_progress; }
    QProgressDialog* progressDialog() const { return m_dialog; }
    QString path() const { return m_path; }

Q_SIGNALS:
    /// @p error is empty when the file was written; @p canceled when the user stopped it.
    void finished(bool canceled, const QString& error);

private:
    void showProgress();
    void done();

    QString m_location;
    io::ExportKind m_kind;
    qint64 m_memberId;
    QString m_path;
    QPointer<QWidget> m_parent;
    io::ExportProgress m_progress;
    QThread* m_thread = nullptr;
    QTimer* m_poll = nullptr;
    QPointer<QProgressDialog> m_dialog; ///< The window may delete it first, as it closes.
    QString m_error;
    bool m_canceled = false;
};

} // namespace outloud
