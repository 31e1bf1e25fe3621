// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The closeness trend against the plain computation it replaced (every person read with
// their name and every rating, then walked day by day), on a list with awkward histories:
// several ratings a day, ratings dated before the person was added or after today, people
// added during a week, never rated, rated the same again, and two people with one name.
#include "../core/ClosenessTallyCheck.h"
#include "TestSupport.h"
#include "analytics/Analytics.h"
#include "circle/CircleService.h"
#include "people/Closeness.h"
#include "people/PeopleService.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <algorithm>
#include <gtest/gtest.h>
#include <tuple>

using namespace outloud;
using namespace outloud::analytics;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {

struct History
{
    qint64 id = -1;
    QString name;
    QDate created;
    int closeness = 0;
    QList<QPair<QDate, int>> changes; // by date, then as entered
};

int ratingOn(const History& p, QDate day)
{
    if (p.created.isValid() && p.created > day)
        return -1;
    if (p.changes.isEmpty())
        return p.closeness;
    int value = p.changes.first().second;
    for (const auto& change : p.changes) {
        if (change.first > day)
            break;
        value = change.second;
    }
    return value;
}

/// The computation as it was: one sorted read of every person and rating, all in memory.
ClosenessTrend reference(Database& db, const WeekCalendar& calendar, qint64 memberId, QDate today)
{
    ClosenessTrend result;
    QList<History> people;
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT p.id, p.name, p.created_on, p.closeness, cc.changed_on, cc.closeness"
              " FROM person p LEFT JOIN closeness_change cc ON cc.person_id = p.id"
              " WHERE p.member_id = ? ORDER BY p.id, cc.changed_on, cc.id"_s);
    q.addBindValue(memberId);
    EXPECT_TRUE(q.exec());
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (people.isEmpty() || people.last().id != id) {
            History p;
            p.id = id;
            p.name = q.value(1).toString();
            p.created = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            p.closeness = q.value(3).toInt();
            people.append(p);
        }
        if (!q.value(4).isNull())
            people.last().changes.append(
                {QDate::fromString(q.value(4).toString(), Qt::ISODate), q.value(5).toInt()});
    }
    for (const History& p : std::as_const(people)) {
        const int now = ratingOn(p, today);
        if (now < 0)
            continue;
        ++result.distributionNow[now];
        const int first = p.changes.isEmpty() ? p.closeness : p.changes.first().second;
        if (now > first)
            result.risen.append({p.id, p.name, first, now});
    }
    std::stable_sort(result.risen.begin(), result.risen.end(), [](const auto& a, const auto& b) {
        if (a.to - a.from != b.to - b.from)
            return a.to - a.from > b.to - b.from;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    const QDate week1Day = std::min(today, calendar.weekEnd(1).addDays(-1));
    for (const History& p : std::as_const(people))
        if (const int c = ratingOn(p, week1Day); c >= 0)
            ++result.distributionWeek1[c];
    const int current = calendar.currentWeek(today);
    for (int w = 1; w <= calendar.lengthWeeks(); ++w) {
        result.risenByWeek.append(0);
        result.fellByWeek.append(0);
        result.movesByWeek.append(QList<ClosenessStep>());
        if (w > current) {
            result.averageByWeek.append(std::nullopt);
            continue;
        }
        const QDate start = calendar.weekStart(w);
        const QDate day = std::min(today, calendar.weekEnd(w).addDays(-1));
        int sum = 0;
        int count = 0;
        for (const History& p : std::as_const(people)) {
            const int c = ratingOn(p, day);
            if (c < 0)
                continue;
            sum += c;
            ++count;
            int from = ratingOn(p, start.addDays(-1));
            for (const auto& change : p.changes) {
                if (from >= 0)
                    break;
                if (change.first >= start && change.first <= day)
                    from = change.second;
            }
            if (from >= 0 && from != c) {
                result.movesByWeek.last().append({p.id, p.name, from, c});
                ++(c > from ? result.risenByWeek : result.fellByWeek).last();
            }
        }
        std::stable_sort(result.movesByWeek.last().begin(), result.movesByWeek.last().end(),
            [](const auto& a, const auto& b) {
                return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
            });
        result.averageByWeek.append(
            count > 0 ? std::optional<double>(double(sum) / count) : std::nullopt);
    }
    return result;
}

void expectSame(const ClosenessTrend& got, const ClosenessTrend& want, QDate today)
{
    SCOPED_TRACE(today.toString(Qt::ISODate).toStdString());
    EXPECT_EQ(got.distributionNow, want.distributionNow);
    EXPECT_EQ(got.distributionWeek1, want.distributionWeek1);
    EXPECT_EQ(got.risenByWeek, want.risenByWeek);
    EXPECT_EQ(got.fellByWeek, want.fellByWeek);
    ASSERT_EQ(got.averageByWeek.size(), want.averageByWeek.size());
    for (qsizetype i = 0; i < want.averageByWeek.size(); ++i) {
        ASSERT_EQ(bool(got.averageByWeek.at(i)), bool(want.averageByWeek.at(i))) << i;
        if (want.averageByWeek.at(i)) {
            EXPECT_DOUBLE_EQ(*got.averageByWeek.at(i), *want.averageByWeek.at(i)) << i;
        }
    }
    auto steps = [](const QList<ClosenessStep>& moves) {
        QList<std::tuple<qint64, QString, int, int>> out;
        for (const ClosenessStep& m : moves)
            out.append({m.personId, m.name, m.from, m.to});
        return out;
    };
    ASSERT_EQ(got.movesByWeek.size(), want.movesByWeek.size());
    for (qsizetype w = 0; w < want.movesByWeek.size(); ++w)
        EXPECT_EQ(steps(got.movesByWeek.at(w)), steps(want.movesByWeek.at(w))) << "week " << w + 1;
    QList<std::tuple<qint64, QString, int, int>> gotRisen;
    QList<std::tuple<qint64, QString, int, int>> wantRisen;
    for (const ClosenessRise& r : got.risen)
        gotRisen.append({r.personId, r.name, r.from, r.to});
    for (const ClosenessRise& r : want.risen)
        wantRisen.append({r.personId, r.name, r.from, r.to});
    EXPECT_EQ(gotRisen, wantRisen);
}

} // namespace

