// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Overview dashboard, offscreen: the charts hold what the analytics computed, the member
// selector switches the data, a week's bars emit weekActivated, and the grabs look right.
#include "TestSupport.h"
#include "analytics/Analytics.h"
#include "analytics/DashboardCharts.h"
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
#include <QDir>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
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

namespace {

class SmallDemo : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(DemoGenerator(t.db(), DemoGenerator::Scale::Small, 1, fixedNow().date())
                        .generate(&error))
            << error.toStdString();
        CircleService circles(t.db());
        circleId = circles.defaultCircleId();
        me = circles.meId(circleId);
        members = circles.members(circleId);
    }

    template <typename T> static QList<T*> seriesOf(QChartView* view)
    {
        QList<T*> result;
        const QList<QAbstractSeries*> all = view->chart()->series();
        for (QAbstractSeries* s : all) {
            if (auto* typed = qobject_cast<T*>(s))
                result.append(typed);
        }
        return result;
    }

    static QList<int> values(const QBarSet* set)
    {
        QList<int> result;
        for (int i = 0; i < set->count(); ++i)
            result.append(int(set->at(i)));
        return result;
    }

    static QStringList categories(QChartView* view, Qt::Orientation orientation = Qt::Horizontal)
    {
        const QList<QAbstractAxis*> axes = view->chart()->axes(orientation);
        for (QAbstractAxis* axis : axes) {
            if (auto* c = qobject_cast<QBarCategoryAxis*>(axis))
                return c->categories();
        }
        return {};
    }

    TempDatabase t;
    qint64 circleId = -1;
    qint64 me = -1;
    QList<Member> members;
};

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1f, 0x21, 0x24), text(0xe8, 0xea, 0xed);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Mid, QColor(0x5f, 0x63, 0x68));
    p.setColor(QPalette::Dark, QColor(0x17, 0x18, 0x1a));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4c));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    return p;
}

/// Where grabs go: $OUTLOUD_GRAB_DIR when set (to look at them), else a temporary folder.
QString grabPath(const QString& dir, const QString& name)
{
    const QString wanted = qEnvironmentVariable("OUTLOUD_GRAB_DIR");
    return QDir(wanted.isEmpty() ? dir : wanted).filePath(name);
}

} // namespace

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
    auto* weekly = dashboard.findChild<QChartView*>(u"weeklyChart"_s);
    QList<int> given;
    for (const analytics::WeekExchange& w : expected.weekly.weeks)
        given << w.exchange.given;
    EXPECT_EQ(values(seriesOf<QBarSeries>(weekly).first()->barSets().at(0)), given);
    EXPECT_EQ(dashboard.findChild<QLabel*>(u"dashboardTitle"_s)->text(),
        u"Overview: %1"_s.arg(expected.memberName));

    dashboard.setMember(me);
    EXPECT_EQ(selector->currentIndex(), 0);
    EXPECT_EQ(dashboard.figures().weekly.total, mine.weekly.total);
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

TEST_F(SmallDemo, GrabsInLightAndDarkPalettes)
{
    QTemporaryDir dir;
    for (const bool dark : {false, true}) {
        DashboardWidget dashboard(t.db(), circleId);
        if (dark)
            dashboard.setPalette(darkPalette());
        dashboard.setAutoFillBackground(true);
        dashboard.resize(1280, 800);
        dashboard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dashboard));
        // The palette switch redraws once shown; the charts lay out their axes in posted events.
        QTest::qWait(100);
        auto* weekly = dashboard.findChild<QChartView*>(u"weeklyChart"_s);
        // The charts follow the palette: the plot background is the palette's base colour.
        EXPECT_EQ(
            weekly->chart()->backgroundBrush().color(), dashboard.palette().color(QPalette::Base));
        const QImage image = dashboard.grab().toImage();
        ASSERT_EQ(image.size(), QSize(1280, 800));
        const QString path
            = grabPath(dir.path(), dark ? u"overview-dark.png"_s : u"overview-light.png"_s);
        EXPECT_TRUE(image.save(path)) << path.toStdString();
        // Not an empty picture: the given bars' colour appears in the weekly chart.
        const QColor givenColor = seriesOf<QBarSeries>(weekly).first()->barSets().at(0)->color();
        const QImage chartImage = weekly->grab().toImage();
        int hits = 0;
        for (int y = 0; y < chartImage.height(); y += 2)
            for (int x = 0; x < chartImage.width(); x += 2)
                hits += chartImage.pixelColor(x, y) == givenColor ? 1 : 0;
        EXPECT_GT(hits, 100) << (dark ? "dark" : "light");
    }
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

