// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The tallies (core/storage/Tallies.h) after every kind of write: each check compares
// every tally row with a full recount from contribution and person (tallyMismatch()) +
// closenessTallyMismatch()).
#include "storage/Tallies.h"

#include "ClosenessTallyCheck.h"
#include "TestSupport.h"
#include "analytics/Analytics.h"
#include "circle/CircleService.h"
#include "contributions/ContributionCommands.h"
#include "contributions/ContributionService.h"
#include "demo/DemoGenerator.h"
#include "io/BackupService.h"
#include "io/ImportService.h"
#include "io/JsonArchive.h"
#include "people/PeopleCommands.h"
#include "people/PeopleService.h"
#include "storage/SqlUtil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
struct Tallies : ::testing::Test
{
    TempDatabase t;
    qint64 circle = -1;
    qint64 me = -1;
    qint64 you = -1;
    QUndoStack stack;
    QStringList failures;

    void SetUp() override
    {
        Circle c;
        c.name = u"C"_s;
        c.startDate = QDate(2026, 3, 2);
        CircleService circles(t.db());
        circle = circles.createCircle(c, {u"Me"_s, u"You"_s}, 0, 0, nullptr);
        me = circles.meId(circle);
        for (const Member& m : circles.members(circle)) {
            if (m.id != me)
                you = m.id;
        }
    }
    qint64 addPerson(qint64 member, const QString& name)
    {
        Person p;
        p.memberId = member;
        p.name = name;
        p.closeness = 1;
        return PeopleService(t.db()).add(p, nullptr);
    }
    Contribution contribution(qint64 person, QDate day, Direction direction, const QString& kind,
        const QString& channel = {}, Brought brought = Brought::Nothing)
    {
        ContributionService service(t.db());
        Contribution c;
        c.personId = person;
        c.date = day;
        c.direction = direction;
        c.kindId = service.kindIdByCode(kind);
        c.channelId = channel.isEmpty() ? -1 : service.channelIdByName(channel);
        c.brought = brought;
        return c;
    }
    qint64 log(const Contribution& c)
    {
        QString error;
        const qint64 id = ContributionService(t.db()).add(c, &error);
        EXPECT_GT(id, 0) << error.toStdString();
        return id;
    }
    bool push(std::unique_ptr<UndoCommand> command)
    {
        command->setErrorSink([this](const QString& m) { failures.append(m); });
        QString error;
        if (!command->apply(&error)) {
            ADD_FAILURE() << error.toStdString();
            return false;
        }
        stack.push(command.release());
        return true;
    }
    int rows(const QString& table)
    {
        return scalar(t.db(), u"SELECT count(*) FROM "_s + table).toInt();
    }
    bool exec(const QString& sql)
    {
        QString error;
        const bool ok = t->write(
            Database::AllTables,
            [&](QSqlQuery& q) {
                if (!q.exec(sql))
                    return fail(&error, sql + u": "_s + q.lastError().text());
                return true;
            },
            &error);
        EXPECT_TRUE(ok) << error.toStdString();
        return ok;
    }
};
} // namespace

