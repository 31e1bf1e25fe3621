// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalanceCharts.h"

#include "DashboardCharts.h"
#include "people/Closeness.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <utility>

using namespace outloud::analytics;

namespace outloud::dashboard {

namespace {

// The context lupdate files tr() calls under in this namespace, so they find their translation.
QString tr(const char* text)
{
    return QCoreApplication::translate("outloud::dashboard", text);
}

ChartBars barSet(const QString& name, const QColor& color, const QList<int>& values)
{
    ChartBars set;
    set.name = name;
    set.color = color;
    set.values = values;
    return set;
}

/// The current week's index (0-based) while the circle runs, else -1.
int currentIndex(const MemberAnalytics& a)
{
    const bool running = a.weekly.currentWeek >= 1 && a.weekly.currentWeek <= a.weekly.lengthWeeks;
    return running ? a.weekly.currentWeek - 1 : -1;
}

QStringList weekNumbers(int count)
{
    QStringList weeks;
    for (int week = 1; week <= count; ++week)
        weeks << QString::number(week);
    return weeks;
}

QString currentWeekNote(const MemberAnalytics& a)
{
    return currentIndex(a) >= 0 ? tr("Week %1 is the current week.").arg(a.weekly.currentWeek)
                                : QString();
}

} // namespace

ChartData weeklyChart(const MemberAnalytics& a, const ChartColors& colors)
{
    ChartData d;
    d.title = tr("Given and received per week");
    QList<int> given;
    QList<int> received;
    for (const WeekExchange& w : a.weekly.weeks) {
        d.categories << weekLabel(w.week, a.weekly.currentWeek);
        given << w.exchange.given;
        received << w.exchange.received;
    }
    d.categoryTitle = tr("Week of the circle");
    d.valueTitle = tr("Contributions");
    d.bars << barSet(tr("Given"), colors.given, given)
           << barSet(tr("Received"), colors.received, received);
    // The current week: its bars in a deeper tone, its number bold, and a legend entry.
    const int now = currentIndex(a);
    d.markedCategory = now;
    d.bars[0].selected = now;
    d.bars[0].selectedColor = colors.currentWeek;
    d.bars[1].selected = now;
    d.bars[1].selectedColor = colors.received.darker(colors.dark ? 70 : 140);
    if (now >= 0)
        d.extraLegend << ChartLegendEntry {tr("This week"), colors.currentWeek};
    d.empty = std::all_of(given.cbegin(), given.cend(), [](int v) { return v == 0; })
        && std::all_of(received.cbegin(), received.cend(), [](int v) { return v == 0; });
    d.emptyText = tr("No contributions given or received in these weeks yet.");
    d.description = currentWeekNote(a);
    return d;
}

ChartData balanceChart(const MemberAnalytics& a, const ChartColors& colors)
{
    ChartData d;
    d.title = tr("Balance so far");
    d.categories = weekNumbers(std::max(1, a.weekly.lengthWeeks));
    // Every other week past eight weeks (1, 3, 5 ...), as on the target chart beside it.
    d.labelEvery = a.weekly.lengthWeeks > 8 ? 2 : 1;
    d.categoryTitle = tr("Week of the circle");
    d.valueTitle = tr("Given − received");
    d.markedCategory = currentIndex(a);
    ChartLine line;
    line.name = tr("Cumulative balance");
    line.color = colors.balance;
    line.width = 2.5;
    line.dots = true;
    int widest = 0;
    for (int w = 1; w <= std::min(a.weekly.currentWeek, a.weekly.lengthWeeks); ++w) {
        const int value = a.weekly.cumulativeBalance.at(w - 1);
        line.points << QPointF(w - 1, value);
        widest = std::max(widest, int(QString::number(value).size()));
    }
    // A label per week while they fit side by side (up to three characters), else the
    // latest only.
    line.labels = widest <= 3 ? ChartLine::Labels::EveryPoint : ChartLine::Labels::LastPoint;
    d.empty = line.points.isEmpty();
    d.emptyText = tr("The balance line starts with the circle's first week.");
    d.lines << line;
    d.description = currentWeekNote(a);
    return d;
}

ChartData closenessChart(const MemberAnalytics& a, const ChartColors& colors)
{
    ChartData d;
    d.title = tr("Closeness: week 1 and now");
    QList<int> week1;
    QList<int> now;
    int top = 0;
    for (int level = closeness::Min; level <= closeness::Max; ++level) {
        week1 << a.closeness.distributionWeek1[level];
        now << a.closeness.distributionNow[level];
        top = std::max(
            {top, a.closeness.distributionWeek1[level], a.closeness.distributionNow[level]});
        d.categories << QString::number(level);
    }
    d.categoryTitle = tr("Closeness (0 to 5)");
    d.valueTitle = tr("People");
    d.bars << barSet(tr("End of week 1"), colors.week1, week1)
           << barSet(tr("Now"), colors.now, now);
    // Numbers of three digits stand upright: more room above the tallest bar.
    d.headroom = top >= 100 ? 0.3 : 0.12;
    d.empty = top == 0;
    d.emptyText = tr("Nobody on the list has a closeness yet.");
    return d;
}

ChartData targetChart(const MemberAnalytics& a, const ChartColors& colors)
{
    ChartData d;
    d.title = tr("Weekly target");
    const int n = int(a.progress.given.size());
    d.categories = weekNumbers(n);
    // A third of 1024 px has under 20 px a week: from ten weeks on, every other week.
    d.labelEvery = n >= 10 ? 2 : 1;
    d.categoryTitle = tr("Week of the circle");
    d.valueTitle = tr("Given");
    d.markedCategory = currentIndex(a);
    d.bars << barSet(tr("Given"), colors.given, a.progress.given);
    d.bars[0].selected = currentIndex(a);
    d.bars[0].selectedColor = colors.currentWeek;
    // x = i is the centre of category i: the line spans every bar.
    ChartLine target;
    target.name = tr("Target: %1 a week").arg(a.progress.target);
    target.color = colors.target;
    target.dashed = true;
    target.points = {QPointF(-0.5, a.progress.target), QPointF(n - 0.5, a.progress.target)};
    d.lines << target;
    d.empty = n == 0;
    d.emptyText = tr("The weeks show once the circle has weeks.");
    d.description = currentWeekNote(a);
    return d;
}

ImbalanceChart imbalanceChart(const MemberAnalytics& a, const ChartColors& colors)
{
    ImbalanceChart chart;
    ChartData& d = chart.data;
    // Horizontal categories run bottom to top: the people who gave most go on top.
    for (auto it = a.imbalances.iGaveMost.crbegin(); it != a.imbalances.iGaveMost.crend(); ++it)
        chart.people.append(*it);
    for (auto it = a.imbalances.gaveMeMost.crbegin(); it != a.imbalances.gaveMeMost.crend(); ++it)
        chart.people.append(*it);
    d.title
        = chart.people.isEmpty() ? tr("Largest imbalances: none yet") : tr("Largest imbalances");
    d.horizontal = true;
    QList<int> theyGaveMore;
    QList<int> iGaveMore;
    for (const PersonExchange& p : std::as_const(chart.people)) {
        // Meaningfully short ("Eva G."), the whole name in the tooltip; what is still too
        // wide for the chart is elided.
        const QStringList words = p.name.simplified().split(u' ');
        d.categories << (p.name.size() <= 12 || words.size() < 2
                ? p.name.left(12)
                : words.first().left(10) + u' ' + words.last().left(1) + u'.');
        const int difference = std::abs(p.exchange.balance());
        theyGaveMore << (p.exchange.balance() < 0 ? difference : 0);
        iGaveMore << (p.exchange.balance() > 0 ? difference : 0);
    }
    d.valueTitle = tr("Difference");
    d.bars << barSet(tr("They gave more"), colors.received, theyGaveMore)
           << barSet(tr("I gave more"), colors.given, iGaveMore);
    d.empty = chart.people.isEmpty();
    d.emptyText = tr("Nobody yet gave much more than they received, or the other way round.");
    return chart;
}

} // namespace outloud::dashboard
