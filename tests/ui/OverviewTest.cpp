// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Overview dashboard, offscreen: the charts hold what the analytics computed, a week's
// bars emit weekActivated, the Network tab and a circle that has not started yet.
#include "OverviewFixture.h"
#include "TestSupport.h"
#include "analytics/Analytics.h"
#include "analytics/ChartWidget.h"
#include "analytics/DashboardCharts.h"
#include "analytics/DashboardWidget.h"
#include "circle/CircleService.h"
#include "contributions/ContributionService.h"
#include "demo/DemoGenerator.h"
#include "people/KeepInTouchPanel.h"
#include "people/PeopleService.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QDir>
#include <QHelpEvent>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>
#include <gtest/gtest.h>
#include <memory>

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

    ChartWidget* weekly = chart(dashboard, u"weeklyChart"_s);
    ASSERT_TRUE(weekly);
    const ChartData& w = weekly->data();
    ASSERT_EQ(w.bars.size(), 2);
    EXPECT_TRUE(w.lines.isEmpty());
    QList<int> given, received;
    for (const analytics::WeekExchange& week : expected.weekly.weeks) {
        given << week.exchange.given;
        received << week.exchange.received;
    }
    EXPECT_EQ(w.bars.at(0).values, given);
    EXPECT_EQ(w.bars.at(1).values, received);
    EXPECT_EQ(w.bars.at(0).name, u"Given"_s);
    EXPECT_EQ(w.bars.at(1).name, u"Received"_s);
    EXPECT_TRUE(w.valueLabels);
    EXPECT_FALSE(w.empty);
    // The current week's bars are selected (drawn darker), and the legend says so.
    ASSERT_EQ(w.categories.size(), 12);
    EXPECT_EQ(w.categories.at(0), u"1"_s);
    EXPECT_EQ(w.categories.at(6), u"7"_s);
    ASSERT_EQ(w.extraLegend.size(), 1);
    EXPECT_EQ(w.extraLegend.first().name, u"This week"_s);
    EXPECT_EQ(w.bars.at(0).selected, 6);
    EXPECT_EQ(w.bars.at(1).selected, 6);
    EXPECT_EQ(w.markedCategory, 6);
    EXPECT_GT(std::accumulate(given.begin(), given.end(), 0), 0);
    // A screen reader hears the figures: every week's given and received, and which is now.
    EXPECT_EQ(weekly->accessibleName(), u"Given and received per week"_s);
    EXPECT_TRUE(weekly->accessibleDescription().contains(
        u"Given (Contributions): 1: %1, 2: %2"_s.arg(given.at(0)).arg(given.at(1))))
        << weekly->accessibleDescription().toStdString();
    EXPECT_TRUE(weekly->accessibleDescription().contains(u"Week 7 is the current week."_s));

    ChartWidget* target = chart(dashboard, u"targetChart"_s);
    ASSERT_TRUE(target);
    const QList<ChartLine>& lines = target->data().lines;
    ASSERT_EQ(lines.size(), 1);
    ASSERT_EQ(lines.first().points.size(), 2);
    EXPECT_EQ(lines.first().points.at(0).y(), expected.progress.target);
    EXPECT_EQ(lines.first().points.at(1).y(), expected.progress.target);
    EXPECT_TRUE(lines.first().dashed);
    EXPECT_EQ(lines.first().name, u"Target: %1 a week"_s.arg(expected.progress.target));
    EXPECT_EQ(target->data().bars.first().values, expected.progress.given);

    ChartWidget* balance = chart(dashboard, u"balanceChart"_s);
    ASSERT_EQ(balance->data().lines.size(), 1);
    const QList<QPointF>& points = balance->data().lines.first().points;
    ASSERT_EQ(points.size(), 7); // weeks 1..7
    for (int week = 0; week < 7; ++week)
        EXPECT_EQ(points.at(week).y(), expected.weekly.cumulativeBalance.at(week))
            << "week " << week + 1;

    ChartWidget* closeness = chart(dashboard, u"closenessChart"_s);
    const QList<ChartBars>& closenessSets = closeness->data().bars;
    ASSERT_EQ(closenessSets.size(), 2);
    EXPECT_EQ(closenessSets.at(0).values,
        QList<int>(expected.closeness.distributionWeek1.begin(),
            expected.closeness.distributionWeek1.end()));
    EXPECT_EQ(closenessSets.at(1).values,
        QList<int>(
            expected.closeness.distributionNow.begin(), expected.closeness.distributionNow.end()));

    ChartWidget* imbalance = chart(dashboard, u"imbalanceChart"_s);
    EXPECT_TRUE(imbalance->data().horizontal);
    ASSERT_EQ(imbalance->data().bars.size(), 2);
    const QStringList names = imbalance->data().categories;
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
    ChartWidget* weekly = chart(dashboard, u"weeklyChart"_s);
    EXPECT_EQ(weekly->data().bars.at(0).selected, 6);
    const QDate week3 = CircleService(t.db()).calendar(circleId).weekStart(3);
    dashboard.setToday(week3);
    EXPECT_EQ(dashboard.figures().weekly.currentWeek, 3);
    EXPECT_EQ(weekly->data().categories.at(2), u"3"_s);
    EXPECT_EQ(weekly->data().bars.at(0).selected, 2);
    EXPECT_EQ(chart(dashboard, u"targetChart"_s)->data().bars.at(0).selected, 2);
    // Contributions dated after "today" do not count yet; the line stops at week 3.
    EXPECT_EQ(chart(dashboard, u"balanceChart"_s)->data().lines.first().points.size(), 3);
}

