// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schedule.h"

#include "MeetingService.h"
#include "circle/CircleService.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud {

QTimeZone Schedule::zone(const Circle& circle)
{
    if (!circle.timeZone.isEmpty()) {
        const QTimeZone z(circle.timeZone.toUtf8());
        if (z.isValid())
            return z;
    }
    return QTimeZone::systemTimeZone();
}

QDateTime Schedule::wallTime(QDate date, QTime time, const QTimeZone& zone)
{
    const QDateTime at(date, time, zone);
    if (at.isValid())
        return at;
    // Inside a spring-forward gap Qt has no such time. Read it with the offset in force
    // before the gap, as RFC 5545 does: 02:30 in Berlin that night becomes 03:30 summer time.
    const QDateTime asUtc(date, time, QTimeZone::utc());
    const int before = zone.offsetFromUtc(asUtc.addDays(-1));
    return asUtc.addSecs(-before).toTimeZone(zone);
}

QList<QDateTime> Schedule::plannedTimes(const Circle& circle)
{
    QList<QDateTime> result;
    const QDate first = circle.firstMeetingDate();
    if (!first.isValid())
        return result;
    const QTimeZone z = zone(circle);
    for (int week = 0; week < circle.lengthWeeks; ++week)
        result.append(wallTime(first.addDays(7 * week), circle.meetingTime, z));
    return result;
}

QDateTime Schedule::addWeeks(const QDateTime& at, int weeks)
{
    // Built from date and wall time rather than adding seconds, so that 18:00 stays 18:00
    // when the clocks change in between.
    return wallTime(at.date().addDays(7 * weeks), at.time(), at.timeZone());
}

QDateTime Schedule::inZone(const QDateTime& stored, const QTimeZone& zone)
{
    return wallTime(stored.date(), stored.time(), zone);
}

QString Schedule::storedText(const QDateTime& at)
{
    return at.toString(u"yyyy-MM-dd'T'HH:mm"_s);
}

Schedule::Schedule(Database& db)
    : m_db(db)
{ }

QHash<qint64, std::pair<QDate, QTime>> Schedule::storedWallTimes(qint64 circleId) const
{
    // The stored text is the wall-clock time the circle agreed on. Read its parts directly:
    // parsing it as a local QDateTime would bend times that fall in the system zone's gaps.
    QHash<qint64, std::pair<QDate, QTime>> result;
    QSqlQuery q(m_db.connection());
    if (execPrepared(q, u"SELECT id, scheduled_at FROM meeting WHERE circle_id = ?"_s, {circleId},
            QString(), nullptr)) {
        while (q.next()) {
            const QString text = q.value(1).toString();
            const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
            const QTime time = QTime::fromString(text.mid(11, 5), u"HH:mm"_s);
            if (date.isValid() && time.isValid())
                result.insert(q.value(0).toLongLong(), {date, time});
        }
    }
    return result;
}

QList<Meeting> Schedule::meetings(qint64 circleId) const
{
    const std::optional<Circle> circle = CircleService(m_db).circle(circleId);
    if (!circle)
        return {};
    const QTimeZone z = zone(*circle);
    const auto wall = storedWallTimes(circleId);
    QList<Meeting> result = MeetingService(m_db).meetings(circleId);
    for (Meeting& m : result) {
        const auto it = wall.constFind(m.id);
        m.scheduledAt
            = it != wall.cend() ? wallTime(it->first, it->second, z) : inZone(m.scheduledAt, z);
    }
    return result;
}

bool Schedule::moveMeeting(qint64 circleId, int week, const QDateTime& at, QString* error)
{
    if (!at.isValid())
        return fail(error, tr("Choose a date and time for the meeting."));
    const QList<Meeting> all = meetings(circleId);
    qsizetype index = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).week == week)
            index = i;
    }
    if (index < 0)
        return fail(error, tr("The circle has no meeting in week %1.").arg(week));
    // The wall-clock time is what the circle agreed on; store it as typed. (UTC here only
    // carries the fields: a local time could be bent by the system zone's DST gaps.)
    const QDateTime wall(at.date(), at.time(), QTimeZone::utc());
    const QLocale locale;
    if (index > 0 && wall.date() <= all.at(index - 1).scheduledAt.date())
        return fail(error,
            tr("Meeting %1 must come after meeting %2 (%3).")
                .arg(week)
                .arg(all.at(index - 1).week)
                .arg(locale.toString(all.at(index - 1).scheduledAt.date(), QLocale::ShortFormat)));
    if (index + 1 < all.size() && wall.date() >= all.at(index + 1).scheduledAt.date())
        return fail(error,
            tr("Meeting %1 must come before meeting %2 (%3).")
                .arg(week)
                .arg(all.at(index + 1).week)
                .arg(locale.toString(all.at(index + 1).scheduledAt.date(), QLocale::ShortFormat)));
    return MeetingService(m_db).reschedule(all.at(index).id, wall, error);
}

bool Schedule::skipWeek(qint64 circleId, int week, QString* error)
{
    const QList<Meeting> all = meetings(circleId);
    bool found = false;
    for (const Meeting& m : all) {
        if (m.week != week)
            continue;
        found = true;
        if (m.status == Meeting::Status::Held)
            return fail(error, tr("Meeting %1 has already taken place.").arg(week));
    }
    if (!found)
        return fail(error, tr("The circle has no meeting in week %1.").arg(week));
    const auto wall = storedWallTimes(circleId);
    return m_db.write(
        Database::Meetings,
        [&](QSqlQuery& q) {
            // Latest first: the meeting dates stay distinct at every step.
            for (auto it = all.crbegin(); it != all.crend(); ++it) {
                if (it->week < week || it->status == Meeting::Status::Held)
                    continue;
                // Shift the agreed wall-clock time, not the instant: 18:00 stays 18:00.
                const auto agreed
                    = wall.value(it->id, {it->scheduledAt.date(), it->scheduledAt.time()});
                const QDateTime later(agreed.first.addDays(7), agreed.second, QTimeZone::utc());
                if (!execPrepared(q,
                        u"UPDATE meeting SET scheduled_at = ?, sequence = sequence + 1 WHERE id = ?"_s,
                        {storedText(later), it->id}, tr("skip a week"), error))
                    return false;
            }
            return true;
        },
        error);
}

bool Schedule::setWallTimes(
    qint64 circleId, const QHash<qint64, std::pair<QDate, QTime>>& times, QString* error)
{
    const auto current = storedWallTimes(circleId);
    return m_db.write(
        Database::Meetings,
        [&](QSqlQuery& q) {
            for (auto it = times.cbegin(); it != times.cend(); ++it) {
                if (!current.contains(it.key()) || current.value(it.key()) == it.value())
                    continue;
                const QDateTime at(it.value().first, it.value().second, QTimeZone::utc());
                if (!execPrepared(q,
                        u"UPDATE meeting SET scheduled_at = ?, sequence = sequence + 1 WHERE id = ? AND circle_id = ?"_s,
                        {storedText(at), it.key(), circleId}, tr("reschedule the meetings"), error))
                    return false;
            }
            return true;
        },
        error);
}

} // namespace outloud
