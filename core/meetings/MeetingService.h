// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Meeting.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace outloud {

class Database;

/// Meetings (schedule, status, attendance, notes) and commitments.
class MeetingService
{
    // tr() in members uses the context lupdate gives them, so their messages get translated.
    Q_DECLARE_TR_FUNCTIONS(outloud::MeetingService)

public:
    explicit MeetingService(Database& db);

    QList<Meeting> meetings(qint64 circleId) const;
    std::optional<Meeting> meeting(qint64 circleId, int week) const;
    bool setStatus(qint64 meetingId, Meeting::Status status, QString* error);
    bool setNotes(qint64 meetingId, const QString& notes, QString* error);
    /// Moves one meeting to @p at; the others stay where they are.
    bool reschedule(qint64 meetingId, const QDateTime& at, QString* error);

    bool setAttendance(qint64 meetingId, qint64 memberId, bool present, QString* error);
    /// member id -> present, for the members recorded so far.
    QHash<qint64, bool> attendance(qint64 meetingId) const;

    qint64 addCommitment(const Commitment& commitment, QString* error);
    bool setKept(qint64 commitmentId, std::optional<bool> kept, QString* error);
    bool removeCommitment(qint64 commitmentId, QString* error);
    QList<Commitment> commitments(qint64 memberId) const;

private:
    Database& m_db;
};

} // namespace outloud