TEST_F(SmallDemo, ClickingAWeekEmitsIt)
{
    DashboardWidget dashboard(t.db(), circleId);
    QSignalSpy activated(&dashboard, &DashboardWidget::weekActivated);
    ChartWidget* weekly = chart(dashboard, u"weeklyChart"_s);

    // A real click in the middle of week 5's "given" bar.
    dashboard.resize(1280, 800);
    dashboard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dashboard));
    const int week = 5;
    ASSERT_GT(weekly->data().bars.at(0).values.at(week - 1), 0);
    const QRectF bar = weekly->barRect(0, week - 1);
    ASSERT_FALSE(bar.isEmpty());
    QTest::mouseClick(weekly, Qt::LeftButton, {}, bar.center().toPoint());
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toInt(), week);

    // An empty future week: a click in its column still opens it, once.
    activated.clear();
    ASSERT_EQ(weekly->data().bars.at(0).values.at(10), 0);
    const QRectF plot = weekly->plotRect();
    const qreal column = plot.width() / 12;
    QTest::mouseClick(weekly, Qt::LeftButton, {},
        QPointF(plot.left() + column * 10.5, plot.center().y()).toPoint());
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toInt(), 11);

    // The target chart and the balance line open weeks too; outside the plot nothing happens.
    activated.clear();
    auto columnCentre = [](ChartWidget* c, int index) {
        const QRectF p = c->plotRect();
        const qreal slot = p.width() / c->data().categories.size();
        return QPointF(p.left() + slot * (index + 0.5), p.bottom() - 3).toPoint();
    };
    ChartWidget* target = chart(dashboard, u"targetChart"_s);
    QTest::mouseClick(target, Qt::LeftButton, {}, columnCentre(target, 1));
    ChartWidget* balance = chart(dashboard, u"balanceChart"_s);
    QTest::mouseClick(balance, Qt::LeftButton, {}, columnCentre(balance, 5));
    QTest::mouseClick(weekly, Qt::LeftButton, {}, QPoint(2, 2));
    // The closeness and imbalance charts have no weeks to open.
    QTest::mouseClick(chart(dashboard, u"closenessChart"_s), Qt::LeftButton, {},
        chart(dashboard, u"closenessChart"_s)->plotRect().center().toPoint());
    ASSERT_EQ(activated.count(), 2);
    EXPECT_EQ(activated.at(0).at(0).toInt(), 2);
    EXPECT_EQ(activated.at(1).at(0).toInt(), 6);
}

