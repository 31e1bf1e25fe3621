// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Overview dashboard, offscreen: the charts hold what the analytics computed, a week's
// bars emit weekActivated, the Network tab and a circle that has not started yet.
#include "OverviewFixture.h"
#include "TestSupport.h"
#include "analytics/Analytics.h"
#include "analytics/DashboardCharts.h"
#include "analytics/DashboardWidget.h"
#include "circle/CircleService.h"
#include "contributions/ContributionService.h"
#include "demo/DemoGenerator.h"
#include "people/KeepInTouchPanel.h"
#include "people/PeopleService.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

TEST_F(SmallDemo, ChartsHoldTheAnalyticsOfMe)
{
    DashboardWidget dashboard(t.db(), circleId);
    const analytics::MemberAnalytics expected
        = analytics::analyzeMember(t.db(), circleId, me, fixedNow().date());
    EXPECT_EQ(dashboard.memberId(), me);
    ASSERT_EQ(expected.weekly.currentWeek, 7);

    auto* weekly = dashboard.findChild<QChartView*>(u"weeklyChart"_s);
    ASSERT_TRUE(weekly);
    const QList<QBarSeries*> bars = seriesOf<QBarSeries>(weekly);
    ASSERT_EQ(bars.size(), 1);
    ASSERT_EQ(bars.first()->count(), 2);
    QList<int> given, received;
    for (const analytics::WeekExchange& w : expected.weekly.weeks) {
        given << w.exchange.given;
        received << w.exchange.received;
    }
    EXPECT_EQ(values(bars.first()->barSets().at(0)), given);
    EXPECT_EQ(values(bars.first()->barSets().at(1)), received);
    EXPECT_EQ(bars.first()->barSets().at(0)->label(), u"Given"_s);
    EXPECT_EQ(bars.first()->barSets().at(1)->label(), u"Received"_s);
    EXPECT_TRUE(bars.first()->isLabelsVisible());
    // The current week's bars are selected (drawn darker), and the legend says so.
    const QStringList weeks = categories(weekly);
    ASSERT_EQ(weeks.size(), 12);
    EXPECT_EQ(weeks.at(0), u"1"_s);
    EXPECT_EQ(weeks.at(6), u"7"_s);
    bool thisWeekInLegend = false;
    for (QAbstractSeries* series : weekly->chart()->series())
        thisWeekInLegend = thisWeekInLegend || series->name() == u"This week"_s;
    EXPECT_TRUE(thisWeekInLegend);
    EXPECT_EQ(bars.first()->barSets().at(0)->selectedBars(), QList<int> {6});
    EXPECT_GT(std::accumulate(given.begin(), given.end(), 0), 0);

    auto* target = dashboard.findChild<QChartView*>(u"targetChart"_s);
    ASSERT_TRUE(target);
    const QList<QLineSeries*> lines = seriesOf<QLineSeries>(target);
    ASSERT_EQ(lines.size(), 1);
    ASSERT_EQ(lines.first()->count(), 2);
    EXPECT_EQ(lines.first()->at(0).y(), expected.progress.target);
    EXPECT_EQ(lines.first()->at(1).y(), expected.progress.target);
    EXPECT_EQ(lines.first()->name(), u"Target: %1 a week"_s.arg(expected.progress.target));
    EXPECT_EQ(
        values(seriesOf<QBarSeries>(target).first()->barSets().first()), expected.progress.given);

    auto* balance = dashboard.findChild<QChartView*>(u"balanceChart"_s);
    const QList<QLineSeries*> balanceLines = seriesOf<QLineSeries>(balance);
    ASSERT_EQ(balanceLines.size(), 1);
    ASSERT_EQ(balanceLines.first()->count(), 7); // weeks 1..7
    for (int w = 0; w < 7; ++w)
        EXPECT_EQ(balanceLines.first()->at(w).y(), expected.weekly.cumulativeBalance.at(w))
            << "week " << w + 1;

    auto* closeness = dashboard.findChild<QChartView*>(u"closenessChart"_s);
    const QList<QBarSet*> closenessSets = seriesOf<QBarSeries>(closeness).first()->barSets();
    ASSERT_EQ(closenessSets.size(), 2);
    EXPECT_EQ(values(closenessSets.at(0)),
        QList<int>(expected.closeness.distributionWeek1.begin(),
            expected.closeness.distributionWeek1.end()));
    EXPECT_EQ(values(closenessSets.at(1)),
        QList<int>(
            expected.closeness.distributionNow.begin(), expected.closeness.distributionNow.end()));

    auto* imbalance = dashboard.findChild<QChartView*>(u"imbalanceChart"_s);
    const QList<QHorizontalStackedBarSeries*> stacked
        = seriesOf<QHorizontalStackedBarSeries>(imbalance);
    ASSERT_EQ(stacked.size(), 1);
    const QStringList names = categories(imbalance, Qt::Vertical);
    ASSERT_FALSE(expected.imbalances.iGaveMost.isEmpty());
    // Top of the chart (last category): the person I gave most to beyond what came back.
    EXPECT_EQ(names.last(),
        expected.imbalances.gaveMeMost.isEmpty() ? expected.imbalances.iGaveMost.first().name
                                                 : expected.imbalances.gaveMeMost.first().name);

    EXPECT_EQ(dashboard.findChild<QLabel*>(u"streakValue"_s)->text(),
        expected.progress.streak == 1 ? u"1 week"_s : u"%1 weeks"_s.arg(expected.progress.streak));
    EXPECT_EQ(dashboard.findChild<QLabel*>(u"scoreValue"_s)->text(),
        u"%1 %"_s.arg(std::lround(expected.progress.score * 100)));
    EXPECT_TRUE(dashboard.findChild<QLabel*>(u"scoreValue"_s)
                    ->toolTip()
                    .startsWith(analytics::habitScoreExplanation()));
    EXPECT_EQ(dashboard.findChild<QLabel*>(u"givenValue"_s)->text(),
        QString::number(expected.weekly.total.given));
}

