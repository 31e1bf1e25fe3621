// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The network: closeness over the weeks, the generosity mix, weak ties.
#include "Analytics.h"
#include "AnalyticsQuery.h"
#include "circle/CircleService.h"
#include "people/Closeness.h"
#include "storage/Database.h"

#include <algorithm>
#include <array>
#include <tuple>

using namespace Qt::StringLiterals;

namespace outloud::analytics {

using detail::dateValue;
using detail::readQuery;
using detail::runQuery;

namespace {

struct PersonHistory
{
    qint64 id = -1;
    QDate created;
    int closeness = 0;
    QList<QPair<QDate, int>> changes; // oldest first
};

/// The rating of @p p on @p day, or -1 when @p p was not on the list yet.
int closenessOn(const PersonHistory& p, QDate day)
{
    if (p.created.isValid() && p.created > day)
        return -1;
    if (p.changes.isEmpty())
        return p.closeness;
    int value = p.changes.first().second; // a change dated after creation: the first known rating
    for (const auto& change : p.changes) {
        if (change.first > day)
            break;
        value = change.second;
    }
    return value;
}

/// Puts the people in @p trend's rises and moves in their order: the biggest rise first,
/// then by name; a week's moves by name (equal names in the order they arrive: by id).
void sortByName(ClosenessTrend* trend)
{
    std::stable_sort(trend->risen.begin(), trend->risen.end(),
        [](const ClosenessRise& a, const ClosenessRise& b) {
            if (a.to - a.from != b.to - b.from)
                return a.to - a.from > b.to - b.from;
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
    for (QList<ClosenessStep>& moves : trend->movesByWeek) {
        std::stable_sort(
            moves.begin(), moves.end(), [](const ClosenessStep& a, const ClosenessStep& b) {
                return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
            });
    }
}

using Distribution = std::array<int, closeness::Max + 1>;

/// The list's levels on each of @p days, from the member's closeness tally: the people of
/// each level at the end (tally_closeness_level) less the steps dated after the earliest of
/// the days (rows in proportion to the days since then, not to the people or the years).
QList<Distribution> distributionsOn(Database& db, qint64 memberId, const QList<QDate>& days)
{
    QList<Distribution> result(days.size(), Distribution {});
    if (days.isEmpty())
        return result;
    const QDate earliest = *std::min_element(days.cbegin(), days.cend());
    QSqlQuery q = readQuery(db);
    if (!runQuery(q,
            u"SELECT NULL, level, n FROM tally_closeness_level WHERE member_id = ?"
            " UNION ALL SELECT day, level, n FROM tally_closeness WHERE member_id = ? AND day > ?"_s,
            {memberId, memberId, earliest.toString(Qt::ISODate)}))
        return result;
    while (q.next()) {
        const int level = q.value(1).toInt();
        if (level < closeness::Min || level > closeness::Max)
            continue;
        const int n = q.value(2).toInt();
        const QVariant day = q.value(0);
        const QDate after = day.isNull() ? QDate() : dateValue(day);
        for (qsizetype i = 0; i < days.size(); ++i) {
            if (!after.isValid())
                result[i][level] += n;
            else if (after > days.at(i))
                result[i][level] -= n;
        }
    }
    return result;
}

} // namespace

ClosenessTrend closenessTrend(Database& db, qint64 circleId, qint64 memberId, QDate today)
{
    return closenessTrend(db, CircleService(db).calendar(circleId), memberId, today);
}

ClosenessTrend closenessTrend(
    Database& db, const WeekCalendar& calendar, qint64 memberId, QDate today)
{
    ClosenessTrend result;

    // The days each week is read on, once: week w's moves run from the day before its start
    // (before) to its last day reached (end).
    struct WeekDays
    {
        QDate before;
        QDate start;
        QDate end;
    };
    QList<WeekDays> weeks;
    // The days whose distribution counts: today, the end of week 1, each week's end so far.
    QList<QDate> days = {today};
    if (calendar.isValid()) {
        const int length = calendar.lengthWeeks();
        const int current = calendar.currentWeek(today);
        days.append(std::min(today, calendar.weekEnd(1).addDays(-1)));
        for (int w = 1; w <= length; ++w) {
            result.risenByWeek.append(0);
            result.fellByWeek.append(0);
            result.movesByWeek.append(QList<ClosenessStep>());
            if (w > current)
                continue;
            const QDate start = calendar.weekStart(w);
            weeks.append(
                {start.addDays(-1), start, std::min(today, calendar.weekEnd(w).addDays(-1))});
            days.append(weeks.constLast().end);
        }
    }

    // Distributions and averages from the tally (Tallies.h).
    const QList<Distribution> levels = distributionsOn(db, memberId, days);
    result.distributionNow = levels.at(0);
    if (calendar.isValid())
        result.distributionWeek1 = levels.at(1);
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        const Distribution& d = levels.at(i + 2);
        int sum = 0;
        int count = 0;
        for (int level = closeness::Min; level <= closeness::Max; ++level) {
            sum += level * d[level];
            count += d[level];
        }
        result.averageByWeek.append(
            count > 0 ? std::optional<double>(double(sum) / count) : std::nullopt);
    }
    for (qsizetype i = weeks.size(); i < result.movesByWeek.size(); ++i)
        result.averageByWeek.append(std::nullopt);

    // Moves and rises: only someone whose ratings are not all the same level can have moved
    // or risen (tally_closeness_mover), one person at a time; each finished person is folded
    // into the moves and rises, in the order of ids.
    PersonHistory p;
    QString name;
    QList<std::tuple<QDate, qint64, int>> mine; // the person's ratings: date, id, rating
    const auto fold = [&]() {
        if (p.id < 0)
            return;
        if (mine.size() > 1)
            std::sort(mine.begin(), mine.end()); // by date, then as entered
        p.changes.clear();
        for (const auto& [day, id, rating] : std::as_const(mine))
            p.changes.append({day, rating});
        // As of the reference date, like every other figure: a later rating does not count yet.
        const int now = closenessOn(p, today);
        if (now >= 0) {
            const int first = p.changes.isEmpty() ? p.closeness : p.changes.first().second;
            if (now > first)
                result.risen.append({p.id, name, first, now});
        }
        for (qsizetype i = 0; i < weeks.size(); ++i) {
            const WeekDays& week = weeks.at(i);
            const int c = closenessOn(p, week.end);
            if (c < 0)
                continue;
            int from = closenessOn(p, week.before);
            if (from < 0) {
                // New on the list this week: from the first rating given in it.
                for (const auto& change : std::as_const(p.changes)) {
                    if (change.first >= week.start && change.first <= week.end) {
                        from = change.second;
                        break;
                    }
                }
            }
            if (from >= 0 && from != c) {
                result.movesByWeek[i].append({p.id, name, from, c});
                ++(c > from ? result.risenByWeek : result.fellByWeek)[i];
            }
        }
    };
    QSqlQuery q = readQuery(db);
    if (runQuery(q,
            u"SELECT p.id, p.created_on, p.closeness, cc.changed_on, cc.closeness, cc.id, p.name"
            " FROM tally_closeness_mover m JOIN person p ON p.id = m.person_id"
            " LEFT JOIN closeness_change cc ON cc.person_id = p.id"
            " WHERE m.member_id = ? ORDER BY m.person_id"_s,
            {memberId})) {
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (id != p.id) {
                fold();
                p.id = id;
                p.created = dateValue(q.value(1));
                p.closeness = std::clamp(q.value(2).toInt(), closeness::Min, closeness::Max);
                name = q.value(6).toString();
                mine.clear();
            }
            const QVariant changed = q.value(3);
            if (!changed.isNull())
                mine.append(std::tuple(dateValue(changed), q.value(5).toLongLong(),
                    std::clamp(q.value(4).toInt(), closeness::Min, closeness::Max)));
        }
    }
    fold();
    sortByName(&result);
    return result;
}

WeakTies weakTies(Database& db, qint64 memberId)
{
    WeakTies result;
    QSqlQuery q = readQuery(db);
    if (runQuery(q,
            u"SELECT p.id, p.name, p.closeness, i.id, i.name FROM person p JOIN person i ON i.id = "
            u"p.introduced_by"
            " WHERE p.member_id = ? ORDER BY "_s
                + db.caseInsensitiveOrder(u"p.name"_s) + u", p.id"_s,
            {memberId})) {
        while (q.next())
            result.introduced.append({q.value(0).toLongLong(), q.value(1).toString(),
                q.value(2).toInt(), q.value(3).toLongLong(), q.value(4).toString()});
    }
    if (runQuery(q,
            u"SELECT i.id, i.name, COUNT(*) FROM person p JOIN person i ON i.id = p.introduced_by"
            " WHERE p.member_id = ? GROUP BY i.id ORDER BY COUNT(*) DESC, "_s
                + db.caseInsensitiveOrder(u"i.name"_s) + u", i.id"_s,
            {memberId})) {
        while (q.next())
            result.intermediaries.append(
                {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()});
    }
    return result;
}

} // namespace outloud::analytics
