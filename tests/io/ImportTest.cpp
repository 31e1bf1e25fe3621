// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Planning (added / merged / skipped), all-or-nothing apply, cancel and revert.
#include "IoTestUtil.h"
#include "TestSupport.h"
#include "io/ContactFile.h"
#include "io/ImportService.h"
#include "people/PeopleService.h"

#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::io;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
ImportRecord record(int line, const QString& name, const QString& org = {},
    const QString& email = {}, const QString& role = {})
{
    ImportRecord r;
    r.line = line;
    r.origin = u"line %1"_s.arg(line);
    r.person.name = name;
    r.person.organization = org;
    r.person.email = email;
    r.person.role = role;
    return r;
}

} // namespace

TEST(ImportPlan, ClassifiesBeforeWritingAnything)
{
    TempDatabase t;
    const qint64 me = makeCircle(t.db());
    const qint64 ada = addPerson(t.db(), me, u"Ada Okafor"_s, u"Northwind"_s, u"ada@example.org"_s);
    const qint64 bo = addPerson(t.db(), me, u"Bo Lind"_s, u"Contoso"_s, QString());
    const QString before = tableDump(t.db());

    const QList<ImportRecord> records = {
        record(2, u"New Person"_s, u"Fabrikam"_s, u"new@example.org"_s),
        record(3, u"A. Okafor"_s, QString(), u"ADA@example.org"_s,
            u"Head of Learning"_s), // same e-mail, new role
        record(4, u"bo lind"_s, u"contoso"_s, u"bo@example.org"_s), // same name and org
        record(5, u"Ada Okafor"_s, u"Northwind"_s), // nothing new
        record(6, QString()), // no name
        record(7, u"Broken Mail"_s, QString(), u"not-an-address"_s),
        record(8, u"New Person"_s, u"Fabrikam"_s), // same as line 2
        record(9, u"Other"_s, QString(), u"NEW@example.org"_s), // same e-mail as line 2
    };
    ImportService service(t.db());
    const ImportPlan plan = service.plan(me, records);
    ASSERT_EQ(plan.items.size(), 8);
    EXPECT_EQ(plan.items[0].action, ImportAction::Add);
    EXPECT_EQ(plan.items[1].action, ImportAction::Merge);
    EXPECT_EQ(plan.items[1].existingId, ada);
    EXPECT_EQ(plan.items[1].result.role, u"Head of Learning"_s);
    EXPECT_EQ(plan.items[1].result.name, u"Ada Okafor"_s); // the list's name is kept
    EXPECT_EQ(plan.items[2].action, ImportAction::Merge);
    EXPECT_EQ(plan.items[2].existingId, bo);
    EXPECT_EQ(plan.items[2].result.email, u"bo@example.org"_s);
    EXPECT_EQ(plan.items[3].action, ImportAction::Skip);
    EXPECT_EQ(plan.items[4].action, ImportAction::Skip);
    EXPECT_EQ(plan.items[4].reason, u"no name"_s);
    EXPECT_EQ(plan.items[5].action, ImportAction::Skip);
    EXPECT_TRUE(plan.items[5].reason.contains(u"not-an-address"_s));
    EXPECT_EQ(plan.items[6].action, ImportAction::Skip);
    EXPECT_TRUE(plan.items[6].reason.contains(u"line 2"_s)) << plan.items[6].reason.toStdString();
    EXPECT_EQ(plan.items[7].action, ImportAction::Skip);
    EXPECT_TRUE(plan.items[7].reason.contains(u"line 2"_s));
    EXPECT_EQ(plan.count(ImportAction::Add), 1);
    EXPECT_EQ(plan.count(ImportAction::Merge), 2);
    EXPECT_EQ(plan.count(ImportAction::Skip), 5);
    EXPECT_EQ(tableDump(t.db()), before); // planning wrote nothing

    // Adds and merges agree with PeopleService::findDuplicate, case and spaces included.
    PeopleService people(t.db());
    QList<ImportRecord> variants
        = {record(2, u" ADA okafor "_s, u"NORTHWIND"_s), record(3, u"Cy"_s, u"Contoso"_s),
            record(4, u"bo lind"_s, u"Contoso "_s, u"x@example.org"_s),
            record(5, u"Jürgen"_s, QString(), u"Ada@Example.ORG"_s),
            record(6, u"JÜRGEN Müller"_s, u"Ünited"_s)};
    addPerson(t.db(), me, u"Jürgen Müller"_s, u"ünited"_s,
        QString()); // SQLite NOCASE folds ASCII only, PostgreSQL every letter
    for (const ImportRecord& variant : variants) {
        const PlannedImport item
            = service.plan(me, {variant}).items.first(); // one at a time: no in-file matches
        Person probe = item.record.person;
        probe.memberId = me;
        const qint64 duplicate = people.findDuplicate(probe);
        if (item.action == ImportAction::Add)
            EXPECT_EQ(duplicate, -1) << item.record.origin.toStdString();
        else
            EXPECT_EQ(duplicate, item.existingId) << item.record.origin.toStdString();
    }
}

