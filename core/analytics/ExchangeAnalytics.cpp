// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Giving and receiving: per week, per person, per kind, per channel.
#include "Analytics.h"
#include "AnalyticsQuery.h"
#include "circle/CircleService.h"
#include "contributions/Contribution.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud::analytics {

using detail::readQuery;
using detail::runQuery;

namespace {
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("outloud::analytics", text, disambiguation, n);
}

void add(Exchange& e, int direction, int count)
{
    (direction == 0 ? e.given : e.received) += count;
}

} // namespace

WeeklyExchange weeklyExchange(Database& db, qint64 circleId, qint64 memberId, QDate today)
{
    return weeklyExchange(db, CircleService(db).calendar(circleId), memberId, today);
}

WeeklyExchange weeklyExchange(
    Database& db, const WeekCalendar& calendar, qint64 memberId, QDate today)
{
    WeeklyExchange result;
    if (!calendar.isValid())
        return result;
    result.lengthWeeks = calendar.lengthWeeks();
    result.currentWeek = calendar.currentWeek(today);
    for (int w = 1; w <= result.lengthWeeks; ++w)
        result.weeks.append({w, calendar.weekStart(w), calendar.weekEnd(w), {}});

    // Counted by day ahead (tally_day). The days of the circle's weeks come one by one and
    // the calendar (which follows moved meetings) maps them to weeks; the days after the last
    // week and after today come summed by the database (parts 2 and 3), and the days before
    // week 1 are what is left of the member's total (part 4, from tally_channel's few rows):
    // the rows read grow with the circle's weeks, not with the years of history before it.
    const QString first = calendar.weekStart(1).toString(Qt::ISODate);
    const QString last = std::max(calendar.weekStart(1), calendar.weekStart(result.lengthWeeks + 1))
                             .toString(Qt::ISODate);
    const QString day = today.toString(Qt::ISODate);
    const QString sums = u" sum(CASE WHEN direction = 0 THEN n ELSE 0 END),"
                         " sum(CASE WHEN direction = 1 THEN n ELSE 0 END) FROM"_s;
    Exchange all;
    QSqlQuery q = readQuery(db);
    if (runQuery(q,
            u"SELECT 0, happened_on, direction, n, 0 FROM tally_day WHERE member_id = ?"
            " AND happened_on >= ? AND happened_on < ? AND happened_on <= ?"
            " UNION ALL SELECT 2, NULL, 0,%1 tally_day WHERE member_id = ?"
            " AND happened_on >= ? AND happened_on <= ?"
            " UNION ALL SELECT 3, NULL, 0,%1 tally_day WHERE member_id = ? AND happened_on > ?"
            " UNION ALL SELECT 4, NULL, 0,%1 tally_channel WHERE member_id = ?"_s.arg(sums),
            {memberId, first, last, day, memberId, last, day, memberId, day, memberId})) {
        while (q.next()) {
            const int part = q.value(0).toInt();
            if (part > 0) {
                Exchange& e = part == 2 ? result.after : part == 3 ? result.later : all;
                e.given += q.value(3).toInt();
                e.received += q.value(4).toInt();
                continue;
            }
            const int direction = q.value(2).toInt();
            const int count = q.value(3).toInt();
            const int week = calendar.weekOf(detail::dateValue(q.value(1)));
            if (week < 1)
                add(result.before, direction, count);
            else if (week > result.lengthWeeks)
                add(result.after, direction, count);
            else
                add(result.weeks[week - 1].exchange, direction, count);
        }
    }
    // Before week 1: every contribution that is in no other part.
    Exchange counted = result.before;
    for (const Exchange& e : {result.after, result.later})
        counted = {counted.given + e.given, counted.received + e.received};
    for (const WeekExchange& w : std::as_const(result.weeks))
        counted = {counted.given + w.exchange.given, counted.received + w.exchange.received};
    result.before.given += all.given - counted.given;
    result.before.received += all.received - counted.received;
    int balance = 0;
    for (const WeekExchange& w : std::as_const(result.weeks)) {
        balance += w.exchange.balance();
        result.cumulativeBalance.append(balance);
        if (w.week <= result.lastWeekSoFar()) {
            result.total.given += w.exchange.given;
            result.total.received += w.exchange.received;
        }
    }
    return result;
}

