// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportNumbers.h"

#include "analytics/Analytics.h"
#include "storage/Database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud::reportnumbers {

void memberNumbers(Database& db, qint64 /*circleId*/, qint64 memberId, const WeekCalendar& calendar,
    int week, int weeklyTarget, QDate today, MemberNumbers* numbers, QList<WeekPoint>* weeks,
    QList<ClosenessMove>* moves)
{
    // The same figures as the Overview on the reference day: the week's last day, or today
    // while the week is still running. One definition (analytics), one date.
    const QDate asOf = referenceDate(calendar, week, today);
    const analytics::WeeklyExchange weekly
        = analytics::weeklyExchange(db, calendar, memberId, asOf);
    const analytics::WeeklyProgress progress = analytics::weeklyProgress(weekly, weeklyTarget);

    MemberNumbers n;
    n.weeklyTarget = weeklyTarget;
    n.asOf = asOf;
    if (week >= 1 && week <= weekly.weeks.size()) {
        const analytics::Exchange& e = weekly.weeks.at(week - 1).exchange;
        n.given = e.given;
        n.received = e.received;
        n.balance = e.balance();
    }
    n.cumulativeBalance = weekly.total.balance();
    n.streak = progress.streak;
    n.score = progress.score;
    n.lastCountedWeek = progress.lastCountedWeek;
    const analytics::ClosenessTrend trend = analytics::closenessTrend(db, calendar, memberId, asOf);
    if (week >= 1 && week <= trend.movesByWeek.size()) {
        n.closer = trend.risenByWeek.at(week - 1);
        n.further = trend.fellByWeek.at(week - 1);
        if (moves) {
            moves->clear();
            for (const analytics::ClosenessStep& m : trend.movesByWeek.at(week - 1))
                moves->append({m.name, m.from, m.to});
        }
    }
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

QDate referenceDate(const WeekCalendar& calendar, int week, QDate today)
{
    const QDate lastDay = calendar.weekEnd(week).addDays(-1);
    return today.isValid() ? std::min(today, lastDay) : lastDay;
}

} // namespace outloud::reportnumbers
