// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Meeting.h"
#include "circle/Circle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimeZone>
#include <utility>

namespace outloud {

class Database;

/**
 * The circle's meeting dates. Meetings are stored as wall-clock times ("yyyy-MM-ddTHH:mm")
 * in the circle's time zone, so a weekly meeting at 18:00 stays at 18:00 across a
 * daylight-saving change; only its UTC instant moves.
 */
class Schedule
{
    // tr() in members uses the context lupdate gives them, so their messages get translated.
    Q_DECLARE_TR_FUNCTIONS(outloud::Schedule)

public:
    /// The circle's zone: its IANA id, or the system's zone when empty or unknown.
    static QTimeZone zone(const Circle& circle);
    /// The planned meetings: one per week from the first meeting day, at the meeting time.
    static QList<QDateTime> plannedTimes(const Circle& circle);
    /// @p time on @p date in @p zone. A time that the clocks skip (02:30 on the night they
    /// go forward) is read with the offset before the change (RFC 5545), so it is never lost.
    static QDateTime wallTime(QDate date, QTime time, const QTimeZone& zone);
    /// @p at moved by @p weeks weeks, keeping its wall-clock time in its zone.
    static QDateTime addWeeks(const QDateTime& at, int weeks);
    /// A stored meeting time read in the circle's zone.
    static QDateTime inZone(const QDateTime& stored, const QTimeZone& zone);
    /// The text stored for @p at (its wall-clock time).
    static QString storedText(const QDateTime& at);

    explicit Schedule(Database& db);

    /// The circle's meetings with scheduledAt in the circle's zone, ordered by week.
    QList<Meeting> meetings(qint64 circleId) const;

    /**
     * Moves meeting @p week to @p at (wall-clock time in the circle's zone). Refused
     * when it would come before the previous meeting or after the next one.
     */
    bool moveMeeting(qint64 circleId, int week, const QDateTime& at, QString* error);

    /// Skips the calendar week of meeting @p week: it and every later meeting not yet
    /// held move one week later, keeping their time of day.
    bool skipWeek(qint64 circleId, int week, QString* error);

    /// meeting id -> the stored date and wall-clock time (what an undo step puts back).
    QHash<qint64, std::pair<QDate, QTime>> wallTimes(qint64 circleId) const
    {
        return storedWallTimes(circleId);
    }
    /// Stores @p times (from wallTimes()) for @p circleId's meetings, in one transaction;
    /// a meeting whose time changes gets a new calendar SEQUENCE.
    bool setWallTimes(
        qint64 circleId, const QHash<qint64, std::pair<QDate, QTime>>& times, QString* error);

private:
    /// meeting id -> the stored date and wall-clock time.
    QHash<qint64, std::pair<QDate, QTime>> storedWallTimes(qint64 circleId) const;

    Database& m_db;
};

} // namespace outloud