TEST_F(Tallies, AddingEditingAndRemovingContributionsKeepsThemCounted)
{
    const qint64 ada = addPerson(me, u"Ada"_s);
    const qint64 bob = addPerson(me, u"Bob"_s);
    const qint64 yours = addPerson(you, u"Cy"_s);
    const QDate day(2026, 3, 4);
    const qint64 a = log(contribution(ada, day, Direction::Given, u"connect"_s, u"E-mail"_s));
    log(contribution(ada, day, Direction::Given, u"connect"_s, u"E-mail"_s));
    log(contribution(
        ada, day.addDays(1), Direction::Received, u"help"_s, {}, Brought::Inspiration));
    const qint64 b = log(contribution(bob, day.addDays(9), Direction::Received, u"attention"_s));
    log(contribution(yours, day, Direction::Given, u"share_mine"_s, u"Blog"_s));
    EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString());
    // Two given on one day count as one row of two.
    EXPECT_EQ(
        scalar(t.db(), u"SELECT n FROM tally_day WHERE member_id = %1 AND direction = 0"_s.arg(me))
            .toInt(),
        2);
    EXPECT_EQ(rows(u"tally_person"_s), 3);

    // Every field that is counted changes, one at a time and all at once.
    ContributionService service(t.db());
    Contribution edited = *service.contribution(a);
    QString error;
    for (const auto& change : std::initializer_list<std::function<void(Contribution&)>> {
             [&](Contribution& c) { c.date = day.addDays(20); },
             [&](Contribution& c) { c.kindId = service.kindIdByCode(u"advocate"_s); },
             [&](Contribution& c) { c.channelId = -1; },
             [&](Contribution& c) {
                 c.direction = Direction::Received;
                 c.brought = Brought::Help;
             },
             [&](Contribution& c) { c.personId = bob; },
             [&](Contribution& c) { c.note = u"only a note"_s; },
             [&](Contribution& c) {
                 c.personId = ada;
                 c.date = day.addDays(-3);
                 c.direction = Direction::Given;
                 c.brought = Brought::Nothing;
                 c.kindId = service.kindIdByCode(u"question"_s);
                 c.channelId = service.channelIdByName(u"Chat"_s);
             },
         }) {
        change(edited);
        ASSERT_TRUE(service.update(edited, &error)) << error.toStdString();
        EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString());
    }

    ASSERT_TRUE(service.remove(b, &error)) << error.toStdString();
    EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString());
    // Bob has nothing left either way: his row goes, as do the days only he had.
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM tally_person WHERE person_id = %1"_s.arg(bob))
                  .toInt(),
        0);
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM tally_day WHERE n <= 0"_s).toInt(), 0);
}

TEST_F(Tallies, ManyRowsInOneStatementAreCountedTogether)
{
    const qint64 ada = addPerson(me, u"Ada"_s);
    const qint64 bob = addPerson(you, u"Bob"_s);
    for (int i = 0; i < 40; ++i) {
        log(contribution(i % 3 ? ada : bob, QDate(2026, 3, 2).addDays(i % 11),
            i % 2 ? Direction::Given : Direction::Received, i % 4 ? u"help"_s : u"attention"_s,
            i % 5 ? u"Chat"_s : QString(), i % 2 ? Brought::Nothing : Brought::Recognition));
    }
    ASSERT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString());
    ASSERT_TRUE(exec(u"UPDATE contribution SET direction = 1 - direction, brought = NULL"_s));
    EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString());
    ASSERT_TRUE(exec(u"UPDATE contribution SET person_id = %1 WHERE id % 2 = 0"_s.arg(bob)));
    EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString());
    ASSERT_TRUE(exec(u"INSERT INTO contribution (person_id, happened_on, direction, kind_id,"
                     " channel_id, brought, note) SELECT person_id, happened_on, direction,"
                     " kind_id, channel_id, brought, note FROM contribution"_s));
    EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString());
    ASSERT_TRUE(exec(u"DELETE FROM contribution WHERE id % 3 = 0"_s));
    EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString());
    EXPECT_GT(rows(u"tally_kind"_s), 0);
    if (engine() == Database::Engine::Postgres) {
        ASSERT_TRUE(exec(u"TRUNCATE contribution"_s));
        EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString());
        EXPECT_EQ(rows(u"tally_day"_s) + rows(u"tally_kind"_s) + rows(u"tally_channel"_s)
                + rows(u"tally_person"_s),
            0);
    }
}

TEST_F(Tallies, UndoAndRedoOfEveryContributionEditAgreeWithARecount)
{
    const qint64 ada = addPerson(me, u"Ada"_s);
    const qint64 bob = addPerson(me, u"Bob"_s);
    log(contribution(bob, QDate(2026, 3, 6), Direction::Given, u"advocate"_s));
    Contribution c = contribution(ada, QDate(2026, 3, 5), Direction::Given, u"help"_s, u"Chat"_s);
    ASSERT_TRUE(push(std::make_unique<AddContributionCommand>(t.db(), c, u"Ada"_s)));
    const qint64 id = scalar(t.db(), u"SELECT max(id) FROM contribution"_s).toLongLong();
    const Contribution before = *ContributionService(t.db()).contribution(id);
    Contribution after = before;
    after.personId = bob;
    after.direction = Direction::Received;
    after.brought = Brought::Help;
    after.date = QDate(2026, 3, 19);
    ASSERT_TRUE(push(std::make_unique<EditContributionCommand>(t.db(), before, after)));
    ASSERT_TRUE(push(std::make_unique<RemoveContributionCommand>(
        t.db(), *ContributionService(t.db()).contribution(id))));
    ASSERT_TRUE(
        push(std::make_unique<RemovePersonCommand>(t.db(), *PeopleService(t.db()).snapshot(bob))));
    EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString());
    for (int i = 0; i < 4; ++i) {
        stack.undo();
        EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString())
            << "after undo " << i;
    }
    EXPECT_EQ(rows(u"contribution"_s), 1) << "the one logged before the commands is back";
    for (int i = 0; i < 4; ++i) {
        stack.redo();
        EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString())
            << "after redo " << i;
    }
    EXPECT_EQ(rows(u"tally_person"_s), 0);
    EXPECT_TRUE(failures.isEmpty()) << failures.join(u'\n').toStdString();
}

