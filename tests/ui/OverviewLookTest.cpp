// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How the Overview looks: grabs in light and dark palettes, an application palette switch
// repainting in the new colours, and whole legends in a narrow window with a larger font.
#include "OverviewFixture.h"
#include "TestSupport.h"
#include "analytics/Analytics.h"
#include "analytics/ChartStyle.h"
#include "analytics/ChartWidget.h"
#include "analytics/DashboardWidget.h"
#include "circle/CircleService.h"
#include "contributions/ContributionService.h"
#include "demo/DemoGenerator.h"
#include "people/KeepInTouchPanel.h"
#include "people/PeopleService.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {

/// How many pixels of @p image (every second one) are exactly @p color.
int pixelsOf(const QImage& image, const QColor& color)
{
    int hits = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            hits += image.pixelColor(x, y) == color ? 1 : 0;
    return hits;
}

/// The colour of @p chart's background, beside its left edge.
QColor backgroundOf(ChartWidget* chart)
{
    return chart->grab().toImage().pixelColor(3, chart->height() / 2);
}

} // namespace

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
        ChartWidget* weekly = chart(dashboard, u"weeklyChart"_s);
        // The charts follow the palette: the plot background is the palette's base colour.
        EXPECT_EQ(backgroundOf(weekly), dashboard.palette().color(QPalette::Base));
        const QImage image = dashboard.grab().toImage();
        ASSERT_EQ(image.size(), QSize(1280, 800));
        const QString path
            = grabPath(dir.path(), dark ? u"overview-dark.png"_s : u"overview-light.png"_s);
        EXPECT_TRUE(image.save(path)) << path.toStdString();
        // Not an empty picture: the given bars' colour appears in the weekly chart.
        const QColor givenColor = weekly->data().bars.at(0).color;
        EXPECT_EQ(givenColor, chartColors(dashboard.palette()).given);
        EXPECT_GT(pixelsOf(weekly->grab().toImage(), givenColor), 100) << (dark ? "dark" : "light");
    }
}

// A palette switch (the desktop going dark) repaints every chart in the new colours: the
// background, the bars' (made for a dark background) and the texts'.
TEST_F(SmallDemo, FollowsAnApplicationPaletteSwitch)
{
    DashboardWidget dashboard(t.db(), circleId);
    dashboard.resize(1280, 800);
    dashboard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dashboard));
    ChartWidget* weekly = chart(dashboard, u"weeklyChart"_s);
    const QPalette original = QApplication::palette();
    const ChartColors light = chartColors(original);
    const ChartColors dark = chartColors(darkPalette());
    ASSERT_NE(light.given, dark.given);
    ASSERT_NE(backgroundOf(weekly), darkPalette().color(QPalette::Base));
    const QImage before = weekly->grab().toImage();
    EXPECT_GT(pixelsOf(before, light.given), 100);
    EXPECT_EQ(pixelsOf(before, dark.given), 0);

    QApplication::setPalette(darkPalette());
    QTRY_COMPARE(backgroundOf(weekly), darkPalette().color(QPalette::Base));
    const QImage after = weekly->grab().toImage();
    EXPECT_GT(pixelsOf(after, dark.given), 100);
    EXPECT_EQ(pixelsOf(after, light.given), 0);
    for (const ChartText& text : weekly->drawnTexts()) {
        if (text.role == ChartText::Role::Tick) {
            EXPECT_EQ(text.color, darkPalette().color(QPalette::Text));
        }
    }
    for (const char* name : {"balanceChart", "closenessChart", "targetChart", "imbalanceChart"}) {
        EXPECT_EQ(backgroundOf(chart(dashboard, QString::fromLatin1(name))),
            darkPalette().color(QPalette::Base))
            << name;
    }
    EXPECT_EQ(chart(dashboard, u"balanceChart"_s)->data().lines.first().color, dark.balance);
    // The Network tab's Qt Charts follow too, when it comes up.
    dashboard.findChild<QTabWidget*>(u"dashboardTabs"_s)->setCurrentIndex(1);
    auto* mix = dashboard.findChild<QChartView*>(u"generosityChart"_s);
    QTRY_COMPARE(mix->chart()->theme(), QChart::ChartThemeDark);
    EXPECT_EQ(mix->chart()->backgroundBrush().color(), darkPalette().color(QPalette::Base));

    QApplication::setPalette(original);
    QTRY_COMPARE(backgroundOf(weekly), original.color(QPalette::Base));
    EXPECT_GT(pixelsOf(weekly->grab().toImage(), light.given), 100);
}

// A legend entry that does not fit is never elided (Qt Charts wrote "They gave m…"): at
// 1024 x 768 with a larger system font every entry of every chart's legend is whole.
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
    for (ChartWidget* c : dashboard.findChildren<ChartWidget*>()) {
        for (const ChartText& text : c->drawnTexts()) {
            if (text.role != ChartText::Role::Legend)
                continue;
            ++entries;
            EXPECT_TRUE(drawnWhole(text))
                << c->objectName().toStdString() << ": " << text.text.toStdString();
        }
    }
    EXPECT_GE(entries, 9);
    tabs->setCurrentIndex(1);
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
                << view->objectName().toStdString() << ": " << text->toPlainText().toStdString();
        }
    }
    EXPECT_GE(entries, 10);
    QApplication::setFont(before);
}
