// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrgService.h"

#include "circle/CircleService.h"
#include "circle/WeekCalendar.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {

// A refusal by the server's rules (42501) reads as what it means, not as the server's text.
bool queryFailed(const QSqlQuery& q, const QString& operation, QString* error)
{
    if (q.lastError().nativeErrorCode() == u"42501"_s)
        return fail(
            error, OrgService::tr("You may not see this: the program's rules keep it private."));
    return fail(error, sqlErrorMessage(operation, q.lastError()));
}

bool run(Database& db, QSqlQuery& q, const QString& sql, const QVariantList& values,
    const QString& operation, QString* error)
{
    if (!db.isServer())
        return fail(error, OrgService::tr("This database is not an organization database."));
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return queryFailed(q, operation, error);
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec())
        return queryFailed(q, operation, error);
    return true;
}

QList<qint64> idArray(const QVariant& value)
{
    // QPSQL hands arrays over as their text form: {1,2,3}.
    QList<qint64> ids;
    QString text = value.toString();
    text.remove(u'{').remove(u'}');
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts))
        ids.append(part.toLongLong());
    return ids;
}

QStringList textArray(const QVariant& value)
{
    // {Ann,"Bea Bold"}: names with spaces or commas come quoted, quotes escaped.
    QStringList items;
    const QString text = value.toString();
    QString current;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == u'\\' && i + 2 < text.size()) {
            current += text.at(++i);
        } else if (c == u'"') {
            quoted = !quoted;
            any = true;
        } else if (c == u',' && !quoted) {
            items.append(current);
            current.clear();
            any = false;
        } else {
            current += c;
            any = true;
        }
    }
    if (any || !current.isEmpty())
        items.append(current);
    return items;
}

QDate day(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString().left(10), Qt::ISODate);
}

} // namespace

OrgService::OrgService(Database& db)
    : m_db(db)
{ }

QString OrgService::circleChannel(qint64 circleId)
{
    return u"circle_%1"_s.arg(circleId);
}

bool OrgService::isOrganization() const
{
    return m_db.isOrganization();
}

bool OrgService::session(OrgSession* out, QString* error) const
{
    QSqlQuery q(m_db.connection());
    if (!run(m_db, q,
            u"SELECT login, is_admin, member_circles, facilitated_circles FROM org_session()"_s, {},
            tr("read who you are in the program"), error))
        return false;
    if (!q.next())
        return queryFailed(q, tr("read who you are in the program"), error);
    out->login = q.value(0).toString();
    out->isAdmin = q.value(1).toBool();
    out->memberCircles = idArray(q.value(2));
    out->facilitatedCircles = idArray(q.value(3));
    return true;
}

bool OrgService::circleMembers(
    qint64 circleId, QDate today, QList<OrgMemberFigures>* out, QString* error) const
{
    out->clear();
    // The circle's calendar (its schedule is the circle's to read) maps days to weeks
    // exactly as on a laptop.
    const WeekCalendar calendar = CircleService(m_db).calendar(circleId);
    const int currentWeek = calendar.isValid() ? calendar.currentWeek(today) : 0;
    const QString operation = tr("read the circle's shared figures");
    QSqlQuery q(m_db.connection());
    if (!run(m_db, q,
            u"SELECT member_id, name, member_position, is_me, accomplish, weekly_target, "
            "last_contribution, meetings_held, meetings_attended, commitments_due, "
            "commitments_kept FROM org_circle_members(?, ?::date, ?)"_s,
            {circleId, today.toString(Qt::ISODate), currentWeek}, operation, error))
        return false;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        OrgMemberFigures m;
        m.memberId = q.value(0).toLongLong();
        m.name = q.value(1).toString();
        m.position = q.value(2).toInt();
        m.isMe = q.value(3).toBool();
        m.accomplish = q.value(4).toString();
        m.weeklyTarget = q.value(5).toInt();
        m.lastContribution = day(q.value(6));
        m.meetingsHeld = q.value(7).toInt();
        m.meetingsAttended = q.value(8).toInt();
        m.commitmentsDue = q.value(9).toInt();
        m.commitmentsKept = q.value(10).toInt();
        if (calendar.isValid()) {
            m.weekly.lengthWeeks = calendar.lengthWeeks();
            m.weekly.currentWeek = currentWeek;
            for (int w = 1; w <= calendar.lengthWeeks(); ++w)
                m.weekly.weeks.append({w, calendar.weekStart(w), calendar.weekEnd(w), {}});
        }
        index.insert(m.memberId, out->size());
        out->append(m);
    }
    q.finish();
    if (!calendar.isValid())
        return true;
    if (!run(m_db, q,
            u"SELECT member_id, day, given, received FROM org_circle_days(?, ?::date, ?::date)"_s,
            {circleId, calendar.weekStart(1).toString(Qt::ISODate),
                today.addDays(1).toString(Qt::ISODate)},
            operation, error))
        return false;
    while (q.next()) {
        const auto at = index.constFind(q.value(0).toLongLong());
        if (at == index.constEnd())
            continue;
        OrgMemberFigures& m = (*out)[*at];
        const int week = calendar.weekOf(day(q.value(1)));
        if (week < 1 || week > m.weekly.lengthWeeks)
            continue;
        analytics::Exchange& e = m.weekly.weeks[week - 1].exchange;
        e.given += q.value(2).toInt();
        e.received += q.value(3).toInt();
    }
    for (OrgMemberFigures& m : *out) {
        int balance = 0;
        for (const analytics::WeekExchange& w : std::as_const(m.weekly.weeks)) {
            balance += w.exchange.balance();
            m.weekly.cumulativeBalance.append(balance);
            if (w.week <= m.weekly.lastWeekSoFar()) {
                m.weekly.total.given += w.exchange.given;
                m.weekly.total.received += w.exchange.received;
            }
        }
        if (currentWeek >= 1 && currentWeek <= m.weekly.lengthWeeks) {
            m.givenThisWeek = m.weekly.weeks[currentWeek - 1].exchange.given;
            m.receivedThisWeek = m.weekly.weeks[currentWeek - 1].exchange.received;
        }
        m.progress = analytics::weeklyProgress(m.weekly, m.weeklyTarget);
    }
    return true;
}