TEST(ImportPlan, AMergeThatWouldDuplicateSomeoneElseIsSkipped)
{
    TempDatabase t;
    const qint64 me = makeCircle(t.db());
    addPerson(t.db(), me, u"Bo Lind"_s, QString(), u"bo@example.org"_s);
    addPerson(t.db(), me, u"Bo Lind"_s, u"Contoso"_s, QString());
    // Matches the first by e-mail; filling in its organization would make it the second.
    const ImportPlan plan = ImportService(t.db()).plan(
        me, {record(2, u"B. Lind"_s, u"Contoso"_s, u"bo@example.org"_s)});
    ASSERT_EQ(plan.items.size(), 1);
    EXPECT_EQ(plan.items[0].action, ImportAction::Skip);
    EXPECT_TRUE(plan.items[0].reason.contains(u"duplicate"_s))
        << plan.items[0].reason.toStdString();
}

TEST(ImportApply, WritesInOneTransactionAndRevertsAsOneStep)
{
    TempDatabase t;
    const qint64 me = makeCircle(t.db());
    const qint64 ada = addPerson(t.db(), me, u"Ada Okafor"_s, u"Northwind"_s, u"ada@example.org"_s);
    const QString before = tableDump(t.db());
    int notifications = 0;
    QObject::connect(&t.db(), &Database::changed, [&notifications] { ++notifications; });

    const ReadResult read = readLinkedIn(fileBytes(sharedFixture(u"linkedin-Connections.csv"_s)));
    ASSERT_TRUE(read.ok());
    QList<ImportRecord> records = read.records;
    records.append(record(20, u"Someone"_s, QString(), u"ada@example.org"_s, u"Coach"_s));
    ImportService service(t.db());
    const ImportPlan plan = service.plan(me, records);
    ImportOutcome outcome;
    QString error;
    QList<qsizetype> progress;
    ASSERT_TRUE(service.apply(plan, &outcome, &error, [&progress](qsizetype done, qsizetype) {
        progress.append(done);
        return true;
    })) << error.toStdString();
    EXPECT_EQ(outcome.added, 6);
    EXPECT_EQ(outcome.merged, 1);
    EXPECT_EQ(outcome.createdIds.size(), 6);
    ASSERT_EQ(outcome.mergedBefore.size(), 1);
    EXPECT_EQ(outcome.mergedBefore.first().role, QString());
    EXPECT_EQ(notifications, 1); // one refresh, not one per person
    EXPECT_EQ(progress.constLast(), records.size());
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM person"_s).toInt(), 7);
    EXPECT_EQ(
        scalar(t.db(), u"SELECT role FROM person WHERE id = %1"_s.arg(ada)).toString(), u"Coach"_s);
    EXPECT_EQ(scalar(t.db(), u"SELECT organization FROM person WHERE name = 'Jürgen Müller'"_s)
                  .toString(),
        u"Müller, Schmidt & Partner"_s);
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM closeness_change"_s).toInt(), 7);
    const QString after = tableDump(t.db());

    ASSERT_TRUE(service.revert(outcome, &error)) << error.toStdString();
    EXPECT_EQ(tableDump(t.db()), before);
    // Redo: the same plan applies again to the same state.
    ImportOutcome again;
    ASSERT_TRUE(service.apply(plan, &again, &error)) << error.toStdString();
    EXPECT_EQ(again.added, 6);
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM person"_s).toInt(), 7);
}

