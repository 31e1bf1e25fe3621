// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CircleService.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
Circle circleFrom(const QSqlQuery& q)
{
    Circle c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.startDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    c.meetingWeekday = q.value(3).toInt();
    c.meetingTime = QTime::fromString(q.value(4).toString(), u"HH:mm"_s);
    c.timeZone = q.value(5).toString();
    c.lengthWeeks = q.value(6).toInt();
    c.facilitatorId = q.value(7).isNull() ? -1 : q.value(7).toLongLong();
    return c;
}

const auto CircleColumns
    = u"id, name, start_date, meeting_weekday, meeting_time, time_zone, length_weeks, facilitator_id"_s;

bool validateCircle(const Circle& c, QString* error)
{
    if (c.name.trimmed().isEmpty())
        return fail(error, CircleService::tr("The circle needs a name."));
    if (!c.startDate.isValid() || c.startDate.year() < 2000 || c.startDate.year() > 2100)
        return fail(
            error, CircleService::tr("The start date must be a date between 2000 and 2100."));
    if (c.meetingWeekday < 1 || c.meetingWeekday > 7)
        return fail(error, CircleService::tr("The meeting day must be a day of the week."));
    if (c.lengthWeeks < 1 || c.lengthWeeks > 52)
        return fail(error, CircleService::tr("A circle runs from 1 to 52 weeks."));
    return true;
}
} // namespace

CircleService::CircleService(Database& db)
    : m_db(db)
{ }

qint64 CircleService::createCircle(const Circle& circle, const QStringList& memberNames,
    int meIndex, int facilitatorIndex, QString* error)
{
    if (!validateCircle(circle, error))
        return -1;
    for (const QString& name : memberNames) {
        if (name.trimmed().isEmpty()) {
            fail(error, tr("Every member needs a name."));
            return -1;
        }
    }
    qint64 circleId = -1;
    const bool ok = m_db.write(
        Database::Circles | Database::Members | Database::Meetings,
        [&](QSqlQuery& q) {
            if (!execPrepared(q,
                    u"INSERT INTO circle (name, start_date, meeting_weekday, meeting_time, "
                    u"time_zone, "
                    u"length_weeks, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {circle.name.trimmed(), circle.startDate.toString(Qt::ISODate),
                        circle.meetingWeekday, circle.meetingTime.toString(u"HH:mm"_s),
                        circle.timeZone, circle.lengthWeeks, m_db.now().toString(Qt::ISODate)},
                    tr("create the circle"), error))
                return false;
            circleId = insertedId(q);
            qint64 facilitatorId = -1;
            for (int i = 0; i < memberNames.size(); ++i) {
                if (!execPrepared(q,
                        u"INSERT INTO member (circle_id, name, is_me, position) VALUES (?, ?, ?, ?)"
                        " RETURNING id"_s,
                        {circleId, memberNames.at(i).trimmed(), i == meIndex ? 1 : 0, i},
                        tr("add a member"), error))
                    return false;
                const qint64 memberId = insertedId(q);
                if (i == facilitatorIndex)
                    facilitatorId = memberId;
            }
            if (facilitatorId > 0
                && !execPrepared(q, u"UPDATE circle SET facilitator_id = ? WHERE id = ?"_s,
                    {facilitatorId, circleId}, tr("choose the facilitator"), error))
                return false;
            const QDate first = circle.firstMeetingDate();
            for (int week = 1; week <= circle.lengthWeeks; ++week) {
                // Date and time formatted apart: a local QDateTime is invalid inside a DST gap.
                const QString at = first.addDays(7 * (week - 1)).toString(Qt::ISODate) + u'T'
                    + circle.meetingTime.toString(u"HH:mm"_s);
                if (!execPrepared(q,
                        u"INSERT INTO meeting (circle_id, week, scheduled_at) VALUES (?, ?, ?)"_s,
                        {circleId, week, at}, tr("plan the meetings"), error))
                    return false;
            }
            return true;
        },
        error);
    return ok ? circleId : -1;
}

