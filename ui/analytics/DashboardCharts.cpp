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

/// The axis's labels at @p factor of a new axis's face (as when each refresh made new axes:
/// the theme's face is larger and would crowd the plot); a refresh does not shrink it again.
void scaleLabels(QAbstractAxis* axis, double factor)
{
    QFont font = QValueAxis().labelsFont();
    font.setPointSizeF(font.pointSizeF() * factor);
    axis->setLabelsFont(font);
    // Its title in the same size, bold, as the theme gave a new axis made with these labels.
    font.setBold(true);
    axis->setTitleFont(font);
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

void attach(QAbstractSeries* series, QAbstractAxis* axis)
{
    if (!series->attachedAxes().contains(axis))
        series->attachAxis(axis);
}

QBarSet* barSetAt(QAbstractBarSeries* series, int index, const QString& name)
{
    const QList<QBarSet*> sets = series->barSets();
    if (index < sets.size()) {
        sets.at(index)->setLabel(name);
        return sets.at(index);
    }
    auto* set = new QBarSet(name);
    series->append(set);
    return set;
}

void setValues(QBarSet* set, const QList<int>& values, int selected)
{
    // An edit changes a bar or two: the others stay, and the chart lays out only what moved.
    if (set->count() == values.size()) {
        for (int i = 0; i < int(values.size()); ++i) {
            if (set->at(i) != values.at(i))
                set->replace(i, values.at(i));
        }
    } else {
        if (set->count() > 0)
            set->remove(0, set->count());
        QList<qreal> all;
        all.reserve(values.size());
        for (int v : values)
            all.append(v);
        set->append(all);
    }
    // The selection (the current week's deeper tone) only when it moves: each change
    // redraws the series.
    const QList<int> marked
        = selected >= 0 && selected < values.size() ? QList<int> {selected} : QList<int> {};
    if (set->selectedBars() != marked) {
        set->deselectAllBars();
        if (!marked.isEmpty())
            set->selectBar(selected);
    }
}

void setCategories(QBarCategoryAxis* axis, const QStringList& categories)
{
    if (axis->categories() != categories)
        axis->setCategories(categories);
}

// Every chart is refreshed the same way: themed from the palette, titled.
ChartColors beginChart(QChart* chart, const QPalette& palette, const QString& title)
{
    applyTheme(chart, palette);
    setChartTitle(chart, title);
    return chartColors(palette);
}

WeeklySets fillWeeklyChart(QChart* chart, const MemberAnalytics& a, const QPalette& palette)
{
    const ChartColors colors = beginChart(chart, palette, tr("Given and received per week"));
    WeeklySets sets;
    auto* series = seriesAt<QBarSeries>(chart, 0, &sets.created);
    sets.given = barSetAt(series, 0, tr("Given"));
    sets.received = barSetAt(series, 1, tr("Received"));
    // The current week's colour in the legend, shown while there is a current week; made
    // after the bar sets so that the legend lists it last.
    auto* marker = seriesAt<QScatterSeries>(chart, 1);
    QList<int> given;
    QList<int> received;
    int top = 0;
    for (const WeekExchange& w : a.weekly.weeks) {
        given.append(w.exchange.given);
        received.append(w.exchange.received);
        top = std::max({top, w.exchange.given, w.exchange.received});
    }
    styleBars(sets.given, colors.given, colors.text);
    styleBars(sets.received, colors.received, colors.text);
    sets.given->setSelectedColor(colors.currentWeek);
    sets.received->setSelectedColor(colors.received.darker(isDarkPalette(palette) ? 70 : 140));
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto* x = axisAt<QBarCategoryAxis>(chart, Qt::AlignBottom);
    setCategories(x, weekCategories(a, true));
    x->setTitleText(tr("Week of the circle"));
    // Twelve week numbers side by side in a third of 1024 px: a smaller face keeps "10",
    // "11", "12" whole instead of "...".
    scaleLabels(x, 0.85);
    auto* y = axisAt<QValueAxis>(chart, Qt::AlignLeft);
    integerAxis(y, 0, top);
    y->setTitleText(tr("Contributions"));
    attach(series, x);
    attach(series, y);
    // The values last: each change of an axis or style made after them lays the bars out again.
    // The current week: the given bar drawn in a deeper tone, and "(now)" on the axis.
    setValues(sets.given, given, a.weekly.currentWeek - 1);
    setValues(sets.received, received, a.weekly.currentWeek - 1);
    const bool hasCurrentWeek
        = a.weekly.currentWeek >= 1 && a.weekly.currentWeek <= a.weekly.lengthWeeks;
    marker->setName(tr("This week"));
    marker->setColor(colors.currentWeek);
    marker->setBorderColor(colors.currentWeek);
    marker->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    marker->setVisible(hasCurrentWeek);
    styleChart(chart, palette);
    const QList<QLegendMarker*> markers = chart->legend()->markers(marker);
    for (QLegendMarker* m : markers)
        m->setVisible(hasCurrentWeek);
    return sets;
}

QLineSeries* fillBalanceChart(
    QChart* chart, const MemberAnalytics& a, const QPalette& palette, bool* created)
{
    const ChartColors colors = beginChart(chart, palette, tr("Balance so far"));
    auto* line = seriesAt<QLineSeries>(chart, 0, created);
    line->setName(tr("Cumulative balance"));
    int low = 0;
    int high = 0;
    QList<QPointF> points;
    for (int w = 1; w <= lastShownWeek(a); ++w) {
        const int value = a.weekly.cumulativeBalance.at(w - 1);
        points.append(QPointF(w, value));
        low = std::min(low, value);
        high = std::max(high, value);
    }
    line->replace(points);
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
    const bool showLatest = !everyLabel && !points.isEmpty();
    // The latest point labelled on its own when the numbers are too wide for every point:
    // made the first time it is needed (it takes room in the layout even hidden), then kept.
    QScatterSeries* latest
        = showLatest || chart->series().size() > 1 ? seriesAt<QScatterSeries>(chart, 1) : nullptr;
    if (latest) {
        latest->setName(tr("Now"));
        latest->replace(showLatest ? QList<QPointF> {points.last()} : QList<QPointF> {});
        latest->setColor(colors.balance);
        latest->setBorderColor(colors.balance);
        latest->setMarkerSize(9);
        latest->setPointLabelsVisible(true);
        latest->setPointLabelsFormat(u"@yPoint"_s);
        latest->setPointLabelsColor(colors.text);
        latest->setPointLabelsClipping(false);
        latest->setVisible(showLatest);
    }
    auto* x = axisAt<QValueAxis>(chart, Qt::AlignBottom);
    // Half a week of margin each side keeps the first and last labels inside.
    x->setRange(0.5, std::max(1, a.weekly.lengthWeeks) + 0.5);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(1);
    // Every other week past eight weeks (1, 3, 5 ...): twelve numbers do not fit a third of
    // 1024 px and would all read "...".
    x->setTickInterval(a.weekly.lengthWeeks > 8 ? 2 : 1);
    x->setLabelFormat(u"%d"_s);
    x->setTitleText(tr("Week of the circle"));
    scaleLabels(x, 0.85);
    auto* y = axisAt<QValueAxis>(chart, Qt::AlignLeft);
    integerAxis(y, low, high);
    y->setTitleText(tr("Given − received"));
    attach(line, x);
    attach(line, y);
    if (latest) {
        attach(latest, x);
        attach(latest, y);
    }
    styleChart(chart, palette);
    if (latest) {
        const QList<QLegendMarker*> markers = chart->legend()->markers(latest);
        for (QLegendMarker* m : markers)
            m->setVisible(false);
    }
    return line;
}

ClosenessSets fillClosenessChart(QChart* chart, const MemberAnalytics& a, const QPalette& palette)
{
    const ChartColors colors = beginChart(chart, palette, tr("Closeness: week 1 and now"));
    ClosenessSets sets;
    auto* series = seriesAt<QBarSeries>(chart, 0, &sets.created);
    sets.week1 = barSetAt(series, 0, tr("End of week 1"));
    sets.now = barSetAt(series, 1, tr("Now"));
    int top = 0;
    QStringList categories;
    QList<int> week1;
    QList<int> now;
    for (int level = closeness::Min; level <= closeness::Max; ++level) {
        week1.append(a.closeness.distributionWeek1[level]);
        now.append(a.closeness.distributionNow[level]);
        top = std::max(
            {top, a.closeness.distributionWeek1[level], a.closeness.distributionNow[level]});
        categories << QString::number(level);
    }
    styleBars(sets.week1, colors.week1, colors.text);
    styleBars(sets.now, colors.now, colors.text);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    // Two bars a level in a narrow chart: numbers of three digits and more stand upright
    // so neighbours do not run into each other, with more room above the tallest.
    const bool upright = top >= 100;
    series->setLabelsAngle(upright ? -90 : 0);
    auto* x = axisAt<QBarCategoryAxis>(chart, Qt::AlignBottom);
    setCategories(x, categories);
    x->setTitleText(tr("Closeness (0 to 5)"));
    auto* y = axisAt<QValueAxis>(chart, Qt::AlignLeft);
    integerAxis(y, 0, top, upright ? 0.3 : 0.12);
    y->setTitleText(tr("People"));
    attach(series, x);
    attach(series, y);
    // The values last: each change of an axis or style made after them lays the bars out again.
    setValues(sets.week1, week1);
    setValues(sets.now, now);
    styleChart(chart, palette);
    return sets;
}

TargetSeries fillTargetChart(QChart* chart, const MemberAnalytics& a, const QPalette& palette)
{
    const ChartColors colors = beginChart(chart, palette, tr("Weekly target"));
    TargetSeries result;
    auto* bars = seriesAt<QBarSeries>(chart, 0, &result.created);
    result.given = barSetAt(bars, 0, tr("Given"));
    result.target = seriesAt<QLineSeries>(chart, 1); // after the bars, as in the legend
    int top = a.progress.target;
    for (int given : a.progress.given)
        top = std::max(top, given);
    styleBars(result.given, colors.given, colors.text);
    result.given->setSelectedColor(colors.currentWeek);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);

    // On a category axis, x = i is the centre of category i: the line spans every bar.
    result.target->setName(tr("Target: %1 a week").arg(a.progress.target));
    const int n = int(a.progress.given.size());
    result.target->replace(
        {QPointF(-0.5, a.progress.target), QPointF(std::max(0, n) - 0.5, a.progress.target)});
    QPen pen(colors.target);
    pen.setWidthF(2);
    pen.setStyle(Qt::DashLine);
    result.target->setPen(pen);

    // A third of 1024 px has under 20 px a week: from ten weeks on, every other week is
    // labelled (as on the balance chart beside it), in a face that reads, never "...".
    // Updated in place: the labels of the last refresh go first.
    auto* x = axisAt<QCategoryAxis>(chart, Qt::AlignBottom);
    const QStringList oldLabels = x->categoriesLabels();
    for (const QString& label : oldLabels)
        x->remove(label);
    x->setRange(-0.5, std::max(0, n) - 0.5);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setTitleText(tr("Week of the circle"));
    const int every = n >= 10 ? 2 : 1;
    for (int week = 1; week <= n; week += every)
        x->append(QString::number(week), week - 1);
    x->setGridLineVisible(false);
    scaleLabels(x, 0.85);
    auto* y = axisAt<QValueAxis>(chart, Qt::AlignLeft);
    integerAxis(y, 0, top);
    y->setTitleText(tr("Given"));
    attach(bars, x);
    attach(bars, y);
    attach(result.target, x);
    attach(result.target, y);
    // The values last: each change of an axis or style made after them lays the bars out again.
    setValues(result.given, a.progress.given, a.weekly.currentWeek - 1);
    // The darker current week is explained in the weekly chart's legend beside it: a third
    // entry here would not fit a third of 1024 px in German.
    styleChart(chart, palette);
    return result;
}