TEST_F(SmallDemo, TodayMovesTheCurrentWeek)
{
    DashboardWidget dashboard(t.db(), circleId);
    auto* weekly = dashboard.findChild<QChartView*>(u"weeklyChart"_s);
    EXPECT_EQ(
        seriesOf<QBarSeries>(weekly).first()->barSets().at(0)->selectedBars(), QList<int> {6});
    const QDate week3 = CircleService(t.db()).calendar(circleId).weekStart(3);
    dashboard.setToday(week3);
    EXPECT_EQ(dashboard.figures().weekly.currentWeek, 3);
    EXPECT_EQ(categories(weekly).at(2), u"3"_s);
    EXPECT_EQ(
        seriesOf<QBarSeries>(weekly).first()->barSets().at(0)->selectedBars(), QList<int> {2});
    // Contributions dated after "today" do not count yet; the line stops at week 3.
    auto* balance = dashboard.findChild<QChartView*>(u"balanceChart"_s);
    EXPECT_EQ(seriesOf<QLineSeries>(balance).first()->count(), 3);
}

TEST_F(SmallDemo, ClickingAWeekEmitsIt)
{
    DashboardWidget dashboard(t.db(), circleId);
    QSignalSpy activated(&dashboard, &DashboardWidget::weekActivated);
    auto* weekly = dashboard.findChild<QChartView*>(u"weeklyChart"_s);
    QBarSet* given = seriesOf<QBarSeries>(weekly).first()->barSets().at(0);

    // A real click in the middle of week 5's "given" bar.
    dashboard.resize(1280, 800);
    dashboard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dashboard));
    QChart* chart = weekly->chart();
    const int week = 5;
    const double value = given->at(week - 1);
    ASSERT_GT(value, 0);
    // The given bar sits left of the category centre (two sets side by side).
    const QPointF centre
        = chart->mapToPosition(QPointF(week - 1 - 0.15, value / 2.0), chart->series().first());
    QTest::mouseClick(
        weekly->viewport(), Qt::LeftButton, {}, weekly->mapFromScene(chart->mapToScene(centre)));
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toInt(), week);

    // An empty future week: a click in its column still opens it, once.
    activated.clear();
    ASSERT_EQ(given->at(10), 0);
    const QPointF empty = chart->mapToPosition(QPointF(10, 1), chart->series().first());
    QTest::mouseClick(
        weekly->viewport(), Qt::LeftButton, {}, weekly->mapFromScene(chart->mapToScene(empty)));
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toInt(), 11);

    // The target chart and the balance line open weeks too; outside the plot nothing happens.
    activated.clear();
    auto* target = dashboard.findChild<QChartView*>(u"targetChart"_s);
    QChart* targetChart = target->chart();
    const QPointF two = targetChart->mapToPosition(QPointF(1, 1), targetChart->series().first());
    QTest::mouseClick(
        target->viewport(), Qt::LeftButton, {}, target->mapFromScene(targetChart->mapToScene(two)));
    auto* balance = dashboard.findChild<QChartView*>(u"balanceChart"_s);
    QChart* balanceChart = balance->chart();
    const QPointF six = balanceChart->mapToPosition(QPointF(6, 1), balanceChart->series().first());
    QTest::mouseClick(balance->viewport(), Qt::LeftButton, {},
        balance->mapFromScene(balanceChart->mapToScene(six)));
    QTest::mouseClick(weekly->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    ASSERT_EQ(activated.count(), 2);
    EXPECT_EQ(activated.at(0).at(0).toInt(), 2);
    EXPECT_EQ(activated.at(1).at(0).toInt(), 6);

    // Hovering shows the exact figures.
    Q_EMIT given->hovered(true, week - 1);
    const analytics::WeekExchange& w = dashboard.figures().weekly.weeks.at(week - 1);
    EXPECT_TRUE(weekly->toolTip().contains(u"Given: %1"_s.arg(w.exchange.given)))
        << weekly->toolTip().toStdString();
    EXPECT_TRUE(weekly->toolTip().contains(u"Received: %1"_s.arg(w.exchange.received)));
}

