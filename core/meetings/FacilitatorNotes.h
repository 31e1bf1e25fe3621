// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace outloud {

class Database;
struct Meeting;
class WeekCalendar;
struct WeekPlan;

/// Something the facilitator may want to follow up on, kindly.
struct FacilitatorNotice
{
    enum class Kind { MissedTwoMeetings, NothingLogged };
    Kind kind;
    qint64 memberId = -1;
    QString text;
};

/// What the facilitator sees: who needs a nudge, and what to prepare next.
class FacilitatorNotes
{
    // tr() in members uses the context lupdate gives them, so their messages get translated.
    Q_DECLARE_TR_FUNCTIONS(outloud::FacilitatorNotes)

public:
    explicit FacilitatorNotes(Database& db);

    /// The facilitator's name, or empty when the circle has none.
    QString facilitatorName(qint64 circleId) const;

    /// As of meeting @p week: members absent at the two meetings before it, and members
    /// with no contribution logged in the two weeks before it or before today, whichever is
    /// first (among those who keep a relationship list in this file; not yet for a meeting
    /// more than a week ahead).
    QList<FacilitatorNotice> notices(qint64 circleId, int week) const;
    /// The same with the circle's @p calendar as the caller has read it already.
    QList<FacilitatorNotice> notices(qint64 circleId, int week, const WeekCalendar& calendar) const;

    /// What to prepare for the meeting after @p week: its date and theme, and what the
    /// plan asks of everyone before it.
    QStringList prepareForNext(qint64 circleId, int week, const WeekPlan& plan) const;
    /// The same from the circle's @p meetings as the caller has read them already.
    QStringList prepareForNext(
        int week, const WeekPlan& plan, const QList<Meeting>& meetings) const;

private:
    Database& m_db;
};

} // namespace outloud
