// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "goal/GoalService.h"

#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
// A circle of two, the first one "me"; returns my member id.
qint64 addMe(Database& db)
{
    Circle c;
    c.name = u"Thursday Circle"_s;
    c.startDate = QDate(2026, 3, 2);
    c.meetingWeekday = Qt::Thursday;
    c.meetingTime = QTime(18, 30);
    CircleService circles(db);
    return circles.meId(circles.createCircle(c, {u"Ana"_s, u"Ben"_s}, 0, 0, nullptr));
}

qint64 revisionCount(Database& db)
{
    return scalar(db, u"SELECT count(*) FROM goal_revision"_s).toLongLong();
}
} // namespace

TEST(Goal, RevisionsKeepADatedHistory)
{
    TempDatabase t;
    GoalService s(t.db());
    const qint64 me = addMe(t.db());
    GoalRevision g;
    g.memberId = me;
    g.accomplish = u"Start a community of practice"_s;
    ASSERT_GT(s.reviseGoal(g, nullptr), 0);
    EXPECT_EQ(s.currentGoal(me)->weeklyTarget, 3) << "default target";
    t->setClock([] { return fixedNow().addDays(10); });
    g.accomplish = u"Start a community of practice for data trainers"_s;
    g.weeklyTarget = 5;
    ASSERT_GT(s.reviseGoal(g, nullptr), 0);
    const auto history = s.goalHistory(me);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(0).revisedAt, fixedNow());
    EXPECT_EQ(history.at(1).revisedAt, fixedNow().addDays(10));
    EXPECT_EQ(s.currentGoal(me)->accomplish, u"Start a community of practice for data trainers"_s);
    EXPECT_EQ(s.currentGoal(me)->weeklyTarget, 5);
}

TEST(Goal, RefusesAnEmptyGoalOrAnImpossibleTargetAndWritesNothing)
{
    TempDatabase t;
    GoalService s(t.db());
    const qint64 me = addMe(t.db());
    GoalRevision g;
    g.memberId = me;
    g.accomplish = u" "_s;
    QString error;
    EXPECT_EQ(s.reviseGoal(g, &error), -1);
    EXPECT_FALSE(error.isEmpty());
    g.accomplish = u"Write a book"_s;
    g.weeklyTarget = 101;
    error.clear();
    EXPECT_EQ(s.reviseGoal(g, &error), -1);
    EXPECT_TRUE(error.contains(u"100"_s)) << error.toStdString();
    EXPECT_EQ(revisionCount(t.db()), 0);
    EXPECT_FALSE(s.currentGoal(me).has_value());
}

TEST(Goal, TextIsStoredTrimmedAndEachMemberHasTheirOwn)
{
    TempDatabase t;
    GoalService s(t.db());
    const qint64 me = addMe(t.db());
    const qint64 ben
        = CircleService(t.db()).members(CircleService(t.db()).defaultCircleId()).at(1).id;
    GoalRevision g;
    g.memberId = me;
    g.accomplish = u"  Write a book \n"_s;
    g.why = u" to share what I learned "_s;
    ASSERT_GT(s.reviseGoal(g, nullptr), 0);
    EXPECT_EQ(s.currentGoal(me)->accomplish, u"Write a book"_s);
    EXPECT_EQ(s.currentGoal(me)->why, u"to share what I learned"_s);
    EXPECT_FALSE(s.currentGoal(ben).has_value());
    EXPECT_TRUE(s.goalHistory(ben).isEmpty());
}

TEST(Goal, RemovingTheNewestRevisionBringsBackThePreviousGoal)
{
    TempDatabase t;
    GoalService s(t.db());
    const qint64 me = addMe(t.db());
    GoalRevision g;
    g.memberId = me;
    g.accomplish = u"Write a book"_s;
    ASSERT_GT(s.reviseGoal(g, nullptr), 0);
    t->setClock([] { return fixedNow().addDays(1); });
    g.accomplish = u"Write a short book"_s;
    const qint64 second = s.reviseGoal(g, nullptr);
    ASSERT_GT(second, 0);
    QString error;
    ASSERT_TRUE(s.removeGoalRevision(second, &error)) << error.toStdString();
    EXPECT_EQ(s.currentGoal(me)->accomplish, u"Write a book"_s);
    EXPECT_EQ(revisionCount(t.db()), 1);
}
