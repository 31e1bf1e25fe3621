// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetings/Schedule.h"

#include "TestSupport.h"
#include "circle/CircleService.h"
#include "meetings/MeetingService.h"

#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
// Mondays at 18:00 in Berlin from 16 March 2026; the clocks go forward on 29 March.
Circle berlinCircle()
{
    Circle c;
    c.name = u"Berlin circle"_s;
    c.startDate = QDate(2026, 3, 14); // a Saturday: the first meeting is the Monday after
    c.meetingWeekday = Qt::Monday;
    c.meetingTime = QTime(18, 0);
    c.timeZone = u"Europe/Berlin"_s;
    return c;
}

QList<QDate> dates(const QList<Meeting>& meetings)
{
    QList<QDate> result;
    for (const Meeting& m : meetings)
        result.append(m.scheduledAt.date());
    return result;
}
} // namespace

TEST(Schedule, TwelveWeeklyMeetingsFromStartDateWeekdayAndTime)
{
    const QList<QDateTime> times = Schedule::plannedTimes(berlinCircle());
    ASSERT_EQ(times.size(), 12);
    EXPECT_EQ(times.first().date(), QDate(2026, 3, 16));
    EXPECT_EQ(times.last().date(), QDate(2026, 6, 1));
    for (const QDateTime& at : times) {
        EXPECT_EQ(at.date().dayOfWeek(), Qt::Monday);
        EXPECT_EQ(at.time(), QTime(18, 0));
    }

    TempDatabase t;
    const qint64 id = CircleService(t.db()).createCircle(
        berlinCircle(), {u"Ana"_s, u"Ben"_s, u"Cem"_s}, 0, 0, nullptr);
    const QList<Meeting> stored = Schedule(t.db()).meetings(id);
    ASSERT_EQ(stored.size(), 12);
    for (int i = 0; i < 12; ++i)
        EXPECT_EQ(stored.at(i).scheduledAt, times.at(i)) << "week " << i + 1;
}

TEST(Schedule, TheWallClockTimeHoldsAcrossADaylightSavingChange)
{
    const QList<QDateTime> times = Schedule::plannedTimes(berlinCircle());
    // Before 29 March Berlin is UTC+1, after it UTC+2: same 18:00, different instants.
    EXPECT_EQ(times.at(1).toUTC(), QDateTime(QDate(2026, 3, 23), QTime(17, 0), QTimeZone::utc()));
    EXPECT_EQ(times.at(2).toUTC(), QDateTime(QDate(2026, 3, 30), QTime(16, 0), QTimeZone::utc()));
    EXPECT_EQ(times.at(1).secsTo(times.at(2)), 7 * 24 * 3600 - 3600)
        << "that week is an hour short";
    // Shifting by a week keeps 18:00 across the change too.
    const QDateTime shifted = Schedule::addWeeks(times.at(1), 1);
    EXPECT_EQ(shifted.time(), QTime(18, 0));
    EXPECT_EQ(shifted, times.at(2));
    // And in autumn (25 October) the other way round, in New York's zone (1 November).
    Circle ny = berlinCircle();
    ny.timeZone = u"America/New_York"_s;
    ny.startDate = QDate(2026, 10, 26);
    const QList<QDateTime> autumn = Schedule::plannedTimes(ny);
    EXPECT_EQ(autumn.at(0).toUTC().time(), QTime(22, 0)); // EDT, UTC-4
    EXPECT_EQ(autumn.at(1).toUTC().time(), QTime(23, 0)); // EST, UTC-5
    EXPECT_EQ(autumn.at(1).time(), QTime(18, 0));
}

TEST(Schedule, AMeetingInTheSpringGapLandsOnAnExistingTime)
{
    // 02:30 on 29 March 2026 does not exist in Berlin; the meeting must still be a real instant.
    Circle c = berlinCircle();
    c.startDate = QDate(2026, 3, 22);
    c.meetingWeekday = Qt::Sunday;
    c.meetingTime = QTime(2, 30);
    const QList<QDateTime> times = Schedule::plannedTimes(c);
    ASSERT_EQ(times.at(1).date(), QDate(2026, 3, 29));
    EXPECT_TRUE(times.at(1).isValid());
    EXPECT_EQ(times.at(1).toUTC(), QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone::utc()))
        << "03:30 summer time";
    EXPECT_EQ(times.at(0).toUTC(), QDateTime(QDate(2026, 3, 22), QTime(1, 30), QTimeZone::utc()));
    EXPECT_EQ(times.at(2).toUTC(), QDateTime(QDate(2026, 4, 5), QTime(0, 30), QTimeZone::utc()));
    EXPECT_GT(times.at(1), times.at(0));
    EXPECT_LT(times.at(1), times.at(2));

    // Skipping the week before keeps the agreed 02:30, which exists again a week later.
    TempDatabase t;
    const qint64 id = CircleService(t.db()).createCircle(c, {u"Ana"_s, u"Ben"_s}, 0, 0, nullptr);
    Schedule schedule(t.db());
    EXPECT_EQ(schedule.meetings(id).at(1).scheduledAt, times.at(1));
    ASSERT_TRUE(schedule.skipWeek(id, 2, nullptr));
    const QDateTime later = schedule.meetings(id).at(1).scheduledAt;
    EXPECT_EQ(later.date(), QDate(2026, 4, 5));
    EXPECT_EQ(later.time(), QTime(2, 30));
}

