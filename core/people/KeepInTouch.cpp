// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeepInTouch.h"

#include "Closeness.h"
#include "PeopleService.h"
#include "circle/CircleService.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud {

namespace keepintouch {

QString lastContactSql(bool postgres, const QString& condition)
{
    // max() over a person's rows in the index (person, direction, date, ...) reads every row
    // of the person; with the direction fixed it is a single seek.
    const auto latest = [&condition](int direction) {
        return u"(SELECT max(c.happened_on) FROM contribution c WHERE c.person_id = p.id"
               " AND c.direction = %1 %2)"_s.arg(direction)
                   .arg(condition);
    };
    if (postgres)
        return u"GREATEST("_s + latest(0) + u", "_s + latest(1) + u")"_s; // NULLs ignored
    // SQLite's max(a, b) is NULL when either is.
    return u"max(coalesce("_s + latest(0) + u", "_s + latest(1) + u"), coalesce("_s + latest(1)
        + u", "_s + latest(0) + u"))"_s;
}

int lastContactLookups(bool postgres)
{
    return postgres ? 2 : 4;
}

namespace {
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("outloud::keepintouch", text, disambiguation, n);
}
} // namespace

QList<int> choices()
{
    return {0, 1, 2, 3, 4, 8, 13, 26, 52};
}

QString label(int everyWeeks)
{
    switch (everyWeeks) {
    case 0:
        return tr("none");
    case 1:
        return tr("every week");
    case 4:
        return tr("every month");
    case 8:
        return tr("every 2 months");
    case 13:
        return tr("every quarter");
    case 26:
        return tr("every half year");
    case 52:
        return tr("every year");
    default:
        return tr("every %n weeks", nullptr, everyWeeks);
    }
}

QDate dueDate(QDate lastContact, QDate addedOn, int everyWeeks)
{
    const QDate from = lastContact.isValid() ? lastContact : addedOn;
    if (everyWeeks <= 0 || !from.isValid())
        return {};
    return from.addDays(7 * everyWeeks);
}

TouchStatus status(QDate due, TouchWeek week)
{
    if (!due.isValid())
        return TouchStatus::NoRhythm;
    if (due < week.start)
        return TouchStatus::Overdue;
    if (due < week.end)
        return TouchStatus::Due;
    return TouchStatus::OnTrack;
}

TouchWeek weekOf(Database& db, qint64 circleId, QDate today)
{
    const WeekCalendar calendar = CircleService(db).calendar(circleId);
    if (calendar.isValid()) {
        const int week = calendar.weekOf(today);
        if (week >= 1 && week <= calendar.lengthWeeks())
            return {calendar.weekStart(week), calendar.weekEnd(week)};
    }
    return {today, today.addDays(7)};
}

} // namespace keepintouch

KeepInTouchService::KeepInTouchService(Database& db)
    : m_db(db)
{ }

std::array<int, 6> KeepInTouchService::defaults() const
{
    std::array<int, 6> result {};
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (execPrepared(q, u"SELECT closeness, every_weeks FROM keep_in_touch_default"_s, {},
            QString(), nullptr)) {
        while (q.next()) {
            const int level = q.value(0).toInt();
            if (level >= 0 && level < int(result.size()))
                result[size_t(level)] = q.value(1).toInt();
        }
    }
    return result;
}

bool KeepInTouchService::setDefault(int closeness, int everyWeeks, QString* error)
{
    if (closeness < closeness::Min || closeness > closeness::Max)
        return fail(error, PeopleService::closenessRangeMessage());
    if (everyWeeks < 0 || everyWeeks > 52)
        return fail(error, tr("Keep in touch at least once a year (every 52 weeks at most)."));
    return m_db.write(Database::People,
        u"UPDATE keep_in_touch_default SET every_weeks = ? WHERE closeness = ?"_s,
        {everyWeeks, closeness}, tr("save the default rhythm"), error);
}

int KeepInTouchService::rhythm(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    if (execPrepared(q, u"SELECT keep_in_touch_weeks FROM person WHERE id = ?"_s, {personId},
            QString(), nullptr)
        && q.next())
        return q.value(0).isNull() ? -1 : q.value(0).toInt();
    return -1;
}

