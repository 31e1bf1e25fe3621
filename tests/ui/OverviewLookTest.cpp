// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How the Overview looks: grabs in light and dark palettes, an application palette switch,
// and whole legends in a narrow window with a larger font.
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

#include <QApplication>
#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

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
