// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "meetings/MeetingService.h"

#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

TEST(Meetings, StatusNotesAttendanceAndCommitmentsRoundTrip)
{
    TempDatabase t;
    CircleService circles(t.db());
    Circle c;
    c.name = u"C"_s;
    c.startDate = QDate(2026, 3, 2);
    c.meetingWeekday = Qt::Tuesday;
    const qint64 circleId = circles.createCircle(c, {u"Ana"_s, u"Ben"_s}, 0, 0, nullptr);
    const auto members = circles.members(circleId);
    MeetingService s(t.db());
    auto week2 = s.meeting(circleId, 2);
    ASSERT_TRUE(week2);
    EXPECT_EQ(week2->scheduledAt, QDateTime(QDate(2026, 3, 10), QTime(12, 0)));
    ASSERT_TRUE(s.setStatus(week2->id, Meeting::Status::Held, nullptr));
    ASSERT_TRUE(s.setNotes(week2->id, u"Ben shared his first post"_s, nullptr));
    ASSERT_TRUE(s.setAttendance(week2->id, members.at(0).id, true, nullptr));
    ASSERT_TRUE(s.setAttendance(week2->id, members.at(1).id, false, nullptr));
    ASSERT_TRUE(s.setAttendance(week2->id, members.at(1).id, true, nullptr)) << "corrected";
    ASSERT_TRUE(s.reschedule(
        s.meeting(circleId, 3)->id, QDateTime(QDate(2026, 3, 18), QTime(9, 0)), nullptr));

    Commitment k;
    k.memberId = members.at(0).id;
    k.text = u"Thank three people for their help"_s;
    k.madeWeek = 2;
    k.dueWeek = 3;
    const qint64 kId = s.addCommitment(k, nullptr);
    ASSERT_GT(kId, 0);
    ASSERT_TRUE(s.setKept(kId, true, nullptr));
    QString error;
    k.text = u" "_s;
    EXPECT_EQ(s.addCommitment(k, &error), -1);
    k.text = u"x"_s;
    k.dueWeek = 1;
    EXPECT_EQ(s.addCommitment(k, &error), -1);

    t.reopen();
    MeetingService again(t.db());
    week2 = again.meeting(circleId, 2);
    EXPECT_EQ(week2->status, Meeting::Status::Held);
    EXPECT_EQ(week2->notes, u"Ben shared his first post"_s);
    const auto present = again.attendance(week2->id);
    EXPECT_EQ(present.size(), 2);
    EXPECT_TRUE(present.value(members.at(1).id));
    const auto week3 = again.meeting(circleId, 3);
    EXPECT_EQ(week3->status, Meeting::Status::Moved);
    EXPECT_EQ(week3->scheduledAt.date(), QDate(2026, 3, 18));
    EXPECT_EQ(CircleService(t.db()).calendar(circleId).weekOf(QDate(2026, 3, 17)), 2)
        << "the moved meeting moves the week";
    const auto commitments = again.commitments(members.at(0).id);
    ASSERT_EQ(commitments.size(), 1);
    EXPECT_EQ(commitments.first().kept, std::optional<bool>(true));
}
