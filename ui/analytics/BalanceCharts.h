// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartStyle.h"
#include "ChartWidget.h"
#include "analytics/Analytics.h"

namespace outloud::dashboard {

/*
 * What the Overview's Balance tab charts show, built from the figures: pure functions, so a
 * circle switch or an edit costs a comparison and, when something changed, one layout.
 */

/// Given vs received per week; the current week's bars are marked.
ChartData weeklyChart(const analytics::MemberAnalytics& a, const ChartColors& colors);

/// Cumulative balance, one point per week up to the current one.
ChartData balanceChart(const analytics::MemberAnalytics& a, const ChartColors& colors);

/// People per closeness level at week 1 and now.
ChartData closenessChart(const analytics::MemberAnalytics& a, const ChartColors& colors);

/// Contributions given per week with the weekly target as a dashed line over the bars.
ChartData targetChart(const analytics::MemberAnalytics& a, const ChartColors& colors);

/// The largest imbalances both ways as horizontal bars of the difference, and the people in
/// the chart's order (bottom to top), for its tooltips.
struct ImbalanceChart
{
    ChartData data;
    QList<analytics::PersonExchange> people;
};
ImbalanceChart imbalanceChart(const analytics::MemberAnalytics& a, const ChartColors& colors);

} // namespace outloud::dashboard