QList<PersonExchange> exchangeByPerson(Database& db, qint64 memberId)
{
    QList<PersonExchange> result;
    QSqlQuery q = readQuery(db);
    if (!runQuery(q,
            // One tally row per person with a contribution either way.
            u"SELECT p.id, p.name, p.closeness, t.given, t.received, t.last_on"
            " FROM tally_person t JOIN person p ON p.id = t.person_id WHERE t.member_id = ?"
            " ORDER BY "_s
                + db.caseInsensitiveOrder(u"p.name"_s) + u", p.id"_s,
            {memberId}))
        return result;
    while (q.next()) {
        PersonExchange p;
        p.personId = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.closeness = q.value(2).toInt();
        p.exchange.given = q.value(3).toInt();
        p.exchange.received = q.value(4).toInt();
        p.lastContact = detail::dateValue(q.value(5));
        result.append(p);
    }
    return result;
}

Imbalances largestImbalances(const QList<PersonExchange>& people, int limit)
{
    Imbalances result;
    for (const PersonExchange& p : people) {
        if (p.exchange.balance() < 0)
            result.gaveMeMost.append(p);
        else if (p.exchange.balance() > 0)
            result.iGaveMost.append(p);
    }
    // Ties: the busier relationship first, then by name (people arrive sorted by name).
    std::stable_sort(result.gaveMeMost.begin(), result.gaveMeMost.end(),
        [](const PersonExchange& a, const PersonExchange& b) {
            if (a.exchange.balance() != b.exchange.balance())
                return a.exchange.balance() < b.exchange.balance();
            return a.exchange.total() > b.exchange.total();
        });
    std::stable_sort(result.iGaveMost.begin(), result.iGaveMost.end(),
        [](const PersonExchange& a, const PersonExchange& b) {
            if (a.exchange.balance() != b.exchange.balance())
                return a.exchange.balance() > b.exchange.balance();
            return a.exchange.total() > b.exchange.total();
        });
    if (limit >= 0) {
        result.gaveMeMost = result.gaveMeMost.mid(0, limit);
        result.iGaveMost = result.iGaveMost.mid(0, limit);
    }
    return result;
}

namespace {

/// The @p limit people whom @p memberId gave more (@p gaveMore) or less than they received,
/// in largestImbalances()' order: the largest difference, the busier relationship, the name.
/// The index on tally_person(member_id, given - received) hands the rows over in the order
/// of the difference: the database stops after the first few instead of sorting everyone.
QList<PersonExchange> imbalanced(Database& db, qint64 memberId, bool gaveMore, int limit)
{
    QList<PersonExchange> result;
    QSqlQuery q = readQuery(db);
    if (!runQuery(q,
            u"SELECT p.id, p.name, p.closeness, t.given, t.received, t.last_on"
            " FROM tally_person t JOIN person p ON p.id = t.person_id"
            " WHERE t.member_id = ? AND t.given - t.received %1 0"
            " ORDER BY t.given - t.received %2, t.given + t.received DESC, %3, p.id LIMIT ?"_s.arg(
                gaveMore ? u">"_s : u"<"_s, gaveMore ? u"DESC"_s : u"ASC"_s,
                db.caseInsensitiveOrder(u"p.name"_s)),
            {memberId, limit}))
        return result;
    while (q.next()) {
        PersonExchange p;
        p.personId = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.closeness = q.value(2).toInt();
        p.exchange.given = q.value(3).toInt();
        p.exchange.received = q.value(4).toInt();
        p.lastContact = detail::dateValue(q.value(5));
        result.append(p);
    }
    return result;
}

} // namespace

