// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportNumbers.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace outloud::reportnumbers {

namespace {
// Stopgap until core/analytics lands: the same weekly cadence the dashboard will use.
// Habit strength by exponential smoothing, score = previous * m + achieved * (1 - m),
// with a half-life of three weeks.
const double Smoothing = std::pow(0.5, 1.0 / 3.0);
} // namespace

void memberNumbers(Database& db, qint64 memberId, const WeekCalendar& calendar, int week, int weeklyTarget,
                   MemberNumbers* numbers, QList<WeekPoint>* weeks)
{
    const int length = calendar.lengthWeeks();
    QList<WeekPoint> points(length);
    for (int w = 0; w < length; ++w)
        points[w].week = w + 1;
    QSqlQuery q(db.connection());
    if (execPrepared(q,
                     u"SELECT c.happened_on, c.direction, count(*) FROM contribution c JOIN person p ON p.id = c.person_id"
                     " WHERE p.member_id = ? AND c.happened_on >= ? AND c.happened_on < ?"
                     " GROUP BY c.happened_on, c.direction"_s,
                     {memberId, calendar.weekStart(1).toString(Qt::ISODate), calendar.weekEnd(length).toString(Qt::ISODate)},
                     QString(), nullptr)) {
        while (q.next()) {
            const int w = calendar.weekOf(QDate::fromString(q.value(0).toString(), Qt::ISODate));
            if (w < 1 || w > length)
                continue;
            (q.value(1).toInt() == 0 ? points[w - 1].given : points[w - 1].received) += q.value(2).toInt();
        }
    }

    MemberNumbers n;
    n.weeklyTarget = weeklyTarget;
    double score = 0.0;
    for (int w = 1; w <= std::min(week, length); ++w) {
        const WeekPoint& p = points.at(w - 1);
        n.cumulativeBalance += p.given - p.received;
        const bool reached = p.given >= weeklyTarget;
        n.streak = reached ? n.streak + 1 : 0;
        const double achieved = weeklyTarget > 0 ? std::min(1.0, double(p.given) / weeklyTarget) : 1.0;
        score = score * Smoothing + achieved * (1.0 - Smoothing);
        if (w == week) {
            n.given = p.given;
            n.received = p.received;
            n.balance = p.given - p.received;
        }
    }
    n.score = score;
    const QList<ClosenessMove> moves = closenessMoves(db, memberId, calendar.weekStart(week), calendar.weekEnd(week));
    for (const ClosenessMove& m : moves)
        (m.to > m.from ? n.closer : n.further) += 1;
    *numbers = n;
    if (weeks)
        *weeks = points;
}

QList<ClosenessMove> closenessMoves(Database& db, qint64 memberId, QDate from, QDate to)
{
    QList<ClosenessMove> result;
    QSqlQuery q(db.connection());
    // For each person rated during the week: the last level before it and the last one in it.
    if (!execPrepared(q,
                      u"SELECT p.name,"
                      " (SELECT b.closeness FROM closeness_change b WHERE b.person_id = p.id AND b.changed_on < ?"
                      "  ORDER BY b.changed_on DESC, b.id DESC LIMIT 1),"
                      " (SELECT a.closeness FROM closeness_change a WHERE a.person_id = p.id AND a.changed_on < ?"
                      "  ORDER BY a.changed_on DESC, a.id DESC LIMIT 1)"
                      " FROM person p WHERE p.member_id = ? AND p.id IN (SELECT person_id FROM closeness_change"
                      "  WHERE changed_on >= ? AND changed_on < ?)"
                      " ORDER BY p.name COLLATE NOCASE, p.id"_s,
                      {from.toString(Qt::ISODate), to.toString(Qt::ISODate), memberId, from.toString(Qt::ISODate),
                       to.toString(Qt::ISODate)},
                      QString(), nullptr))
        return result;
    while (q.next()) {
        // Someone first rated this week is new on the list, not a change.
        if (q.value(1).isNull() || q.value(1).toInt() == q.value(2).toInt())
            continue;
        result.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt()});
    }
    return result;
}

} // namespace outloud::reportnumbers
