// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The chart module's one class and its two entry points (see analytics/NetworkCharts.h).
#include "ChartUpdate.h"
#include "QtChartStyle.h"
#include "analytics/NetworkCharts.h"
#include "storage/PlainText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <array>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {

// The hover texts of a bar set, one per bar, kept on the set.
const char* const ToolTipsProperty = "outloudToolTips";

void showToolTip(QChartView* view, const QString& text)
{
    view->setToolTip(plainToolTip(text));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, view);
}

/// The sets of @p data as bars over its categories, updated in place (see ChartUpdate.h);
/// @p created: the series was made now.
template <typename Series>
QList<QBarSet*> fillBars(
    QChart* chart, const QPalette& palette, const NetworkBarChart& data, bool* created)
{
    constexpr bool horizontal = std::is_same_v<Series, QHorizontalBarSeries>;
    applyTheme(chart, palette);
    setChartTitle(chart, data.title);
    auto* series = dashboard::seriesAt<Series>(chart, 0, created);
    QList<QBarSet*> sets;
    int top = 0;
    for (int i = 0; i < int(data.sets.size()); ++i) {
        const NetworkBarSet& bars = data.sets.at(i);
        QBarSet* set = dashboard::barSetAt(series, i, bars.name);
        dashboard::setValues(set, bars.values);
        if (!bars.values.isEmpty())
            top = std::max(top, *std::max_element(bars.values.cbegin(), bars.values.cend()));
        set->setColor(bars.color);
        set->setBorderColor(bars.color.darker(130));
        set->setLabelColor(palette.color(QPalette::WindowText));
        set->setProperty(ToolTipsProperty, bars.toolTips);
        sets.append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto* categoryAxis
        = dashboard::axisAt<QBarCategoryAxis>(chart, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    categoryAxis->setCategories(data.categories);
    auto* valueAxis
        = dashboard::axisAt<QValueAxis>(chart, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    integerAxis(valueAxis, 0, top);
    valueAxis->setTitleText(data.valueTitle);
    dashboard::attach(series, categoryAxis);
    dashboard::attach(series, valueAxis);
    if (data.sets.size() == 1)
        chart->legend()->setVisible(false); // one set: the title says what it is
    styleChart(chart, palette);
    return sets;
}

class QtNetworkCharts final : public NetworkCharts
{
public:
    explicit QtNetworkCharts(QWidget* parent)
        : m_views {makeView(u"generosityChart"_s, parent), makeView(u"broughtChart"_s, parent),
            makeView(u"channelChart"_s, parent)}
    { }

    QWidget* view(Chart chart) const override { return m_views.at(chart); }

    void setChart(Chart which, const NetworkBarChart& data, const QPalette& palette) override
    {
        QChartView* view = m_views.at(which);
        bool created = false;
        const QList<QBarSet*> sets = data.horizontal
            ? fillBars<QHorizontalBarSeries>(view->chart(), palette, data, &created)
            : fillBars<QBarSeries>(view->chart(), palette, data, &created);
        if (!created)
            return;
        for (QBarSet* set : sets) {
            QObject::connect(set, &QBarSet::hovered, view, [view, set](bool status, int index) {
                const QStringList tips = set->property(ToolTipsProperty).toStringList();
                showToolTip(
                    view, status && index >= 0 && index < tips.size() ? tips.at(index) : QString());
            });
        }
    }

private:
    std::array<QChartView*, 3> m_views;
};

} // namespace

} // namespace outloud

extern "C" Q_DECL_EXPORT const char* outloud_network_charts_abi()
{
    return OUTLOUD_NETWORK_CHARTS_ABI;
}

extern "C" Q_DECL_EXPORT outloud::NetworkCharts* outloud_network_charts_create(QWidget* parent)
{
    return new outloud::QtNetworkCharts(parent);
}
