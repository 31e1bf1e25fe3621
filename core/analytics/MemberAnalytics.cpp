// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Analytics.h"

#include "circle/CircleService.h"

namespace outloud::analytics {

MemberAnalytics analyzeMember(Database& db, qint64 circleId, qint64 memberId, QDate today, int imbalanceLimit)
{
    MemberAnalytics result;
    result.circleId = circleId;
    result.memberId = memberId;
    result.today = today;
    if (const std::optional<Member> member = CircleService(db).member(memberId))
        result.memberName = member->name;
    result.weekly = weeklyExchange(db, circleId, memberId, today);
    result.progress = weeklyProgress(result.weekly, weeklyTarget(db, memberId));
    result.commitments = commitmentsByWeek(db, circleId, memberId);
    result.closeness = closenessTrend(db, circleId, memberId, today);
    result.imbalances = largestImbalances(db, memberId, imbalanceLimit);
    result.byKind = exchangeByKind(db, memberId);
    result.byChannel = exchangeByChannel(db, memberId);
    result.generosity = generosityMix(db, memberId);
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
