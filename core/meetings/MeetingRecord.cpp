// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingRecord.h"

#include "MeetingService.h"
#include "circle/CircleService.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
QVariant keptValue(std::optional<bool> kept)
{
    return kept ? QVariant(*kept ? 1 : 0) : QVariant(QMetaType::fromType<int>());
}
} // namespace

MeetingRecorder::MeetingRecorder(Database& db)
    : m_db(db)
{ }

namespace {
// The round's numbers of one member (@p memberId > 0) or of every member of the circle, by
// member id: contributions in the circle week before meeting @p week, commitments due at it.
QHash<qint64, MemberWeekNumbers> roundNumbers(
    Database& db, const WeekCalendar& calendar, qint64 circleId, qint64 memberId, int week)
{
    QHash<qint64, MemberWeekNumbers> result;
    if (!calendar.isValid())
        return result;
    const QString from = calendar.weekStart(week - 1).toString(Qt::ISODate);
    const QString to = calendar.weekStart(week).toString(Qt::ISODate);
    const bool one = memberId > 0;
    const QString whose = one ? u"m.id = ?"_s : u"m.circle_id = ?"_s;
    const qint64 key = one ? memberId : circleId;
    QSqlQuery q(db.connection());
    // Counted by day ahead (tally_day, core/storage/Tallies.h): at most seven rows a member
    // and direction, however many contributions the week holds. On an organization server
    // a member reads only their own, as with the contributions themselves.
    if (execPrepared(q,
            u"SELECT t.member_id, t.direction, sum(t.n) FROM tally_day t"
            " JOIN member m ON m.id = t.member_id WHERE "_s
                + whose
                + u" AND t.happened_on >= ? AND t.happened_on < ?"
                  " GROUP BY t.member_id, t.direction"_s,
            {key, from, to}, QString(), nullptr)) {
        while (q.next()) {
            MemberWeekNumbers& n = result[q.value(0).toLongLong()];
            (q.value(1).toInt() == 0 ? n.given : n.received) = q.value(2).toInt();
        }
    }
    if (execPrepared(q,
            u"SELECT c.member_id, count(*), coalesce(sum(CASE WHEN c.kept = 1 THEN 1 ELSE 0 END), "
            u"0)"
            " FROM commitment c JOIN member m ON m.id = c.member_id WHERE "_s
                + whose + u" AND c.due_week = ? GROUP BY c.member_id"_s,
            {key, week}, QString(), nullptr)) {
        while (q.next()) {
            MemberWeekNumbers& n = result[q.value(0).toLongLong()];
            n.commitmentsDue = q.value(1).toInt();
            n.commitmentsKept = q.value(2).toInt();
        }
    }
    return result;
}
} // namespace

MemberWeekNumbers MeetingRecorder::numbers(qint64 circleId, qint64 memberId, int week) const
{
    return roundNumbers(m_db, CircleService(m_db).calendar(circleId), circleId, memberId, week)
        .value(memberId);
}

QHash<qint64, MemberWeekNumbers> MeetingRecorder::circleNumbers(qint64 circleId, int week) const
{
    return roundNumbers(m_db, CircleService(m_db).calendar(circleId), circleId, -1, week);
}

MeetingCapture MeetingRecorder::load(qint64 circleId, int week) const
{
    return load(circleId, week, CircleService(m_db).calendar(circleId));
}

