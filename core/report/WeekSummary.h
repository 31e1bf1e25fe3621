// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contributions/Contribution.h"
#include "goal/Goal.h"
#include "meetings/Meeting.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace outloud {

/// One contribution as the summary prints it: names resolved, nothing left to look up.
struct SummaryContribution
{
    QDate date;
    Direction direction = Direction::Given;
    QString person;
    QString kind;
    QString channel;
    Brought brought = Brought::Nothing;
    QString note;
};

/// A person whose closeness changed during the week: from the level before it to the last one in
/// it.
struct ClosenessMove
{
    QString person;
    int from = 0;
    int to = 0;
};

/// Someone due for a contribution in the week (keep in touch).
struct SummaryTouch
{
    QString person;
    QString rhythm; ///< "every 2 weeks"
    QDate due;
    bool overdue = false; ///< Due before the week began: losing touch.
};

/// Given and received in one week of the circle, for the charts.
struct WeekPoint
{
    int week = 0;
    int given = 0;
    int received = 0;
    int balanceToDate = 0; ///< Cumulative given - received at the end of the week.
};

/// A member's numbers for one week.
struct MemberNumbers
{
    int given = 0;
    int received = 0;
    int balance = 0; ///< given - received in the week.
    /// given - received in the circle so far (weeks 1..this one, up to #asOf).
    int cumulativeBalance = 0;
    int weeklyTarget = 3;
    int streak = 0; ///< Weeks in a row up to #lastCountedWeek with given >= target.
    double score = 0.0; ///< Habit strength 0..1 after #lastCountedWeek.
    /// The last week the streak and score count: this week once over or reached, else the one
    /// before (as on the Overview).
    int lastCountedWeek = 0;
    QDate asOf; ///< The reference day of every figure here (see reportnumbers::referenceDate).
    int closer = 0; ///< People whose closeness rose this week (as the dashboard counts).
    int further = 0; ///< People whose closeness fell this week.
};

/**
 * Everything the weekly summary of one member shows, gathered from the database. Plain
 * data: the PDF, the printer and tests read it without touching the database again.
 */
struct MemberWeekSummary
{
    QString circleName;
    int week = 0;
    int lengthWeeks = 12;
    QDate meetingDate; ///< This week's meeting (the week's first day).
    QDate nextMeetingDate; ///< Invalid after the last week.
    QDate periodStart; ///< First day of the week.
    QDate periodEnd; ///< First day after it.
    qint64 memberId = -1;
    QString memberName;
    std::optional<GoalRevision> goal;
    MemberNumbers numbers;
    QList<WeekPoint> weeks; ///< Weeks 1..lengthWeeks.
    QList<ClosenessMove> closenessChanges;
    QList<SummaryContribution> contributions; ///< Oldest first.
    QList<Commitment> commitmentsDue; ///< Due at this week's meeting, kept or not.
    QList<Commitment> commitmentsNew; ///< Made at this week's meeting.
    QList<SummaryTouch> keepInTouch; ///< Due or losing touch in this week, most overdue first.
    QString meetingNotes;

    // Hooks for the week plan and meeting rounds (meetings issue): empty until that data
    // exists, and then simply not printed.
    QString theme;
    QString roundNote;
    QString nextWeekTheme;
    QStringList nextWeekPreview;
};

/// One member's line in the facilitator's circle summary.
struct CircleMemberRow
{
    qint64 memberId = -1;
    QString name;
    bool facilitator = false;
    std::optional<bool> present; ///< Unset when attendance was not recorded.
    MemberNumbers numbers;
    int commitmentsDue = 0;
    int commitmentsKept = 0;
    /// Where shared figures came from ("their card, as of Tuesday 14:02"); empty: this file.
    QString source;
};

/// The facilitator's summary of one week: attendance and every member's numbers.
struct CircleWeekSummary
{
    QString circleName;
    int week = 0;
    int lengthWeeks = 12;
    QDate meetingDate;
    QDate nextMeetingDate;
    QDate periodStart;
    QDate periodEnd;
    Meeting::Status meetingStatus = Meeting::Status::Planned;
    QString facilitatorName;
    QList<CircleMemberRow> members;
    QList<WeekPoint> weeks; ///< The circle's totals per week.
    QString meetingNotes;
    QString theme; ///< Hook for the week plan, as in MemberWeekSummary.
    QString nextWeekTheme;
};

} // namespace outloud
