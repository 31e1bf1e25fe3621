// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharedSummary.h"

#include "CircleFigures.h"
#include "SharingService.h"
#include "analytics/Analytics.h"
#include "circle/CircleService.h"
#include "storage/Database.h"

#include <algorithm>

namespace outloud::sharing {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outloud::sharing", text);
}

// A card's counts per week (index 0 = before week 1) with its cumulative balance.
QList<int> cardBalances(const Card& card, int lengthWeeks, QList<std::pair<int, int>>* counts)
{
    counts->fill({0, 0}, lengthWeeks + 1);
    for (const CardWeek& w : card.weeks) {
        if (w.week <= lengthWeeks)
            (*counts)[w.week] = {w.given, w.received};
    }
    QList<int> balances;
    int balance = counts->at(0).first - counts->at(0).second;
    for (int i = 1; i <= lengthWeeks; ++i) {
        balance += counts->at(i).first - counts->at(i).second;
        balances.append(balance);
    }
    return balances;
}
} // namespace

void applySharedFigures(Database& db, qint64 circleId, CircleWeekSummary* s, const QDateTime& now)
{
    const int week = s->week;
    const WeekCalendar calendar = CircleService(db).calendar(circleId);
    // The day this summary's own figures are counted to (the week's last day, or today while
    // it runs): the server's shared streak and habit strength are as of that day too.
    const QDate asOf = calendar.isValid() && week >= 1
        ? std::min(now.date(), calendar.weekEnd(week).addDays(-1))
        : now.date();
    // The round at the next meeting reports this week's counts.
    const CircleFigures figures = circleFigures(db, circleId, week + 1, asOf);
    SharingService sharing(db);
    for (CircleMemberRow& row : s->members) {
        const MemberFigures* f = figures.find(row.memberId);
        if (!f || f->source == MemberFigures::Source::Local)
            continue;
        if (f->source == MemberFigures::Source::Server) {
            // What the circle shares on an organization server, in place of this login's
            // view (which cannot see the member's contributions).
            const OrgMemberFigures& o = *f->server;
            row.source = tr("shared on the server");
            const analytics::WeeklyExchange local
                = analytics::weeklyExchange(db, calendar, row.memberId, asOf);
            for (int i = 0; i < s->weeks.size() && i < o.weekly.weeks.size(); ++i) {
                const analytics::Exchange mine
                    = i < local.weeks.size() ? local.weeks.at(i).exchange : analytics::Exchange {};
                s->weeks[i].given += o.weekly.weeks.at(i).exchange.given - mine.given;
                s->weeks[i].received += o.weekly.weeks.at(i).exchange.received - mine.received;
                s->weeks[i].balanceToDate
                    += o.weekly.cumulativeBalance.value(i) - local.cumulativeBalance.value(i);
            }
            if (week >= 1 && week <= o.weekly.weeks.size()) {
                const analytics::Exchange& e = o.weekly.weeks.at(week - 1).exchange;
                row.numbers.given = e.given;
                row.numbers.received = e.received;
                row.numbers.balance = e.balance();
                row.numbers.cumulativeBalance = o.weekly.cumulativeBalance.value(week - 1);
            }
            row.numbers.streak = o.progress.streak;
            row.numbers.score = o.progress.score;
            row.numbers.lastCountedWeek = o.progress.lastCountedWeek;
            row.numbers.weeklyTarget = o.weeklyTarget;
            row.numbers.closer = 0; // private to the member: not shared
            row.numbers.further = 0;
        } else if (f->source == MemberFigures::Source::Reported) {
            row.numbers.given = f->round.given;
            row.numbers.received = f->round.received;
            row.numbers.balance = f->round.given - f->round.received;
            row.source = tr("reported in the round, %1").arg(whenText(f->asOf, now));
        } else {
            const Card& card = *f->card;
            row.source = tr("their card, %1").arg(asOfText(f->asOf, now));
            if (card.has(CountsPart)) {
                QList<std::pair<int, int>> counts;
                const QList<int> balances = cardBalances(card, s->lengthWeeks, &counts);
                // The circle's weekly totals: this member's card instead of what is here.
                const analytics::WeeklyExchange local
                    = analytics::weeklyExchange(db, calendar, row.memberId, now.date());
                for (int i = 0; i < s->weeks.size() && i < local.weeks.size(); ++i) {
                    s->weeks[i].given += counts.at(i + 1).first - local.weeks.at(i).exchange.given;
                    s->weeks[i].received
                        += counts.at(i + 1).second - local.weeks.at(i).exchange.received;
                    s->weeks[i].balanceToDate += balances.at(i) - local.cumulativeBalance.value(i);
                }
                if (week >= 1 && week <= s->lengthWeeks) {
                    row.numbers.given = counts.at(week).first;
                    row.numbers.received = counts.at(week).second;
                    row.numbers.balance = row.numbers.given - row.numbers.received;
                    row.numbers.cumulativeBalance = balances.at(week - 1);
                }
            }
            if (card.has(StreakPart))
                row.numbers.streak = card.streak;
            if (card.has(HabitPart))
                row.numbers.score = card.habitStrength;
            if (card.has(GoalPart))
                row.numbers.weeklyTarget = card.weeklyTarget;
            if (card.has(CommitmentsPart)) {
                row.commitmentsDue = 0;
                row.commitmentsKept = 0;
                for (const CardCommitments& c : card.commitments) {
                    if (c.week == week) {
                        row.commitmentsDue = c.due;
                        row.commitmentsKept = c.kept;
                    }
                }
            }
        }
        if (const std::optional<ReportedRound> r = sharing.reported(row.memberId, week)) {
            row.commitmentsDue = r->commitmentsDue;
            row.commitmentsKept = r->commitmentsKept;
        }
    }
}

} // namespace outloud::sharing
