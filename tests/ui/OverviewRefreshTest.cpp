// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Overview follows what changes: the member selector, edits to the database while it shows
// or hides, tabs not shown, and member switches that bring back cached figures.
#include "OverviewFixture.h"
#include "TestSupport.h"
#include "analytics/Analytics.h"
#include "analytics/ChartWidget.h"
#include "analytics/DashboardWidget.h"
#include "circle/CircleService.h"
#include "contributions/ContributionService.h"
#include "demo/DemoGenerator.h"
#include "people/KeepInTouchPanel.h"
#include "people/PeopleService.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

TEST_F(SmallDemo, MemberSelectorSwitchesTheData)
{
    DashboardWidget dashboard(t.db(), circleId);
    auto* selector = dashboard.findChild<QComboBox*>(u"memberSelector"_s);
    ASSERT_TRUE(selector);
    ASSERT_EQ(selector->count(), members.size());
    EXPECT_EQ(selector->itemData(0).toLongLong(), me);
    EXPECT_TRUE(selector->itemText(0).endsWith(u"(me)"_s));
    QSignalSpy changed(&dashboard, &DashboardWidget::memberChanged);

    const qint64 other = selector->itemData(2).toLongLong();
    selector->setCurrentIndex(2);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(dashboard.memberId(), other);
    const analytics::MemberAnalytics expected
        = analytics::analyzeMember(t.db(), circleId, other, fixedNow().date());
    const analytics::MemberAnalytics mine
        = analytics::analyzeMember(t.db(), circleId, me, fixedNow().date());
    ASSERT_NE(expected.weekly.total, mine.weekly.total); // the demo's members differ
    QList<int> given;
    for (const analytics::WeekExchange& w : expected.weekly.weeks)
        given << w.exchange.given;
    EXPECT_EQ(chart(dashboard, u"weeklyChart"_s)->data().bars.at(0).values, given);
    EXPECT_EQ(dashboard.findChild<QLabel*>(u"dashboardTitle"_s)->text(),
        u"Overview: %1"_s.arg(expected.memberName));

    dashboard.setMember(me);
    EXPECT_EQ(selector->currentIndex(), 0);
    EXPECT_EQ(dashboard.figures().weekly.total, mine.weekly.total);
}

TEST_F(SmallDemo, RefreshesWhenTheDatabaseChanges)
{
    DashboardWidget dashboard(t.db(), circleId);
    dashboard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dashboard));
    const int before = dashboard.figures().weekly.total.given;
    PeopleService people(t.db());
    const qint64 someone = people.people(me).first().id;
    Contribution c;
    c.personId = someone;
    c.date = fixedNow().date();
    c.kindId = ContributionService(t.db()).kindIdByCode(u"attention"_s);
    QString error;
    ASSERT_GT(ContributionService(t.db()).add(c, &error), 0) << error.toStdString();
    QTRY_COMPARE(dashboard.figures().weekly.total.given, before + 1);
    EXPECT_EQ(dashboard.findChild<QLabel*>(u"givenValue"_s)->text(), QString::number(before + 1));

    // Hidden, it waits; shown again, it catches up.
    dashboard.hide();
    ASSERT_GT(ContributionService(t.db()).add(c, &error), 0) << error.toStdString();
    QTest::qWait(20);
    EXPECT_EQ(dashboard.figures().weekly.total.given, before + 1);
    dashboard.show();
    QTRY_COMPARE(dashboard.figures().weekly.total.given, before + 2);
}

