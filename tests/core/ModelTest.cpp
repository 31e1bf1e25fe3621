// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelsFixture.h"
#include "analytics/Analytics.h"
#include "circle/CircleService.h"
#include "contributions/ContributionModel.h"
#include "contributions/ContributionService.h"
#include "people/PeopleService.h"
#include "people/ReachOut.h"
#include "people/RelationshipModel.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

TEST_F(Models, RelationshipModelPassesTheModelTesterThroughFilterSortAndEdits)
{
    WarningCounter warnings;
    RelationshipModel model(t.db());
    QAbstractItemModelTester tester(
        &model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setMemberId(me);
    const int expected
        = scalar(t.db(), u"SELECT count(*) FROM person WHERE member_id = %1"_s.arg(me)).toInt();
    EXPECT_EQ(model.rowCount(), expected);
    model.sort(RelationshipModel::Closeness, Qt::DescendingOrder);
    model.setTextFilter(u"a"_s);
    model.setClosenessFilter(2, 5);
    Person p;
    p.memberId = me;
    p.name = u"Zed Newcomer"_s;
    PeopleService(t.db()).add(p, nullptr);
    model.setTextFilter(QString());
    model.setClosenessFilter(0, 5);
    EXPECT_EQ(model.rowCount(), expected + 1) << "the model follows the database's changes";
    EXPECT_EQ(warnings.count(), 0) << warnings.messages().join(u'\n').toStdString();
}

TEST_F(Models, RelationshipRowsMatchTheDatabase)
{
    RelationshipModel model(t.db());
    model.setMemberId(me);
    model.sort(RelationshipModel::Name, Qt::AscendingOrder);
    const QStringList expected = names(
        u"SELECT name FROM person WHERE member_id = %1 ORDER BY name COLLATE NOCASE, id"_s.arg(me));
    ASSERT_EQ(model.rowCount(), expected.size());
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.index(row, RelationshipModel::Name).data().toString(), expected.at(row));
    // Given / received counts and last contact agree with the service.
    const qint64 id = model.idAt(0);
    const ExchangeCounts c = PeopleService(t.db()).counts(id);
    EXPECT_EQ(model.index(0, RelationshipModel::Given).data().toInt(), c.given);
    EXPECT_EQ(model.index(0, RelationshipModel::Received).data().toInt(), c.received);
    EXPECT_EQ(model.index(0, RelationshipModel::LastContact).data().toDate(), c.lastContact);
    EXPECT_TRUE(model.index(0, RelationshipModel::Closeness).data().toString().contains(u"·"_s));
}

TEST_F(Models, FiltersMatchTextTagAndCloseness)
{
    RelationshipModel model(t.db());
    model.setMemberId(me);
    model.setTagFilter(u"mentor"_s);
    const int mentors = scalar(t.db(),
        u"SELECT count(*) FROM person WHERE member_id = %1 AND (',' || replace(tags, ', ', ',') || "
        u"',')"
        " LIKE '%,mentor,%'"_s.arg(me))
                            .toInt();
    EXPECT_GT(mentors, 0);
    EXPECT_EQ(model.rowCount(), mentors);
    model.setTagFilter(QString());
    model.setClosenessFilter(3, 5);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_GE(model.index(row, 0).data(RelationshipModel::ClosenessRole).toInt(), 3);
    model.setClosenessFilter(0, 5);
    model.setTextFilter(u"100%_"_s);
    EXPECT_EQ(model.rowCount(), 0) << "% and _ are literal characters, not wildcards";
    // Typed in any case, a name is found on both engines.
    PeopleService people(t.db());
    Person p;
    p.memberId = me;
    p.name = u"Quentin Zaragoza"_s;
    p.organization = u"Acme Works"_s;
    ASSERT_GT(people.add(p, nullptr), 0);
    for (const QString& typed : {u"quentin"_s, u"ZARAGOZA"_s, u"acme WORKS"_s, u"Quentin"_s}) {
        model.setTextFilter(typed);
        ASSERT_EQ(model.rowCount(), 1) << typed.toStdString();
        EXPECT_EQ(model.index(0, 0).data().toString(), p.name);
    }
}

TEST_F(Models, PagedFetchingShowsEveryRowOfALongListInOrder)
{
    // 700 people cross two page boundaries.
    PeopleService people(t.db());
    for (int i = 0; i < 700; ++i) {
        Person p;
        p.memberId = me;
        p.name = u"Person %1"_s.arg(i, 4, 10, QChar(u'0'));
        ASSERT_GT(people.add(p, nullptr), 0);
    }
    RelationshipModel model(t.db());
    model.setMemberId(me);
    model.setTextFilter(u"Person "_s);
    model.sort(RelationshipModel::Name, Qt::DescendingOrder);
    ASSERT_EQ(model.rowCount(), 700);
    EXPECT_EQ(model.index(0, 0).data().toString(), u"Person 0699"_s);
    EXPECT_EQ(model.index(256, 0).data().toString(), u"Person 0443"_s);
    EXPECT_EQ(model.index(699, 0).data().toString(), u"Person 0000"_s);
    EXPECT_EQ(model.rowOfId(model.idAt(300)), 300);
}

