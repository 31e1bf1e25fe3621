// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Circle.h"
#include "WeekCalendar.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace outloud {

class Database;

/// Circles and their members (goals: GoalService). Every edit runs in its own transaction.
class CircleService
{
    // tr() in members uses the context lupdate gives them, so their messages get translated.
    Q_DECLARE_TR_FUNCTIONS(outloud::CircleService)

public:
    explicit CircleService(Database& db);

    /// Creates @p circle with members named @p memberNames; @p meIndex and
    /// @p facilitatorIndex point into that list (-1: none). Also plans one meeting a
    /// week. Returns the new id, or -1 with @p error set.
    qint64 createCircle(const Circle& circle, const QStringList& memberNames, int meIndex,
        int facilitatorIndex, QString* error);
    bool updateCircle(const Circle& circle, QString* error);

    QList<Circle> circles() const;
    std::optional<Circle> circle(qint64 id) const;
    /// The circle that "me" belongs to, else the first one; -1 when the file has none.
    qint64 defaultCircleId() const;
    /// The circle called @p name (case-insensitive), or -1.
    qint64 circleIdByName(const QString& name) const;

    QList<Member> members(qint64 circleId) const;
    std::optional<Member> member(qint64 id) const;
    /// The member who is "me" in @p circleId, or -1.
    qint64 meId(qint64 circleId) const;
    /// The member of @p circleId called @p name (case-insensitive), or -1.
    qint64 memberIdByName(qint64 circleId, const QString& name) const;
    qint64 addMember(qint64 circleId, const QString& name, QString* error);
    bool renameMember(qint64 memberId, const QString& name, QString* error);
    /// Makes @p memberId "me" in @p circleId (the member whose list and goal are mine);
    /// -1: nobody (a facilitator who is not a member).
    bool setMe(qint64 circleId, qint64 memberId, QString* error);
    /// Takes back addMember(): removes a member with no relationship list yet. Refused
    /// (nothing changes) for a member who has people on their list.
    bool removeNewMember(qint64 memberId, QString* error);
    bool setFacilitator(qint64 circleId, qint64 memberId, QString* error);

    /// A warning (not a refusal) when the circle has fewer than 2 or more than 5 members.
    static QString memberCountWarning(int count);

    /// The week arithmetic for @p circleId, from its start date and stored meetings.
    WeekCalendar calendar(qint64 circleId) const;

private:
    Database& m_db;
};

} // namespace outloud