TEST(ClosenessTrend, AgreesWithThePlainComputationOnAwkwardHistories)
{
    TempDatabase t;
    CircleService circles(t.db());
    Circle c;
    c.name = u"Monday circle"_s;
    c.startDate = QDate(2026, 1, 5);
    c.meetingWeekday = Qt::Monday;
    const qint64 circleId = circles.createCircle(c, {u"Me"_s, u"Ana"_s}, 0, 0, nullptr);
    const QList<Member> members = circles.members(circleId);
    const qint64 me = members.at(0).id;
    PeopleService people(t.db());
    QRandomGenerator random(19); // the same list on every run and engine
    QSqlQuery insert(t->connection());
    insert.prepare(
        u"INSERT INTO closeness_change (person_id, changed_on, closeness) VALUES (?, ?, ?)"_s);
    int rated = 0;
    for (int i = 0; i < 80; ++i) {
        Person p;
        p.memberId = i % 7 == 6 ? members.at(1).id : me; // another member's list stays out
        p.name = i % 13 == 5 ? u"Sam Same"_s : u"Person %1"_s.arg(79 - i, 2, 10, QChar(u'0'));
        p.organization = u"Org %1"_s.arg(i); // two people of one name, told apart
        p.createdOn = c.startDate.addDays(random.bounded(-40, 100));
        p.closeness = random.bounded(closeness::Min, closeness::Max + 1);
        QString error;
        const qint64 id = people.add(p, &error);
        ASSERT_GT(id, 0) << error.toStdString();
        QSqlQuery clear(t->connection());
        clear.prepare(u"DELETE FROM closeness_change WHERE person_id = ?"_s);
        clear.addBindValue(id);
        ASSERT_TRUE(clear.exec());
        // 0 to 4 ratings; some on one day, some before the person was added or after today.
        const int ratings = i % 5 == 0 ? 0 : random.bounded(1, 5);
        for (int r = 0; r < ratings; ++r) {
            const QDate on = r > 0 && random.bounded(3) == 0
                ? p.createdOn.addDays(random.bounded(0, 2))
                : p.createdOn.addDays(random.bounded(-5, 70));
            insert.addBindValue(id);
            insert.addBindValue(on.toString(Qt::ISODate));
            insert.addBindValue(random.bounded(closeness::Min, closeness::Max + 1));
            ASSERT_TRUE(insert.exec());
            ++rated;
        }
    }
    ASSERT_GT(rated, 100);
    const QString mismatch = closenessTallyMismatch(t.db());
    EXPECT_TRUE(mismatch.isEmpty()) << mismatch.toStdString();
    const WeekCalendar calendar = circles.calendar(circleId);
    // Before the circle, in week 1, in the middle, on the last day and long after it.
    for (const QDate today : {QDate(2026, 1, 1), QDate(2026, 1, 8), QDate(2026, 2, 16),
             QDate(2026, 3, 29), QDate(2026, 6, 1)}) {
        const ClosenessTrend want = reference(t.db(), calendar, me, today);
        expectSame(closenessTrend(t.db(), calendar, me, today), want, today);
        expectSame(closenessTrend(t.db(), circleId, me, today), want, today);
        if (today == QDate(2026, 2, 16)) {
            // Not vacuous: people moved both ways and some rose overall.
            EXPECT_GT(std::count_if(want.movesByWeek.cbegin(), want.movesByWeek.cend(),
                          [](const auto& moves) { return !moves.isEmpty(); }),
                2);
            EXPECT_GT(want.risen.size(), 3);
        }
    }

    // Edits of every kind, each followed by the same comparison: a rating through the
    // service and its undo, a person removed and put back, added on another day, moved to
    // another list, a back-dated rating between others.
    const QList<QDate> days = {QDate(2026, 1, 8), QDate(2026, 2, 16), QDate(2026, 6, 1)};
    const auto compareAll = [&](const char* what) {
        SCOPED_TRACE(what);
        for (const QDate today : days)
            expectSame(closenessTrend(t.db(), calendar, me, today),
                reference(t.db(), calendar, me, today), today);
    };
    const QList<Person> mine = people.people(me);
    ASSERT_GT(mine.size(), 10);
    QString error;
    ASSERT_TRUE(people.setCloseness(mine.at(3).id, 5, &error)) << error.toStdString();
    compareAll("rated");
    ASSERT_TRUE(people.revertCloseness(mine.at(3).id, mine.at(3).closeness, &error))
        << error.toStdString();
    compareAll("rating undone");
    const std::optional<PersonSnapshot> removed = people.snapshot(mine.at(5).id);
    ASSERT_TRUE(removed);
    ASSERT_TRUE(people.remove(mine.at(5).id, &error)) << error.toStdString();
    compareAll("removed");
    ASSERT_TRUE(people.restore(*removed, &error)) << error.toStdString();
    compareAll("put back");
    QSqlQuery edit(t->connection());
    ASSERT_TRUE(edit.exec(
        u"UPDATE person SET created_on = '2026-02-03' WHERE id = %1"_s.arg(mine.at(7).id)));
    compareAll("added on another day");
    ASSERT_TRUE(edit.exec(u"UPDATE person SET member_id = %1 WHERE id = %2"_s.arg(members.at(1).id)
                              .arg(mine.at(8).id)));
    compareAll("moved to another list");
    ASSERT_TRUE(
        edit.exec(u"INSERT INTO closeness_change (person_id, changed_on, closeness)"
                  " VALUES (%1, '2026-01-14', 0), (%1, '2026-01-14', 5)"_s.arg(mine.at(9).id)));
    compareAll("back-dated ratings");
}
