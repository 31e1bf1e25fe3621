// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/Analytics.h"

#include <QString>

namespace outloud::dashboard {

/// The category label of @p week on the week axes: "9 (now)" marks the current week.
QString weekLabel(int week, int currentWeek);

/// Exact figures of one week, for tooltips: dates, given, received, target.
QString weekToolTip(const analytics::MemberAnalytics& a, int week);

} // namespace outloud::dashboard
