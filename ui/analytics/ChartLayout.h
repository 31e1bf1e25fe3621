// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartScale.h"
#include "ChartWidget.h"

#include <QLineF>
#include <QPalette>
#include <QPen>
#include <QPolygonF>

namespace outloud {

/// Where everything of a ChartWidget goes: computed once per data, size, font and palette,
/// then only drawn.
struct ChartLayout
{
    struct Bar
    {
        QRectF rect;
        QColor color;
        int set = 0;
        int category = 0;
    };
    struct Stroke
    {
        QPolygonF points;
        QPen pen;
        qreal dotRadius = 0; ///< 0: no dots.
        QPointF emphasised; ///< A larger dot (the latest point), when not null.
    };
    struct Swatch
    {
        QRectF rect;
        QColor color;
        bool line = false;
        bool dashed = false;
    };

    QRectF frame; ///< The background's rounded rectangle.
    QRectF plot;
    QRectF hitArea; ///< Where hover finds a category: the plot and its category labels.
    IntegerScale scale;
    qreal slot = 0; ///< The room of one category along its axis.
    bool hasAxes = false;
    QList<QLineF> grid;
    QList<QLineF> axes;
    QList<Bar> bars;
    QList<Stroke> lines;
    QList<Swatch> swatches;
    QList<ChartText> texts;
    QColor background;
    QColor border;
    QColor gridColor;
    QColor axisColor;
};

/// Lays @p data out in a widget of @p size in @p font's face and @p palette's colours.
ChartLayout layOutChart(
    const ChartData& data, QSizeF size, const QFont& font, const QPalette& palette);

} // namespace outloud
