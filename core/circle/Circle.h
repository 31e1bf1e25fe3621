// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace outloud {

/// A Working Out Loud circle: a few people meeting weekly for a number of weeks.
struct Circle
{
    qint64 id = -1;
    QString name;
    QDate startDate; ///< The first meeting is on the first meeting weekday from here.
    int meetingWeekday = 1; ///< 1 = Monday ... 7 = Sunday (Qt::DayOfWeek).
    QTime meetingTime {12, 0};
    QString timeZone; ///< IANA id; empty means the system's zone.
    int lengthWeeks = 12;
    qint64 facilitatorId = -1; ///< A member of this circle, or -1.

    /// The date of the first meeting, derived from the start date and weekday.
    QDate firstMeetingDate() const
    {
        if (!startDate.isValid())
            return {};
        return startDate.addDays((meetingWeekday - startDate.dayOfWeek() + 7) % 7);
    }
};

/// A member of a circle. Exactly one member per circle may be "me", the owner of the file.
struct Member
{
    qint64 id = -1;
    qint64 circleId = -1;
    QString name;
    bool isMe = false;
    int position = 0;
};

} // namespace outloud
