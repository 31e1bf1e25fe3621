// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>
#include <QStringList>

class QWidget;

/*
 * The Network tab's three bar charts are drawn with Qt Charts, which lives in a module of its
 * own (charts/, liboutloud_network_charts.so) that NetworkChartsLoader loads when the tab first
 * comes up: a window that never shows the tab never maps libQt6Charts. The module and the
 * program share only what is in this header: plain data and inline virtual functions, so the
 * module needs no symbol of the program. Any change here changes the ABI key (a hash of this
 * file, see ui/CMakeLists.txt), and a module with another key is refused.
 */

namespace outloud {

/// One set of bars: its name, a value per category, its colour and the hover text per bar.
struct NetworkBarSet
{
    QString name;
    QList<int> values;
    QColor color;
    QStringList toolTips;
};

/// One bar chart, every text already translated: the module calls no tr().
struct NetworkBarChart
{
    QString title;
    QStringList categories; ///< Bottom to top on a horizontal chart.
    QList<NetworkBarSet> sets; ///< One set: no legend, the title says what it is.
    QString valueTitle;
    bool horizontal = false;
};

/// The charts the module makes, as children of the widget given to its factory.
class NetworkCharts
{
public:
    enum Chart { Mix, Brought, Channels };

    virtual ~NetworkCharts() = default;
    /// The view of @p chart (a QChartView named generosityChart, broughtChart, channelChart).
    virtual QWidget* view(Chart chart) const = 0;
    /// Shows @p data in @p chart in the colours of @p palette, updating it in place.
    virtual void setChart(Chart chart, const NetworkBarChart& data, const QPalette& palette) = 0;
};

/// The module's two entry points (extern "C"): its ABI key, and the factory.
using NetworkChartsAbiFunction = const char* (*)();
using NetworkChartsFactory = NetworkCharts* (*)(QWidget* parent);
inline constexpr char NetworkChartsAbiSymbol[] = "outloud_network_charts_abi";
inline constexpr char NetworkChartsCreateSymbol[] = "outloud_network_charts_create";

} // namespace outloud
