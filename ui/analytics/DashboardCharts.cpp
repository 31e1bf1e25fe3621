// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardCharts.h"

#include "ChartStyle.h"
#include "people/Closeness.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace outloud::analytics;

namespace outloud::dashboard {

namespace {

// The context lupdate files tr() calls under in this namespace, so they find their translation.
QString tr(const char* text)
{
    return QCoreApplication::translate("outloud::dashboard", text);
}

/// @p markNow: "(now)" after the current week; narrow charts mark it by colour only.
QStringList weekCategories(const MemberAnalytics& a, bool markNow)
{
    QStringList categories;
    for (const WeekExchange& w : a.weekly.weeks)
        categories << (markNow ? weekLabel(w.week, a.weekly.currentWeek) : QString::number(w.week));
    return categories;
}

QBarCategoryAxis* weekAxis(const MemberAnalytics& a, bool markNow)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(weekCategories(a, markNow));
    axis->setTitleText(tr("Week of the circle"));
    // Twelve week numbers side by side in a third of 1024 px: a smaller face keeps "10",
    // "11", "12" whole instead of "...".
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    axis->setLabelsFont(font);
    return axis;
}

// The current week's bars are drawn darker: a legend entry says so.
void addCurrentWeekMarker(QChart* chart, const MemberAnalytics& a, const QColor& color)
{
    if (a.weekly.currentWeek < 1 || a.weekly.currentWeek > a.weekly.lengthWeeks)
        return;
    auto* marker = new QScatterSeries;
    marker->setName(tr("This week"));
    marker->setColor(color);
    marker->setBorderColor(color);
    marker->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    chart->addSeries(marker);
}

void styleBars(QBarSet* set, const QColor& color, const QColor& text)
{
    set->setColor(color);
    set->setBorderColor(color.darker(130));
    set->setLabelColor(text);
}

/// The last week to draw a line to: the current week, or the last one after the circle.
int lastShownWeek(const MemberAnalytics& a)
{
    return std::min(a.weekly.currentWeek, a.weekly.lengthWeeks);
}

} // namespace

QString weekLabel(int week, int currentWeek)
{
    // The current week is marked by its darker bars and the legend's "This week": a longer
    // label ("7 (now)") did not fit the axis at 1024 px.
    Q_UNUSED(currentWeek);
    return QString::number(week);
}

QString weekToolTip(const MemberAnalytics& a, int week)
{
    if (week < 1 || week > a.weekly.weeks.size())
        return {};
    const WeekExchange& w = a.weekly.weeks.at(week - 1);
    const QLocale locale;
    QString text = tr("Week %1: %2 to %3")
                       .arg(week)
                       .arg(locale.toString(w.start, QLocale::ShortFormat),
                           locale.toString(w.end.addDays(-1), QLocale::ShortFormat));
    if (week == a.weekly.currentWeek)
        text += u' ' + tr("(this week)");
    text += u'\n' + tr("Given: %1").arg(w.exchange.given);
    text += u'\n' + tr("Received: %1").arg(w.exchange.received);
    text += u'\n' + tr("Weekly target: %1").arg(a.progress.target);
    if (week - 1 < a.weekly.cumulativeBalance.size())
        text += u'\n' + tr("Balance so far: %1").arg(a.weekly.cumulativeBalance.at(week - 1));
    if (week - 1 < a.closeness.risenByWeek.size() && a.closeness.risenByWeek.at(week - 1) > 0)
        text += u'\n' + tr("People who grew closer: %1").arg(a.closeness.risenByWeek.at(week - 1));
    if (week - 1 < a.commitments.size()) {
        const CommitmentWeek& c = a.commitments.at(week - 1);
        if (c.made > 0)
            text += u'\n' + tr("Commitments made: %1").arg(c.made);
        if (c.due > 0)
            text += u'\n' + tr("Commitments due: %1, kept: %2").arg(c.due).arg(c.kept);
    }
    text += u'\n' + tr("Click to see the contributions of this week.");
    return text;
}

void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// Every chart is refilled the same way: emptied, themed from the palette, titled.
ChartColors beginChart(QChart* chart, const QPalette& palette, const QString& title)
{
    clearChart(chart);
    applyTheme(chart, palette);
    chart->setTitle(title);
    return chartColors(palette);
}

