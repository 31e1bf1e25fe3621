// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace outloud {

/// One of the circle's weekly meetings.
struct Meeting
{
    enum class Status { Planned = 0, Held = 1, Moved = 2, Skipped = 3 };

    qint64 id = -1;
    qint64 circleId = -1;
    int week = 1;
    QDateTime scheduledAt;
    Status status = Status::Planned;
    QString notes;
    int sequence = 0; ///< Bumped whenever the date changes (iCalendar SEQUENCE).
};

/// What a member said they would do before a later meeting.
struct Commitment
{
    qint64 id = -1;
    qint64 memberId = -1;
    QString text;
    int madeWeek = 1;
    int dueWeek = 2;
    std::optional<bool> kept; ///< Unset until the due meeting.
};

} // namespace outloud
