// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportNumbers.h"

#include "analytics/Analytics.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud::reportnumbers {

void memberNumbers(Database& db, qint64 circleId, qint64 memberId, const WeekCalendar& calendar,
    int week, int weeklyTarget, MemberNumbers* numbers, QList<WeekPoint>* weeks)
{
    const QDate lastDay = calendar.weekEnd(week).addDays(-1);
    const analytics::WeeklyExchange weekly
        = analytics::weeklyExchange(db, circleId, memberId, lastDay);
    // The week is over when its summary is read: count it (reached or not) and nothing after it.
    analytics::WeeklyExchange upTo = weekly;
    for (analytics::WeekExchange& w : upTo.weeks) {
        if (w.week > week)
            w.exchange = {};
    }
    upTo.currentWeek = week + 1;
    const analytics::WeeklyProgress progress = analytics::weeklyProgress(upTo, weeklyTarget);

    MemberNumbers n;
    n.weeklyTarget = weeklyTarget;
    if (week >= 1 && week <= weekly.weeks.size()) {
        const analytics::Exchange& e = weekly.weeks.at(week - 1).exchange;
        n.given = e.given;
        n.received = e.received;
        n.balance = e.balance();
    }
    if (week >= 1 && week <= weekly.cumulativeBalance.size())
        n.cumulativeBalance = weekly.cumulativeBalance.at(week - 1);
    n.streak = progress.streak;
    n.score = progress.score;
    const analytics::ClosenessTrend trend
        = analytics::closenessTrend(db, circleId, memberId, lastDay);
    if (week >= 1 && week <= trend.risenByWeek.size())
        n.closer = trend.risenByWeek.at(week - 1);
    for (const ClosenessMove& m :
        closenessMoves(db, memberId, calendar.weekStart(week), calendar.weekEnd(week)))
        n.further += m.to < m.from ? 1 : 0;
    *numbers = n;
    if (weeks) {
        weeks->clear();
        for (int i = 0; i < weekly.weeks.size(); ++i) {
            const analytics::WeekExchange& w = weekly.weeks.at(i);
            weeks->append({w.week, w.exchange.given, w.exchange.received,
                i < weekly.cumulativeBalance.size() ? weekly.cumulativeBalance.at(i) : 0});
        }
    }
}

QList<ClosenessMove> closenessMoves(Database& db, qint64 memberId, QDate from, QDate to)
{
    QList<ClosenessMove> result;
    QSqlQuery q(db.connection());
    // For each person rated during the week: the last level before it and the last one in it.
    if (!execPrepared(q,
            u"SELECT p.name,"
            " (SELECT b.closeness FROM closeness_change b WHERE b.person_id = p.id AND "
            "b.changed_on < ?"
            "  ORDER BY b.changed_on DESC, b.id DESC LIMIT 1),"
            " (SELECT a.closeness FROM closeness_change a WHERE a.person_id = p.id AND "
            "a.changed_on < ?"
            "  ORDER BY a.changed_on DESC, a.id DESC LIMIT 1)"
            " FROM person p WHERE p.member_id = ? AND p.id IN (SELECT person_id FROM "
            "closeness_change"
            "  WHERE changed_on >= ? AND changed_on < ?)"
            " ORDER BY p.name COLLATE NOCASE, p.id"_s,
            {from.toString(Qt::ISODate), to.toString(Qt::ISODate), memberId,
                from.toString(Qt::ISODate), to.toString(Qt::ISODate)},
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
