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

/// Fills @p numbers and @p weeks (1..calendar length) for @p memberId in @p week, as they
/// stood at the end of that week: later weeks do not change its streak or score.
void memberNumbers(Database& db, qint64 circleId, qint64 memberId, const WeekCalendar& calendar,
    int week, int weeklyTarget, MemberNumbers* numbers, QList<WeekPoint>* weeks);

/// The people on @p memberId's list whose closeness changed in [@p from, @p to), with the
/// level before and after. The summary lists them by name; analytics only counts rises,
/// so this small query lives here.
QList<ClosenessMove> closenessMoves(Database& db, qint64 memberId, QDate from, QDate to);

} // namespace reportnumbers
} // namespace outloud
