// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "circle/WeekCalendar.h"

#include "circle/Circle.h"

#include <gtest/gtest.h>

using namespace outloud;

TEST(WeekCalendar, FirstMeetingIsTheFirstMeetingWeekdayFromTheStartDate)
{
    Circle c;
    c.startDate = QDate(2026, 3, 2); // a Monday
    c.meetingWeekday = Qt::Thursday;
    EXPECT_EQ(c.firstMeetingDate(), QDate(2026, 3, 5));
    c.meetingWeekday = Qt::Monday;
    EXPECT_EQ(c.firstMeetingDate(), QDate(2026, 3, 2));
    c.meetingWeekday = Qt::Sunday;
    EXPECT_EQ(c.firstMeetingDate(), QDate(2026, 3, 8));
}

TEST(WeekCalendar, WeeksRunFromOneMeetingToTheNext)
{
    const WeekCalendar cal(QDate(2026, 3, 5), 12);
    EXPECT_EQ(cal.weekOf(QDate(2026, 3, 4)), 0) << "before the first meeting";
    EXPECT_EQ(cal.weekOf(QDate(2026, 3, 5)), 1);
    EXPECT_EQ(cal.weekOf(QDate(2026, 3, 11)), 1);
    EXPECT_EQ(cal.weekOf(QDate(2026, 3, 12)), 2);
    EXPECT_EQ(cal.weekOf(QDate(2026, 5, 21)), 12) << "the twelfth meeting";
    EXPECT_EQ(cal.weekOf(QDate(2026, 5, 27)), 12);
    EXPECT_EQ(cal.weekOf(QDate(2026, 5, 28)), 13) << "after the circle";
    EXPECT_EQ(cal.weekStart(3), QDate(2026, 3, 19));
    EXPECT_EQ(cal.weekEnd(3), QDate(2026, 3, 26));
    EXPECT_EQ(cal.currentWeek(QDate(2027, 1, 1)), 13) << "clamped just past the end";
}

TEST(WeekCalendar, AMovedMeetingMovesTheWeekBoundary)
{
    QList<QDate> dates;
    for (int i = 0; i < 12; ++i)
        dates << QDate(2026, 3, 5).addDays(7 * i);
    dates[3] = QDate(2026, 3, 27); // week 4 moved from Thursday 26 to Friday 27
    const WeekCalendar cal(QDate(2026, 3, 5), 12, dates);
    EXPECT_EQ(cal.weekOf(QDate(2026, 3, 26)), 3);
    EXPECT_EQ(cal.weekOf(QDate(2026, 3, 27)), 4);
    EXPECT_EQ(cal.weekOf(QDate(2026, 4, 2)), 5);
}

TEST(WeekCalendar, InvalidWithoutAStartDate)
{
    const WeekCalendar cal;
    EXPECT_FALSE(cal.isValid());
    EXPECT_EQ(cal.weekOf(QDate(2026, 1, 1)), 0);
}
