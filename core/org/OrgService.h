// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/Analytics.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace outloud {

class Database;

/// Who the connected login is in the program (org_session()).
struct OrgSession
{
    QString login;
    bool isAdmin = false;
    QList<qint64> memberCircles; ///< Circles with a member row of this login.
    QList<qint64> facilitatedCircles;
};

/// What one member shares with their circle (org_circle_members() and org_circle_days()).
struct OrgMemberFigures
{
    qint64 memberId = -1;
    QString name;
    int position = 0;
    bool isMe = false;
    QString accomplish; ///< The current goal ("" without one).
    int weeklyTarget = 3;
    QDate lastContribution; ///< Invalid: none yet.
    int meetingsHeld = 0;
    int meetingsAttended = 0;
    int commitmentsDue = 0; ///< Due up to the circle's current week.
    int commitmentsKept = 0;
    int givenThisWeek = 0; ///< In the circle's current week.
    int receivedThisWeek = 0;
    analytics::WeeklyExchange weekly; ///< Per circle week, as the laptop counts them.
    analytics::WeeklyProgress progress; ///< Streak and habit strength (score), as on a laptop.
};

/// One circle a facilitator runs (org_facilitator_overview()).
struct OrgCircleOverview
{
    qint64 circleId = -1;
    QString name;
    QDate startDate;
    int lengthWeeks = 12;
    int week = 0; ///< 0 before the start, lengthWeeks + 1 after the end.
    QString nextMeeting; ///< When the next planned meeting is (as stored), or "".
    int members = 0;
    int meetingsHeld = 0;
    int attendancePresent = 0;
    int attendanceRecorded = 0;
    int commitmentsDue = 0;
    int commitmentsKept = 0;
    int givenThisWeek = 0; ///< The 7 days up to today.
    int receivedThisWeek = 0;
    int stalled = 0; ///< Members without a contribution in 14 days.
    QStringList stalledNames;
};

/// The program as the admin sees it: counts only (org_program_totals()).
struct OrgProgramTotals
{
    int circles = 0;
    int circlesRunning = 0;
    int circlesFinished = 0;
    int circlesNotStarted = 0;
    int members = 0;
    int membersActiveThisWeek = 0; ///< With a contribution in the 7 days up to today.
    int contributionsThisWeek = 0;
    int commitmentsDue = 0;
    int commitmentsKept = 0;
};

/// One circle of the program for the admin (org_program_circles()).
struct OrgProgramCircle
{
    qint64 circleId = -1;
    QString name;
    QDate startDate;
    int week = 0;
    int lengthWeeks = 12;
    int members = 0;
    int membersActiveThisWeek = 0;
};

/// Participation in one 7-day window (org_program_weeks()).
struct OrgProgramWeek
{
    QDate weekStart;
    int membersActive = 0;
    int contributions = 0;
};

/**
 * What organization mode shares, read through the database's SECURITY DEFINER functions
 * (core/org/OrgSchema.cpp): the server checks that the login may see it and refuses with
 * SQLSTATE 42501 otherwise, which becomes a plain message here. Nothing private (names
 * from a list, notes) ever comes back.
 */
class OrgService
{
    Q_DECLARE_TR_FUNCTIONS(outloud::OrgService)

public:
    explicit OrgService(Database& db);

    /// The channel every change to the program is announced on (payload: the circle id).
    static constexpr const char* ProgramChannel = "outloud_program";
    /// The channel a circle's changes are announced on ("circle_42"; payload: the table).
    static QString circleChannel(qint64 circleId);

    /// Whether the open database is an organization database.
    bool isOrganization() const;
    bool session(OrgSession* out, QString* error) const;
    /// Every member of @p circleId with their shared figures as of @p today.
    bool circleMembers(
        qint64 circleId, QDate today, QList<OrgMemberFigures>* out, QString* error) const;
    /// The circles the login facilitates.
    bool facilitatorOverview(QDate today, QList<OrgCircleOverview>* out, QString* error) const;
    bool programTotals(QDate today, OrgProgramTotals* out, QString* error) const;
    bool programCircles(QDate today, QList<OrgProgramCircle>* out, QString* error) const;
    /// @p weeks 7-day windows ending @p today, oldest first.
    bool programWeeks(QDate today, int weeks, QList<OrgProgramWeek>* out, QString* error) const;

private:
    Database& m_db;
};

} // namespace outloud