bool OrgService::facilitatorOverview(
    QDate today, QList<OrgCircleOverview>* out, QString* error) const
{
    out->clear();
    QSqlQuery q(m_db.connection());
    if (!run(m_db, q,
            u"SELECT circle_id, name, start_date, length_weeks, week, next_meeting, members, "
            "meetings_held, attendance_present, attendance_recorded, commitments_due, "
            "commitments_kept, given_this_week, received_this_week, stalled, stalled_names "
            "FROM org_facilitator_overview(?::date)"_s,
            {today.toString(Qt::ISODate)}, tr("read your circles' overview"), error))
        return false;
    while (q.next()) {
        OrgCircleOverview c;
        c.circleId = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.startDate = day(q.value(2));
        c.lengthWeeks = q.value(3).toInt();
        c.week = q.value(4).toInt();
        c.nextMeeting = q.value(5).toString();
        c.members = q.value(6).toInt();
        c.meetingsHeld = q.value(7).toInt();
        c.attendancePresent = q.value(8).toInt();
        c.attendanceRecorded = q.value(9).toInt();
        c.commitmentsDue = q.value(10).toInt();
        c.commitmentsKept = q.value(11).toInt();
        c.givenThisWeek = q.value(12).toInt();
        c.receivedThisWeek = q.value(13).toInt();
        c.stalled = q.value(14).toInt();
        c.stalledNames = textArray(q.value(15));
        out->append(c);
    }
    return true;
}

bool OrgService::programTotals(QDate today, OrgProgramTotals* out, QString* error) const
{
    QSqlQuery q(m_db.connection());
    const QString operation = tr("read the program's totals");
    if (!run(m_db, q,
            u"SELECT circles, circles_running, circles_finished, circles_not_started, members, "
            "members_active_this_week, contributions_this_week, commitments_due, "
            "commitments_kept FROM org_program_totals(?::date)"_s,
            {today.toString(Qt::ISODate)}, operation, error))
        return false;
    if (!q.next())
        return queryFailed(q, operation, error);
    out->circles = q.value(0).toInt();
    out->circlesRunning = q.value(1).toInt();
    out->circlesFinished = q.value(2).toInt();
    out->circlesNotStarted = q.value(3).toInt();
    out->members = q.value(4).toInt();
    out->membersActiveThisWeek = q.value(5).toInt();
    out->contributionsThisWeek = q.value(6).toInt();
    out->commitmentsDue = q.value(7).toInt();
    out->commitmentsKept = q.value(8).toInt();
    return true;
}

bool OrgService::programCircles(QDate today, QList<OrgProgramCircle>* out, QString* error) const
{
    out->clear();
    QSqlQuery q(m_db.connection());
    if (!run(m_db, q,
            u"SELECT circle_id, name, start_date, week, length_weeks, members, "
            "members_active_this_week FROM org_program_circles(?::date)"_s,
            {today.toString(Qt::ISODate)}, tr("read the program's circles"), error))
        return false;
    while (q.next()) {
        out->append({q.value(0).toLongLong(), q.value(1).toString(), day(q.value(2)),
            q.value(3).toInt(), q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt()});
    }
    return true;
}

bool OrgService::programWeeks(
    QDate today, int weeks, QList<OrgProgramWeek>* out, QString* error) const
{
    out->clear();
    QSqlQuery q(m_db.connection());
    if (!run(m_db, q,
            u"SELECT week_start, members_active, contributions FROM org_program_weeks(?::date, ?)"_s,
            {today.toString(Qt::ISODate), weeks}, tr("read how participation develops"), error))
        return false;
    while (q.next())
        out->append({day(q.value(0)), q.value(1).toInt(), q.value(2).toInt()});
    return true;
}

} // namespace outloud