// Hovering shows the exact figures: a week's, a person's under an abbreviated name.
TEST_F(SmallDemo, HoveringShowsTheExactFigures)
{
    DashboardWidget dashboard(t.db(), circleId);
    dashboard.resize(1280, 800);
    dashboard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dashboard));
    const int week = 5;
    ChartWidget* weekly = chart(dashboard, u"weeklyChart"_s);
    const analytics::WeekExchange& w = dashboard.figures().weekly.weeks.at(week - 1);
    const QPointF onBar = weekly->barRect(1, week - 1).center();
    const QString tip = weekly->toolTipAt(onBar);
    EXPECT_EQ(tip, dashboard::weekToolTip(dashboard.figures(), week));
    EXPECT_TRUE(tip.contains(u"Given: %1"_s.arg(w.exchange.given))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(u"Received: %1"_s.arg(w.exchange.received)));
    // The tooltip really shows, at the pointer.
    QHelpEvent help(QEvent::ToolTip, onBar.toPoint(), weekly->mapToGlobal(onBar.toPoint()));
    QApplication::sendEvent(weekly, &help);
    EXPECT_EQ(QToolTip::text(), tip);
    QToolTip::hideText();
    EXPECT_TRUE(weekly->toolTipAt(QPointF(2, 2)).isEmpty());

    ChartWidget* target = chart(dashboard, u"targetChart"_s);
    const int given = dashboard.figures().progress.given.at(week - 1);
    EXPECT_TRUE(target->toolTipAt(target->barRect(0, week - 1).center())
                    .startsWith(u"Week 5: %1 given, target %2"_s.arg(given).arg(
                        dashboard.figures().progress.target)));

    ChartWidget* balance = chart(dashboard, u"balanceChart"_s);
    const QRectF plot = balance->plotRect();
    const QPointF third(plot.left() + plot.width() / 12 * 2.5, plot.center().y());
    EXPECT_EQ(balance->toolTipAt(third),
        u"After week 3: given minus received = %1"_s.arg(
            dashboard.figures().weekly.cumulativeBalance.at(2)));

    // Closeness: the bar's own set, or both sets between the bars.
    ChartWidget* closeness = chart(dashboard, u"closenessChart"_s);
    const auto& now = dashboard.figures().closeness.distributionNow;
    int level = 0;
    while (level < 5 && now[level] == 0)
        ++level;
    ASSERT_GT(now[level], 0);
    const QString nowTip = closeness->toolTipAt(closeness->barRect(1, level).center());
    EXPECT_TRUE(nowTip.startsWith(u"Now, closeness %1"_s.arg(level))) << nowTip.toStdString();
    EXPECT_FALSE(nowTip.contains(u"End of week 1"_s));

    // The imbalance chart names people shortly: the tooltip over the name says it whole.
    ChartWidget* imbalance = chart(dashboard, u"imbalanceChart"_s);
    const ChartData& data = imbalance->data();
    ASSERT_FALSE(data.categories.isEmpty());
    const int top = int(data.categories.size()) - 1;
    QRectF name;
    for (const ChartText& text : imbalance->drawnTexts()) {
        if (text.role == ChartText::Role::Category && text.text == data.categories.at(top))
            name = text.rect;
    }
    ASSERT_FALSE(name.isEmpty());
    const analytics::MemberAnalytics& a = dashboard.figures();
    const analytics::PersonExchange& person = a.imbalances.gaveMeMost.isEmpty()
        ? a.imbalances.iGaveMost.first()
        : a.imbalances.gaveMeMost.first();
    EXPECT_EQ(imbalance->toolTipAt(name.center()),
        u"%1: I gave %2, received %3"_s.arg(person.name)
            .arg(person.exchange.given)
            .arg(person.exchange.received));
}

