// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QObject>
#include <QSqlDriver>
#include <QStringList>
#include <QTimer>

namespace outloud {

/**
 * Keeps an open window on a server database in step with the rest of its circle: listens
 * (PostgreSQL LISTEN) on the channel of every circle the login may see, and when another
 * connection commits a change there, announces it through Database::changed, so that the
 * models re-read what changed under this login's own rights. Notifications carry table
 * flags only; nothing private travels with them.
 *
 * The connection is checked every second; after the server dropped it, it is opened again
 * (less and less often while the server stays away, up to every 30 seconds),
 * the channels are subscribed again and everything is re-read once (changes made while
 * away sent notifications nobody heard). Needs the connection's thread to run an event
 * loop. Does nothing on SQLite. Destroy it before the Database, or with it; it touches the
 * connection only from its timers and slots.
 */
class LiveUpdates : public QObject
{
    Q_OBJECT
public:
    explicit LiveUpdates(Database& db, QObject* parent = nullptr);

    /// The channels listened on now (circle_<id> for each circle, and the circles channel).
    QStringList channels() const { return m_channels; }
    /// How often the connection was opened again after the server dropped it.
    int reconnects() const { return m_reconnects; }
    /// An organization database's channel where every circle's changes are announced (the
    /// payload is the circle's id): followed by the facilitator's and the admin's overview.
    static constexpr const char* ProgramChannel = "outloud_program";
    void setFollowProgram(bool follow);
    /// The tables a notification's payload names: Outloud's table flags, or the name of
    /// the table an organization database's trigger saw change. Anything else: all.
    static Database::Tables tablesFor(const QString& payload);

    /// Checks the connection now (the timer does so every second).
    void checkConnection();

Q_SIGNALS:
    /// Another connection changed @p tables in one of this login's circles; the models
    /// have been told (Database::changed).
    void othersChanged(outloud::Database::Tables tables);
    /// The connection was lost and is open again, subscribed and re-read.
    void reconnected();
    /// The connection is lost and could not be opened again yet (@p message says why).
    void connectionLost(const QString& message);

private:
    void subscribe();
    void onNotification(
        const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    void deliver();

    Database& m_db;
    QStringList m_channels;
    QTimer m_health;
    QTimer m_coalesce;
    Database::Tables m_waiting;
    int m_reconnects = 0;
    bool m_lost = false;
    int m_backoff = 0; // seconds between attempts while the server stays away
    int m_waitTicks = 0;
    bool m_followProgram = false;
};

} // namespace outloud
