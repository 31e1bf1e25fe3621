// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QProgressDialog;
class QWidget;

namespace outloud {

/**
 * Connects to a PostgreSQL server without freezing the window. libpq's connect blocks
 * (up to connect_timeout, 10 s unless the address says otherwise), and so can bringing an
 * empty database up to Outloud's schema: both run on a thread of their own, on a
 * connection of their own that is closed again, while a progress dialog offers Cancel.
 * Once that check passed, the window opens the database itself (a reachable server with a
 * current schema answers at once).
 *
 * Exactly one of connected(), failed() or canceled() follows each start(). Cancel
 * returns at once; the abandoned attempt ends on its own thread within the timeout, and
 * its result is ignored.
 */
class ServerConnector : public QObject
{
    Q_OBJECT
public:
    explicit ServerConnector(QWidget* parent);
    ~ServerConnector() override;

    void start(const QString& address);
    bool isBusy() const { return m_busy; }
    /// The progress dialog while connecting (tests press its Cancel).
    QProgressDialog* progress() const;
    /// Abandons the attempt under way (the progress dialog's Cancel).
    void cancel();

Q_SIGNALS:
    void connected(const QString& address);
    void failed(const QString& address, const QString& message);
    void canceled();

private:
    QWidget* m_parent = nullptr;
    QPointer<QProgressDialog> m_progress;
    int m_attempt = 0;
    bool m_busy = false;
};

} // namespace outloud
