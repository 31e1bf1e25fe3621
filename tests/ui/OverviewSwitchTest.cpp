// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Switching circle with the Overview on show: the window refills its Overview for the new
// circle instead of building another, and the user must see exactly what a new one shows.
#include "OverviewFixture.h"
#include "TestSupport.h"
#include "WindowSupport.h"
#include "analytics/ChartWidget.h"
#include "analytics/DashboardWidget.h"
#include "contributions/ContributionService.h"
#include "main/MainWindow.h"
#include "people/PeopleService.h"

#include <QComboBox>
#include <QLabel>
#include <QTabWidget>
#include <QTest>
#include <functional>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {

/// What the user reads on an Overview: title, tiles, notes, members, tabs and every value,
/// label and category of the balance tab's charts.
QStringList seen(DashboardWidget* d)
{
    QStringList out;
    for (const QString& name : {u"dashboardTitle"_s, u"givenValue"_s, u"receivedValue"_s,
             u"balanceValue"_s, u"ratioValue"_s, u"streakValue"_s, u"scoreValue"_s, u"periodNote"_s,
             u"dashboardNote"_s, u"sharedCardNote"_s}) {
        const auto* label = d->findChild<QLabel*>(name);
        out << name + u": "_s + (label && !label->isHidden() ? label->text() : u"-"_s);
    }
    const auto* members = d->findChild<QComboBox*>(u"memberSelector"_s);
    for (int i = 0; i < members->count(); ++i)
        out << u"member: "_s + members->itemText(i);
    out << u"selected: "_s + members->currentText();
    const auto* tabs = d->findChild<QTabWidget*>(u"dashboardTabs"_s);
    for (int i = 0; i < tabs->count(); ++i)
        out << u"tab: "_s + tabs->tabText(i);
    out << u"current tab: %1"_s.arg(tabs->currentIndex());
    for (const QString& name : {u"weeklyChart"_s, u"balanceChart"_s, u"closenessChart"_s,
             u"targetChart"_s, u"imbalanceChart"_s}) {
        const ChartData& chart = d->findChild<ChartWidget*>(name)->data();
        out << name + u" title: "_s + chart.title;
        for (const ChartBars& set : chart.bars) {
            QStringList values;
            for (int v : set.values)
                values << QString::number(v);
            out << name + u" "_s + set.name + u": "_s + values.join(u' ') + u" selected "_s
                    + QString::number(set.selected);
        }
        for (const ChartLine& line : chart.lines) {
            QStringList points;
            for (const QPointF& p : line.points)
                points << u"%1,%2"_s.arg(p.x()).arg(p.y());
            out << name + u" "_s + line.name + u" points: "_s + points.join(u' ');
        }
        for (const ChartLegendEntry& entry : chart.extraLegend)
            out << name + u" legend: "_s + entry.name;
        out << name + (chart.horizontal ? u" names: "_s : u" weeks: "_s)
                + chart.categories.join(u' ');
        out << name + u" empty: "_s + (chart.empty ? chart.emptyText : u"no"_s);
        out << name + u" says: "_s + d->findChild<ChartWidget*>(name)->accessibleDescription();
    }
    return out;
}

QStringList seenInANewOverview(MainWindow& window);

/// Waits until @p d shows what a new Overview shows (@p adjust: what differs on purpose);
/// gtest's failure lists the lines that differ.
void expectSeenAsNew(MainWindow& window, DashboardWidget* d,
    const std::function<QStringList(QStringList)>& adjust = {})
{
    QStringList want;
    const bool same = QTest::qWaitFor(
        [&] {
            want = seenInANewOverview(window);
            if (adjust)
                want = adjust(want);
            return seen(d) == want;
        },
        10000);
    if (same)
        return;
    const QStringList got = seen(d);
    QStringList differences;
    for (qsizetype i = 0; i < std::max(got.size(), want.size()); ++i) {
        const QString a = i < got.size() ? got.at(i) : QString();
        const QString b = i < want.size() ? want.at(i) : QString();
        if (a != b)
            differences << u"shown: "_s + a + u"\n  new: "_s + b;
    }
    ADD_FAILURE() << differences.join(u'\n').toStdString();
}

