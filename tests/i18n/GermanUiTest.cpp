// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Screens built after the German translation is installed show German, down to the
// chart titles that come from helpers outside any class.
#include "TestSupport.h"
#include "analytics/DashboardWidget.h"
#include "circle/CircleService.h"
#include "demo/DemoGenerator.h"
#include "i18n/Language.h"

#include <QChartView>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace outloud;

TEST(GermanUi, DashboardChartsSpeakGerman)
{
    QTemporaryDir config;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
    test::TempDatabase t;
    QString error;
    ASSERT_TRUE(DemoGenerator(t.db(), DemoGenerator::Scale::Small, 1, test::fixedNow().date())
                    .generate(&error))
        << error.toStdString();
    const qint64 circleId = CircleService(t.db()).defaultCircleId();

    i18n::installTranslations(u"de"_s);
    QStringList titles;
    {
        DashboardWidget dashboard(t.db(), circleId);
        dashboard.resize(1200, 800);
        dashboard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dashboard));
        const QList<QChartView*> views = dashboard.findChildren<QChartView*>();
        for (const QChartView* view : views)
            titles.append(view->chart()->title());
    }
    i18n::installTranslations(u"en"_s);

    EXPECT_TRUE(titles.contains(u"Gegeben und erhalten pro Woche"_s))
        << titles.join(u" | "_s).toStdString();
    EXPECT_FALSE(titles.contains(u"Given and received per week"_s))
        << titles.join(u" | "_s).toStdString();
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