MeetingCapture MeetingRecorder::load(qint64 circleId, int week, const WeekCalendar& calendar) const
{
    MeetingCapture capture;
    capture.circleId = circleId;
    capture.week = week;
    MeetingService meetings(m_db);
    const std::optional<Meeting> meeting = meetings.meeting(circleId, week);
    if (meeting) {
        capture.meetingId = meeting->id;
        capture.status = meeting->status;
        capture.notes = meeting->notes;
    }
    const QHash<qint64, bool> attendance
        = meeting ? meetings.attendance(meeting->id) : QHash<qint64, bool>();
    const QHash<qint64, MemberWeekNumbers> counted
        = roundNumbers(m_db, calendar, circleId, -1, week);
    // One statement each for the whole circle, not three a member: meeting mode shows the
    // round in its first paint.
    QSqlQuery q(m_db.connection());
    QHash<qint64, QString> notes;
    QHash<qint64, QSet<int>> done;
    if (meeting) {
        if (execPrepared(q, u"SELECT member_id, notes FROM round_note WHERE meeting_id = ?"_s,
                {meeting->id}, QString(), nullptr)) {
            while (q.next())
                notes.insert(q.value(0).toLongLong(), q.value(1).toString());
        }
        if (execPrepared(q, u"SELECT member_id, position FROM exercise_done WHERE meeting_id = ?"_s,
                {meeting->id}, QString(), nullptr)) {
            while (q.next())
                done[q.value(0).toLongLong()].insert(q.value(1).toInt());
        }
    }
    // Due at this meeting (made at an earlier one) or made at it.
    QHash<qint64, QList<Commitment>> commitments;
    if (execPrepared(q,
            u"SELECT c.id, c.member_id, c.text, c.made_week, c.due_week, c.kept FROM commitment c"
            " JOIN member m ON m.id = c.member_id WHERE m.circle_id = ?"
            " AND (c.made_week = ? OR (c.due_week = ? AND c.made_week < ?))"
            " ORDER BY c.made_week, c.id"_s,
            {circleId, week, week, week}, QString(), nullptr)) {
        while (q.next()) {
            Commitment c {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                q.value(3).toInt(), q.value(4).toInt(), std::nullopt};
            if (!q.value(5).isNull())
                c.kept = q.value(5).toBool();
            commitments[c.memberId].append(c);
        }
    }
    for (const Member& member : CircleService(m_db).members(circleId)) {
        MemberCapture m;
        m.memberId = member.id;
        m.name = member.name;
        m.present = attendance.value(member.id, true);
        m.numbers = counted.value(member.id);
        m.notes = notes.value(member.id);
        m.exercisesDone = done.value(member.id);
        for (const Commitment& c : commitments.value(member.id)) {
            if (c.dueWeek == week && c.madeWeek < week)
                m.due.append(c);
            if (c.madeWeek == week)
                m.newCommitments.append(c.text);
        }
        capture.members.append(m);
    }
    return capture;
}

bool MeetingRecorder::write(const MemberEditTarget& target, const QString& operation,
    const std::function<bool(QSqlQuery&, QString*)>& body, QString* error)
{
    if (target.meetingId < 0)
        return fail(error, tr("The circle has no meeting in week %1.").arg(target.week));
    return m_db.write(
        Database::Meetings | Database::Commitments,
        [&](QSqlQuery& q) {
            if (!body(q, error))
                return false;
            // Cancelling or restoring a meeting changes what calendars show: a new SEQUENCE.
            // (CASE rather than boolean arithmetic: the SQL runs on PostgreSQL too.)
            const int skipped = int(Meeting::Status::Skipped);
            return execPrepared(q,
                u"UPDATE meeting SET sequence = sequence"
                " + CASE WHEN (CASE WHEN status = ? THEN 1 ELSE 0 END) <> ? THEN 1 ELSE 0 END,"
                " status = ? WHERE id = ?"_s,
                {skipped, int(target.status) == skipped ? 1 : 0, int(target.status),
                    target.meetingId},
                operation, error);
        },
        error);
}

bool MeetingRecorder::setPresent(const MemberEditTarget& target, bool present, QString* error)
{
    const QString operation = tr("record attendance");
    return write(
        target, operation,
        [&](QSqlQuery& q, QString* e) {
            return execPrepared(q,
                u"INSERT INTO attendance (meeting_id, member_id, present) VALUES (?, ?, ?)"
                " ON CONFLICT (meeting_id, member_id) DO UPDATE SET present = excluded.present"_s,
                {target.meetingId, target.memberId, present ? 1 : 0}, operation, e);
        },
        error);
}

bool MeetingRecorder::setRoundNotes(
    const MemberEditTarget& target, const QString& notes, QString* error)
{
    const QString operation = tr("save the round notes");
    return write(
        target, operation,
        [&](QSqlQuery& q, QString* e) {
            return execPrepared(q,
                u"INSERT INTO round_note (meeting_id, member_id, notes) VALUES (?, ?, ?)"
                " ON CONFLICT (meeting_id, member_id) DO UPDATE SET notes = excluded.notes"_s,
                {target.meetingId, target.memberId, notes.trimmed()}, operation, e);
        },
        error);
}

bool MeetingRecorder::setExercisesDone(const MemberEditTarget& target, const QSet<int>& done,
    const QStringList& exercises, QString* error)
{
    const QString operation = tr("save the exercises");
    return write(
        target, operation,
        [&](QSqlQuery& q, QString* e) {
            if (!execPrepared(q,
                    u"DELETE FROM exercise_done WHERE meeting_id = ? AND member_id = ?"_s,
                    {target.meetingId, target.memberId}, operation, e))
                return false;
            for (int position : done) {
                if (position < 0 || position >= exercises.size())
                    continue;
                if (!execPrepared(q,
                        u"INSERT INTO exercise_done (meeting_id, member_id, position, exercise) VALUES (?, ?, ?, ?)"_s,
                        {target.meetingId, target.memberId, position, exercises.at(position)},
                        operation, e))
                    return false;
            }
            return true;
        },
        error);
}

