// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Analytics.h"
#include "circle/CircleService.h"

namespace outloud::analytics {

MemberAnalytics analyzeMember(
    Database& db, qint64 circleId, qint64 memberId, QDate today, int imbalanceLimit)
{
    MemberAnalytics result;
    result.circleId = circleId;
    result.memberId = memberId;
    result.today = today;
    if (const std::optional<Member> member = CircleService(db).member(memberId))
        result.memberName = member->name;
    // The calendar once, and kinds with the generosity mix from one scan.
    const WeekCalendar calendar = CircleService(db).calendar(circleId);
    result.weekly = weeklyExchange(db, calendar, memberId, today);
    result.progress = weeklyProgress(result.weekly, weeklyTarget(db, memberId, today));
    if (calendar.isValid())
        result.commitments = commitmentsByWeek(db, calendar.lengthWeeks(), memberId);
    result.closeness = closenessTrend(db, calendar, memberId, today);
    result.imbalances = largestImbalances(db, memberId, imbalanceLimit);
    kindsAndGenerosity(db, memberId, &result.byKind, &result.generosity);
    result.byChannel = exchangeByChannel(db, memberId);
    result.weakTies = weakTies(db, memberId);
    return result;
}

QList<MemberAnalytics> analyzeCircle(Database& db, qint64 circleId, QDate today, int imbalanceLimit)
{
    QList<MemberAnalytics> result;
    for (const Member& m : CircleService(db).members(circleId))
        result.append(analyzeMember(db, circleId, m.id, today, imbalanceLimit));
    return result;
}

} // namespace outloud::analytics