TEST(Overview, ACircleThatHasNotStartedSaysSo)
{
    TempDatabase t;
    CircleService circles(t.db());
    Circle c;
    c.name = u"Autumn circle"_s;
    c.startDate = fixedNow().date().addDays(10);
    c.meetingWeekday = Qt::Tuesday;
    QString error;
    const qint64 circleId = circles.createCircle(c, {u"Ana"_s, u"Ben"_s}, 0, 0, &error);
    ASSERT_GT(circleId, 0) << error.toStdString();
    DashboardWidget dashboard(t.db(), circleId);
    dashboard.resize(1280, 800);
    dashboard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dashboard));
    auto* note = dashboard.findChild<QLabel*>(u"dashboardNote"_s);
    ASSERT_TRUE(note);
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(
        note->text().contains(QLocale().toString(c.firstMeetingDate(), QLocale::LongFormat)))
        << note->text().toStdString();
    EXPECT_EQ(dashboard.findChild<QLabel*>(u"streakValue"_s)->text(), u"0 weeks"_s);
    EXPECT_EQ(dashboard.findChild<QLabel*>(u"ratioValue"_s)->text(), u"n/a"_s);
    auto* weekly = dashboard.findChild<QChartView*>(u"weeklyChart"_s);
    // The bars only: no "This week" legend before the circle starts.
    QList<QAbstractSeries*> series = weekly->chart()->series();
    series.removeIf([](const QAbstractSeries* s) { return !s->isVisible(); });
    ASSERT_EQ(series.size(), 1);
    EXPECT_EQ(qobject_cast<QBarSeries*>(series.first())->barSets().at(0)->count(), 12);
    const QList<QLegendMarker*> markers = weekly->chart()->legend()->markers();
    for (QLegendMarker* marker : markers)
        EXPECT_TRUE(!marker->isVisible() || marker->label() != u"This week"_s);
    dashboard.grab().save(grabPath(QDir::tempPath(), u"overview-not-started.png"_s));
}

TEST_F(SmallDemo, NetworkTabShowsGenerosityWhatCameBackAndWeakTies)
{
    DashboardWidget dashboard(t.db(), circleId);
    const analytics::MemberAnalytics& a = dashboard.figures();
    const analytics::GenerosityMix& g = a.generosity;
    ASSERT_GT(g.given, 0);

    auto* mix = dashboard.findChild<QChartView*>(u"generosityChart"_s);
    ASSERT_TRUE(mix);
    const QList<QHorizontalBarSeries*> mixSeries = seriesOf<QHorizontalBarSeries>(mix);
    ASSERT_EQ(mixSeries.size(), 1);
    EXPECT_EQ(values(mixSeries.first()->barSets().first()),
        (QList<int> {g.given - g.sharesOthersOrConnects - g.sharesMine, g.sharesMine,
            g.sharesOthersOrConnects}));

    auto* brought = dashboard.findChild<QChartView*>(u"broughtChart"_s);
    EXPECT_EQ(values(seriesOf<QBarSeries>(brought).first()->barSets().first()),
        (QList<int> {g.receivedBrought[0], g.receivedBrought[1], g.receivedBrought[2],
            g.receivedUnspecified}));
    EXPECT_EQ(categories(brought),
        (QStringList {u"Help"_s, u"Inspiration"_s, u"Recognition"_s, u"Not recorded"_s}));

    auto* channels = dashboard.findChild<QChartView*>(u"channelChart"_s);
    const QStringList channelNames = categories(channels, Qt::Vertical);
    ASSERT_FALSE(channelNames.isEmpty());
    EXPECT_EQ(
        channelNames.last(), a.byChannel.first().name); // the one that brings most back, on top
    const QBarSet* received = seriesOf<QHorizontalBarSeries>(channels).first()->barSets().at(1);
    EXPECT_EQ(int(received->at(received->count() - 1)), a.byChannel.first().exchange.received);

    auto* ties = dashboard.findChild<QTreeWidget*>(u"weakTiesView"_s);
    ASSERT_TRUE(ties);
    ASSERT_EQ(ties->topLevelItemCount(), std::max<qsizetype>(1, a.weakTies.intermediaries.size()));
    if (!a.weakTies.intermediaries.isEmpty()) {
        EXPECT_EQ(ties->topLevelItem(0)->text(0), a.weakTies.intermediaries.first().name);
        EXPECT_EQ(
            ties->topLevelItem(0)->childCount(), a.weakTies.intermediaries.first().introduced);
    }

    auto* tabs = dashboard.findChild<QTabWidget*>(u"dashboardTabs"_s);
    ASSERT_TRUE(tabs);
    tabs->setCurrentIndex(1);
    dashboard.setAutoFillBackground(true);
    dashboard.resize(1280, 800);
    dashboard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dashboard));
    QTest::qWait(100);
    QTemporaryDir dir;
    EXPECT_TRUE(dashboard.grab().save(grabPath(dir.path(), u"overview-network.png"_s)));
}