TEST_F(Models, NamesSortWithoutRegardToCaseTheSameWayOnBothEngines)
{
    PeopleService people(t.db());
    for (const QString& name : {u"bob"_s, u"Émile"_s, u"Anna"_s, u"zoe"_s, u"alex"_s, u"Bobby"_s}) {
        Person p;
        p.memberId = me;
        p.name = name + u" Sorted"_s;
        ASSERT_GT(people.add(p, nullptr), 0);
    }
    RelationshipModel model(t.db());
    model.setMemberId(me);
    model.setTextFilter(u" Sorted"_s);
    model.sort(RelationshipModel::Name, Qt::AscendingOrder);
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row, RelationshipModel::Name).data().toString().section(u' ', 0, 0);
    // ASCII letters fold; the rest in byte order (É after z).
    EXPECT_EQ(
        shown, (QStringList {u"alex"_s, u"Anna"_s, u"bob"_s, u"Bobby"_s, u"zoe"_s, u"Émile"_s}));
}

TEST_F(Models, ALoggedContributionUpdatesThePersonsCountsWhereverTheListIsSorted)
{
    RelationshipModel model(t.db());
    model.setMemberId(me);
    model.sort(RelationshipModel::Name, Qt::AscendingOrder);
    const int rows = model.rowCount();
    const int last = rows - 1;
    const qint64 personId = model.idAt(last);
    const int given = model.index(last, RelationshipModel::Given).data().toInt();
    ContributionService log(t.db());
    Contribution c;
    c.personId = personId;
    c.date = fixedNow().date();
    c.kindId = log.kinds().constFirst().id;
    for (int i = 0; i < 50; ++i)
        ASSERT_GT(log.add(c, nullptr), 0);
    // Sorted by name: the same rows in the same places, the new count shown.
    ASSERT_EQ(model.rowCount(), rows);
    EXPECT_EQ(model.idAt(last), personId);
    EXPECT_EQ(model.index(last, RelationshipModel::Given).data().toInt(), given + 50);
    // Sorted by what was given: the person moves to the top.
    model.sort(RelationshipModel::Given, Qt::DescendingOrder);
    EXPECT_EQ(model.idAt(0), personId);
    ASSERT_GT(log.add(c, nullptr), 0);
    EXPECT_EQ(model.idAt(0), personId);
    EXPECT_EQ(model.index(0, RelationshipModel::Given).data().toInt(), given + 51);
}

TEST_F(Models, EveryListOfNamesSortsLikeTheRelationshipListOnBothEngines)
{
    // The people list, the introductions, the exchange and weak-ties analytics and the
    // reach-out suggestions: one order on both engines (ASCII letters folded, then byte
    // order), so a name stands in the same place wherever it is listed.
    CircleService circles(t.db());
    Circle c;
    c.name = u"Sorting"_s;
    c.startDate = fixedNow().date().addDays(-70);
    QString error;
    const qint64 circle = circles.createCircle(c, {u"Solo"_s}, 0, 0, &error);
    ASSERT_GT(circle, 0) << error.toStdString();
    const qint64 solo = circles.meId(circle);
    PeopleService people(t.db());
    Person introducer;
    introducer.memberId = solo;
    introducer.name = u"Introducer"_s;
    const qint64 introducerId = people.add(introducer, &error);
    ASSERT_GT(introducerId, 0) << error.toStdString();
    ContributionService log(t.db());
    for (const QString& name : {u"bob"_s, u"Émile"_s, u"Anna"_s, u"zoe"_s, u"alex"_s, u"Bobby"_s}) {
        Person p;
        p.memberId = solo;
        p.name = name + u" Sorted"_s;
        p.introducedBy = introducerId;
        const qint64 id = people.add(p, &error);
        ASSERT_GT(id, 0) << error.toStdString();
        Contribution x;
        x.personId = id;
        x.date = fixedNow().date().addDays(-60);
        x.kindId = log.kindIdByCode(u"appreciation"_s);
        ASSERT_GT(log.add(x, &error), 0) << error.toStdString();
    }
    const QStringList expected = {u"alex"_s, u"Anna"_s, u"bob"_s, u"Bobby"_s, u"zoe"_s, u"Émile"_s};
    const auto sorted = [](const auto& list, auto name) {
        QStringList shown;
        for (const auto& item : list) {
            const QString n = name(item);
            if (n.endsWith(u" Sorted"_s))
                shown << n.section(u' ', 0, 0);
        }
        return shown;
    };
    const auto personName = [](const Person& p) { return p.name; };
    EXPECT_EQ(sorted(people.people(solo), personName), expected);
    EXPECT_EQ(sorted(people.introducedBy(introducerId), personName), expected);
    EXPECT_EQ(sorted(analytics::exchangeByPerson(t.db(), solo),
                  [](const analytics::PersonExchange& p) { return p.name; }),
        expected);
    EXPECT_EQ(sorted(analytics::weakTies(t.db(), solo).introduced,
                  [](const analytics::IntroducedPerson& p) { return p.name; }),
        expected);
    EXPECT_EQ(sorted(reachOutSuggestions(t.db(), solo, fixedNow().date(), 3, 10),
                  [](const ReachOutSuggestion& s) { return s.name; }),
        expected);
    // The relationship list itself, for comparison.
    RelationshipModel model(t.db());
    model.setMemberId(solo);
    model.sort(RelationshipModel::Name, Qt::AscendingOrder);
    QStringList listed;
    for (int row = 0; row < model.rowCount(); ++row)
        listed << model.index(row, RelationshipModel::Name).data().toString();
    EXPECT_EQ(sorted(listed, [](const QString& n) { return n; }), expected);
}