bool MeetingRecorder::setKept(
    const MemberEditTarget& target, qint64 commitmentId, std::optional<bool> kept, QString* error)
{
    const QString operation = tr("update the commitment");
    return write(
        target, operation,
        [&](QSqlQuery& q, QString* e) {
            return execPrepared(q,
                u"UPDATE commitment SET kept = ? WHERE id = ? AND member_id = ?"_s,
                {keptValue(kept), commitmentId, target.memberId}, operation, e);
        },
        error);
}

bool MeetingRecorder::setCommitments(
    const MemberEditTarget& target, const QStringList& texts, QString* error)
{
    MemberCapture member;
    member.memberId = target.memberId;
    member.newCommitments = texts;
    return write(
        target, tr("save the commitments"),
        [&](QSqlQuery& q, QString* e) { return saveCommitmentsMade(q, target.week, member, e); },
        error);
}

bool MeetingRecorder::setStatus(const MemberEditTarget& target, QString* error)
{
    return write(
        target, tr("save the meeting"), [](QSqlQuery&, QString*) { return true; }, error);
}

QList<MeetingSummary> MeetingRecorder::history(qint64 circleId) const
{
    // A handful of statements for the whole circle, not three per meeting: the circle page
    // shows this table as it opens.
    QList<MeetingSummary> result;
    MeetingService meetings(m_db);
    const QList<Member> members = CircleService(m_db).members(circleId);
    QHash<qint64, QString> names;
    for (const Member& m : members)
        names.insert(m.id, m.name);
    QSqlQuery q(m_db.connection());
    QHash<qint64, QHash<qint64, bool>> attendance; // meeting id -> member id -> present
    if (execPrepared(q,
            u"SELECT a.meeting_id, a.member_id, a.present FROM attendance a"
            " JOIN meeting m ON m.id = a.meeting_id WHERE m.circle_id = ?"_s,
            {circleId}, QString(), nullptr)) {
        while (q.next())
            attendance[q.value(0).toLongLong()].insert(
                q.value(1).toLongLong(), q.value(2).toBool());
    }
    QHash<qint64, QStringList> notes; // meeting id -> "Name: notes", by member id
    if (execPrepared(q,
            u"SELECT r.meeting_id, r.member_id, r.notes FROM round_note r"
            " JOIN meeting m ON m.id = r.meeting_id WHERE m.circle_id = ? AND r.notes <> ''"
            " ORDER BY r.meeting_id, r.member_id"_s,
            {circleId}, QString(), nullptr)) {
        while (q.next())
            notes[q.value(0).toLongLong()].append(
                tr("%1: %2").arg(names.value(q.value(1).toLongLong()), q.value(2).toString()));
    }
    // Made at a week's meeting; due at it (made at an earlier one) and of those, kept.
    QHash<int, int> made;
    if (execPrepared(q,
            u"SELECT c.made_week, count(*) FROM commitment c JOIN member m ON m.id = c.member_id"
            " WHERE m.circle_id = ? GROUP BY c.made_week"_s,
            {circleId}, QString(), nullptr)) {
        while (q.next())
            made.insert(q.value(0).toInt(), q.value(1).toInt());
    }
    QHash<int, std::pair<int, int>> due; // week -> (due, kept)
    if (execPrepared(q,
            u"SELECT c.due_week, count(*), coalesce(sum(CASE WHEN c.kept = 1 THEN 1 ELSE 0 END), 0)"
            " FROM commitment c JOIN member m ON m.id = c.member_id"
            " WHERE m.circle_id = ? AND c.made_week < c.due_week GROUP BY c.due_week"_s,
            {circleId}, QString(), nullptr)) {
        while (q.next())
            due.insert(q.value(0).toInt(), {q.value(1).toInt(), q.value(2).toInt()});
    }
    for (const Meeting& meeting : meetings.meetings(circleId)) {
        MeetingSummary s;
        s.meeting = meeting;
        if (meeting.status == Meeting::Status::Held) {
            const QHash<qint64, bool> present = attendance.value(meeting.id);
            for (const Member& m : members)
                (present.value(m.id, true) ? s.present : s.absent).append(m.name);
        }
        s.roundNotes = notes.value(meeting.id);
        s.commitmentsMade = made.value(meeting.week);
        s.commitmentsDue = due.value(meeting.week).first;
        s.commitmentsKept = due.value(meeting.week).second;
        result.append(s);
    }
    return result;
}

