// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Screens built after the German translation is installed show German, down to the
// chart titles that come from helpers outside any class.
#include "../ui/OverviewFixture.h"
#include "TestSupport.h"
#include "analytics/ChartWidget.h"
#include "analytics/DashboardWidget.h"
#include "circle/CircleService.h"
#include "demo/DemoGenerator.h"
#include "i18n/Language.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace outloud;

namespace {

/// The small demo's Overview with the German translation installed (English again after).
class GermanOverview : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
        QString error;
        ASSERT_TRUE(DemoGenerator(t.db(), DemoGenerator::Scale::Small, 1, test::fixedNow().date())
                        .generate(&error))
            << error.toStdString();
        circleId = CircleService(t.db()).defaultCircleId();
        i18n::installTranslations(u"de"_s);
    }
    void TearDown() override { i18n::installTranslations(u"en"_s); }

    QTemporaryDir config;
    test::TempDatabase t;
    qint64 circleId = -1;
};

} // namespace

TEST_F(GermanOverview, DashboardChartsSpeakGerman)
{
    QStringList titles;
    QString description;
    {
        DashboardWidget dashboard(t.db(), circleId);
        dashboard.resize(1200, 800);
        dashboard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dashboard));
        const QList<ChartWidget*> charts = dashboard.findChildren<ChartWidget*>();
        for (const ChartWidget* chart : charts)
            titles.append(chart->data().title);
        description = dashboard.findChild<ChartWidget*>(u"weeklyChart"_s)->accessibleDescription();
    }
    EXPECT_TRUE(titles.contains(u"Gegeben und erhalten pro Woche"_s))
        << titles.join(u" | "_s).toStdString();
    EXPECT_FALSE(titles.contains(u"Given and received per week"_s))
        << titles.join(u" | "_s).toStdString();
    EXPECT_TRUE(description.contains(u"Woche 7 ist die aktuelle Woche."_s))
        << description.toStdString();
}

// In German, in the Overview's share of a 1024 x 768 window, every text of every chart
// (titles, legends, axis titles, week numbers, names, values) is drawn whole: as wide and as
// tall as its face needs, in the rectangle it is drawn in.
TEST_F(GermanOverview, ChartLabelsAreWholeAt1024x768)
{
    QStringList cut;
    int texts = 0;
    DashboardWidget dashboard(t.db(), circleId, -1, test::fixedNow().date());
    dashboard.resize(860, 640);
    dashboard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dashboard));
    for (const ChartWidget* chart : dashboard.findChildren<ChartWidget*>()) {
        for (const ChartText& text : chart->drawnTexts()) {
            ++texts;
            if (!test::drawnWhole(text) || !QRectF(chart->rect()).contains(text.rect))
                cut << chart->objectName() + u": "_s + text.text + u" in "_s
                        + QString::number(text.rect.width()) + u'x'
                        + QString::number(text.rect.height());
        }
    }
    EXPECT_GT(texts, 60);
    EXPECT_TRUE(cut.isEmpty()) << cut.join(u"\n"_s).toStdString();
}

#include "meetings/WeekPlan.h"

TEST(GermanUi, WeekPlanErrorsAndPlanSpeakGerman)
{
    // Messages from members of classes without Q_OBJECT (here WeekPlan and its parser)
    // find their translation, and German picks the German week plan.
    i18n::installTranslations(u"de"_s);
    QString noWeeks;
    QString noTitle;
    EXPECT_FALSE(WeekPlan::parse(u"title: Plan\n"_s, &noWeeks));
    EXPECT_FALSE(WeekPlan::parse(u"week: 1\n"_s, &noTitle));
    const QString language = WeekPlan::localeLanguage();
    const QString planLanguage = WeekPlan::builtInForLocale().language;
    i18n::installTranslations(u"en"_s);

    EXPECT_TRUE(noWeeks.contains(u"der Plan hat keine Wochen"_s)) << noWeeks.toStdString();
    EXPECT_TRUE(noTitle.contains(u"Zeile 1"_s)) << noTitle.toStdString();
    EXPECT_TRUE(noTitle.contains(u"braucht vor seiner ersten Woche"_s)) << noTitle.toStdString();
    EXPECT_EQ(language, u"de"_s);
    EXPECT_EQ(planLanguage, u"de"_s);
    EXPECT_EQ(WeekPlan::localeLanguage(), u"en"_s);
}
