// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Notifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QGuiApplication>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
const auto Service = u"org.freedesktop.Notifications"_s;
const auto Path = u"/org/freedesktop/Notifications"_s;
const auto Interface = u"org.freedesktop.Notifications"_s;
} // namespace

FreedesktopNotifier::FreedesktopNotifier(QObject* parent)
    : Notifier(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(
        Service, Path, Interface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
    bus.connect(
        Service, Path, Interface, u"NotificationClosed"_s, this, SLOT(onClosed(uint, uint)));
}

bool FreedesktopNotifier::isAvailable()
{
    QDBusConnectionInterface* bus = QDBusConnection::sessionBus().interface();
    return bus && bus->isServiceRegistered(Service).value();
}

bool FreedesktopNotifier::notify(const QString& title, const QString& body)
{
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, u"Notify"_s);
    // The body is plain text from the user's own data: servers may read it as markup, so
    // escape it rather than let a name like "<b>" format the message.
    const QVariantMap hints {
        {u"desktop-entry"_s, QStringLiteral(OUTLOUD_APP_ID)}, {u"category"_s, u"reminder"_s}};
    call << QCoreApplication::applicationName() << uint(0) << QStringLiteral(OUTLOUD_APP_ID)
         << title << body.toHtmlEscaped() << QStringList {u"default"_s, tr("Open Outloud")} << hints
         << int(-1);
    const QDBusReply<uint> reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 5000);
    if (!reply.isValid())
        return false;
    m_id = reply.value();
    return true;
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString& action)
{
    if (id == m_id && m_id != 0 && action == u"default"_s)
        Q_EMIT clicked();
}

void FreedesktopNotifier::onClosed(uint id, uint)
{
    if (id == m_id && m_id != 0)
        Q_EMIT closed();
}

TrayNotifier::TrayNotifier(QObject* parent)
    : Notifier(parent)
{ }

TrayNotifier::~TrayNotifier()
{
    delete m_tray;
}

bool TrayNotifier::notify(const QString& title, const QString& body)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return false;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon());
        m_tray->setToolTip(QCoreApplication::applicationName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &Notifier::clicked);
        connect(m_tray, &QSystemTrayIcon::activated, this, &Notifier::clicked);
    }
    m_tray->show();
    m_tray->showMessage(title, body, QSystemTrayIcon::Information, 30000);
    return true;
}

std::unique_ptr<Notifier> createDesktopNotifier(QObject* parent)
{
    if (FreedesktopNotifier::isAvailable())
        return std::make_unique<FreedesktopNotifier>(parent);
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance())
        && QSystemTrayIcon::isSystemTrayAvailable())
        return std::make_unique<TrayNotifier>(parent);
    return nullptr;
}

} // namespace outloud
