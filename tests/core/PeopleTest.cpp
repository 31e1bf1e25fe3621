// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "contributions/ContributionService.h"
#include "people/PeopleService.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
struct Fixture : ::testing::Test
{
    TempDatabase t;
    qint64 me = -1;
    void SetUp() override
    {
        Circle c;
        c.name = u"C"_s;
        c.startDate = QDate(2026, 3, 2);
        CircleService s(t.db());
        const qint64 id = s.createCircle(c, {u"Me"_s, u"You"_s}, 0, 0, nullptr);
        me = s.meId(id);
    }
    Person person(const QString& name, const QString& org = {}, const QString& email = {})
    {
        Person p;
        p.memberId = me;
        p.name = name;
        p.organization = org;
        p.email = email;
        return p;
    }
};
using People = Fixture;
} // namespace

TEST_F(People, RoundTripOfEveryField)
{
    PeopleService s(t.db());
    Person p = person(u"Ada Okafor"_s, u"Northwind"_s, u"ada@example.org"_s);
    p.role = u"Head of Learning"_s;
    p.relation = u"Runs the learning community"_s;
    p.url = u"https://example.org/ada"_s;
    p.channels = u"LinkedIn, E-mail"_s;
    p.tags = u"mentor, community"_s;
    p.notes = u"Met at the meetup.\nLikes long walks."_s;
    p.closeness = 2;
    QString error;
    const qint64 id = s.add(p, &error);
    ASSERT_GT(id, 0) << error.toStdString();
    t.reopen();
    const auto back = PeopleService(t.db()).person(id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->name, p.name);
    EXPECT_EQ(back->organization, p.organization);
    EXPECT_EQ(back->role, p.role);
    EXPECT_EQ(back->relation, p.relation);
    EXPECT_EQ(back->email, p.email);
    EXPECT_EQ(back->url, p.url);
    EXPECT_EQ(back->channels, p.channels);
    EXPECT_EQ(back->tags, p.tags);
    EXPECT_EQ(back->notes, p.notes);
    EXPECT_EQ(back->closeness, 2);
    EXPECT_EQ(back->createdOn, fixedNow().date());
}

TEST_F(People, ClosenessHistoryRecordsEveryChangeWithItsDate)
{
    PeopleService s(t.db());
    const qint64 id = s.add(person(u"Ben"_s), nullptr);
    t->setClock([] { return fixedNow().addDays(7); });
    ASSERT_TRUE(s.setCloseness(id, 2, nullptr));
    t->setClock([] { return fixedNow().addDays(21); });
    ASSERT_TRUE(s.setCloseness(id, 3, nullptr));
    ASSERT_TRUE(s.setCloseness(id, 3, nullptr)) << "same value: no new point";
    const auto history = s.closenessHistory(id);
    ASSERT_EQ(history.size(), 3);
    EXPECT_EQ(history.at(0).on, QDate(2026, 3, 2));
    EXPECT_EQ(history.at(0).closeness, 0);
    EXPECT_EQ(history.at(1).on, QDate(2026, 3, 9));
    EXPECT_EQ(history.at(1).closeness, 2);
    EXPECT_EQ(history.at(2).closeness, 3);
    EXPECT_EQ(s.person(id)->closeness, 3);
    ASSERT_TRUE(s.revertCloseness(id, 2, nullptr));
    EXPECT_EQ(s.closenessHistory(id).size(), 2);
    EXPECT_EQ(s.person(id)->closeness, 2);
    QString error;
    EXPECT_FALSE(s.setCloseness(id, 6, &error));
    EXPECT_EQ(s.person(id)->closeness, 2);
}

TEST_F(People, RefusesEmptyNamesAndDuplicates)
{
    PeopleService s(t.db());
    QString error;
    EXPECT_EQ(s.add(person(u"  "_s), &error), -1);
    EXPECT_FALSE(error.isEmpty());
    ASSERT_GT(s.add(person(u"Mei Chen"_s, u"Contoso"_s, u"mei@example.com"_s), &error), 0);
    error.clear();
    EXPECT_EQ(s.add(person(u"M. Chen"_s, u"Other"_s, u"MEI@example.com"_s), &error), -1)
        << "same e-mail";
    EXPECT_TRUE(error.contains(u"Mei Chen"_s)) << error.toStdString();
    EXPECT_EQ(s.add(person(u"mei chen"_s, u"contoso"_s), &error), -1)
        << "same name and organization";
    EXPECT_GT(s.add(person(u"Mei Chen"_s, u"Fabrikam"_s), &error), 0)
        << "a namesake elsewhere is fine";
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM person"_s).toInt(), 2);
}

