// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingService.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
Meeting meetingFrom(const QSqlQuery& q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.circleId = q.value(1).toLongLong();
    m.week = q.value(2).toInt();
    m.scheduledAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    m.status = Meeting::Status(q.value(4).toInt());
    m.notes = q.value(5).toString();
    m.sequence = q.value(6).toInt();
    return m;
}

const auto MeetingColumns = u"id, circle_id, week, scheduled_at, status, notes, sequence"_s;

QVariant keptValue(std::optional<bool> kept)
{
    return kept ? QVariant(*kept ? 1 : 0) : QVariant(QMetaType::fromType<int>());
}
} // namespace

MeetingService::MeetingService(Database& db)
    : m_db(db)
{ }

QList<Meeting> MeetingService::meetings(qint64 circleId) const
{
    QList<Meeting> result;
    QSqlQuery q(m_db.connection());
    if (execPrepared(q,
            u"SELECT "_s + MeetingColumns + u" FROM meeting WHERE circle_id = ? ORDER BY week"_s,
            {circleId}, QString(), nullptr)) {
        while (q.next())
            result.append(meetingFrom(q));
    }
    return result;
}

std::optional<Meeting> MeetingService::meeting(qint64 circleId, int week) const
{
    QSqlQuery q(m_db.connection());
    if (execPrepared(q,
            u"SELECT "_s + MeetingColumns + u" FROM meeting WHERE circle_id = ? AND week = ?"_s,
            {circleId, week}, QString(), nullptr)
        && q.next())
        return meetingFrom(q);
    return std::nullopt;
}

bool MeetingService::setStatus(qint64 meetingId, Meeting::Status status, QString* error)
{
    // Cancelling or restoring a meeting changes what calendars show: bump its SEQUENCE too.
    const int skipped = int(Meeting::Status::Skipped);
    return m_db.write(Database::Meetings,
        u"UPDATE meeting SET sequence = sequence"
        " + CASE WHEN (CASE WHEN status = ? THEN 1 ELSE 0 END) <> ? THEN 1 ELSE 0 END,"
        " status = ? WHERE id = ?"_s,
        {skipped, int(status) == skipped ? 1 : 0, int(status), meetingId}, tr("update the meeting"),
        error);
}

bool MeetingService::setNotes(qint64 meetingId, const QString& notes, QString* error)
{
    return m_db.write(Database::Meetings, u"UPDATE meeting SET notes = ? WHERE id = ?"_s,
        {notes, meetingId}, tr("save the meeting notes"), error);
}

bool MeetingService::reschedule(qint64 meetingId, const QDateTime& at, QString* error)
{
    if (!at.isValid())
        return fail(error, tr("Choose a date and time for the meeting."));
    return m_db.write(Database::Meetings,
        u"UPDATE meeting SET scheduled_at = ?, status = ?, sequence = sequence + 1 WHERE id = ?"_s,
        {at.date().toString(Qt::ISODate) + u'T' + at.time().toString(u"HH:mm"_s),
            int(Meeting::Status::Moved), meetingId},
        tr("move the meeting"), error);
}

bool MeetingService::setAttendance(qint64 meetingId, qint64 memberId, bool present, QString* error)
{
    return m_db.write(Database::Meetings,
        u"INSERT INTO attendance (meeting_id, member_id, present) VALUES (?, ?, ?)"
        " ON CONFLICT (meeting_id, member_id) DO UPDATE SET present = excluded.present"_s,
        {meetingId, memberId, present ? 1 : 0}, tr("record attendance"), error);
}

QHash<qint64, bool> MeetingService::attendance(qint64 meetingId) const
{
    QHash<qint64, bool> result;
    QSqlQuery q(m_db.connection());
    if (execPrepared(q, u"SELECT member_id, present FROM attendance WHERE meeting_id = ?"_s,
            {meetingId}, QString(), nullptr)) {
        while (q.next())
            result.insert(q.value(0).toLongLong(), q.value(1).toBool());
    }
    return result;
}

qint64 MeetingService::addCommitment(const Commitment& c, QString* error)
{
    if (c.text.trimmed().isEmpty()) {
        fail(error, tr("Say what you commit to."));
        return -1;
    }
    if (c.madeWeek < 0 || c.dueWeek < c.madeWeek) {
        fail(error, tr("A commitment is due in the week it is made or later."));
        return -1;
    }
    return m_db.insert(Database::Commitments,
        u"INSERT INTO commitment (member_id, text, made_week, due_week, kept) VALUES (?, ?, ?, ?, ?)"_s,
        {c.memberId, c.text.trimmed(), c.madeWeek, c.dueWeek, keptValue(c.kept)},
        tr("save the commitment"), error);
}

bool MeetingService::setKept(qint64 commitmentId, std::optional<bool> kept, QString* error)
{
    return m_db.write(Database::Commitments, u"UPDATE commitment SET kept = ? WHERE id = ?"_s,
        {keptValue(kept), commitmentId}, tr("update the commitment"), error);
}

bool MeetingService::removeCommitment(qint64 commitmentId, QString* error)
{
    return m_db.write(Database::Commitments, u"DELETE FROM commitment WHERE id = ?"_s,
        {commitmentId}, tr("remove the commitment"), error);
}

QList<Commitment> MeetingService::commitments(qint64 memberId) const
{
    QList<Commitment> result;
    QSqlQuery q(m_db.connection());
    if (execPrepared(q,
            u"SELECT id, member_id, text, made_week, due_week, kept FROM commitment WHERE "
            u"member_id = ?"
            " ORDER BY made_week, id"_s,
            {memberId}, QString(), nullptr)) {
        while (q.next()) {
            Commitment c {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                q.value(3).toInt(), q.value(4).toInt(), std::nullopt};
            if (!q.value(5).isNull())
                c.kept = q.value(5).toBool();
            result.append(c);
        }
    }
    return result;
}

} // namespace outloud
