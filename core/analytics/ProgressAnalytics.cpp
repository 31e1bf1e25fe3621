// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Weekly progress: the target, the streak, the habit-strength score, commitments.
#include "Analytics.h"
#include "AnalyticsQuery.h"
#include "circle/CircleService.h"
#include "goal/GoalService.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud::analytics {

using detail::readQuery;
using detail::runQuery;
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("outloud::analytics", text, disambiguation, n);
}

double habitStep(double previous, int given, int target)
{
    // Partial credit, as Loop Habit Tracker does for measurable habits: two of three
    // contributions is not the same as none.
    const double achieved
        = target <= 0 ? 1.0 : std::min(1.0, double(std::max(0, given)) / double(target));
    return previous * HabitMultiplier + achieved * (1.0 - HabitMultiplier);
}

QString habitScoreExplanation()
{
    return tr(
        "Habit strength shows how steady your weekly effort has been, from 0 % to 100 %.\n"
        "Each week that ends, the score keeps four fifths of what it was and adds one fifth for "
        "that week: "
        "the full fifth when you reached your weekly target, part of it when you got part of the "
        "way.\n"
        "So recent weeks count most: three steady weeks bring it to about half, ten to about 90 %, "
        "and one missed week costs about a fifth, without wiping out what you built.\n"
        "The current week counts as soon as its target is reached.");
}

int weeklyTarget(Database& db, qint64 memberId, QDate today)
{
    if (!today.isValid()) {
        const std::optional<GoalRevision> goal = GoalService(db).currentGoal(memberId);
        return goal ? goal->weeklyTarget : 3;
    }
    // The goal as it stood on the reference day (a later revision does not rewrite the past);
    // before the first revision, the first one.
    std::optional<GoalRevision> goal;
    for (const GoalRevision& g : GoalService(db).goalHistory(memberId)) {
        if (!goal || g.revisedAt.date() <= today)
            goal = g;
    }
    return goal ? goal->weeklyTarget : 3;
}

WeeklyProgress weeklyProgress(const WeeklyExchange& weekly, int target)
{
    WeeklyProgress result;
    result.target = std::max(0, target);
    result.currentWeek = weekly.currentWeek;
    for (const WeekExchange& w : weekly.weeks) {
        result.given.append(w.exchange.given);
        result.reached.append(w.exchange.given >= result.target);
    }
    const int length = int(weekly.weeks.size());
    if (weekly.currentWeek < 1 || length == 0)
        result.lastCountedWeek = 0;
    else if (weekly.currentWeek > length)
        result.lastCountedWeek = length;
    else // An unfinished week is not a failure yet; it counts once reached.
        result.lastCountedWeek = result.reached.at(weekly.currentWeek - 1) ? weekly.currentWeek
                                                                           : weekly.currentWeek - 1;

    int run = 0;
    double score = 0.0;
    for (int w = 1; w <= result.lastCountedWeek; ++w) {
        run = result.reached.at(w - 1) ? run + 1 : 0;
        result.bestStreak = std::max(result.bestStreak, run);
        score = habitStep(score, result.given.at(w - 1), result.target);
        result.scoreByWeek.append(score);
    }
    result.streak = run;
    result.score = score;
    return result;
}

WeeklyProgress weeklyProgress(Database& db, qint64 circleId, qint64 memberId, QDate today)
{
    return weeklyProgress(
        weeklyExchange(db, circleId, memberId, today), weeklyTarget(db, memberId, today));
}

QList<CommitmentWeek> commitmentsByWeek(Database& db, qint64 circleId, qint64 memberId)
{
    const std::optional<Circle> circle = CircleService(db).circle(circleId);
    if (!circle)
        return {};
    return commitmentsByWeek(db, circle->lengthWeeks, memberId);
}

QList<CommitmentWeek> commitmentsByWeek(Database& db, int lengthWeeks, qint64 memberId)
{
    QList<CommitmentWeek> result;
    for (int w = 1; w <= lengthWeeks; ++w)
        result.append({w, 0, 0, 0, 0});
    QSqlQuery q = readQuery(db);
    if (!runQuery(q,
            u"SELECT 0, made_week, COUNT(*), 0, 0 FROM commitment WHERE member_id = ? GROUP BY "
            u"made_week"
            " UNION ALL"
            " SELECT 1, due_week, COUNT(*), SUM(CASE WHEN kept = 1 THEN 1 ELSE 0 END), SUM(CASE "
            "WHEN kept = 0 THEN 1 ELSE 0 END) FROM commitment WHERE "
            "member_id = ?"
            " GROUP BY due_week"_s,
            {memberId, memberId}))
        return result;
    while (q.next()) {
        const int week = q.value(1).toInt();
        if (week < 1 || week > result.size())
            continue;
        CommitmentWeek& w = result[week - 1];
        if (q.value(0).toInt() == 0) {
            w.made = q.value(2).toInt();
        } else {
            w.due = q.value(2).toInt();
            w.kept = q.value(3).toInt();
            w.missed = q.value(4).toInt();
        }
    }
    return result;
}

} // namespace outloud::analytics
