// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace outloud {

class Database;
struct WeekPlan;

/// One meeting as an iCalendar event.
struct CalendarEvent
{
    QString uid;
    QDateTime start; ///< Any zone; written in UTC.
    int minutes = 60;
    int sequence = 0;
    QString summary;
    QString description;
    bool cancelled = false;
};

/**
 * iCalendar (RFC 5545) export of a circle's meetings: one VEVENT per meeting with a UID
 * made from the circle and the week, so that importing a re-export updates the events
 * (SEQUENCE grows with every move) instead of adding copies. Times are written in UTC,
 * which every calendar converts to the reader's zone, daylight saving included.
 */
class CalendarExport
{
    // tr() in members uses the context lupdate gives them, so their messages get translated.
    Q_DECLARE_TR_FUNCTIONS(outloud::CalendarExport)

public:
    /// Escapes TEXT values: backslash, semicolon, comma and newlines.
    static QString escapeText(const QString& text);
    /// Folds one content line into CRLF-terminated lines of at most 75 octets, never
    /// splitting a UTF-8 character.
    static QByteArray foldLine(const QString& line);
    /// A complete VCALENDAR for @p events, stamped @p stamp.
    static QByteArray write(
        const QList<CalendarEvent>& events, const QString& calendarName, const QDateTime& stamp);

    /// The events of @p circleId's meetings, titled from @p plan.
    static QList<CalendarEvent> events(Database& db, qint64 circleId, const WeekPlan& plan);
    /// Writes @p circleId's calendar to @p path atomically (owner-only permissions).
    static bool exportToFile(
        Database& db, qint64 circleId, const WeekPlan& plan, const QString& path, QString* error);
};

} // namespace outloud