bool KeepInTouchService::setRhythm(qint64 personId, int everyWeeks, QString* error)
{
    if (everyWeeks < -1 || everyWeeks > 52)
        return fail(error, tr("Keep in touch at least once a year (every 52 weeks at most)."));
    return m_db.write(
        Database::People,
        [&](QSqlQuery& q) {
            if (!execPrepared(q, u"UPDATE person SET keep_in_touch_weeks = ? WHERE id = ?"_s,
                    {everyWeeks < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(everyWeeks),
                        personId},
                    tr("save the rhythm"), error))
                return false;
            return q.numRowsAffected() == 1
                || fail(error, tr("That person is no longer on the list."));
        },
        error);
}

QList<TouchEntry> KeepInTouchService::entries(qint64 memberId, TouchWeek week) const
{
    return read(memberId, week, false);
}

QList<TouchEntry> KeepInTouchService::read(qint64 memberId, TouchWeek week, bool dueOnly) const
{
    QList<TouchEntry> result;
    // The last contact either way is counted ahead (tally_person, core/storage/Tallies.h):
    // one row a person, none for someone never in touch. Only when it falls on or after the
    // week's end (a past week, or contributions logged ahead) does the person need the
    // look-ups for the last contact before that day.
    const bool postgres = m_db.isServer();
    const QString end = week.end.toString(Qt::ISODate);
    QVariantList binds {end};
    for (int i = 0; i < keepintouch::lastContactLookups(postgres); ++i)
        binds << end;
    binds << memberId;
    // Due or overdue: the due date (keepintouch::dueDate(), here in SQL) before the week's
    // end, so that only those rows are read. SQLite keeps dates as ISO text, PostgreSQL as
    // `date`.
    QString dueFilter;
    if (dueOnly) {
        dueFilter = postgres
            ? u" WHERE coalesce(last, created_on) + 7 * every < ?"_s
            : u" WHERE date(coalesce(last, created_on), '+' || (7 * every) || ' days') < ?"_s;
        binds << end;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!execPrepared(q,
            u"SELECT id, name, closeness, every, by_default, created_on, last FROM ("
            "SELECT p.id AS id, p.name AS name, p.closeness AS closeness,"
            " coalesce(p.keep_in_touch_weeks, d.every_weeks, 0) AS every,"
            " p.keep_in_touch_weeks IS NULL AS by_default, p.created_on AS created_on,"
            " CASE WHEN t.last_on IS NULL OR t.last_on < ? THEN t.last_on ELSE "_s
                + keepintouch::lastContactSql(postgres, u"AND c.happened_on < ?"_s)
                + u" END AS last"
                  " FROM person p LEFT JOIN keep_in_touch_default d ON d.closeness = p.closeness"
                  " LEFT JOIN tally_person t ON t.person_id = p.id"
                  " WHERE p.member_id = ?"
                  " AND coalesce(p.keep_in_touch_weeks, d.every_weeks, 0) > 0) s"_s
                + dueFilter,
            binds, QString(), nullptr))
        return result;
    while (q.next()) {
        TouchEntry e;
        e.everyWeeks = q.value(3).toInt();
        if (e.everyWeeks <= 0)
            continue;
        e.personId = q.value(0).toLongLong();
        e.name = q.value(1).toString();
        e.closeness = q.value(2).toInt();
        e.byDefault = q.value(4).toBool();
        e.lastContact = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        e.due = keepintouch::dueDate(
            e.lastContact, QDate::fromString(q.value(5).toString(), Qt::ISODate), e.everyWeeks);
        e.status = keepintouch::status(e.due, week);
        result.append(e);
    }
    std::sort(result.begin(), result.end(), [](const TouchEntry& a, const TouchEntry& b) {
        if (a.due != b.due)
            return a.due < b.due;
        if (a.closeness != b.closeness)
            return a.closeness > b.closeness;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return result;
}

QList<TouchEntry> KeepInTouchService::due(qint64 memberId, TouchWeek week) const
{
    QList<TouchEntry> result = read(memberId, week, true);
    result.removeIf([](const TouchEntry& e) {
        return e.status != TouchStatus::Due && e.status != TouchStatus::Overdue;
    });
    return result;
}

} // namespace outloud
