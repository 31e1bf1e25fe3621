// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Analytics.h"
#include "circle/CircleService.h"

namespace outloud::analytics {

MemberAnalytics analyzeMember(
    Database& db, qint64 circleId, qint64 memberId, QDate today, int imbalanceLimit)
{
    MemberAnalytics result;
    analyzeMember(db, circleId, memberId, today, imbalanceLimit, Part::AllParts, &result);
    return result;
}

void analyzeMember(Database& db, qint64 circleId, qint64 memberId, QDate today, int imbalanceLimit,
    Parts parts, MemberAnalytics* into)
{
    MemberAnalytics& result = *into;
    result.circleId = circleId;
    result.memberId = memberId;
    result.today = today;
    // The calendar once, and kinds with the generosity mix from one scan.
    const bool needsCalendar = parts & (Part::Weekly | Part::Closeness);
    const WeekCalendar calendar
        = needsCalendar ? CircleService(db).calendar(circleId) : WeekCalendar();
    if (parts & Part::Weekly) {
        result.memberName.clear();
        if (const std::optional<Member> member = CircleService(db).member(memberId))
            result.memberName = member->name;
        result.weekly = weeklyExchange(db, calendar, memberId, today);
        result.progress = weeklyProgress(result.weekly, weeklyTarget(db, memberId, today));
        result.commitments.clear();
        if (calendar.isValid())
            result.commitments = commitmentsByWeek(db, calendar.lengthWeeks(), memberId);
    }
    if (parts & Part::Closeness)
        result.closeness = closenessTrend(db, calendar, memberId, today);
    if (parts & Part::Imbalances)
        result.imbalances = largestImbalances(db, memberId, imbalanceLimit);
    if (parts & Part::Network) {
        result.byKind.clear();
        result.generosity = {};
        kindsAndGenerosity(db, memberId, &result.byKind, &result.generosity);
        result.byChannel = exchangeByChannel(db, memberId);
        result.weakTies = weakTies(db, memberId);
    }
}

QList<MemberAnalytics> analyzeCircle(Database& db, qint64 circleId, QDate today, int imbalanceLimit)
{
    QList<MemberAnalytics> result;
    for (const Member& m : CircleService(db).members(circleId))
        result.append(analyzeMember(db, circleId, m.id, today, imbalanceLimit));
    return result;
}

} // namespace outloud::analytics