TEST_F(Tallies, ARatingChangeShowsInTheOverviewWithoutTouchingTheCounts)
{
    const qint64 ada = addPerson(me, u"Ada"_s);
    log(contribution(ada, QDate(2026, 3, 5), Direction::Given, u"help"_s));
    const Person before = *PeopleService(t.db()).person(ada);
    ASSERT_TRUE(push(std::make_unique<SetClosenessCommand>(t.db(), before, 4)));
    EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString());
    const QList<analytics::PersonExchange> people = analytics::exchangeByPerson(t.db(), me);
    ASSERT_EQ(people.size(), 1);
    EXPECT_EQ(people.first().closeness, 4);
    EXPECT_EQ(people.first().exchange.given, 1);
    EXPECT_EQ(people.first().lastContact, QDate(2026, 3, 5));
}

TEST_F(Tallies, RemovingPeopleMembersAndCirclesCountsTheirContributionsOut)
{
    const qint64 ada = addPerson(me, u"Ada"_s);
    const qint64 bob = addPerson(you, u"Bob"_s);
    for (int i = 0; i < 6; ++i) {
        log(contribution(ada, QDate(2026, 3, 2).addDays(i), Direction::Given, u"help"_s));
        log(contribution(bob, QDate(2026, 3, 2).addDays(i), Direction::Received, u"help"_s));
    }
    QString error;
    ASSERT_TRUE(PeopleService(t.db()).remove(ada, &error)) << error.toStdString();
    EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString());
    EXPECT_EQ(
        scalar(t.db(), u"SELECT count(*) FROM tally_day WHERE member_id = %1"_s.arg(me)).toInt(),
        0);
    ASSERT_TRUE(exec(u"DELETE FROM member WHERE id = %1"_s.arg(you)));
    EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString());
    addPerson(me, u"Cy"_s);
    log(contribution(scalar(t.db(), u"SELECT max(id) FROM person"_s).toLongLong(),
        QDate(2026, 3, 3), Direction::Given, u"help"_s));
    ASSERT_TRUE(exec(u"DELETE FROM circle WHERE id = %1"_s.arg(circle)));
    EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString());
    EXPECT_EQ(rows(u"tally_day"_s) + rows(u"tally_kind"_s) + rows(u"tally_channel"_s)
            + rows(u"tally_person"_s),
        0);
}

TEST_F(Tallies, AnImportAndItsUndoKeepThemCounted)
{
    const qint64 ada = addPerson(me, u"Ada"_s);
    log(contribution(ada, QDate(2026, 3, 5), Direction::Given, u"help"_s));
    QList<io::ImportRecord> records;
    for (const QString& name : {u"Dee"_s, u"Eve"_s}) {
        io::ImportRecord r;
        r.person.name = name;
        r.person.email = name.toLower() + u"@example.org"_s;
        records.append(r);
    }
    io::ImportService import(t.db());
    io::ImportOutcome outcome;
    QString error;
    ASSERT_TRUE(import.apply(import.plan(me, records), &outcome, &error)) << error.toStdString();
    const qint64 dee = scalar(t.db(), u"SELECT id FROM person WHERE name = 'Dee'"_s).toLongLong();
    log(contribution(dee, QDate(2026, 3, 6), Direction::Received, u"advocate"_s));
    EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString());
    ASSERT_TRUE(import.revert(outcome, &error)) << error.toStdString();
    EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString());
    EXPECT_EQ(rows(u"tally_person"_s), 1);
}