bool MeetingRecorder::save(
    const MeetingCapture& capture, const QStringList& exercises, QString* error)
{
    if (capture.meetingId < 0)
        return fail(error, tr("The circle has no meeting in week %1.").arg(capture.week));
    return m_db.write(
        Database::Meetings | Database::Commitments,
        [&](QSqlQuery& q) {
            // A meeting held after all was shown as cancelled: calendars need a new SEQUENCE.
            if (!execPrepared(q,
                    u"UPDATE meeting SET sequence = sequence + CASE WHEN status = ? THEN 1 ELSE 0 END, status = ?, notes = ? WHERE id = ?"_s,
                    {int(Meeting::Status::Skipped), int(Meeting::Status::Held), capture.notes,
                        capture.meetingId},
                    tr("save the meeting"), error))
                return false;
            for (const MemberCapture& m : capture.members) {
                if (!saveMember(q, capture, m, exercises, error)
                    || !saveCommitmentsMade(q, capture.week, m, error))
                    return false;
            }
            return true;
        },
        error);
}

bool MeetingRecorder::saveMember(QSqlQuery& q, const MeetingCapture& capture,
    const MemberCapture& m, const QStringList& exercises, QString* error)
{
    if (!execPrepared(q,
            u"INSERT INTO attendance (meeting_id, member_id, present) VALUES (?, ?, ?)"
            " ON CONFLICT (meeting_id, member_id) DO UPDATE SET present = excluded.present"_s,
            {capture.meetingId, m.memberId, m.present ? 1 : 0}, tr("record attendance"), error))
        return false;
    if (!execPrepared(q,
            u"INSERT INTO round_note (meeting_id, member_id, notes) VALUES (?, ?, ?)"
            " ON CONFLICT (meeting_id, member_id) DO UPDATE SET notes = excluded.notes"_s,
            {capture.meetingId, m.memberId, m.notes.trimmed()}, tr("save the round notes"), error))
        return false;
    if (!execPrepared(q, u"DELETE FROM exercise_done WHERE meeting_id = ? AND member_id = ?"_s,
            {capture.meetingId, m.memberId}, tr("save the exercises"), error))
        return false;
    for (int position : m.exercisesDone) {
        if (position < 0 || position >= exercises.size())
            continue;
        if (!execPrepared(q,
                u"INSERT INTO exercise_done (meeting_id, member_id, position, exercise) VALUES (?, ?, ?, ?)"_s,
                {capture.meetingId, m.memberId, position, exercises.at(position)},
                tr("save the exercises"), error))
            return false;
    }
    for (const Commitment& c : m.due) {
        if (!execPrepared(q, u"UPDATE commitment SET kept = ? WHERE id = ? AND member_id = ?"_s,
                {keptValue(c.kept), c.id, m.memberId}, tr("update the commitment"), error))
            return false;
    }
    return true;
}

bool MeetingRecorder::saveCommitmentsMade(
    QSqlQuery& q, int week, const MemberCapture& m, QString* error)
{
    // The commitments made at this meeting become exactly the listed ones; those that
    // stay keep their id (and any "kept" already recorded).
    QStringList wanted;
    for (const QString& text : m.newCommitments) {
        if (!text.trimmed().isEmpty() && !wanted.contains(text.trimmed()))
            wanted.append(text.trimmed());
    }
    QStringList existing;
    if (!execPrepared(q, u"SELECT id, text FROM commitment WHERE member_id = ? AND made_week = ?"_s,
            {m.memberId, week}, tr("save the commitments"), error))
        return false;
    QList<qint64> removed;
    while (q.next()) {
        if (wanted.contains(q.value(1).toString()))
            existing.append(q.value(1).toString());
        else
            removed.append(q.value(0).toLongLong());
    }
    for (qint64 id : removed) {
        if (!execPrepared(q, u"DELETE FROM commitment WHERE id = ?"_s, {id},
                tr("save the commitments"), error))
            return false;
    }
    for (const QString& text : wanted) {
        if (existing.contains(text))
            continue;
        if (!execPrepared(q,
                u"INSERT INTO commitment (member_id, text, made_week, due_week) VALUES (?, ?, ?, ?)"_s,
                {m.memberId, text, week, week + 1}, tr("save the commitments"), error))
            return false;
    }
    return true;
}

} // namespace outloud
