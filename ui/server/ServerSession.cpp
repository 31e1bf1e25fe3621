// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerSession.h"

#include "ConnectDialog.h"
#include "RecentServers.h"
#include "ServerConnector.h"
#include "common/MessageBox.h"
#include "storage/Database.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace outloud {

ServerSession::ServerSession(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_connector(new ServerConnector(window))
{
    connect(m_connector, &ServerConnector::connected, this, [this](const QString& address) {
        recentServers::add(address);
        Q_EMIT openRequested(address);
    });
    connect(m_connector, &ServerConnector::failed, this,
        [this](const QString&, const QString& message) {
            MessageBox::warning(m_window, tr("Connect to a server"), message);
        });
}

void ServerSession::addMenuEntries(QMenu* fileMenu)
{
    QAction* connectAction
        = fileMenu->addAction(tr("Connect to a &server…"), this, [this] { showConnectDialog(); });
    connectAction->setObjectName(u"connectToServerAction"_s);
    connectAction->setToolTip(tr("Open an Outloud database on a PostgreSQL server"));
    m_recent = fileMenu->addMenu(tr("&Recent"));
    m_recent->setObjectName(u"recentMenu"_s);
    connect(m_recent, &QMenu::aboutToShow, this, &ServerSession::fillRecentMenu);
    fillRecentMenu();
}

void ServerSession::fillRecentMenu()
{
    m_recent->clear();
    const QStringList addresses = recentServers::list();
    for (const QString& address : addresses) {
        QAction* a = m_recent->addAction(address, this, [this, address] { connectTo(address); });
        a->setObjectName(u"recentServer"_s);
    }
    if (addresses.isEmpty()) {
        m_recent->addAction(tr("No recent connections"))->setEnabled(false);
        return;
    }
    m_recent->addSeparator();
    m_recent->addAction(tr("&Clear the list"), this, [] { recentServers::clear(); });
}

void ServerSession::connectTo(const QString& address)
{
    if (m_connector->isBusy())
        m_connector->cancel();
    m_connector->start(address);
}

void ServerSession::showConnectDialog(const QString& address)
{
    ConnectDialog dialog(m_window);
    const QStringList recent = recentServers::list();
    if (!address.isEmpty())
        dialog.setAddress(address);
    else if (!recent.isEmpty())
        dialog.setAddress(recent.first());
    if (dialog.exec() == QDialog::Accepted)
        connectTo(dialog.address());
}

void ServerSession::watch(Database* db)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    if (db && db->isServer())
        connect(db, &Database::connectionLost, this, &ServerSession::offerReconnect);
}

void ServerSession::offerReconnect()
{
    if (!m_db)
        return;
    const QString address = m_db->path();
    const auto answer = MessageBox::question(m_window, tr("Connection lost"),
        tr("The connection to the server %1 was lost. The last change was not saved; "
           "everything saved before it is safe on the server.\n\nReconnect now?")
            .arg(address),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        connectTo(address);
}

} // namespace outloud