namespace {

/// A circle that starts in ten days, without people or contributions, on show.
class NotStarted : public ::testing::Test
{
protected:
    void SetUp() override
    {
        c.name = u"Autumn circle"_s;
        c.startDate = fixedNow().date().addDays(10);
        c.meetingWeekday = Qt::Tuesday;
        QString error;
        const qint64 circleId
            = CircleService(t.db()).createCircle(c, {u"Ana"_s, u"Ben"_s}, 0, 0, &error);
        ASSERT_GT(circleId, 0) << error.toStdString();
        dashboard = std::make_unique<DashboardWidget>(t.db(), circleId);
        dashboard->resize(1280, 800);
        dashboard->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dashboard.get()));
    }

    TempDatabase t;
    Circle c;
    std::unique_ptr<DashboardWidget> dashboard;
};

} // namespace

TEST_F(NotStarted, ACircleThatHasNotStartedSaysSo)
{
    auto* note = dashboard->findChild<QLabel*>(u"dashboardNote"_s);
    ASSERT_TRUE(note);
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(
        note->text().contains(QLocale().toString(c.firstMeetingDate(), QLocale::LongFormat)))
        << note->text().toStdString();
    EXPECT_EQ(dashboard->findChild<QLabel*>(u"streakValue"_s)->text(), u"0 weeks"_s);
    EXPECT_EQ(dashboard->findChild<QLabel*>(u"ratioValue"_s)->text(), u"n/a"_s);
    auto* weekly = dashboard->findChild<ChartWidget*>(u"weeklyChart"_s);
    ASSERT_TRUE(weekly);
    // The bars only: no "This week" legend before the circle starts.
    EXPECT_TRUE(weekly->data().lines.isEmpty());
    EXPECT_TRUE(weekly->data().extraLegend.isEmpty());
    EXPECT_EQ(weekly->data().bars.at(0).values.size(), 12);
    EXPECT_EQ(weekly->data().bars.at(0).selected, -1);
    QStringList legend;
    for (const ChartText& text : weekly->drawnTexts()) {
        if (text.role == ChartText::Role::Legend)
            legend << text.text;
    }
    EXPECT_EQ(legend, (QStringList {u"Given"_s, u"Received"_s}));
    dashboard->grab().save(grabPath(QDir::tempPath(), u"overview-not-started.png"_s));
}

// Charts with nothing to show say so in words, in the plot, not as a blank box.
TEST_F(NotStarted, EmptyChartsSayWhyTheyAreEmpty)
{
    const QStringList empty
        = {u"weeklyChart"_s, u"balanceChart"_s, u"closenessChart"_s, u"imbalanceChart"_s};
    for (const QString& name : empty) {
        ChartWidget* shown = dashboard->findChild<ChartWidget*>(name);
        ASSERT_TRUE(shown) << name.toStdString();
        EXPECT_TRUE(shown->data().empty) << name.toStdString();
        ASSERT_FALSE(shown->data().emptyText.isEmpty()) << name.toStdString();
        QList<ChartText> said;
        for (const ChartText& text : shown->drawnTexts()) {
            if (text.role == ChartText::Role::Empty)
                said << text;
        }
        ASSERT_EQ(said.size(), 1) << name.toStdString();
        EXPECT_EQ(said.first().text, shown->data().emptyText);
        EXPECT_TRUE(drawnWhole(said.first())) << name.toStdString();
        // Inside the chart, and a screen reader hears it too.
        EXPECT_TRUE(QRectF(shown->rect()).contains(said.first().rect)) << name.toStdString();
        EXPECT_TRUE(shown->accessibleDescription().contains(shown->data().emptyText));
    }
    EXPECT_EQ(dashboard->findChild<ChartWidget*>(u"imbalanceChart"_s)->data().title,
        u"Largest imbalances: none yet"_s);
    // The empty state is drawn: its words' colour shows in the middle of the weekly chart.
    ChartWidget* weekly = dashboard->findChild<ChartWidget*>(u"weeklyChart"_s);
    const QImage image = weekly->grab().toImage();
    const QRect middle = weekly->plotRect().toAlignedRect();
    const QColor ink = weekly->palette().color(QPalette::Text);
    int inked = 0;
    for (int y = middle.top(); y < middle.bottom(); ++y)
        for (int x = middle.left(); x < middle.right(); ++x)
            inked += image.pixelColor(x, y) == ink ? 1 : 0;
    EXPECT_GT(inked, 30);
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
