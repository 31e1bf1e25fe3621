// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Meeting.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>

class QSqlQuery;

namespace outloud {

class Database;
class WeekCalendar;

/// A member's numbers for the round: what happened since the last meeting.
struct MemberWeekNumbers
{
    int given = 0;
    int received = 0;
    int commitmentsDue = 0; ///< Made at the last meeting, due at this one.
    int commitmentsKept = 0;
};

/// What the meeting captures about one member.
struct MemberCapture
{
    qint64 memberId = -1;
    QString name;
    bool present = true;
    QString notes; ///< The round: what happened since last week.
    QSet<int> exercisesDone; ///< Positions in the week's exercise list.
    QList<Commitment> due; ///< Commitments due at this meeting; `kept` is edited.
    QStringList newCommitments; ///< What the member will do before the next meeting.
    MemberWeekNumbers numbers; ///< Read only, for display.
};

/// Everything one meeting captures, saved at once.
struct MeetingCapture
{
    qint64 circleId = -1;
    qint64 meetingId = -1;
    int week = 0;
    Meeting::Status status = Meeting::Status::Planned; ///< As stored (planned without a meeting).
    QString notes;
    QList<MemberCapture> members;
};

/// Where one edit of meeting mode goes, and the status the meeting has afterwards (an edit
/// marks the meeting held; its undo puts back the status it had).
struct MemberEditTarget
{
    qint64 meetingId = -1;
    qint64 memberId = -1;
    int week = 0;
    Meeting::Status status = Meeting::Status::Held;
};

/// One meeting as the circle's history shows it.
struct MeetingSummary
{
    Meeting meeting;
    QStringList present; ///< Names, in the circle's order (only for a meeting held).
    QStringList absent;
    QStringList roundNotes; ///< "Name: notes", for members with notes.
    int commitmentsMade = 0; ///< Made at this meeting.
    int commitmentsDue = 0; ///< Due at this meeting.
    int commitmentsKept = 0; ///< Of those due, kept.
};

/// Loads and saves what a meeting captures, in one transaction.
class MeetingRecorder
{
    // tr() in members uses the context lupdate gives them, so their messages get translated.
    Q_DECLARE_TR_FUNCTIONS(outloud::MeetingRecorder)

public:
    explicit MeetingRecorder(Database& db);

    /// The meeting of @p week as stored so far (members present unless recorded absent).
    /// meetingId is -1 when the circle has no such meeting.
    MeetingCapture load(qint64 circleId, int week) const;
    /// The same with the circle's @p calendar as the caller has read it already.
    MeetingCapture load(qint64 circleId, int week, const WeekCalendar& calendar) const;

    /// Saves @p capture: attendance, round notes, exercises checked off (with their text
    /// from @p exercises), kept commitments and new ones (due the next week), and marks the
    /// meeting held. All or nothing.
    bool save(const MeetingCapture& capture, const QStringList& exercises, QString* error);

    /// One edit each, in its own transaction, setting the meeting's status to
    /// @p target.status too. Undo steps call them with the before and after values.
    bool setPresent(const MemberEditTarget& target, bool present, QString* error);
    bool setRoundNotes(const MemberEditTarget& target, const QString& notes, QString* error);
    /// The exercises done (positions in @p exercises, whose text is stored alongside).
    bool setExercisesDone(const MemberEditTarget& target, const QSet<int>& done,
        const QStringList& exercises, QString* error);
    bool setKept(const MemberEditTarget& target, qint64 commitmentId, std::optional<bool> kept,
        QString* error);
    /// The commitments made at the meeting become exactly @p texts (due the week after);
    /// those that stay keep their id and any "kept" recorded.
    bool setCommitments(const MemberEditTarget& target, const QStringList& texts, QString* error);
    /// Only the meeting's status.
    bool setStatus(const MemberEditTarget& target, QString* error);

    /// Every meeting of the circle with who was there, notes and commitments.
    QList<MeetingSummary> history(qint64 circleId) const;

    /// @p memberId's numbers for the round at meeting @p week: contributions in the
    /// circle week before it, and the commitments due at it.
    MemberWeekNumbers numbers(qint64 circleId, qint64 memberId, int week) const;
    /// numbers() of every member of @p circleId at once (a few statements, not a few per
    /// member), by member id. Members with nothing to count are absent (all zero).
    QHash<qint64, MemberWeekNumbers> circleNumbers(qint64 circleId, int week) const;

private:
    /// Runs @p body and the status update in one transaction, then tells the views.
    bool write(const MemberEditTarget& target, const QString& operation,
        const std::function<bool(QSqlQuery&, QString*)>& body, QString* error);
    static bool saveMember(QSqlQuery& q, const MeetingCapture& capture, const MemberCapture& m,
        const QStringList& exercises, QString* error);
    /// The commitments made at meeting @p week become exactly the ones listed in @p m.
    static bool saveCommitmentsMade(QSqlQuery& q, int week, const MemberCapture& m, QString* error);

    Database& m_db;
};

} // namespace outloud
