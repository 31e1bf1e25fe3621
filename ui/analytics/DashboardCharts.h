// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/Analytics.h"

#include <QAbstractSeries>
#include <QChart>
#include <QPalette>
#include <QString>

class QAbstractAxis;
class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QLineSeries;

namespace outloud::dashboard {

/// The category label of @p week on the week axes: "9 (now)" marks the current week.
QString weekLabel(int week, int currentWeek);

/// Exact figures of one week, for tooltips: dates, given, received, target.
QString weekToolTip(const analytics::MemberAnalytics& a, int week);

/*
 * Charts are built once and then updated in place: QChart::removeSeries and removeAxis leave
 * the old items (grid lines, labels, bars) in the scene (Qt 6.4), so a chart refilled from
 * scratch grew on every refresh and repainted slower and slower.
 */

/// Series @p index of @p chart, made (and added) on the first fill; @p created says which.
template <typename T> T* seriesAt(QChart* chart, int index, bool* created = nullptr)
{
    const QList<QAbstractSeries*> all = chart->series();
    if (created)
        *created = index >= all.size();
    if (index < all.size())
        return static_cast<T*>(all.at(index));
    auto* series = new T;
    chart->addSeries(series);
    return series;
}

/// The axis of @p chart at @p alignment, made (and added) on the first fill.
template <typename T> T* axisAt(QChart* chart, Qt::Alignment alignment)
{
    const Qt::Orientation orientation
        = alignment & (Qt::AlignLeft | Qt::AlignRight) ? Qt::Vertical : Qt::Horizontal;
    const QList<QAbstractAxis*> axes = chart->axes(orientation);
    if (!axes.isEmpty())
        return static_cast<T*>(axes.first());
    auto* axis = new T;
    chart->addAxis(axis, alignment);
    return axis;
}

/// Attaches @p axis to @p series unless it already is.
void attach(QAbstractSeries* series, QAbstractAxis* axis);

/// Bar set @p index of @p series, named @p name, made on the first fill.
QBarSet* barSetAt(QAbstractBarSeries* series, int index, const QString& name);

/// Replaces the values of @p set; bar @p selected (if any) is its only one selected.
void setValues(QBarSet* set, const QList<int>& values, int selected = -1);
/// Sets @p categories unless the axis has them already (each change lays the chart out).
void setCategories(QBarCategoryAxis* axis, const QStringList& categories);

struct WeeklySets
{
    bool created = false; ///< First fill: connect to the sets now, once.
    QBarSet* given = nullptr;
    QBarSet* received = nullptr;
};
/// Given vs received per week; the current week's bars are selected (marked).
WeeklySets fillWeeklyChart(
    QChart* chart, const analytics::MemberAnalytics& a, const QPalette& palette);

/// Cumulative balance, one point per week up to the current one.
/// @p created: whether the line was made now (connect to it once).
QLineSeries* fillBalanceChart(QChart* chart, const analytics::MemberAnalytics& a,
    const QPalette& palette, bool* created = nullptr);

struct ClosenessSets
{
    bool created = false; ///< First fill: connect to the sets now, once.
    QBarSet* week1 = nullptr;
    QBarSet* now = nullptr;
};
/// People per closeness level at week 1 and now.
ClosenessSets fillClosenessChart(
    QChart* chart, const analytics::MemberAnalytics& a, const QPalette& palette);

struct TargetSeries
{
    bool created = false; ///< First fill: connect to the sets now, once.
    QBarSet* given = nullptr;
    QLineSeries* target = nullptr;
};
/// Contributions given per week with the weekly target as a line.
TargetSeries fillTargetChart(
    QChart* chart, const analytics::MemberAnalytics& a, const QPalette& palette);

struct ImbalanceSets
{
    bool created = false; ///< First fill: connect to the sets now, once.
    QBarSet* theyGaveMore = nullptr;
    QBarSet* iGaveMore = nullptr;
    QStringList names; ///< Category order (bottom to top), as on the axis.
    QList<analytics::PersonExchange> people; ///< Same order as names.
};
/// The largest imbalances both ways as horizontal bars of the difference.
ImbalanceSets fillImbalanceChart(
    QChart* chart, const analytics::MemberAnalytics& a, const QPalette& palette);

} // namespace outloud::dashboard
