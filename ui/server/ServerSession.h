// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QMenu;
class QWidget;

namespace outloud {

class Database;
class ServerConnector;

/**
 * The window's side of server mode: File > Connect to a server… and File > Recent, the
 * connection made off the GUI thread (ServerConnector), a plain message when it fails,
 * and the offer to reconnect when an open server database loses its connection.
 * openRequested() asks the window to open an address that has just been checked.
 */
class ServerSession : public QObject
{
    Q_OBJECT
public:
    explicit ServerSession(QWidget* window);

    /// Adds "Connect to a server…" and the "Recent" submenu to @p fileMenu.
    void addMenuEntries(QMenu* fileMenu);
    /// Connects to @p address in the background, then emits openRequested().
    void connectTo(const QString& address);
    /// Shows the Connect dialog (filled with @p address if given), then connects.
    void showConnectDialog(const QString& address = {});
    /// Watches @p db (the window's open database) for a lost connection.
    void watch(Database* db);
    ServerConnector* connector() const { return m_connector; }

Q_SIGNALS:
    void openRequested(const QString& address);

private:
    void fillRecentMenu();
    void offerReconnect();

    QWidget* m_window = nullptr;
    ServerConnector* m_connector = nullptr;
    QMenu* m_recent = nullptr;
    QPointer<Database> m_db;
};

} // namespace outloud
