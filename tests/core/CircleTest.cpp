// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "circle/CircleService.h"

#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
Circle thursdayCircle()
{
    Circle c;
    c.name = u"Thursday Circle"_s;
    c.startDate = QDate(2026, 3, 2);
    c.meetingWeekday = Qt::Thursday;
    c.meetingTime = QTime(18, 30);
    return c;
}
} // namespace

TEST(Circle, RoundTripWithMembersFacilitatorAndMeetings)
{
    TempDatabase t;
    CircleService s(t.db());
    QString error;
    const qint64 id
        = s.createCircle(thursdayCircle(), {u"Ana"_s, u"Ben"_s, u"Chen"_s}, 0, 2, &error);
    ASSERT_GT(id, 0) << error.toStdString();
    t.reopen();
    CircleService again(t.db());
    const auto c = again.circle(id);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->name, u"Thursday Circle"_s);
    EXPECT_EQ(c->startDate, QDate(2026, 3, 2));
    EXPECT_EQ(c->meetingWeekday, int(Qt::Thursday));
    EXPECT_EQ(c->meetingTime, QTime(18, 30));
    EXPECT_EQ(c->lengthWeeks, 12);
    const auto members = again.members(id);
    ASSERT_EQ(members.size(), 3);
    EXPECT_EQ(members.at(0).name, u"Ana"_s);
    EXPECT_TRUE(members.at(0).isMe);
    EXPECT_FALSE(members.at(1).isMe);
    EXPECT_EQ(c->facilitatorId, members.at(2).id);
    EXPECT_EQ(again.meId(id), members.at(0).id);
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM meeting"_s).toInt(), 12);
    EXPECT_EQ(scalar(t.db(), u"SELECT scheduled_at FROM meeting WHERE week = 1"_s).toString(),
        u"2026-03-05T18:30"_s);
    EXPECT_EQ(again.calendar(id).weekOf(QDate(2026, 3, 19)), 3);
}

TEST(Circle, RefusesAnEmptyNameAndWritesNothing)
{
    TempDatabase t;
    CircleService s(t.db());
    Circle c = thursdayCircle();
    c.name = u"   "_s;
    QString error;
    EXPECT_EQ(s.createCircle(c, {u"Ana"_s}, 0, -1, &error), -1);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(s.createCircle(thursdayCircle(), {u"Ana"_s, u" "_s}, 0, -1, &error), -1);
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM circle"_s).toInt(), 0);
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM member"_s).toInt(), 0);
}

TEST(Circle, MemberCountsOutsideTwoToFiveWarnButAreAllowed)
{
    EXPECT_FALSE(CircleService::memberCountWarning(1).isEmpty());
    EXPECT_TRUE(CircleService::memberCountWarning(2).isEmpty());
    EXPECT_TRUE(CircleService::memberCountWarning(5).isEmpty());
    EXPECT_TRUE(CircleService::memberCountWarning(7).contains(u"7"_s));
    TempDatabase t;
    CircleService s(t.db());
    QStringList seven = {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s, u"F"_s, u"G"_s};
    EXPECT_GT(s.createCircle(thursdayCircle(), seven, 0, 0, nullptr), 0);
}