TEST(ImportApply, ManyPeopleKeepTheirOwnIdsAndClosenessThroughUndoAndRedo)
{
    // More people than one statement takes on a server (100): the ids, the closeness history
    // and a redo with the first run's ids must line up with the lines of the file, batch by
    // batch.
    TempDatabase t;
    const qint64 me = makeCircle(t.db());
    QList<ImportRecord> many;
    for (int i = 0; i < 613; ++i) {
        many.append(record(i + 2, u"Person %1"_s.arg(i), u"Org %1"_s.arg(i % 7)));
        many.last().person.closeness = i % 6;
    }
    ImportService service(t.db());
    const ImportPlan plan = service.plan(me, many);
    ASSERT_EQ(plan.count(ImportAction::Add), 613);
    const QString before = tableDump(t.db());
    ImportOutcome outcome;
    QString error;
    ASSERT_TRUE(service.apply(plan, &outcome, &error)) << error.toStdString();
    ASSERT_EQ(outcome.createdIds.size(), 613);
    for (int i : {0, 99, 100, 101, 250, 599, 600, 612}) {
        const qint64 id = outcome.createdIds.at(i);
        EXPECT_EQ(scalar(t.db(), u"SELECT name FROM person WHERE id = %1"_s.arg(id)).toString(),
            u"Person %1"_s.arg(i));
        EXPECT_EQ(
            scalar(t.db(), u"SELECT closeness FROM closeness_change WHERE person_id = %1"_s.arg(id))
                .toInt(),
            i % 6);
    }
    EXPECT_EQ(scalar(t.db(),
                  u"SELECT count(*) FROM person p JOIN closeness_change c ON c.person_id = p.id"
                  " AND c.closeness = p.closeness"_s)
                  .toInt(),
        613);
    // The history rows' own ids come from a sequence on a server, which a redo moves on.
    const QString after = tableDump(t.db(), {u"id"_s});

    ASSERT_TRUE(service.revert(outcome, &error)) << error.toStdString();
    EXPECT_EQ(tableDump(t.db()), before);
    ImportOutcome redone;
    ASSERT_TRUE(service.apply(plan, &redone, &error, {}, outcome.createdIds))
        << error.toStdString();
    EXPECT_EQ(redone.createdIds, outcome.createdIds);
    EXPECT_EQ(tableDump(t.db(), {u"id"_s}), after);
    EXPECT_EQ(
        scalar(t.db(), u"SELECT name FROM person WHERE id = %1"_s.arg(outcome.createdIds.at(300)))
            .toString(),
        u"Person 300"_s);
}

TEST(ImportApply, FailureOrCancelLeavesTheDatabaseUnchanged)
{
    TempDatabase t;
    const qint64 me = makeCircle(t.db());
    addPerson(t.db(), me, u"Ada Okafor"_s, u"Northwind"_s, u"ada@example.org"_s);
    const QString before = tableDump(t.db());
    ImportService service(t.db());

    QList<ImportRecord> many;
    for (int i = 0; i < 1000; ++i)
        many.append(record(i + 2, u"Person %1"_s.arg(i), u"Org"_s));
    ImportPlan plan = service.plan(me, many);
    ASSERT_EQ(plan.count(ImportAction::Add), 1000);

    // The database refuses the last one (closeness out of range): nothing of the 999 stays.
    ImportPlan failing = plan;
    failing.items.last().result.closeness = 9;
    ImportOutcome outcome;
    QString error;
    EXPECT_FALSE(service.apply(failing, &outcome, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(tableDump(t.db()), before);

    // Cancelled half-way through.
    int calls = 0;
    EXPECT_FALSE(service.apply(plan, &outcome, &error, [&calls](qsizetype done, qsizetype total) {
        ++calls;
        return done < total / 2;
    }));
    EXPECT_GT(calls, 2);
    EXPECT_TRUE(error.contains(u"cancelled"_s)) << error.toStdString();
    EXPECT_EQ(tableDump(t.db()), before);

    // Cancelling the plan gives an empty plan.
    bool cancelled = false;
    const ImportPlan none = service.plan(
        me, many, [](qsizetype, qsizetype) { return false; }, &cancelled);
    EXPECT_TRUE(cancelled);
    EXPECT_TRUE(none.items.isEmpty());

    // Into a member that does not exist: refused by the database, nothing written.
    ImportPlan orphan = service.plan(9999, many.mid(0, 3));
    EXPECT_FALSE(service.apply(orphan, &outcome, &error));
    EXPECT_EQ(tableDump(t.db()), before);
}

TEST(ImportApply, VCardsAndReimportAreIdempotent)
{
    TempDatabase t;
    const qint64 me = makeCircle(t.db());
    const ReadResult read
        = readContacts(fileBytes(sharedFixture(u"contacts.vcf"_s)), ImportFormat::Auto);
    ASSERT_TRUE(read.ok()) << read.error.toStdString();
    ImportService service(t.db());
    ImportOutcome outcome;
    QString error;
    ASSERT_TRUE(service.apply(service.plan(me, read.records), &outcome, &error))
        << error.toStdString();
    EXPECT_EQ(outcome.added, 3);
    EXPECT_EQ(
        scalar(t.db(),
            u"SELECT count(*) FROM person WHERE name = 'Anja Müller' AND organization = 'Bosch'"_s)
            .toInt(),
        1);
    const ImportPlan again = service.plan(me, read.records);
    EXPECT_EQ(again.count(ImportAction::Skip), 3);
}
