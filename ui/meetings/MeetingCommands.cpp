// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingCommands.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace outloud {

MeetingEditCommand::MeetingEditCommand(
    Database& db, const MemberEditTarget& target, Meeting::Status statusBefore, const QString& text)
    : UndoCommand(db, text)
    , m_meetingId(target.meetingId)
    , m_memberId(target.memberId)
    , m_week(target.week)
    , m_statusBefore(statusBefore)
{ }

bool MeetingEditCommand::run(bool forward, QString* error)
{
    MeetingRecorder recorder(db());
    const MemberEditTarget target {
        m_meetingId, m_memberId, m_week, forward ? Meeting::Status::Held : m_statusBefore};
    return write(recorder, target, forward, error);
}

AttendanceCommand::AttendanceCommand(Database& db, const MemberEditTarget& target,
    Meeting::Status statusBefore, const QString& name, bool before, bool after)
    : MeetingEditCommand(db, target, statusBefore,
        (after ? MeetingEditCommand::tr("%1 present") : MeetingEditCommand::tr("%1 absent"))
            .arg(name))
    , m_before(before)
    , m_after(after)
{ }

bool AttendanceCommand::write(
    MeetingRecorder& r, const MemberEditTarget& t, bool forward, QString* e)
{
    return r.setPresent(t, forward ? m_after : m_before, e);
}

RoundNotesCommand::RoundNotesCommand(Database& db, const MemberEditTarget& target,
    Meeting::Status statusBefore, const QString& name, const QString& before, const QString& after)
    : MeetingEditCommand(
        db, target, statusBefore, MeetingEditCommand::tr("Notes on %1's round").arg(name))
    , m_before(before)
    , m_after(after)
{ }

bool RoundNotesCommand::write(
    MeetingRecorder& r, const MemberEditTarget& t, bool forward, QString* e)
{
    return r.setRoundNotes(t, forward ? m_after : m_before, e);
}

ExercisesCommand::ExercisesCommand(Database& db, const MemberEditTarget& target,
    Meeting::Status statusBefore, const QString& name, const QStringList& exercises,
    const QSet<int>& before, const QSet<int>& after)
    : MeetingEditCommand(
        db, target, statusBefore, MeetingEditCommand::tr("%1's exercises").arg(name))
    , m_exercises(exercises)
    , m_before(before)
    , m_after(after)
{ }

bool ExercisesCommand::write(
    MeetingRecorder& r, const MemberEditTarget& t, bool forward, QString* e)
{
    return r.setExercisesDone(t, forward ? m_after : m_before, m_exercises, e);
}

KeptCommand::KeptCommand(Database& db, const MemberEditTarget& target, Meeting::Status statusBefore,
    const QString& name, qint64 commitmentId, std::optional<bool> before, std::optional<bool> after)
    : MeetingEditCommand(
        db, target, statusBefore, MeetingEditCommand::tr("%1's commitment kept").arg(name))
    , m_commitmentId(commitmentId)
    , m_before(before)
    , m_after(after)
{ }

bool KeptCommand::write(MeetingRecorder& r, const MemberEditTarget& t, bool forward, QString* e)
{
    return r.setKept(t, m_commitmentId, forward ? m_after : m_before, e);
}

CommitmentsCommand::CommitmentsCommand(Database& db, const MemberEditTarget& target,
    Meeting::Status statusBefore, const QString& name, const QStringList& before,
    const QStringList& after)
    : MeetingEditCommand(
        db, target, statusBefore, MeetingEditCommand::tr("%1's commitments").arg(name))
    , m_before(before)
    , m_after(after)
{ }

bool CommitmentsCommand::write(
    MeetingRecorder& r, const MemberEditTarget& t, bool forward, QString* e)
{
    return r.setCommitments(t, forward ? m_after : m_before, e);
}

MeetingStatusCommand::MeetingStatusCommand(
    Database& db, const MemberEditTarget& target, Meeting::Status statusBefore)
    : MeetingEditCommand(
        db, target, statusBefore, MeetingEditCommand::tr("Meeting %1 held").arg(target.week))
{ }

bool MeetingStatusCommand::write(
    MeetingRecorder& r, const MemberEditTarget& t, bool /*forward*/, QString* e)
{
    return r.setStatus(t, e);
}

bool pushApplied(QUndoStack* stack, std::unique_ptr<UndoCommand> command, QString* error)
{
    if (!command->apply(error))
        return false;
    stack->push(command.release());
    return true;
}

} // namespace outloud