WeeklySets fillWeeklyChart(QChart* chart, const MemberAnalytics& a, const QPalette& palette)
{
    const ChartColors colors = beginChart(chart, palette, tr("Given and received per week"));
    WeeklySets sets;
    sets.given = new QBarSet(tr("Given"));
    sets.received = new QBarSet(tr("Received"));
    int top = 0;
    for (const WeekExchange& w : a.weekly.weeks) {
        sets.given->append(w.exchange.given);
        sets.received->append(w.exchange.received);
        top = std::max({top, w.exchange.given, w.exchange.received});
    }
    styleBars(sets.given, colors.given, colors.text);
    styleBars(sets.received, colors.received, colors.text);
    // The current week: the given bar drawn in a deeper tone, and "(now)" on the axis.
    sets.given->setSelectedColor(colors.currentWeek);
    sets.received->setSelectedColor(colors.received.darker(isDarkPalette(palette) ? 70 : 140));
    if (a.weekly.currentWeek >= 1 && a.weekly.currentWeek <= a.weekly.weeks.size()) {
        sets.given->selectBar(a.weekly.currentWeek - 1);
        sets.received->selectBar(a.weekly.currentWeek - 1);
    }
    auto* series = new QBarSeries;
    series->append(sets.given);
    series->append(sets.received);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    QBarCategoryAxis* x = weekAxis(a, true);
    auto* y = new QValueAxis;
    integerAxis(y, 0, top);
    y->setTitleText(tr("Contributions"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    addCurrentWeekMarker(chart, a, colors.currentWeek);
    styleChart(chart, palette);
    return sets;
}

QLineSeries* fillBalanceChart(QChart* chart, const MemberAnalytics& a, const QPalette& palette)
{
    const ChartColors colors = beginChart(chart, palette, tr("Balance so far"));
    auto* line = new QLineSeries;
    line->setName(tr("Cumulative balance"));
    int low = 0;
    int high = 0;
    for (int w = 1; w <= lastShownWeek(a); ++w) {
        const int value = a.weekly.cumulativeBalance.at(w - 1);
        line->append(w, value);
        low = std::min(low, value);
        high = std::max(high, value);
    }
    QPen pen(colors.balance);
    pen.setWidthF(2.5);
    line->setPen(pen);
    line->setPointsVisible(true);
    // A label per week while they fit side by side (up to three characters); wider
    // numbers would overlap, so then only the latest week is labelled.
    const bool everyLabel = QString::number(low).size() <= 3 && QString::number(high).size() <= 3;
    line->setPointLabelsVisible(everyLabel);
    line->setPointLabelsFormat(u"@yPoint"_s);
    line->setPointLabelsColor(colors.text);
    line->setPointLabelsClipping(false);
    chart->addSeries(line);
    if (!everyLabel && line->count() > 0) {
        auto* latest = new QScatterSeries;
        latest->setName(tr("Now"));
        latest->append(line->at(line->count() - 1));
        latest->setColor(colors.balance);
        latest->setBorderColor(colors.balance);
        latest->setMarkerSize(9);
        latest->setPointLabelsVisible(true);
        latest->setPointLabelsFormat(u"@yPoint"_s);
        latest->setPointLabelsColor(colors.text);
        latest->setPointLabelsClipping(false);
        chart->addSeries(latest);
    }
    auto* x = new QValueAxis;
    // Half a week of margin each side keeps the first and last labels inside.
    x->setRange(0.5, std::max(1, a.weekly.lengthWeeks) + 0.5);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(1);
    // Every other week past eight weeks (1, 3, 5 ...): twelve numbers do not fit a third of
    // 1024 px and would all read "...".
    x->setTickInterval(a.weekly.lengthWeeks > 8 ? 2 : 1);
    x->setLabelFormat(u"%d"_s);
    x->setTitleText(tr("Week of the circle"));
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    auto* y = new QValueAxis;
    integerAxis(y, low, high);
    y->setTitleText(tr("Given − received"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const QList<QAbstractSeries*> all = chart->series();
    for (QAbstractSeries* s : all) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    styleChart(chart, palette);
    if (all.size() > 1) {
        const QList<QLegendMarker*> markers = chart->legend()->markers(all.last());
        for (QLegendMarker* m : markers)
            m->setVisible(false);
    }
    return line;
}

ClosenessSets fillClosenessChart(QChart* chart, const MemberAnalytics& a, const QPalette& palette)
{
    const ChartColors colors = beginChart(chart, palette, tr("Closeness: week 1 and now"));
    ClosenessSets sets;
    sets.week1 = new QBarSet(tr("End of week 1"));
    sets.now = new QBarSet(tr("Now"));
    int top = 0;
    QStringList categories;
    for (int level = closeness::Min; level <= closeness::Max; ++level) {
        sets.week1->append(a.closeness.distributionWeek1[level]);
        sets.now->append(a.closeness.distributionNow[level]);
        top = std::max(
            {top, a.closeness.distributionWeek1[level], a.closeness.distributionNow[level]});
        categories << QString::number(level);
    }
    styleBars(sets.week1, colors.week1, colors.text);
    styleBars(sets.now, colors.now, colors.text);
    auto* series = new QBarSeries;
    series->append(sets.week1);
    series->append(sets.now);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    // Two bars a level in a narrow chart: numbers of three digits and more stand upright
    // so neighbours do not run into each other, with more room above the tallest.
    const bool upright = top >= 100;
    if (upright)
        series->setLabelsAngle(-90);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("Closeness (0 to 5)"));
    auto* y = new QValueAxis;
    integerAxis(y, 0, top, upright ? 0.3 : 0.12);
    y->setTitleText(tr("People"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    styleChart(chart, palette);
    return sets;
}

TargetSeries fillTargetChart(QChart* chart, const MemberAnalytics& a, const QPalette& palette)
{
    const ChartColors colors = beginChart(chart, palette, tr("Weekly target"));
    TargetSeries result;
    result.given = new QBarSet(tr("Given"));
    int top = a.progress.target;
    for (int given : a.progress.given) {
        result.given->append(given);
        top = std::max(top, given);
    }
    styleBars(result.given, colors.given, colors.text);
    result.given->setSelectedColor(colors.currentWeek);
    if (a.weekly.currentWeek >= 1 && a.weekly.currentWeek <= a.progress.given.size())
        result.given->selectBar(a.weekly.currentWeek - 1);
    auto* bars = new QBarSeries;
    bars->append(result.given);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(bars);

    // On a category axis, x = i is the centre of category i: the line spans every bar.
    result.target = new QLineSeries;
    result.target->setName(tr("Target: %1 a week").arg(a.progress.target));
    const int n = int(a.progress.given.size());
    result.target->append(-0.5, a.progress.target);
    result.target->append(std::max(0, n) - 0.5, a.progress.target);
    QPen pen(colors.target);
    pen.setWidthF(2);
    pen.setStyle(Qt::DashLine);
    result.target->setPen(pen);
    chart->addSeries(result.target);

    // A third of 1024 px has under 20 px a week: from ten weeks on, every other week is
    // labelled (as on the balance chart beside it), in a face that reads, never "...".
    auto* x = new QCategoryAxis;
    x->setRange(-0.5, std::max(0, n) - 0.5);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setTitleText(tr("Week of the circle"));
    const int every = n >= 10 ? 2 : 1;
    for (int week = 1; week <= n; week += every)
        x->append(QString::number(week), week - 1);
    x->setGridLineVisible(false);
    {
        QFont font = x->labelsFont();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        x->setLabelsFont(font);
    }
    auto* y = new QValueAxis;
    integerAxis(y, 0, top);
    y->setTitleText(tr("Given"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    result.target->attachAxis(x);
    result.target->attachAxis(y);
    // The darker current week is explained in the weekly chart's legend beside it: a third
    // entry here would not fit a third of 1024 px in German.
    styleChart(chart, palette);
    return result;
}

ImbalanceSets fillImbalanceChart(QChart* chart, const MemberAnalytics& a, const QPalette& palette)
{
    const ChartColors colors = beginChart(chart, palette, tr("Largest imbalances"));
    ImbalanceSets sets;
    sets.theyGaveMore = new QBarSet(tr("They gave more"));
    sets.iGaveMore = new QBarSet(tr("I gave more"));
    // Horizontal categories run bottom to top: the people who gave most go on top.
    QList<PersonExchange> people;
    for (auto it = a.imbalances.iGaveMost.crbegin(); it != a.imbalances.iGaveMost.crend(); ++it)
        people.append(*it);
    for (auto it = a.imbalances.gaveMeMost.crbegin(); it != a.imbalances.gaveMeMost.crend(); ++it)
        people.append(*it);
    int top = 0;
    for (const PersonExchange& p : std::as_const(people)) {
        // Meaningfully short ("Eva G."), the whole name in the tooltip: the axis has about
        // a quarter of the chart's width and elides anything longer to "...".
        const QStringList words = p.name.simplified().split(u' ');
        QString name = p.name.size() <= 12 || words.size() < 2
            ? p.name.left(12)
            : words.first().left(10) + u' ' + words.last().left(1) + u'.';
        // The axis needs distinct categories; two people may share a name.
        while (sets.names.contains(name))
            name += u'\u200b';
        sets.names << name;
        const int difference = std::abs(p.exchange.balance());
        sets.theyGaveMore->append(p.exchange.balance() < 0 ? difference : 0);
        sets.iGaveMore->append(p.exchange.balance() > 0 ? difference : 0);
        top = std::max(top, difference);
    }
    sets.people = people;
    styleBars(sets.theyGaveMore, colors.received, colors.text);
    styleBars(sets.iGaveMore, colors.given, colors.text);
    auto* series = new QHorizontalStackedBarSeries;
    series->append(sets.theyGaveMore);
    series->append(sets.iGaveMore);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(sets.names);
    // A name taller than its row is elided to "...": a slightly smaller face keeps six rows
    // whole at 1024 x 768, also with a larger system font.
    QFont names = y->labelsFont();
    names.setPointSizeF(names.pointSizeF() * 0.9);
    y->setLabelsFont(names);
    auto* x = new QValueAxis;
    integerAxis(x, 0, top);
    x->setTitleText(tr("Difference"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    styleChart(chart, palette);
    return sets;
}

} // namespace outloud::dashboard