TEST_F(Tallies, TheDemoAndAJsonRestoreAreCountedOnceAtTheEnd)
{
    // The demo goes into an empty database of its own.
    TempDatabase source;
    DemoGenerator demo(source.db(), DemoGenerator::Scale::Small, 7, QDate(2026, 4, 1));
    QString error;
    ASSERT_TRUE(demo.generate(&error)) << error.toStdString();
    EXPECT_EQ(tallyMismatch(source.db()) + closenessTallyMismatch(source.db()), QString());
    QByteArray json;
    ASSERT_TRUE(io::json::exportDatabase(source.db(), &json, &error)) << error.toStdString();
    EXPECT_FALSE(json.contains("tally_")) << "derived rows stay out of an export";
    io::Archive archive;
    ASSERT_TRUE(io::json::parse(json, &archive, &error)) << error.toStdString();
    ASSERT_TRUE(io::json::restore(t.db(), archive, &error)) << error.toStdString();
    EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString());
    EXPECT_GT(rows(u"tally_day"_s), 10);
    // The triggers are back after the load.
    const qint64 person = scalar(t.db(), u"SELECT min(id) FROM person"_s).toLongLong();
    log(contribution(person, QDate(2026, 4, 1), Direction::Given, u"help"_s));
    EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString());

    EXPECT_EQ(scalar(source.db(), u"SELECT sum(n) FROM tally_day"_s).toInt() + 1,
        scalar(t.db(), u"SELECT sum(n) FROM tally_day"_s).toInt());
    // Restoring over edited data replaces the counts too.
    ASSERT_TRUE(exec(u"DELETE FROM contribution WHERE id % 2 = 0"_s));
    ASSERT_TRUE(io::json::restore(t.db(), archive, &error)) << error.toStdString();
    EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString());
    log(contribution(person, QDate(2026, 4, 2), Direction::Received, u"help"_s));
    EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString());
}

TEST_F(Tallies, ABackupRestoreIsCountedAgain)
{
    OUTLOUD_SQLITE_ONLY();
    const qint64 ada = addPerson(me, u"Ada"_s);
    for (int i = 0; i < 5; ++i)
        log(contribution(ada, QDate(2026, 3, 2).addDays(i), Direction::Given, u"help"_s));
    io::BackupService backups(t.db());
    QString saved;
    QString error;
    ASSERT_TRUE(backups.backupNow(&saved, &error)) << error.toStdString();
    ASSERT_TRUE(exec(u"DELETE FROM contribution WHERE id % 2 = 0"_s));
    log(contribution(ada, QDate(2026, 5, 1), Direction::Received, u"attention"_s));
    QString savedBefore;
    ASSERT_TRUE(backups.restoreBackup(saved, &savedBefore, &error)) << error.toStdString();
    EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString());
    EXPECT_EQ(scalar(t.db(), u"SELECT given FROM tally_person"_s).toInt(), 5);
}

TEST_F(Tallies, ABulkLoadThatFailsLeavesTheTriggersInPlace)
{
    const qint64 ada = addPerson(me, u"Ada"_s);
    QString error;
    EXPECT_FALSE(t->write(
        Database::AllTables,
        [&](QSqlQuery& q) {
            tally::BulkLoad bulk(t.db(), q);
            EXPECT_TRUE(bulk.begin(&error));
            return fail(&error, u"interrupted"_s);
        },
        &error));
    log(contribution(ada, QDate(2026, 3, 5), Direction::Given, u"help"_s));
    EXPECT_EQ(tallyMismatch(t.db()) + closenessTallyMismatch(t.db()), QString());
    EXPECT_EQ(rows(u"tally_person"_s), 1);
}