bool CircleService::updateCircle(const Circle& circle, QString* error)
{
    if (!validateCircle(circle, error))
        return false;
    return m_db.write(Database::Circles,
        u"UPDATE circle SET name = ?, start_date = ?, meeting_weekday = ?, meeting_time = ?, "
        u"time_zone = ?, length_weeks = ?, facilitator_id = ? WHERE id = ?"_s,
        {circle.name.trimmed(), circle.startDate.toString(Qt::ISODate), circle.meetingWeekday,
            circle.meetingTime.toString(u"HH:mm"_s), circle.timeZone, circle.lengthWeeks,
            idOrNull(circle.facilitatorId), circle.id},
        tr("update the circle"), error);
}

QList<Circle> CircleService::circles() const
{
    QList<Circle> result;
    QSqlQuery q(m_db.connection());
    if (execPrepared(q, u"SELECT "_s + CircleColumns + u" FROM circle ORDER BY id"_s, {}, QString(),
            nullptr)) {
        while (q.next())
            result.append(circleFrom(q));
    }
    return result;
}

std::optional<Circle> CircleService::circle(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (execPrepared(q, u"SELECT "_s + CircleColumns + u" FROM circle WHERE id = ?"_s, {id},
            QString(), nullptr)
        && q.next())
        return circleFrom(q);
    return std::nullopt;
}

qint64 CircleService::defaultCircleId() const
{
    QSqlQuery q(m_db.connection());
    if (execPrepared(q,
            u"SELECT circle_id FROM member WHERE %1 = 1 ORDER BY circle_id LIMIT 1"_s.arg(
                m_db.meColumn()),
            {}, QString(), nullptr)
        && q.next())
        return q.value(0).toLongLong();
    if (execPrepared(q, u"SELECT id FROM circle ORDER BY id LIMIT 1"_s, {}, QString(), nullptr)
        && q.next())
        return q.value(0).toLongLong();
    return -1;
}

qint64 CircleService::circleIdByName(const QString& name) const
{
    QSqlQuery q(m_db.connection());
    if (execPrepared(q,
            u"SELECT id FROM circle WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1"_s,
            {name.trimmed()}, QString(), nullptr)
        && q.next())
        return q.value(0).toLongLong();
    return -1;
}

QList<Member> CircleService::members(qint64 circleId) const
{
    QList<Member> result;
    QSqlQuery q(m_db.connection());
    if (execPrepared(q,
            u"SELECT id, circle_id, name, %1, position FROM member WHERE circle_id = ? ORDER BY position, id"_s
                .arg(m_db.meColumn()),
            {circleId}, QString(), nullptr)) {
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                q.value(3).toBool(), q.value(4).toInt()});
    }
    return result;
}

std::optional<Member> CircleService::member(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (execPrepared(q,
            u"SELECT id, circle_id, name, %1, position FROM member WHERE id = ?"_s.arg(
                m_db.meColumn()),
            {id}, QString(), nullptr)
        && q.next())
        return Member {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toBool(), q.value(4).toInt()};
    return std::nullopt;
}

qint64 CircleService::meId(qint64 circleId) const
{
    QSqlQuery q(m_db.connection());
    if (execPrepared(q,
            u"SELECT id FROM member WHERE circle_id = ? AND %1 = 1"_s.arg(m_db.meColumn()),
            {circleId}, QString(), nullptr)
        && q.next())
        return q.value(0).toLongLong();
    return -1;
}

qint64 CircleService::memberIdByName(qint64 circleId, const QString& name) const
{
    QSqlQuery q(m_db.connection());
    if (execPrepared(q,
            u"SELECT id FROM member WHERE circle_id = ? AND name = ? COLLATE NOCASE ORDER BY position LIMIT 1"_s,
            {circleId, name.trimmed()}, QString(), nullptr)
        && q.next())
        return q.value(0).toLongLong();
    return -1;
}

