// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

namespace outloud {

/**
 * Which week of a circle a date falls in. Week N runs from meeting N up to (not
 * including) meeting N+1, so a contribution counts toward the meeting that follows it
 * being reported. Without a stored schedule, meetings are weekly from the first one; a
 * moved or postponed meeting moves the week's boundary with it.
 */
class WeekCalendar
{
public:
    WeekCalendar() = default;
    /// @p meetingDates: the date of meeting 1, 2, ...; missing ones continue weekly.
    WeekCalendar(QDate firstMeeting, int lengthWeeks, const QList<QDate>& meetingDates = {});

    bool isValid() const { return m_first.isValid(); }
    int lengthWeeks() const { return m_length; }

    /// 0 before the first meeting; 1..length during the circle; above length after it.
    int weekOf(QDate date) const;
    /// The first day of week @p week (its meeting's date).
    QDate weekStart(int week) const;
    /// The first day after week @p week.
    QDate weekEnd(int week) const { return weekStart(week + 1); }
    /// The week in which @p today falls, clamped to 0..length+1 for display.
    int currentWeek(QDate today) const;

private:
    QDate m_first;
    int m_length = 12;
    QList<QDate> m_dates; // m_dates[i] = start of week i+1
};

} // namespace outloud