// Every refresh (each edit while the overview shows, each member switch) used to leave the old
// axes' grid lines and labels in the scenes: repaints grew slower through a long meeting. The
// Network tab's charts are Qt Charts still; the balance tab's draw what their data says.
TEST_F(SmallDemo, RefreshingKeepsTheSameNumberOfItemsInEveryChart)
{
    DashboardWidget dashboard(t.db(), circleId);
    dashboard.resize(1280, 800);
    dashboard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dashboard));
    const QList<QChartView*> views = dashboard.findChildren<QChartView*>();
    ASSERT_EQ(views.size(), 3);
    ASSERT_EQ(dashboard.findChildren<ChartWidget*>().size(), 5);
    auto itemCounts = [&] {
        QApplication::processEvents();
        QMap<QString, qsizetype> counts;
        for (QChartView* view : views)
            counts.insert(view->objectName(), view->scene()->items().size());
        for (ChartWidget* c : dashboard.findChildren<ChartWidget*>())
            counts.insert(c->objectName(), c->drawnTexts().size());
        return counts;
    };
    // Another member in between, so the refreshes really replace what the charts show.
    const qint64 other = members.last().id == me ? members.first().id : members.last().id;
    dashboard.refresh();
    const QMap<QString, qsizetype> once = itemCounts();
    for (int i = 0; i < 20; ++i) {
        dashboard.setMember(i % 2 == 0 ? other : me);
        dashboard.refresh();
    }
    if (dashboard.memberId() != me)
        dashboard.setMember(me);
    EXPECT_EQ(itemCounts(), once);
    for (QChartView* view : views)
        EXPECT_FALSE(view->chart()->series().isEmpty()) << view->objectName().toStdString();
}

// The window's overview computes the Network tab when it comes up and the keep-in-touch count
// after the charts are on screen; an edit while either is not shown still reaches them.
TEST_F(SmallDemo, TabsNotShownCatchUpWhenTheyComeUp)
{
    DashboardWidget dashboard(t.db(), circleId, -1, fixedNow().date());
    dashboard.resize(1280, 800);
    dashboard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dashboard));
    auto* tabs = dashboard.findChild<QTabWidget*>(u"dashboardTabs"_s);
    ASSERT_TRUE(tabs);
    ASSERT_EQ(tabs->currentIndex(), 0);
    const KeepInTouchPanel* touch = dashboard.keepInTouchPanel();
    QTRY_VERIFY(tabs->tabText(2).startsWith(u"Keep in &touch ("_s));
    const int given = analytics::generosityMix(t.db(), me).given;

    Contribution c;
    c.personId = PeopleService(t.db()).people(me).first().id;
    c.date = fixedNow().date();
    c.kindId = ContributionService(t.db()).kindIdByCode(u"share_mine"_s);
    QString error;
    ASSERT_GT(ContributionService(t.db()).add(c, &error), 0) << error.toStdString();
    QTRY_COMPARE(dashboard.figures().weekly.total.given,
        analytics::weeklyExchange(t.db(), circleId, me, fixedNow().date()).total.given);
    EXPECT_EQ(tabs->tabText(2), touch->tabTitle());

    // The Network tab's charts are made when it first comes up, not with the page.
    EXPECT_TRUE(dashboard.findChildren<QChartView*>().isEmpty());
    tabs->setCurrentIndex(1);
    EXPECT_EQ(dashboard.findChildren<QChartView*>().size(), 3);
    for (QChartView* view : dashboard.findChildren<QChartView*>())
        EXPECT_TRUE(view->isVisible()) << view->objectName().toStdString();
    auto* mix = dashboard.findChild<QChartView*>(u"generosityChart"_s);
    const QList<int> shown = values(seriesOf<QHorizontalBarSeries>(mix).first()->barSets().first());
    ASSERT_EQ(shown.size(), 3);
    EXPECT_EQ(shown.at(0) + shown.at(1) + shown.at(2), given + 1);
    EXPECT_EQ(
        dashboard.figures().generosity.sharesMine, analytics::generosityMix(t.db(), me).sharesMine);
}

