// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractSeries>
#include <QChart>

class QAbstractAxis;
class QAbstractBarSeries;
class QBarSet;

namespace outloud::dashboard {

/*
 * The Network tab's Qt Charts are built once and then updated in place: QChart::removeSeries and
 * removeAxis leave the old items (grid lines, labels, bars) in the scene (Qt 6.4), so a chart
 * refilled from scratch grew on every refresh and repainted slower and slower.
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

} // namespace outloud::dashboard
