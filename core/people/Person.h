// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace outloud {

/// Someone on a member's relationship list.
struct Person
{
    qint64 id = -1;
    qint64 memberId = -1; ///< Whose list this person is on.
    QString name;
    QString organization;
    QString role;
    QString relation; ///< How they relate to the goal.
    QString email;
    QString url;
    QString channels; ///< Where to reach them, comma separated.
    QString tags; ///< Comma separated.
    QString notes;
    int closeness = 0; ///< 0 to 5.
    qint64 introducedBy = -1; ///< Another person on the same list, or -1.
    QDate createdOn;
    /// Keep in touch every so many weeks: -1 follows the default for the closeness, 0 never.
    int keepInTouchWeeks = -1;
};

/// One point of a person's closeness history.
struct ClosenessChange
{
    QDate on;
    int closeness = 0;
};

/// How many contributions went each way, and when the last one was.
struct ExchangeCounts
{
    int given = 0;
    int received = 0;
    QDate lastContact;
};

} // namespace outloud