namespace {

/// What the Overview shows: tiles, every bar and category of every chart, the tabs' titles.
QStringList shownFigures(DashboardWidget& dashboard)
{
    QStringList shown;
    for (const char* tile :
        {"givenValue", "receivedValue", "balanceValue", "ratioValue", "streakValue", "scoreValue"})
        shown << dashboard.findChild<QLabel*>(QString::fromLatin1(tile))->text();
    shown << dashboard.findChild<QLabel*>(u"dashboardTitle"_s)->text();
    for (ChartWidget* c : dashboard.findChildren<ChartWidget*>()) {
        const ChartData& d = c->data();
        shown << c->objectName() + u": "_s + d.title + u" / "_s + d.categories.join(u',');
        for (const ChartBars& set : d.bars) {
            QStringList values;
            for (int v : set.values)
                values << QString::number(v);
            shown << set.name + u": "_s + values.join(u',') + u" @"_s
                    + QString::number(set.selected);
        }
        for (const ChartLine& line : d.lines) {
            QStringList points;
            for (const QPointF& p : line.points)
                points << u"%1/%2"_s.arg(p.x()).arg(p.y());
            shown << line.name + u": "_s + points.join(u',');
        }
    }
    for (QChartView* view : dashboard.findChildren<QChartView*>()) {
        QChart* chart = view->chart();
        shown << view->objectName() + u": "_s + chart->title();
        for (QAbstractAxis* axis : chart->axes()) {
            if (auto* c = qobject_cast<QBarCategoryAxis*>(axis))
                shown << c->categories().join(u',');
        }
        for (QAbstractSeries* series : chart->series()) {
            if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
                for (QBarSet* set : bars->barSets()) {
                    QStringList values;
                    for (int i = 0; i < set->count(); ++i)
                        values << QString::number(set->at(i));
                    shown << set->label() + u": "_s + values.join(u',');
                }
            } else if (auto* line = qobject_cast<QLineSeries*>(series)) {
                QStringList points;
                for (const QPointF& p : line->points())
                    points << u"%1/%2"_s.arg(p.x()).arg(p.y());
                shown << line->name() + u": "_s + points.join(u',');
            }
        }
    }
    auto* tabs = dashboard.findChild<QTabWidget*>(u"dashboardTabs"_s);
    for (int i = 0; i < tabs->count(); ++i)
        shown << tabs->tabText(i);
    return shown;
}

} // namespace

// Switching to another member and back brings back the figures computed before, recomputing
// only what edits in between changed: what shows must be what a fresh Overview shows.
TEST_F(SmallDemo, AMemberSwitchedBackToShowsWhatAFreshOverviewShows)
{
    DashboardWidget dashboard(t.db(), circleId, -1, fixedNow().date());
    dashboard.resize(1280, 800);
    dashboard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dashboard));
    auto* tabs = dashboard.findChild<QTabWidget*>(u"dashboardTabs"_s);
    QTRY_VERIFY(tabs->tabText(2).startsWith(u"Keep in &touch ("_s));
    const qint64 other = members.last().id == me ? members.first().id : members.last().id;

    auto fresh = [&](qint64 member) {
        DashboardWidget window(t.db(), circleId, member, fixedNow().date());
        window.resize(1280, 800);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
        auto* touchTab = window.findChild<QTabWidget*>(u"dashboardTabs"_s);
        EXPECT_TRUE(QTest::qWaitFor([&] { return touchTab->tabText(2).contains(u'('); }));
        return shownFigures(window);
    };
    auto settle = [&] {
        // The keep-in-touch count follows after the charts' paint.
        QTest::qWait(50);
        QCoreApplication::processEvents();
    };

    // Back and forth without edits in between.
    const QStringList mine = shownFigures(dashboard);
    dashboard.setMember(other);
    settle();
    EXPECT_EQ(shownFigures(dashboard), fresh(other));
    dashboard.setMember(me);
    settle();
    EXPECT_EQ(shownFigures(dashboard), mine);

    // Edits of my list while another member shows: a contribution, then a rating.
    dashboard.setMember(other);
    settle();
    PeopleService people(t.db());
    const Person someone = people.people(me).first();
    Contribution c;
    c.personId = someone.id;
    c.date = fixedNow().date();
    c.kindId = ContributionService(t.db()).kindIdByCode(u"share_mine"_s);
    QString error;
    ASSERT_GT(ContributionService(t.db()).add(c, &error), 0) << error.toStdString();
    settle();
    dashboard.setMember(me);
    settle();
    const QStringList afterContribution = shownFigures(dashboard);
    EXPECT_NE(afterContribution, mine);
    EXPECT_EQ(afterContribution, fresh(me));

    dashboard.setMember(other);
    settle();
    ASSERT_TRUE(people.setCloseness(someone.id, someone.closeness == 5 ? 0 : 5, &error))
        << error.toStdString();
    settle();
    dashboard.setMember(me);
    settle();
    EXPECT_EQ(shownFigures(dashboard), fresh(me));
    EXPECT_EQ(dashboard.figures().closeness.distributionNow,
        analytics::closenessTrend(t.db(), circleId, me, fixedNow().date()).distributionNow);
}