TEST_F(Models, EveryRowsCountsAndLastContactAgreeWithARecountInEveryOrder)
{
    // The list reads counts and last contact from tally_person: each row against the
    // contributions themselves, after an edit and a removal, sorted by last contact.
    const auto check = [this](const char* when) {
        QHash<qint64, QString> want;
        QSqlQuery q(t->connection());
        ASSERT_TRUE(
            q.exec(u"SELECT p.id,"
                   " (SELECT count(*) FROM contribution c WHERE c.person_id = p.id"
                   " AND c.direction = 0),"
                   " (SELECT count(*) FROM contribution c WHERE c.person_id = p.id"
                   " AND c.direction = 1),"
                   " (SELECT max(c.happened_on) FROM contribution c WHERE c.person_id = p.id)"
                   " FROM person p WHERE p.member_id = %1"_s.arg(me)));
        while (q.next())
            want.insert(q.value(0).toLongLong(),
                u"%1/%2/%3"_s.arg(q.value(1).toInt())
                    .arg(q.value(2).toInt())
                    .arg(q.value(3).toDate().toString(Qt::ISODate)));
        RelationshipModel model(t.db());
        model.setMemberId(me);
        model.sort(RelationshipModel::LastContact, Qt::DescendingOrder);
        ASSERT_EQ(model.rowCount(), want.size()) << when;
        QDate previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QDate last = model.index(row, RelationshipModel::LastContact).data().toDate();
            const QString got
                = u"%1/%2/%3"_s.arg(model.index(row, RelationshipModel::Given).data().toInt())
                      .arg(model.index(row, RelationshipModel::Received).data().toInt())
                      .arg(last.toString(Qt::ISODate));
            EXPECT_EQ(got, want.value(model.idAt(row))) << when << ", row " << row;
            if (row > 0 && previous.isValid() && last.isValid()) {
                EXPECT_LE(last, previous) << when << ", row " << row << ": newest first";
            }
            if (last.isValid())
                previous = last;
        }
    };
    check("as generated");
    ContributionService log(t.db());
    QSqlQuery q(t->connection());
    ASSERT_TRUE(
        q.exec(u"SELECT c.id FROM contribution c JOIN person p ON p.id = c.person_id"
               " WHERE p.member_id = %1 ORDER BY c.happened_on DESC, c.id LIMIT 2"_s.arg(me)));
    ASSERT_TRUE(q.next());
    const qint64 newest = q.value(0).toLongLong();
    ASSERT_TRUE(q.next());
    const qint64 second = q.value(0).toLongLong();
    q.finish();
    ASSERT_TRUE(log.remove(newest, nullptr));
    check("after removing the newest");
    for (Contribution c : log.forPerson(
             scalar(t.db(), u"SELECT person_id FROM contribution WHERE id = %1"_s.arg(second))
                 .toLongLong())) {
        if (c.id != second)
            continue;
        c.date = c.date.addDays(-400);
        c.direction = c.direction == Direction::Given ? Direction::Received : Direction::Given;
        c.brought = Brought::Nothing;
        ASSERT_TRUE(log.update(c, nullptr));
    }
    check("after moving one back a year, the other way");
}
