// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The look of the Network tab's Qt Charts (part of the chart module, see NetworkCharts.h).
#pragma once

#include <QPalette>
#include <QString>

class QChart;
class QChartView;
class QValueAxis;
class QWidget;

namespace outloud {

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
