// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "meetings/PlanService.h"
#include "meetings/WeekPlan.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
const QString Good = uR"(# a comment
title: Tiny plan
language: en

week: 1
theme: Start
exercise: Say hello
exercise: Write a goal, with a comma; and a semicolon
agenda: 20 | Hello
agenda: 40 | Goals
prepare: Add people

week: 2
theme: Second
round: 60 | Everything
)"_s;

// Replaces line @p line (1-based) of Good with @p text.
QString withLine(int line, const QString& text)
{
    QStringList lines = Good.split(u'\n');
    lines[line - 1] = text;
    return lines.join(u'\n');
}

std::string brokenMessage(const QString& text)
{
    QString error;
    EXPECT_FALSE(WeekPlan::parse(text, &error));
    return error.toStdString();
}
} // namespace

TEST(Plan, ParsesAGoodPlan)
{
    QString error;
    const auto plan = WeekPlan::parse(Good, &error);
    ASSERT_TRUE(plan) << error.toStdString();
    EXPECT_EQ(plan->title, u"Tiny plan"_s);
    EXPECT_EQ(plan->language, u"en"_s);
    ASSERT_EQ(plan->weeks.size(), 2);
    EXPECT_EQ(plan->week(1)->theme, u"Start"_s);
    EXPECT_EQ(plan->week(1)->exercises,
        QStringList({u"Say hello"_s, u"Write a goal, with a comma; and a semicolon"_s}));
    ASSERT_EQ(plan->week(1)->agenda.size(), 2);
    EXPECT_EQ(plan->week(1)->agenda.at(1).title, u"Goals"_s);
    EXPECT_EQ(plan->week(1)->agenda.at(1).minutes, 40);
    EXPECT_EQ(plan->week(1)->prepare, QStringList {u"Add people"_s});
    EXPECT_EQ(plan->week(2)->totalMinutes(), 60);
    EXPECT_EQ(plan->week(1)->roundIndex(), -1);
    EXPECT_EQ(plan->week(2)->roundIndex(), 0);
    EXPECT_TRUE(plan->week(2)->agenda.at(0).round);
    EXPECT_EQ(plan->week(3), nullptr);
    // Windows line endings read the same.
    QString crlf = Good;
    crlf.replace(u"\n"_s, u"\r\n"_s);
    const auto again = WeekPlan::parse(crlf, &error);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(again->week(1)->agenda.at(0).title, u"Hello"_s);
}

TEST(Plan, ShippedPlansHaveTwelveWeeksOfOneHour)
{
    for (const QString& language : {u"en"_s, u"de"_s}) {
        SCOPED_TRACE(language.toStdString());
        const QString text = WeekPlan::builtInText(language);
        ASSERT_FALSE(text.isEmpty()) << "the plan is a Qt resource";
        QString error;
        const auto plan = WeekPlan::parse(text, &error);
        ASSERT_TRUE(plan) << error.toStdString();
        EXPECT_EQ(plan->language, language);
        ASSERT_EQ(plan->weeks.size(), 12);
        for (const PlanWeek& w : plan->weeks) {
            EXPECT_EQ(w.totalMinutes(), 60) << w.number;
            EXPECT_GE(w.exercises.size(), 2) << w.number;
            EXPECT_FALSE(w.prepare.isEmpty()) << w.number;
            EXPECT_GE(w.roundIndex(), 0) << "every week has a round of members: " << w.number;
        }
    }
    // The German plan says "du", never "Sie" as a form of address.
    const QString german = WeekPlan::builtInText(u"de"_s);
    EXPECT_TRUE(german.contains(u" du "_s));
    EXPECT_FALSE(german.contains(u" Sie "_s));
    EXPECT_FALSE(german.contains(u" Ihr"_s));
}

TEST(Plan, TheDocumentedExampleIsAValidPlan)
{
    const QString readme
        = QString::fromUtf8(fileBytes(dataPath(u"../../resources/plans/README.md"_s)));
    const qsizetype start = readme.indexOf(u"```\ntitle:"_s);
    ASSERT_GE(start, 0) << "README.md has an example";
    const qsizetype end = readme.indexOf(u"```"_s, start + 3);
    QString error;
    const auto plan = WeekPlan::parse(readme.mid(start + 4, end - start - 4), &error);
    ASSERT_TRUE(plan) << error.toStdString();
    EXPECT_EQ(plan->week(1)->roundIndex(), 1);
}

