// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeekCalendar.h"

#include <algorithm>

namespace outloud {

WeekCalendar::WeekCalendar(QDate firstMeeting, int lengthWeeks, const QList<QDate>& meetingDates)
    : m_first(firstMeeting)
    , m_length(std::max(1, lengthWeeks))
{
    if (!m_first.isValid())
        return;
    QDate previous;
    for (int i = 0; i < m_length; ++i) {
        QDate d = i < meetingDates.size() ? meetingDates.at(i) : QDate();
        if (!d.isValid())
            d = previous.isValid() ? previous.addDays(7) : m_first;
        // Keep the boundaries increasing even if stored dates are out of order.
        if (previous.isValid() && d <= previous)
            d = previous.addDays(1);
        m_dates.append(d);
        previous = d;
    }
}

QDate WeekCalendar::weekStart(int week) const
{
    if (!isValid())
        return {};
    if (week <= 1)
        return m_dates.first().addDays(7 * (week - 1));
    if (week <= m_length)
        return m_dates.at(week - 1);
    return m_dates.last().addDays(7 * (week - m_length));
}

int WeekCalendar::weekOf(QDate date) const
{
    if (!isValid() || !date.isValid() || date < m_dates.first())
        return 0;
    if (date >= m_dates.last()) {
        return m_length + int(m_dates.last().daysTo(date) / 7);
    }
    // Number of meeting dates on or before the date.
    const auto it = std::upper_bound(m_dates.cbegin(), m_dates.cend(), date);
    return int(it - m_dates.cbegin());
}

int WeekCalendar::currentWeek(QDate today) const
{
    return std::clamp(weekOf(today), 0, m_length + 1);
}

} // namespace outloud