Imbalances largestImbalances(Database& db, qint64 memberId, int limit)
{
    if (limit < 0)
        return largestImbalances(exchangeByPerson(db, memberId), limit);
    // The few rows shown, sorted by the database: not every person on a long list.
    Imbalances result;
    result.gaveMeMost = imbalanced(db, memberId, false, limit);
    result.iGaveMost = imbalanced(db, memberId, true, limit);
    return result;
}

QList<CategoryExchange> exchangeByKind(Database& db, qint64 memberId)
{
    QList<CategoryExchange> result;
    kindsAndGenerosity(db, memberId, &result, nullptr);
    return result;
}

GenerosityMix generosityMix(Database& db, qint64 memberId)
{
    GenerosityMix result;
    kindsAndGenerosity(db, memberId, nullptr, &result);
    return result;
}

void kindsAndGenerosity(
    Database& db, qint64 memberId, QList<CategoryExchange>* byKind, GenerosityMix* generosity)
{
    QSqlQuery q = readQuery(db);
    // At most kinds x 2 directions x 4 "brought" values (-1: none) rows.
    if (!runQuery(q,
            u"SELECT k.id, k.code, k.name, k.shares_others, k.connects, t.direction, t.brought, t.n"
            " FROM tally_kind t JOIN contribution_kind k ON k.id = t.kind_id"
            " WHERE t.member_id = ? ORDER BY k.position, k.id"_s,
            {memberId}))
        return;
    const QString shareMine = u"share_mine"_s;
    while (q.next()) {
        ContributionKind kind;
        kind.id = q.value(0).toLongLong();
        kind.code = q.value(1).toString();
        const int direction = q.value(5).toInt();
        const int count = q.value(7).toInt();
        if (byKind) {
            if (byKind->isEmpty() || byKind->last().id != kind.id) {
                kind.name = q.value(2).toString();
                byKind->append({kind.id, kind.displayName(), {}});
            }
            add(byKind->last().exchange, direction, count);
        }
        if (!generosity)
            continue;
        if (direction == 0) {
            const bool sharesOthers = q.value(3).toInt() == 1;
            const bool connects = q.value(4).toInt() == 1;
            generosity->given += count;
            generosity->sharesOthers += sharesOthers ? count : 0;
            generosity->connects += connects ? count : 0;
            generosity->sharesOthersOrConnects += sharesOthers || connects ? count : 0;
            generosity->sharesMine += kind.code == shareMine ? count : 0;
        } else {
            generosity->received += count;
            const QVariant brought = q.value(6);
            const int b = brought.isNull() ? -1 : brought.toInt();
            if (b >= 0 && b < 3)
                generosity->receivedBrought[b] += count;
            else
                generosity->receivedUnspecified += count;
        }
    }
}

QList<CategoryExchange> exchangeByChannel(Database& db, qint64 memberId)
{
    QList<CategoryExchange> result;
    QSqlQuery q = readQuery(db);
    if (!runQuery(q,
            // CASE, not SUM(direction = 0): PostgreSQL does not add booleans. Channel -1:
            // not recorded.
            u"SELECT ch.id, ch.code, ch.name, SUM(CASE WHEN t.direction = 0 THEN t.n ELSE 0 END)"
            " AS given, SUM(CASE WHEN t.direction = 1 THEN t.n ELSE 0 END) AS received"
            " FROM tally_channel t LEFT JOIN channel ch ON ch.id = t.channel_id"
            " WHERE t.member_id = ? GROUP BY t.channel_id, ch.id, ch.code, ch.name, ch.position"
            " ORDER BY received DESC, given DESC, ch.position IS NULL, ch.position"_s,
            {memberId}))
        return result;
    while (q.next()) {
        CategoryExchange e;
        e.exchange = {q.value(3).toInt(), q.value(4).toInt()};
        if (q.value(0).isNull()) {
            e.name = tr("Not recorded");
        } else {
            Channel channel;
            channel.id = q.value(0).toLongLong();
            channel.code = q.value(1).toString();
            channel.name = q.value(2).toString();
            e.id = channel.id;
            e.name = channel.displayName();
        }
        result.append(e);
    }
    return result;
}

} // namespace outloud::analytics