TEST_F(Tallies, EveryKindOfRatingEditKeepsTheClosenessCounted)
{
    PeopleService people(t.db());
    Person early;
    early.memberId = me;
    early.name = u"Early"_s;
    early.closeness = 2;
    early.createdOn = QDate(2026, 2, 20); // added before the circle
    QString error;
    const qint64 ada = people.add(early, &error);
    ASSERT_GT(ada, 0) << error.toStdString();
    const qint64 bob = addPerson(me, u"Bob"_s);
    const qint64 cy = addPerson(you, u"Cy"_s);
    EXPECT_EQ(closenessTallyMismatch(t.db()), QString());
    EXPECT_GT(rows(u"tally_closeness"_s), 0);

    // Rated through the window, undone and done again.
    ASSERT_TRUE(push(std::make_unique<SetClosenessCommand>(t.db(), *people.person(ada), 4)));
    ASSERT_TRUE(push(std::make_unique<SetClosenessCommand>(t.db(), *people.person(ada), 5)));
    EXPECT_EQ(closenessTallyMismatch(t.db()), QString());
    EXPECT_EQ(rows(u"tally_closeness_mover"_s), 1);
    for (int i = 0; i < 2; ++i) {
        stack.undo();
        EXPECT_EQ(closenessTallyMismatch(t.db()), QString()) << "after undo " << i;
    }
    EXPECT_EQ(rows(u"tally_closeness_mover"_s), 0) << "one level again: no mover";
    for (int i = 0; i < 2; ++i) {
        stack.redo();
        EXPECT_EQ(closenessTallyMismatch(t.db()), QString()) << "after redo " << i;
    }

    // Back-dated ratings, before the person was added and between others; one rating's
    // day, level and person changed; several in one statement; one deleted.
    for (const QString& sql : {
             // Two people stepping opposite ways on one day: the member's row for that day
             // and level goes at 0, and comes back when one of them is counted out.
             u"INSERT INTO closeness_change (person_id, changed_on, closeness) VALUES"
             " (%1, '2026-03-03', 3), (%2, '2026-03-02', 3), (%2, '2026-03-03', 1)"_s.arg(bob)
                 .arg(cy),
             u"UPDATE person SET member_id = %1 WHERE id = %2"_s.arg(me).arg(cy),
             u"DELETE FROM closeness_change WHERE person_id = %1 AND changed_on = '2026-03-03'"_s
                 .arg(bob),
             u"INSERT INTO closeness_change (person_id, changed_on, closeness) VALUES"
             " (%1, '2026-02-10', 0), (%1, '2026-03-04', 3), (%1, '2026-03-04', 1)"_s.arg(ada),
             u"INSERT INTO closeness_change (person_id, changed_on, closeness) VALUES"
             " (%1, '2026-03-09', 4)"_s.arg(bob),
             u"UPDATE closeness_change SET changed_on = '2026-03-20' WHERE person_id = %1"
             " AND closeness = 4"_s.arg(bob),
             u"UPDATE closeness_change SET closeness = 2 WHERE person_id = %1"
             " AND changed_on = '2026-03-04'"_s.arg(ada),
             u"UPDATE closeness_change SET person_id = %1 WHERE person_id = %2"
             " AND closeness = 4"_s.arg(cy)
                 .arg(bob),
             u"INSERT INTO closeness_change (person_id, changed_on, closeness)"
             " SELECT id, '2026-03-12', 5 FROM person"_s,
             u"DELETE FROM closeness_change WHERE changed_on = '2026-02-10'"_s,
             // The day a person was added, their own closeness, their list.
             u"UPDATE person SET created_on = '2026-03-10' WHERE id = %1"_s.arg(ada),
             u"UPDATE person SET closeness = 0"_s,
             u"DELETE FROM closeness_change WHERE person_id = %1"_s.arg(bob),
             u"UPDATE person SET closeness = 3 WHERE id = %1"_s.arg(bob),
             u"UPDATE person SET member_id = %1 WHERE id = %2"_s.arg(you).arg(ada),
         }) {
        ASSERT_TRUE(exec(sql));
        EXPECT_EQ(closenessTallyMismatch(t.db()), QString()) << sql.toStdString();
    }
    EXPECT_GT(rows(u"tally_closeness_mover"_s), 0);
    EXPECT_GT(scalar(t.db(), u"SELECT count(*) FROM tally_closeness WHERE n < 0"_s).toInt(), 0)
        << "steps down outnumber the people added on some day";

    // A person removed, with their ratings, and put back by undo.
    ASSERT_TRUE(
        push(std::make_unique<RemovePersonCommand>(t.db(), *PeopleService(t.db()).snapshot(ada))));
    EXPECT_EQ(closenessTallyMismatch(t.db()), QString());
    EXPECT_EQ(scalar(t.db(),
                  u"SELECT count(*) FROM tally_closeness_person WHERE person_id = %1"_s.arg(ada))
                  .toInt(),
        0);
    stack.undo();
    EXPECT_EQ(closenessTallyMismatch(t.db()), QString());
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM tally_closeness WHERE n = 0"_s).toInt(), 0);
    EXPECT_TRUE(failures.isEmpty()) << failures.join(u'\n').toStdString();
}