TEST(Plan, BrokenPlansNameTheLineAndTheProblem)
{
    EXPECT_EQ(brokenMessage(withLine(9, u"agenda: 15 | Hello"_s)),
        "line 5: the agenda of week 1 adds up to 55 minutes, not 60");
    EXPECT_EQ(brokenMessage(withLine(9, u"agenda: ten | Hello"_s)),
        "line 9: the minutes must be a whole number from 1 to 60, not \"ten\"");
    EXPECT_EQ(brokenMessage(withLine(9, u"agenda: 20 Hello"_s)),
        "line 9: an agenda line is \"agenda: MINUTES | what happens\"");
    EXPECT_EQ(brokenMessage(withLine(7, u"exercize: typo"_s)), "line 7: unknown key \"exercize\"");
    EXPECT_EQ(brokenMessage(withLine(7, u"just words"_s)),
        "line 7: expected \"key: value\", found \"just words\"");
    EXPECT_EQ(brokenMessage(withLine(13, u"week: 3"_s)), "line 13: expected week 2, found \"3\"");
    EXPECT_EQ(brokenMessage(withLine(7, u"theme: Again"_s)), "line 7: week 1 has a second theme");
    EXPECT_EQ(brokenMessage(withLine(14, u"# no theme"_s)), "line 13: week 2 has no theme");
    EXPECT_EQ(brokenMessage(withLine(2, u"theme: Early"_s)),
        "line 2: \"theme\" must come after a \"week\" line");
    EXPECT_EQ(brokenMessage(withLine(2, u"# no title"_s)),
        "line 5: the plan needs a \"title\" before its first week");
    EXPECT_EQ(brokenMessage(withLine(12, u"title: Late"_s)),
        "line 12: \"title\" belongs before the first week");
    EXPECT_EQ(
        brokenMessage(withLine(9, u"round: 20 | Hello"_s).replace(u"agenda: 40"_s, u"round: 40"_s)),
        "line 10: week 1 has a second round");
    EXPECT_EQ(brokenMessage(u"title: Empty\n"_s), "line 2: the plan has no weeks");
    EXPECT_EQ(brokenMessage(withLine(11, u"prepare:"_s)), "line 11: \"prepare\" needs a value");
}

TEST(Plan, ACircleUsesItsOwnPlanAndABrokenOneLeavesThePlanInUse)
{
    TempDatabase t;
    Circle c;
    c.name = u"C"_s;
    c.startDate = QDate(2026, 3, 2);
    const qint64 circleId
        = CircleService(t.db()).createCircle(c, {u"Ana"_s, u"Ben"_s}, 0, 0, nullptr);
    PlanService plans(t.db());
    EXPECT_FALSE(plans.hasOwnPlan(circleId));
    EXPECT_EQ(plans.plan(circleId).weeks.size(), 12) << "the shipped plan";

    const QString file = t.dir() + u"/own.txt"_s;
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(Good.toUtf8());
    }
    QString error;
    ASSERT_TRUE(plans.loadPlanFile(circleId, file, &error)) << error.toStdString();
    EXPECT_EQ(plans.plan(circleId).title, u"Tiny plan"_s);

    const QString broken = t.dir() + u"/broken.txt"_s;
    {
        QFile f(broken);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(withLine(10, u"agenda: 45 | Goals"_s).toUtf8());
    }
    EXPECT_FALSE(plans.loadPlanFile(circleId, broken, &error));
    EXPECT_EQ(error, u"broken.txt, line 5: the agenda of week 1 adds up to 65 minutes, not 60"_s);
    t.reopen();
    PlanService after(t.db());
    EXPECT_EQ(after.plan(circleId).title, u"Tiny plan"_s) << "the plan in use stays";
    EXPECT_EQ(after.planText(circleId), Good);

    ASSERT_TRUE(after.useShippedPlan(circleId, &error));
    EXPECT_FALSE(after.hasOwnPlan(circleId));
    EXPECT_EQ(after.plan(circleId).weeks.size(), 12);
    EXPECT_FALSE(after.loadPlanFile(circleId, t.dir() + u"/missing.txt"_s, &error));
    EXPECT_TRUE(error.contains(u"missing.txt"_s));
}
