// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveUpdates.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
// Notifications that arrive together (a member saving several edits, a meeting record)
// refresh the window once; well inside the two seconds a circle waits at most.
constexpr int CoalesceMs = 100;
constexpr int HealthCheckMs = 1000;
} // namespace

Database::Tables LiveUpdates::tablesFor(const QString& payload)
{
    // Outloud's own announcements carry table flags; an organization database's triggers
    // (which also hear psql and other programs) carry the tables' names.
    bool numeric = false;
    const unsigned flags = payload.toUInt(&numeric);
    if (numeric)
        return Database::Tables::fromInt(flags);
    static const QHash<QString, Database::Tables> byName = {
        {u"circle"_s, Database::Circles},
        {u"member"_s, Database::Members},
        {u"goal_revision"_s, Database::Goals},
        {u"person"_s, Database::People},
        {u"closeness_change"_s, Database::People},
        {u"contribution"_s, Database::Contributions},
        {u"meeting"_s, Database::Meetings},
        {u"attendance"_s, Database::Meetings},
        {u"round_note"_s, Database::Meetings},
        {u"exercise_done"_s, Database::Meetings},
        {u"circle_plan"_s, Database::Meetings},
        {u"reported_round"_s, Database::Meetings},
        {u"commitment"_s, Database::Commitments},
    };
    // An organization database names every table its transaction changed: "contribution,person".
    Database::Tables tables;
    for (const QString& name : payload.split(u',', Qt::SkipEmptyParts))
        tables |= byName.value(name, Database::AllTables);
    return tables ? tables : Database::Tables(Database::AllTables);
}

void LiveUpdates::setFollowProgram(bool follow)
{
    if (m_followProgram == follow)
        return;
    m_followProgram = follow;
    if (m_db.isServer())
        subscribe();
}

LiveUpdates::LiveUpdates(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
    if (!m_db.isServer())
        return;
    QSqlDriver* driver = m_db.connection().driver();
    connect(driver, &QSqlDriver::notification, this, &LiveUpdates::onNotification);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(CoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &LiveUpdates::deliver);
    m_health.setInterval(HealthCheckMs);
    connect(&m_health, &QTimer::timeout, this, &LiveUpdates::checkConnection);
    m_health.start();
    // A circle this login joined or created (here or elsewhere) gets its channel.
    connect(&m_db, &Database::changed, this, [this](Database::Tables tables) {
        if (tables & (Database::Circles | Database::Members))
            subscribe();
    });
    subscribe();
}

void LiveUpdates::subscribe()
{
    QSqlDriver* driver = m_db.connection().driver();
    QStringList wanted = {QString::fromLatin1(Database::CirclesChannel)};
    if (m_followProgram)
        wanted.append(QString::fromLatin1(ProgramChannel));
    for (qint64 id : m_db.circlesToAnnounce())
        wanted.append(Database::circleChannel(id));
    const QStringList current = driver->subscribedToNotifications();
    for (const QString& channel : current) {
        if (!wanted.contains(channel))
            driver->unsubscribeFromNotification(channel);
    }
    for (const QString& channel : std::as_const(wanted)) {
        if (!current.contains(channel))
            driver->subscribeToNotification(channel);
    }
    m_channels = driver->subscribedToNotifications();
}

void LiveUpdates::onNotification(
    const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload)
{
    // Our own commits were announced locally already.
    if (source == QSqlDriver::SelfSource || !m_channels.contains(name))
        return;
    // The program channel names only a circle: any of the overview's figures may move.
    m_waiting |= name == QLatin1StringView(ProgramChannel) ? Database::Tables(Database::AllTables)
                                                           : tablesFor(payload.toString());
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void LiveUpdates::deliver()
{
    const Database::Tables tables = m_waiting;
    m_waiting = {};
    if (!tables)
        return;
    if (tables & (Database::Circles | Database::Members))
        m_db.refreshCirclesToAnnounce();
    m_db.notifyChanged(tables);
    Q_EMIT othersChanged(tables);
}

void LiveUpdates::checkConnection()
{
    // Never between the statements of a write: the health check waits for the next tick.
    if (m_db.transactionDepth() > 0)
        return;
    {
        QSqlQuery q(m_db.connection());
        if (q.exec(u"SELECT 1"_s))
            return;
    }
    // Opening a connection blocks (up to the address's connect_timeout): while the server
    // stays away, try less and less often (1, 2, 4 ... 30 seconds).
    if (m_waitTicks > 0) {
        --m_waitTicks;
        return;
    }
    QString error;
    if (!m_db.reconnect(&error)) {
        if (!m_lost)
            Q_EMIT connectionLost(error);
        m_lost = true;
        m_backoff = std::min(30, std::max(1, m_backoff * 2));
        m_waitTicks = m_backoff - 1;
        return;
    }
    m_lost = false;
    m_backoff = 0;
    m_waitTicks = 0;
    ++m_reconnects;
    m_channels.clear();
    subscribe();
    // Whatever others changed while the connection was down was announced to nobody.
    m_db.notifyChanged(Database::AllTables);
    Q_EMIT reconnected();
}

} // namespace outloud
