// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardBuilder.h"

#include "SharingService.h"
#include "analytics/Analytics.h"
#include "circle/CircleService.h"
#include "goal/GoalService.h"
#include "storage/Database.h"

namespace outloud::sharing {

std::optional<Card> buildCard(
    Database& db, qint64 circleId, qint64 memberId, int parts, const QDateTime& now)
{
    CircleService circles(db);
    const std::optional<Member> member = circles.member(memberId);
    if (!member || member->circleId != circleId)
        return std::nullopt;
    SharingService sharing(db);
    Card card;
    card.circleUid = sharing.circleUid(circleId);
    card.memberUid = sharing.memberUid(memberId);
    card.writtenAt = now.toUTC();
    card.parts = parts & AllParts;
    const QDate today = now.date();
    const WeekCalendar calendar = circles.calendar(circleId);
    if (card.has(GoalPart)) {
        if (const std::optional<GoalRevision> goal = GoalService(db).currentGoal(memberId)) {
            card.goal = goal->accomplish;
            card.weeklyTarget = goal->weeklyTarget;
        } else {
            card.weeklyTarget = analytics::weeklyTarget(db, memberId);
        }
    }
    const analytics::WeeklyExchange weekly
        = analytics::weeklyExchange(db, calendar, memberId, today);
    if (card.has(CountsPart)) {
        card.weeks.append({0, weekly.before.given, weekly.before.received});
        for (const analytics::WeekExchange& w : weekly.weeks)
            card.weeks.append({w.week, w.exchange.given, w.exchange.received});
    }
    if (card.has(StreakPart) || card.has(HabitPart)) {
        const analytics::WeeklyProgress progress
            = analytics::weeklyProgress(weekly, analytics::weeklyTarget(db, memberId));
        card.streak = card.has(StreakPart) ? progress.streak : 0;
        card.habitStrength = card.has(HabitPart) ? progress.score : 0.0;
    }
    if (card.has(CommitmentsPart) && calendar.isValid()) {
        for (const analytics::CommitmentWeek& w :
            analytics::commitmentsByWeek(db, calendar.lengthWeeks(), memberId)) {
            if (w.due > 0)
                card.commitments.append({w.week, w.due, w.kept});
        }
    }
    return card;
}

} // namespace outloud::sharing