ImbalanceSets fillImbalanceChart(QChart* chart, const MemberAnalytics& a, const QPalette& palette)
{
    const ChartColors colors = beginChart(chart, palette, tr("Largest imbalances"));
    ImbalanceSets sets;
    auto* series = seriesAt<QHorizontalStackedBarSeries>(chart, 0, &sets.created);
    sets.theyGaveMore = barSetAt(series, 0, tr("They gave more"));
    sets.iGaveMore = barSetAt(series, 1, tr("I gave more"));
    // Horizontal categories run bottom to top: the people who gave most go on top.
    QList<PersonExchange> people;
    for (auto it = a.imbalances.iGaveMost.crbegin(); it != a.imbalances.iGaveMost.crend(); ++it)
        people.append(*it);
    for (auto it = a.imbalances.gaveMeMost.crbegin(); it != a.imbalances.gaveMeMost.crend(); ++it)
        people.append(*it);
    int top = 0;
    QList<int> theyGaveMore;
    QList<int> iGaveMore;
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
        theyGaveMore.append(p.exchange.balance() < 0 ? difference : 0);
        iGaveMore.append(p.exchange.balance() > 0 ? difference : 0);
        top = std::max(top, difference);
    }
    sets.people = people;
    styleBars(sets.theyGaveMore, colors.received, colors.text);
    styleBars(sets.iGaveMore, colors.given, colors.text);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    auto* y = axisAt<QBarCategoryAxis>(chart, Qt::AlignLeft);
    setCategories(y, sets.names);
    // A name taller than its row is elided to "...": a slightly smaller face keeps six rows
    // whole at 1024 x 768, also with a larger system font. The week axes' face: one face
    // fewer to load and draw before the first paint.
    scaleLabels(y, 0.85);
    auto* x = axisAt<QValueAxis>(chart, Qt::AlignBottom);
    integerAxis(x, 0, top);
    x->setTitleText(tr("Difference"));
    attach(series, y);
    attach(series, x);
    // The values last: each change of an axis or style made after them lays the bars out again.
    setValues(sets.theyGaveMore, theyGaveMore);
    setValues(sets.iGaveMore, iGaveMore);
    styleChart(chart, palette);
    return sets;
}

} // namespace outloud::dashboard