TEST_F(SmallDemo, FollowsAnApplicationPaletteSwitch)
{
    DashboardWidget dashboard(t.db(), circleId);
    dashboard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dashboard));
    auto* weekly = dashboard.findChild<QChartView*>(u"weeklyChart"_s);
    const QPalette original = QApplication::palette();
    ASSERT_NE(weekly->chart()->backgroundBrush().color(), darkPalette().color(QPalette::Base));
    QApplication::setPalette(darkPalette());
    QTRY_COMPARE(weekly->chart()->backgroundBrush().color(), darkPalette().color(QPalette::Base));
    EXPECT_EQ(weekly->chart()->theme(), QChart::ChartThemeDark);
    const QList<QAbstractAxis*> axes = weekly->chart()->axes();
    ASSERT_FALSE(axes.isEmpty());
    EXPECT_EQ(axes.first()->labelsBrush().color(), darkPalette().color(QPalette::WindowText));
    QApplication::setPalette(original);
    QTRY_COMPARE(weekly->chart()->theme(), QChart::ChartThemeLight);
}

// Every refresh (each edit while the overview shows, each member switch) used to leave the old
// axes' grid lines and labels in the scenes: repaints grew slower through a long meeting.
TEST_F(SmallDemo, RefreshingKeepsTheSameNumberOfItemsInEveryChart)
{
    DashboardWidget dashboard(t.db(), circleId);
    dashboard.resize(1280, 800);
    dashboard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dashboard));
    const QList<QChartView*> views = dashboard.findChildren<QChartView*>();
    ASSERT_EQ(views.size(), 8);
    auto itemCounts = [&] {
        QApplication::processEvents();
        QMap<QString, qsizetype> counts;
        for (QChartView* view : views)
            counts.insert(view->objectName(), view->scene()->items().size());
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

    tabs->setCurrentIndex(1);
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

// A legend entry QtCharts cannot fit is elided ("They gave m…"): at 1024 x 768 with a larger
// system font every entry of every chart's legend is whole.
TEST_F(SmallDemo, LegendsAreWholeInANarrowWindowWithALargerFont)
{
    const QFont before = QApplication::font();
    QFont larger = before;
    larger.setPointSizeF(before.pointSizeF() * 1.15);
    QApplication::setFont(larger);
    DashboardWidget dashboard(t.db(), circleId, -1, fixedNow().date());
    // The Overview's share of a 1024 x 768 window, beside the sidebar.
    dashboard.resize(860, 640);
    dashboard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dashboard));
    auto* tabs = dashboard.findChild<QTabWidget*>(u"dashboardTabs"_s);
    int entries = 0;
    for (int tab : {0, 1}) {
        tabs->setCurrentIndex(tab);
        QTest::qWait(50);
        for (QChartView* view : dashboard.findChildren<QChartView*>()) {
            if (!view->isVisible())
                continue;
            QList<QGraphicsItem*> items = view->chart()->legend()->childItems();
            while (!items.isEmpty()) {
                QGraphicsItem* item = items.takeLast();
                items << item->childItems();
                auto* text = dynamic_cast<QGraphicsTextItem*>(item);
                if (!text || !text->isVisible() || text->toPlainText().isEmpty())
                    continue;
                ++entries;
                // QtCharts elides with three dots.
                EXPECT_FALSE(
                    text->toPlainText().endsWith(u"..."_s) || text->toPlainText().endsWith(u"…"_s))
                    << view->objectName().toStdString() << ": "
                    << text->toPlainText().toStdString();
            }
        }
    }
    EXPECT_GE(entries, 10);
    QApplication::setFont(before);
}
