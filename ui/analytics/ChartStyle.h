// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

class QChart;
class QValueAxis;

class QChartView;
class QWidget;

namespace outloud {

/// Series colours that read on both a light and a dark background.
struct ChartColors
{
    QColor given;
    QColor received;
    QColor currentWeek; ///< The current week's bar, marked.
    QColor balance;
    QColor target;
    QColor week1;
    QColor now;
    QColor text;
    bool dark = false; ///< Made for a dark palette.
};

/// True when the palette's window is darker than its text (dark mode).
bool isDarkPalette(const QPalette& palette);

ChartColors chartColors(const QPalette& palette);

/// The built-in light or dark theme after @p palette; call before adding series (a theme
/// resets series colours).
void applyTheme(QChart* chart, const QPalette& palette);

/// Follows @p palette: light or dark theme, background, title, legend and axis colours.
/// Call after the axes are attached.
void styleChart(QChart* chart, const QPalette& palette);

/// Sets @p chart's title: in the title face while it fits the chart's width, else in a face
/// down to the application's, else elided (a larger system font, German at 1024 px).
void setChartTitle(QChart* chart, const QString& title);

/// An empty, unanimated chart in a frameless, antialiased view: every dashboard chart starts so.
QChartView* makeView(const QString& objectName, QWidget* parent);

/// An integer axis from @p low to a little above @p high (room for value labels), with
/// whole-number ticks. @p headroom: share of the span kept free above @p high.
void integerAxis(QValueAxis* axis, double low, double high, double headroom = 0.12);

} // namespace outloud
