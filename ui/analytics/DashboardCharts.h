// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/Analytics.h"

#include <QPalette>
#include <QString>

class QBarSet;
class QChart;
class QLineSeries;

namespace outloud::dashboard {

/// The category label of @p week on the week axes: "9 (now)" marks the current week.
QString weekLabel(int week, int currentWeek);

/// Exact figures of one week, for tooltips: dates, given, received, target.
QString weekToolTip(const analytics::MemberAnalytics& a, int week);

/// Removes every series and axis, so a chart can be filled again.
void clearChart(QChart* chart);

struct WeeklySets
{
    QBarSet* given = nullptr;
    QBarSet* received = nullptr;
};
/// Given vs received per week; the current week's bars are selected (marked).
WeeklySets fillWeeklyChart(
    QChart* chart, const analytics::MemberAnalytics& a, const QPalette& palette);

/// Cumulative balance, one point per week up to the current one.
QLineSeries* fillBalanceChart(
    QChart* chart, const analytics::MemberAnalytics& a, const QPalette& palette);

struct ClosenessSets
{
    QBarSet* week1 = nullptr;
    QBarSet* now = nullptr;
};
/// People per closeness level at week 1 and now.
ClosenessSets fillClosenessChart(
    QChart* chart, const analytics::MemberAnalytics& a, const QPalette& palette);

struct TargetSeries
{
    QBarSet* given = nullptr;
    QLineSeries* target = nullptr;
};
/// Contributions given per week with the weekly target as a line.
TargetSeries fillTargetChart(
    QChart* chart, const analytics::MemberAnalytics& a, const QPalette& palette);

struct ImbalanceSets
{
    QBarSet* theyGaveMore = nullptr;
    QBarSet* iGaveMore = nullptr;
    QStringList names; ///< Category order (bottom to top), as on the axis.
    QList<analytics::PersonExchange> people; ///< Same order as names.
};
/// The largest imbalances both ways as horizontal bars of the difference.
ImbalanceSets fillImbalanceChart(
    QChart* chart, const analytics::MemberAnalytics& a, const QPalette& palette);

} // namespace outloud::dashboard