TEST(Schedule, MovingOneMeetingLeavesTheOthersAndMovesTheWeekBoundary)
{
    TempDatabase t;
    const qint64 id
        = CircleService(t.db()).createCircle(berlinCircle(), {u"Ana"_s, u"Ben"_s}, 0, 0, nullptr);
    Schedule schedule(t.db());
    QString error;
    // Week 3 moves from Monday 30 March to Wednesday 1 April, 09:30.
    ASSERT_TRUE(schedule.moveMeeting(id, 3, QDateTime(QDate(2026, 4, 1), QTime(9, 30)), &error))
        << error.toStdString();
    const QList<Meeting> after = schedule.meetings(id);
    EXPECT_EQ(after.at(2).scheduledAt,
        QDateTime(QDate(2026, 4, 1), QTime(9, 30), QTimeZone("Europe/Berlin")));
    EXPECT_EQ(after.at(2).status, Meeting::Status::Moved);
    EXPECT_EQ(after.at(2).sequence, 1);
    EXPECT_EQ(after.at(1).scheduledAt.date(), QDate(2026, 3, 23));
    EXPECT_EQ(after.at(3).scheduledAt.date(), QDate(2026, 4, 6));
    EXPECT_EQ(after.at(3).sequence, 0);

    const WeekCalendar cal = CircleService(t.db()).calendar(id);
    EXPECT_EQ(cal.weekOf(QDate(2026, 3, 31)), 2) << "week 2 now runs until the moved meeting";
    EXPECT_EQ(cal.weekOf(QDate(2026, 4, 1)), 3);
    EXPECT_EQ(cal.weekOf(QDate(2026, 4, 6)), 4);

    // A move past a neighbour is refused, and nothing changes.
    EXPECT_FALSE(schedule.moveMeeting(id, 3, QDateTime(QDate(2026, 4, 6), QTime(9, 0)), &error));
    EXPECT_TRUE(error.contains(u"before meeting 4"_s)) << error.toStdString();
    EXPECT_FALSE(schedule.moveMeeting(id, 3, QDateTime(QDate(2026, 3, 23), QTime(19, 0)), &error));
    EXPECT_TRUE(error.contains(u"after meeting 2"_s)) << error.toStdString();
    EXPECT_FALSE(schedule.moveMeeting(id, 13, QDateTime(QDate(2026, 9, 1), QTime(9, 0)), &error));
    EXPECT_EQ(dates(schedule.meetings(id)), dates(after));
}

TEST(Schedule, SkippingAWeekShiftsItAndEveryLaterMeeting)
{
    TempDatabase t;
    const qint64 id
        = CircleService(t.db()).createCircle(berlinCircle(), {u"Ana"_s, u"Ben"_s}, 0, 0, nullptr);
    Schedule schedule(t.db());
    const QList<Meeting> before = schedule.meetings(id);
    ASSERT_TRUE(MeetingService(t.db()).setStatus(before.at(0).id, Meeting::Status::Held, nullptr));
    QString error;
    // Skip Easter Monday's week (week 4, 6 April).
    ASSERT_TRUE(schedule.skipWeek(id, 4, &error)) << error.toStdString();
    t.reopen();
    Schedule again(t.db());
    const QList<Meeting> after = again.meetings(id);
    ASSERT_EQ(after.size(), 12);
    for (int i = 0; i < 12; ++i) {
        SCOPED_TRACE(i + 1);
        const int shift = i >= 3 ? 7 : 0;
        EXPECT_EQ(after.at(i).scheduledAt.date(), before.at(i).scheduledAt.date().addDays(shift));
        EXPECT_EQ(after.at(i).scheduledAt.time(), QTime(18, 0));
        EXPECT_EQ(after.at(i).sequence, shift ? 1 : 0);
    }
    EXPECT_EQ(after.at(3).scheduledAt.date(), QDate(2026, 4, 13));
    EXPECT_EQ(after.at(11).scheduledAt.date(), QDate(2026, 6, 8));

    const WeekCalendar cal = CircleService(t.db()).calendar(id);
    EXPECT_EQ(cal.weekOf(QDate(2026, 4, 6)), 3) << "the skipped week belongs to week 3";
    EXPECT_EQ(cal.weekOf(QDate(2026, 4, 12)), 3);
    EXPECT_EQ(cal.weekOf(QDate(2026, 4, 13)), 4);
    EXPECT_EQ(cal.weekStart(12), QDate(2026, 6, 8));

    // A held meeting is not skipped; an unknown week is refused.
    EXPECT_FALSE(again.skipWeek(id, 1, &error));
    EXPECT_TRUE(error.contains(u"already taken place"_s));
    EXPECT_FALSE(again.skipWeek(id, 14, &error));
    EXPECT_EQ(dates(again.meetings(id)), dates(after));
}

TEST(Schedule, AnEmptyTimeZoneMeansTheSystemZone)
{
    Circle c = berlinCircle();
    c.timeZone.clear();
    EXPECT_EQ(Schedule::zone(c), QTimeZone::systemTimeZone());
    c.timeZone = u"Not/AZone"_s;
    EXPECT_EQ(Schedule::zone(c), QTimeZone::systemTimeZone());
    c.timeZone = u"Europe/Berlin"_s;
    EXPECT_EQ(Schedule::zone(c).id(), QByteArray("Europe/Berlin"));
}
