// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace outloud {

class Database;

/// Where my week stands: what the weekly nudge and `outloud remind` say.
struct WeekStanding
{
    qint64 circleId = -1;
    QString circleName;
    int week = 0; ///< Week of the circle; 0 when the circle is not running.
    int lengthWeeks = 12;
    QDate start; ///< The week's first day.
    QDate end; ///< The first day after it.
    int given = 0; ///< Contributions I gave this week.
    int target = 3; ///< My weekly target.
    QStringList due; ///< People due or overdue for a contribution, most overdue first.
    QDateTime nextMeeting; ///< The next meeting still to come; invalid when none.

    bool targetMet() const { return given >= target; }
};

/// The standing of "me" in @p circleId at @p now; empty when the circle has no "me".
std::optional<WeekStanding> weekStanding(Database& db, qint64 circleId, const QDateTime& now);

/// "2 of 4 contributions; Emma and Farid are due; meeting Monday 12:30" (translated;
/// @p now decides whether the meeting is named by weekday or by date).
QString nudgeText(const WeekStanding& standing, const QDateTime& now);
/// "Outloud · week 7 of 12"
QString nudgeTitle(const WeekStanding& standing);

} // namespace outloud
