// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The week summary carries what the meeting work knows: the plan's theme, what to
// prepare, next week's theme, and what the member said in the round.
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "demo/DemoGenerator.h"
#include "meetings/MeetingRecord.h"
#include "meetings/PlanService.h"
#include "meetings/WeekPlan.h"
#include "report/SummaryBuilder.h"

#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

TEST(SummaryPlan, ThemeRoundNotesAndNextWeekComeFromThePlanAndTheMeeting)
{
    TempDatabase t;
    ASSERT_TRUE(
        DemoGenerator(t.db(), DemoGenerator::Scale::Small, 1, fixedNow().date()).generate(nullptr));
    CircleService circles(t.db());
    const qint64 circleId = circles.defaultCircleId();
    const qint64 me = circles.meId(circleId);
    const WeekPlan plan = PlanService(t.db()).plan(circleId);
    ASSERT_TRUE(plan.week(4));
    ASSERT_TRUE(plan.week(5));

    MeetingRecorder recorder(t.db());
    MeetingCapture capture = recorder.load(circleId, 4);
    for (MemberCapture& m : capture.members) {
        if (m.memberId == me)
            m.notes = u"Talked to <b>HR</b> & got a pilot team"_s;
    }
    QString error;
    ASSERT_TRUE(recorder.save(capture, plan.week(4)->exercises, &error)) << error.toStdString();

    const auto summary = SummaryBuilder(t.db()).memberWeek(me, 4, &error);
    ASSERT_TRUE(summary) << error.toStdString();
    EXPECT_EQ(summary->theme, plan.week(4)->theme);
    EXPECT_EQ(summary->nextWeekTheme, plan.week(5)->theme);
    EXPECT_EQ(summary->nextWeekPreview, plan.week(4)->prepare);
    EXPECT_EQ(summary->roundNote, u"Talked to <b>HR</b> & got a pilot team"_s);

    const auto circle = SummaryBuilder(t.db()).circleWeek(circleId, 12, &error);
    ASSERT_TRUE(circle);
    EXPECT_EQ(circle->theme, plan.week(12)->theme);
    EXPECT_TRUE(circle->nextWeekTheme.isEmpty()) << "nothing after the last week";
}
