// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../io/IoTestUtil.h"
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
struct Contributions : ::testing::Test
{
    TempDatabase t;
    qint64 ada = -1;
    void SetUp() override
    {
        Circle c;
        c.name = u"C"_s;
        c.startDate = QDate(2026, 3, 2);
        CircleService s(t.db());
        const qint64 me = s.meId(s.createCircle(c, {u"Me"_s, u"You"_s}, 0, 0, nullptr));
        Person p;
        p.memberId = me;
        p.name = u"Ada"_s;
        ada = PeopleService(t.db()).add(p, nullptr);
    }
};
} // namespace

TEST_F(Contributions, CatalogueFollowsTheDomainOrder)
{
    ContributionService s(t.db());
    const auto kinds = s.kinds();
    ASSERT_EQ(kinds.size(), 10);
    EXPECT_EQ(kinds.first().code, u"attention"_s);
    EXPECT_EQ(kinds.last().code, u"advocate"_s);
    EXPECT_TRUE(s.kind(s.kindIdByCode(u"recognition"_s))->sharesOthers);
    EXPECT_TRUE(s.kind(s.kindIdByCode(u"share_theirs"_s))->sharesOthers);
    EXPECT_FALSE(s.kind(s.kindIdByCode(u"share_mine"_s))->sharesOthers);
    EXPECT_TRUE(s.kind(s.kindIdByCode(u"connect"_s))->connects);
    QString error;
    const qint64 own = s.addKind(u"Host a lunch"_s, false, true, &error);
    ASSERT_GT(own, 0) << error.toStdString();
    EXPECT_EQ(s.kinds().last().name, u"Host a lunch"_s);
    EXPECT_EQ(s.addKind(u"host a LUNCH"_s, false, false, &error), -1);
    EXPECT_EQ(s.addKind(u""_s, false, false, &error), -1);
    EXPECT_GT(s.addChannel(u"Slack"_s, &error), 0);
    EXPECT_EQ(s.channelIdByName(u"slack"_s), s.channels().last().id);
}

TEST_F(Contributions, RoundTripGivenAndReceived)
{
    ContributionService s(t.db());
    Contribution c;
    c.personId = ada;
    c.date = QDate(2026, 3, 4);
    c.direction = Direction::Received;
    c.kindId = s.kindIdByCode(u"help"_s);
    c.channelId = s.channelIdByName(u"E-mail"_s);
    c.brought = Brought::Inspiration;
    c.note = u"Sent me her study on onboarding"_s;
    QString error;
    const qint64 id = s.add(c, &error);
    ASSERT_GT(id, 0) << error.toStdString();
    t.reopen();
    const auto back = ContributionService(t.db()).contribution(id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->personId, ada);
    EXPECT_EQ(back->date, c.date);
    EXPECT_EQ(back->direction, Direction::Received);
    EXPECT_EQ(back->kindId, c.kindId);
    EXPECT_EQ(back->channelId, c.channelId);
    EXPECT_EQ(back->brought, Brought::Inspiration);
    EXPECT_EQ(back->note, c.note);
}

TEST_F(Contributions, BadInputIsRefusedWithAMessageAndNothingSaved)
{
    ContributionService s(t.db());
    Contribution c;
    c.personId = ada;
    c.kindId = s.kindIdByCode(u"attention"_s);
    QString error;
    c.date = QDate(1899, 1, 1);
    EXPECT_EQ(s.add(c, &error), -1);
    EXPECT_TRUE(error.contains(u"date"_s));
    c.date = fixedNow().date().addYears(2);
    EXPECT_EQ(s.add(c, &error), -1);
    c.date = fixedNow().date();
    c.brought = Brought::Help; // a given contribution brings nothing back
    EXPECT_EQ(s.add(c, &error), -1);
    c.brought = Brought::Nothing;
    c.personId = -1;
    EXPECT_EQ(s.add(c, &error), -1);
    c.personId = 9999; // a person that does not exist: the foreign key refuses
    EXPECT_EQ(s.add(c, &error), -1);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM contribution"_s).toInt(), 0);
}

TEST_F(Contributions, RemovingAPersonRemovesTheirContributions)
{
    ContributionService s(t.db());
    Contribution c;
    c.personId = ada;
    c.date = QDate(2026, 3, 4);
    c.kindId = s.kindIdByCode(u"attention"_s);
    ASSERT_GT(s.add(c, nullptr), 0);
    ASSERT_TRUE(PeopleService(t.db()).remove(ada, nullptr));
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM contribution"_s).toInt(), 0);
}

TEST(QuickAdd, ANewNameAndItsContributionAreOneTransaction)
{
    TempDatabase t;
    const qint64 me = makeCircle(t.db());
    ContributionService log(t.db());
    Person p;
    p.memberId = me;
    p.name = u"Nora Newcomer"_s;
    Contribution c;
    c.date = QDate(2026, 3, 1);
    c.direction = Direction::Given;
    c.kindId = log.kinds().constFirst().id;
    const auto count = [&](const char* table) {
        return scalar(t.db(), u"SELECT count(*) FROM "_s + QString::fromLatin1(table)).toInt();
    };

    // A failure between the two inserts (here a trigger, as a full disk or a kill would be).
    QSqlQuery q(t->connection());
    const bool server = t->isServer();
    if (server) {
        ASSERT_TRUE(q.exec(u"CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                           "$$BEGIN RAISE EXCEPTION 'injected failure'; END$$"_s));
        ASSERT_TRUE(q.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON contribution "
                           "FOR EACH ROW EXECUTE FUNCTION refuse()"_s));
    } else {
        ASSERT_TRUE(q.exec(u"CREATE TEMP TRIGGER refuse BEFORE INSERT ON contribution "
                           "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s));
    }
    QString error;
    qint64 personId = -1;
    EXPECT_LT(log.addWithNewPerson(p, c, &personId, &error), 0);
    EXPECT_TRUE(error.contains(u"injected failure"_s)) << error.toStdString();
    EXPECT_EQ(count("person"), 0) << "no person without the contribution";
    EXPECT_EQ(count("closeness_change"), 0);
    ASSERT_TRUE(
        q.exec(server ? u"DROP TRIGGER refuse ON contribution"_s : u"DROP TRIGGER refuse"_s));

    // A contribution that is refused adds nobody either.
    Contribution bad = c;
    bad.kindId = 0;
    EXPECT_LT(log.addWithNewPerson(p, bad, &personId, &error), 0);
    EXPECT_EQ(count("person"), 0);

    const qint64 id = log.addWithNewPerson(p, c, &personId, &error);
    ASSERT_GT(id, 0) << error.toStdString();
    t.reopen();
    EXPECT_EQ(count("person"), 1);
    EXPECT_EQ(
        scalar(t.db(), u"SELECT person_id FROM contribution WHERE id = %1"_s.arg(id)).toLongLong(),
        personId);
}