/// The same Overview built new, as the window built it before this change.
QStringList seenInANewOverview(MainWindow& window)
{
    DashboardWidget fresh(*window.database(), window.circleId(), window.memberId());
    return seen(&fresh);
}

} // namespace

TEST_F(SmallDemo, SwitchingCircleShowsTheNewCirclesOverview)
{
    // A second circle with figures of its own: Robin gave three and received one this week.
    Circle c;
    c.name = u"Second round"_s;
    c.startDate = fixedNow().date().addDays(-10);
    c.meetingWeekday = Qt::Thursday;
    QString error;
    CircleService circles(t.db());
    const qint64 second = circles.createCircle(c, {u"Robin"_s, u"Sam"_s}, 0, 0, &error);
    ASSERT_GT(second, 0) << error.toStdString();
    Person p;
    p.memberId = circles.meId(second);
    p.name = u"Quinn Quartz"_s;
    p.closeness = 2;
    p.keepInTouchWeeks = 1;
    p.createdOn = c.startDate;
    const qint64 quinn = PeopleService(t.db()).add(p, &error);
    ASSERT_GT(quinn, 0) << error.toStdString();
    ContributionService contributions(t.db());
    const QList<ContributionKind> kinds = contributions.kinds();
    for (int i = 0; i < 4; ++i) {
        Contribution given;
        given.personId = quinn;
        given.date = fixedNow().date().addDays(-i);
        given.kindId = kinds.first().id;
        given.direction = i < 3 ? Direction::Given : Direction::Received;
        ASSERT_GT(contributions.add(given, &error), 0) << error.toStdString();
    }
    const QString path = t.path();
    t.close();

    MainWindow window(path);
    window.showPage(MainWindow::OverviewPage);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(waitForAllPages(window, 30000));
    auto* overview = window.findChild<DashboardWidget*>(u"dashboard"_s);
    ASSERT_TRUE(overview);
    const qint64 first = window.circleId();
    // The first circle on the Network tab: the new circle still opens on its balance tab.
    auto* tabs = overview->findChild<QTabWidget*>(u"dashboardTabs"_s);
    tabs->setCurrentIndex(1);
    expectSeenAsNew(window, overview, [](QStringList want) {
        return want.replaceInStrings(u"current tab: 0"_s, u"current tab: 1"_s);
    });

    window.switchCircle(second);
    // On the first paint of the new circle: its figures and charts, nothing of the old one.
    QTest::qWait(0);
    auto* now = window.findChild<DashboardWidget*>(u"dashboard"_s);
    ASSERT_TRUE(now);
    EXPECT_TRUE(now->isVisible());
    EXPECT_EQ(now->circleId(), second);
    EXPECT_EQ(now->findChild<QLabel*>(u"givenValue"_s)->text(), u"3"_s);
    EXPECT_EQ(now->findChild<QLabel*>(u"receivedValue"_s)->text(), u"1"_s);
    EXPECT_EQ(now->findChild<QLabel*>(u"dashboardTitle"_s)->text(), u"Overview: Robin"_s);
    // The keep-in-touch count follows the charts' paint, as in a new Overview.
    expectSeenAsNew(window, now);
    const QStringList fresh = seenInANewOverview(window);
    EXPECT_TRUE(fresh.contains(u"member: Sam"_s)) << fresh.join(u'\n').toStdString();
    EXPECT_TRUE(fresh.contains(u"tab: Keep in &touch (1)"_s)) << fresh.join(u'\n').toStdString();

    // And back: the first circle's Overview, whole, once the old pages are gone.
    window.switchCircle(first);
    ASSERT_TRUE(QTest::qWaitFor([&window] { return window.settled(); }, 30000));
    EXPECT_EQ(window.findChildren<DashboardWidget*>().size(), 1);
    expectSeenAsNew(window, window.findChild<DashboardWidget*>(u"dashboard"_s));
}
