// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/WeekSummary.h"

#include <QDateTime>

namespace outloud {

class Database;

namespace sharing {

/// Puts the members' shared figures into the facilitator's circle summary of a week: a
/// member's card (or what the facilitator typed in from the round) replaces what this
/// database knows of them, the circle's weekly totals follow, and each such row says where
/// its figures come from and as of when (@p now: the reader's clock).
void applySharedFigures(
    Database& db, qint64 circleId, CircleWeekSummary* summary, const QDateTime& now);

} // namespace sharing
} // namespace outloud
