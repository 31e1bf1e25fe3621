// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WeekSummary.h"
#include "circle/WeekCalendar.h"

namespace outloud {

class Database;

/**
 * The numbers of one member's week, as the summary prints them: given and received per
 * week of the circle, balance, streak, habit strength and closeness changes.
 *
 * The definitions belong to the analytics (core/analytics), which the dashboard uses too;
 * this file only adapts them to the summary's structs.
 */
namespace reportnumbers {

/// Fills @p numbers, @p weeks (1..calendar length) and @p moves (closeness changes in the week)
/// for @p memberId in @p week, as they stand on referenceDate(): later days do not change them.
void memberNumbers(Database& db, qint64 circleId, qint64 memberId, const WeekCalendar& calendar,
    int week, int weeklyTarget, QDate today, MemberNumbers* numbers, QList<WeekPoint>* weeks,
    QList<ClosenessMove>* moves = nullptr);

/// The day a week's figures are taken on: its last day, or @p today while it runs (and
/// @p today for a week that has not started). The Overview set to this day shows the same.
QDate referenceDate(const WeekCalendar& calendar, int week, QDate today);

} // namespace reportnumbers
} // namespace outloud
