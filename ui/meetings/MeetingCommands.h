// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meetings/MeetingRecord.h"
#include "undo/UndoCommand.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

class QUndoStack;

namespace outloud {

class Database;

/**
 * An edit made in meeting mode, as an undo step. Each subclass holds the before and after
 * values of one thing (attendance, notes, exercises, a commitment kept, the commitments
 * made) and the meeting's status before the edit; redo writes the after values and marks
 * the meeting held, undo writes the before values and puts the status back. Every write is
 * one MeetingRecorder call, one transaction.
 */
class MeetingEditCommand : public UndoCommand
{
public:
    Q_DECLARE_TR_FUNCTIONS(outloud::MeetingEditCommand)

public:
    int week() const { return m_week; }
    qint64 memberId() const { return m_memberId; }

protected:
    MeetingEditCommand(Database& db, const MemberEditTarget& target, Meeting::Status statusBefore,
        const QString& text);
    /// Writes the after values (@p forward) or the before ones, with @p target's status.
    virtual bool write(
        MeetingRecorder& recorder, const MemberEditTarget& target, bool forward, QString* error)
        = 0;

    bool forward(QString* error) override { return run(true, error); }
    bool backward(QString* error) override { return run(false, error); }

private:
    bool run(bool forward, QString* error);

    qint64 m_meetingId;
    qint64 m_memberId;
    int m_week;
    Meeting::Status m_statusBefore;
};

/// Present or absent.
class AttendanceCommand : public MeetingEditCommand
{
public:
    AttendanceCommand(Database& db, const MemberEditTarget& target, Meeting::Status statusBefore,
        const QString& name, bool before, bool after);

protected:
    bool write(MeetingRecorder& r, const MemberEditTarget& t, bool forward, QString* e) override;

private:
    bool m_before;
    bool m_after;
};

/// The notes of a member's round.
class RoundNotesCommand : public MeetingEditCommand
{
public:
    RoundNotesCommand(Database& db, const MemberEditTarget& target, Meeting::Status statusBefore,
        const QString& name, const QString& before, const QString& after);

protected:
    bool write(MeetingRecorder& r, const MemberEditTarget& t, bool forward, QString* e) override;

private:
    QString m_before;
    QString m_after;
};

/// The week's exercises a member checked off.
class ExercisesCommand : public MeetingEditCommand
{
public:
    ExercisesCommand(Database& db, const MemberEditTarget& target, Meeting::Status statusBefore,
        const QString& name, const QStringList& exercises, const QSet<int>& before,
        const QSet<int>& after);

protected:
    bool write(MeetingRecorder& r, const MemberEditTarget& t, bool forward, QString* e) override;

private:
    QStringList m_exercises;
    QSet<int> m_before;
    QSet<int> m_after;
};

/// Whether a commitment due at this meeting was kept.
class KeptCommand : public MeetingEditCommand
{
public:
    KeptCommand(Database& db, const MemberEditTarget& target, Meeting::Status statusBefore,
        const QString& name, qint64 commitmentId, std::optional<bool> before,
        std::optional<bool> after);

protected:
    bool write(MeetingRecorder& r, const MemberEditTarget& t, bool forward, QString* e) override;

private:
    qint64 m_commitmentId;
    std::optional<bool> m_before;
    std::optional<bool> m_after;
};

/// The commitments a member made for the next meeting.
class CommitmentsCommand : public MeetingEditCommand
{
public:
    CommitmentsCommand(Database& db, const MemberEditTarget& target, Meeting::Status statusBefore,
        const QString& name, const QStringList& before, const QStringList& after);

protected:
    bool write(MeetingRecorder& r, const MemberEditTarget& t, bool forward, QString* e) override;

private:
    QStringList m_before;
    QStringList m_after;
};

/// Only the meeting's status ("Save meeting" on a meeting nobody edited yet).
class MeetingStatusCommand : public MeetingEditCommand
{
public:
    MeetingStatusCommand(
        Database& db, const MemberEditTarget& target, Meeting::Status statusBefore);

protected:
    bool write(MeetingRecorder& r, const MemberEditTarget& t, bool forward, QString* e) override;
};

/// Applies @p command and, when the database took it, pushes it onto @p stack.
bool pushApplied(QUndoStack* stack, std::unique_ptr<UndoCommand> command, QString* error);

} // namespace outloud
