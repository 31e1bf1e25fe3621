// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The network: closeness over the weeks, the generosity mix, weak ties.
#include "Analytics.h"
#include "AnalyticsQuery.h"
#include "circle/CircleService.h"
#include "people/Closeness.h"
#include "storage/Database.h"

#include <QHash>
#include <algorithm>
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

/// Names the people in @p trend's rises and moves, then puts them in their order (the
/// biggest rise first, then by name; a week's moves by name): read for these few only.
void namePeople(Database& db, qint64 memberId, ClosenessTrend* trend)
{
    QHash<qint64, QString> names;
    for (const ClosenessRise& r : std::as_const(trend->risen))
        names.insert(r.personId, QString());
    for (const QList<ClosenessStep>& moves : std::as_const(trend->movesByWeek))
        for (const ClosenessStep& m : moves)
            names.insert(m.personId, QString());
    if (names.isEmpty())
        return;
    // Every name of the list: on SQLite from the index on (member_id, name) alone.
    QSqlQuery q = readQuery(db);
    if (runQuery(q, u"SELECT id, name FROM person WHERE member_id = ?"_s, {memberId})) {
        while (q.next()) {
            const auto found = names.find(q.value(0).toLongLong());
            if (found != names.end())
                *found = q.value(1).toString();
        }
    }
    for (ClosenessRise& r : trend->risen)
        r.name = names.value(r.personId);
    std::stable_sort(trend->risen.begin(), trend->risen.end(),
        [](const ClosenessRise& a, const ClosenessRise& b) {
            if (a.to - a.from != b.to - b.from)
                return a.to - a.from > b.to - b.from;
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
    for (QList<ClosenessStep>& moves : trend->movesByWeek) {
        for (ClosenessStep& m : moves)
            m.name = names.value(m.personId);
        std::stable_sort(
            moves.begin(), moves.end(), [](const ClosenessStep& a, const ClosenessStep& b) {
                return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
            });
    }
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
    QList<int> sums;
    QList<int> counts;
    QDate week1Day;
    if (calendar.isValid()) {
        const int length = calendar.lengthWeeks();
        const int current = calendar.currentWeek(today);
        week1Day = std::min(today, calendar.weekEnd(1).addDays(-1));
        for (int w = 1; w <= length; ++w) {
            result.risenByWeek.append(0);
            result.fellByWeek.append(0);
            result.movesByWeek.append(QList<ClosenessStep>());
            if (w > current)
                continue;
            const QDate start = calendar.weekStart(w);
            weeks.append(
                {start.addDays(-1), start, std::min(today, calendar.weekEnd(w).addDays(-1))});
            sums.append(0);
            counts.append(0);
        }
    }

    // One person at a time: only the current person's ratings are held, and each finished
    // person is folded into the figures. Integer sums and counts do not depend on the order;
    // rises and moves are put back in the order of ids below.
    PersonHistory p;
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
            ++result.distributionNow[now];
            const int first = p.changes.isEmpty() ? p.closeness : p.changes.first().second;
            if (now > first)
                result.risen.append({p.id, QString(), first, now});
        }
        if (!calendar.isValid())
            return;
        const int c1 = closenessOn(p, week1Day);
        if (c1 >= 0)
            ++result.distributionWeek1[c1];
        for (qsizetype i = 0; i < weeks.size(); ++i) {
            const WeekDays& week = weeks.at(i);
            const int c = closenessOn(p, week.end);
            if (c < 0)
                continue;
            sums[i] += c;
            ++counts[i];
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
                result.movesByWeek[i].append({p.id, QString(), from, c});
                ++(c > from ? result.risenByWeek : result.fellByWeek)[i];
            }
        }
    };

    // One row per rating (and one per person never rated), a person's rows together: on
    // SQLite in the order of the index on (member_id, name) with no sort, the ratings of each
    // from the index on closeness_change(person_id, ...); a server sorts by id. Without the
    // names in the result: each row costs its values' conversions, and only the few people
    // who moved are named (namePeople() below).
    QSqlQuery q = readQuery(db);
    const QString order = db.isServer() ? u"p.id"_s : u"p.name COLLATE NOCASE, p.id"_s;
    if (runQuery(q,
            u"SELECT p.id, p.created_on, p.closeness, cc.changed_on, cc.closeness, cc.id"
            " FROM person p LEFT JOIN closeness_change cc ON cc.person_id = p.id"
            " WHERE p.member_id = ? ORDER BY "_s
                + order,
            {memberId})) {
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (id != p.id) {
                fold();
                p.id = id;
                p.created = dateValue(q.value(1));
                p.closeness = std::clamp(q.value(2).toInt(), closeness::Min, closeness::Max);
                mine.clear();
            }
            const QVariant changed = q.value(3);
            if (!changed.isNull())
                mine.append(std::tuple(dateValue(changed), q.value(5).toLongLong(),
                    std::clamp(q.value(4).toInt(), closeness::Min, closeness::Max)));
        }
    }
    fold();

    for (qsizetype i = 0; i < weeks.size(); ++i)
        result.averageByWeek.append(counts.at(i) > 0
                ? std::optional<double>(double(sums.at(i)) / counts.at(i))
                : std::nullopt);
    for (qsizetype i = weeks.size(); i < result.movesByWeek.size(); ++i)
        result.averageByWeek.append(std::nullopt);

    // By id, as the list was entered: the order of equal rises and names in namePeople().
    const auto byId = [](const auto& a, const auto& b) { return a.personId < b.personId; };
    std::sort(result.risen.begin(), result.risen.end(), byId);
    for (QList<ClosenessStep>& moves : result.movesByWeek)
        std::sort(moves.begin(), moves.end(), byId);
    namePeople(db, memberId, &result);
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