qint64 CircleService::addMember(qint64 circleId, const QString& name, QString* error)
{
    if (name.trimmed().isEmpty()) {
        fail(error, tr("Every member needs a name."));
        return -1;
    }
    return m_db.insert(Database::Members,
        u"INSERT INTO member (circle_id, name, position)"
        " VALUES (?, ?, (SELECT coalesce(max(position), -1) + 1 FROM member WHERE circle_id = ?))"_s,
        {circleId, name.trimmed(), circleId}, tr("add a member"), error);
}

bool CircleService::removeNewMember(qint64 memberId, QString* error)
{
    return m_db.write(
        Database::Members | Database::Circles,
        [&](QSqlQuery& q) {
            if (!execPrepared(q, u"SELECT count(*) FROM person WHERE member_id = ?"_s, {memberId},
                    tr("remove the member"), error))
                return false;
            if (q.next() && q.value(0).toInt() > 0)
                return fail(error, tr("This member already has people on their list."));
            return execPrepared(q, u"DELETE FROM member WHERE id = ?"_s, {memberId},
                tr("remove the member"), error);
        },
        error);
}

bool CircleService::renameMember(qint64 memberId, const QString& name, QString* error)
{
    if (name.trimmed().isEmpty())
        return fail(error, tr("Every member needs a name."));
    return m_db.write(Database::Members, u"UPDATE member SET name = ? WHERE id = ?"_s,
        {name.trimmed(), memberId}, tr("rename the member"), error);
}

bool CircleService::setMe(qint64 circleId, qint64 memberId, QString* error)
{
    // Two steps: at most one "me" per circle holds at every row (the unique index).
    return m_db.write(
        Database::Members,
        [&](QSqlQuery& q) {
            return execPrepared(q,
                       u"UPDATE member SET is_me = 0 WHERE circle_id = ? AND is_me = 1"_s,
                       {circleId}, tr("choose who you are in the circle"), error)
                && (memberId <= 0
                    || execPrepared(q,
                        u"UPDATE member SET is_me = 1 WHERE id = ? AND circle_id = ?"_s,
                        {memberId, circleId}, tr("choose who you are in the circle"), error));
        },
        error);
}

bool CircleService::setFacilitator(qint64 circleId, qint64 memberId, QString* error)
{
    return m_db.write(Database::Circles, u"UPDATE circle SET facilitator_id = ? WHERE id = ?"_s,
        {idOrNull(memberId), circleId}, tr("choose the facilitator"), error);
}

QString CircleService::memberCountWarning(int count)
{
    if (count < 2)
        return tr("A circle works best with 2 to 5 members; with fewer there is no one to share "
                  "the hour with.");
    if (count > 5)
        return tr("A circle works best with 2 to 5 members; with %1 there is little time left for "
                  "each person.")
            .arg(count);
    return {};
}

WeekCalendar CircleService::calendar(qint64 circleId) const
{
    const std::optional<Circle> c = circle(circleId);
    if (!c)
        return {};
    QList<QDate> dates;
    QSqlQuery q(m_db.connection());
    if (execPrepared(q,
            u"SELECT week, scheduled_at FROM meeting WHERE circle_id = ? ORDER BY week"_s,
            {circleId}, QString(), nullptr)) {
        while (q.next()) {
            const int week = q.value(0).toInt();
            if (week < 1 || week > c->lengthWeeks)
                continue;
            while (dates.size() < week - 1)
                dates.append(QDate());
            // The date part only: parsed as a local date-time, a time in a DST gap is invalid.
            dates.append(QDate::fromString(q.value(1).toString().left(10), Qt::ISODate));
        }
    }
    return WeekCalendar(c->firstMeetingDate(), c->lengthWeeks, dates);
}

} // namespace outloud
