// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/WeekSummary.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>

class QPainter;

namespace outloud {

/**
 * Given against received per week as grouped bars, with the weekly target as a dashed
 * line and the reported week shaded: the dashboard's first chart, drawn with QPainter so
 * that a PDF keeps it as vector graphics.
 */
class WeekChart
{
    // tr() in members uses the context lupdate gives them, so their messages get translated.
    Q_DECLARE_TR_FUNCTIONS(outloud::WeekChart)

public:
    QList<WeekPoint> weeks;
    int currentWeek = 0;
    int target = 0; ///< 0: no target line.
    QFont font; ///< Labels; its point size is used as is.
    qreal pixelsPerPoint = 1;

    void paint(QPainter& painter, const QRectF& rect) const;
    /// The cumulative balance (given - received) as a line up to the reported week.
    void paintBalance(QPainter& painter, const QRectF& rect) const;
};

} // namespace outloud