TEST_F(People, GivenAndReceivedCountsAndLastContact)
{
    PeopleService people(t.db());
    ContributionService log(t.db());
    const qint64 id = people.add(person(u"Ada"_s), nullptr);
    const qint64 other = people.add(person(u"Bob"_s), nullptr);
    auto add = [&](qint64 who, QDate d, Direction dir) {
        Contribution c;
        c.personId = who;
        c.date = d;
        c.direction = dir;
        c.kindId = log.kindIdByCode(u"appreciation"_s);
        ASSERT_GT(log.add(c, nullptr), 0);
    };
    add(id, QDate(2026, 3, 3), Direction::Given);
    add(id, QDate(2026, 3, 10), Direction::Given);
    add(id, QDate(2026, 3, 8), Direction::Received);
    add(other, QDate(2026, 3, 20), Direction::Given);
    const ExchangeCounts c = people.counts(id);
    EXPECT_EQ(c.given, 2);
    EXPECT_EQ(c.received, 1);
    EXPECT_EQ(c.lastContact, QDate(2026, 3, 10));
    EXPECT_EQ(people.counts(people.add(person(u"Carl"_s), nullptr)).lastContact, QDate());
}

TEST_F(People, IntroducedByLinksBothWays)
{
    PeopleService s(t.db());
    const qint64 ada = s.add(person(u"Ada"_s), nullptr);
    Person bob = person(u"Bob"_s);
    bob.introducedBy = ada;
    const qint64 bobId = s.add(bob, nullptr);
    EXPECT_EQ(s.person(bobId)->introducedBy, ada);
    const auto introduced = s.introducedBy(ada);
    ASSERT_EQ(introduced.size(), 1);
    EXPECT_EQ(introduced.first().name, u"Bob"_s);
    ASSERT_TRUE(s.remove(ada, nullptr));
    EXPECT_EQ(s.person(bobId)->introducedBy, -1) << "removing the introducer keeps the person";
}

TEST_F(People, UserTextIsStoredVerbatimNeverAsSql)
{
    PeopleService s(t.db());
    const QString name = u"Robert'); DROP TABLE person;--"_s;
    const qint64 id = s.add(person(name, u"<b>Ann & \"Bob\"</b>"_s), nullptr);
    ASSERT_GT(id, 0);
    EXPECT_EQ(s.person(id)->name, name);
    EXPECT_EQ(s.person(id)->organization, u"<b>Ann & \"Bob\"</b>"_s);
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM person"_s).toInt(), 1);
}

TEST_F(People, AnEditTouchesAndChecksOnlyWhatItChanges)
{
    PeopleService s(t.db());
    const qint64 id = s.add(person(u"Ann"_s), nullptr);
    // A JSON restore (or an older version) can store what the dialog would refuse.
    QSqlQuery q(t->connection());
    ASSERT_TRUE(q.exec(
        u"UPDATE person SET email = 'ann at example.org', organization = ' Contoso ' WHERE id = %1"_s
            .arg(id)));

    QString error;
    ASSERT_TRUE(s.setCloseness(id, 3, &error)) << error.toStdString();
    std::optional<Person> ann = s.person(id);
    EXPECT_EQ(ann->closeness, 3);
    EXPECT_EQ(ann->email, u"ann at example.org"_s);
    EXPECT_EQ(ann->organization, u" Contoso "_s) << "a closeness change rewrites nothing else";
    EXPECT_EQ(s.closenessHistory(id).size(), 2);

    Person edited = *ann;
    edited.notes = u"Met at the meetup."_s;
    ASSERT_TRUE(s.update(edited, &error)) << error.toStdString();
    EXPECT_EQ(s.person(id)->notes, u"Met at the meetup."_s);
    EXPECT_EQ(s.closenessHistory(id).size(), 2) << "closeness unchanged: no new point";

    // Changing the e-mail itself is still checked.
    edited.email = u"ann at example dot org"_s;
    EXPECT_FALSE(s.update(edited, &error));
    EXPECT_TRUE(error.contains(u"e-mail"_s)) << error.toStdString();
    EXPECT_EQ(s.person(id)->email, u"ann at example.org"_s);
}
