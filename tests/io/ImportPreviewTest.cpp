// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog's streamed path (ImportPreview): the preview kept in the database shows
// what the plan in memory shows, the import writes exactly that or nothing, and an import's
// undo and redo (ImportService::undo and redo) need no plan in memory.
#include "io/ImportPreview.h"

#include "IoTestUtil.h"
#include "TestSupport.h"
#include "io/ContactFile.h"
#include "people/PeopleService.h"

#include <QFile>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::io;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
// Adds, merges (by e-mail and by name), skips of every kind, each again in a later chunk.
const QByteArray People = "Name,Organization,Email,Role\n"
                          "New Person,Fabrikam,new@example.org,\n"
                          "A. Okafor,,ADA@example.org,Head of Learning\n"
                          "bo lind,contoso,bo@example.org,\n"
                          "Ada Okafor,Northwind,,\n"
                          ",Nobody,,\n"
                          "Bad Mail,X,not-an-email,\n"
                          "Someone Else,Fabrikam,NEW@example.org,\n"
                          "New Person,Fabrikam,,\n"
                          "Bo Lind,Contoso,,Designer\n"
                          "Dee Fox,Umbrella,dee@example.org,\n"
                          "Dee Fox,Umbrella,dee@example.org,\n"
                          "Eve Stone,,eve@example.org,\n"_ba;

// The list's people and their closeness history, as two files of the same steps hold them.
QString peopleDump(Database& db)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(u"SELECT p.id, name, organization, role, email, url, channels, tags, "
                       "notes, p.closeness, created_on, c.changed_on, c.closeness FROM person p "
                       "LEFT JOIN closeness_change c ON c.person_id = p.id ORDER BY p.id, c.id"_s));
    QString dump;
    while (q.next()) {
        for (int c = 0; c < 13; ++c)
            dump += q.value(c).toString() + u'|';
        dump += u'\n';
    }
    return dump;
}

qint64 listWithThree(Database& db)
{
    const qint64 me = makeCircle(db);
    addPerson(db, me, u"Ada Okafor"_s, u"Northwind"_s, u"ada@example.org"_s);
    addPerson(db, me, u"Bo Lind"_s, u"Contoso"_s, QString());
    addPerson(db, me, u"Cy Berg"_s, QString(), QString());
    return me;
}
} // namespace

TEST(ImportPreview, ShowsThePlanAndImportsExactlyItWithUndoAndRedo)
{
    TempDatabase t;
    const qint64 me = listWithThree(t.db());
    const QString path = t.dir() + u"/"_s + u"people.csv"_s;
    ASSERT_TRUE(writeFile(path, People));
    const QString before = tableDump(t.db());

    // The plan of the whole file in memory, as the dialog made it before.
    ImportService service(t.db());
    const ReadResult read = readContacts(People, ImportFormat::Csv);
    ASSERT_TRUE(read.ok());
    const ImportPlan expected = service.plan(me, read.records);

    ImportPreview preview(t.db());
    preview.setStreamSizes(16, 3); // chunk borders everywhere
    StreamedImport how;
    how.format = ImportFormat::Csv;
    ImportOutcome counts;
    QString error;
    ASSERT_TRUE(preview.plan(me, path, how, &counts, &error)) << error.toStdString();
    EXPECT_EQ(tableDump(t.db()), before) << "the preview writes nothing to the list";
    ASSERT_EQ(preview.size(), expected.items.size());
    EXPECT_EQ(counts.added, expected.count(ImportAction::Add));
    EXPECT_EQ(counts.merged, expected.count(ImportAction::Merge));
    EXPECT_EQ(counts.skipped, expected.count(ImportAction::Skip));
    EXPECT_GT(counts.merged, 0);
    EXPECT_GT(counts.skipped, 3);
    // Read back in pages that do not fall on the chunks' borders.
    QList<ImportPreview::Row> rows;
    for (qint64 from = 0; from < preview.size(); from += 5)
        rows += preview.rows(from, 5);
    ASSERT_EQ(rows.size(), expected.items.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const PlannedImport& item = expected.items.at(i);
        EXPECT_EQ(rows.at(i).action, item.action) << i;
        EXPECT_EQ(rows.at(i).origin, item.record.origin);
        EXPECT_EQ(rows.at(i).reason, item.reason);
        EXPECT_EQ(rows.at(i).existingId, item.existingId);
        const Person& shown = item.action == ImportAction::Skip ? item.record.person : item.result;
        EXPECT_EQ(rows.at(i).email, shown.email);
    }

    // The same plan applied in memory on a copy of the list gives the same tables.
    TempDatabase other;
    ASSERT_EQ(listWithThree(other.db()), me);
    ImportService otherService(other.db());
    ASSERT_TRUE(otherService.apply(otherService.plan(me, read.records), nullptr, &error));

    ImportOutcome outcome;
    ASSERT_TRUE(preview.import(&outcome, &error)) << error.toStdString();
    EXPECT_EQ(outcome.added, counts.added);
    EXPECT_EQ(outcome.merged, counts.merged);
    EXPECT_EQ(outcome.skipped, counts.skipped);
    EXPECT_EQ(outcome.createdIds.size(), counts.added);
    EXPECT_EQ(outcome.mergedBefore.size(), counts.merged);
    const QString imported = tableDump(t.db());
    EXPECT_EQ(peopleDump(t.db()).toStdString(), peopleDump(other.db()).toStdString());

    // Undo and redo, twice: the same people with the same ids, the list as before between.
    for (int round = 0; round < 2; ++round) {
        ASSERT_TRUE(service.undo(outcome, 7, &error)) << error.toStdString();
        EXPECT_EQ(tableDump(t.db()), before);
        ASSERT_TRUE(service.redo(outcome, 7, &error)) << error.toStdString();
        EXPECT_EQ(tableDump(t.db()), imported);
    }
    // A person added after the redo gets a new id, not one of the import's.
    addPerson(t.db(), me, u"Later"_s, QString(), QString());
    EXPECT_FALSE(outcome.createdIds.contains(
        scalar(t.db(), u"SELECT id FROM person WHERE name = 'Later'"_s).toLongLong()));
}

TEST(ImportPreview, WhenTheListOrTheFileChangedSinceThePreviewNothingIsImported)
{
    TempDatabase t;
    const qint64 me = listWithThree(t.db());
    const QString path = t.dir() + u"/"_s + u"people.csv"_s;
    ASSERT_TRUE(writeFile(path, People));
    ImportPreview preview(t.db());
    StreamedImport how;
    how.format = ImportFormat::Csv;
    ImportOutcome counts;
    QString error;
    ASSERT_TRUE(preview.plan(me, path, how, &counts, &error)) << error.toStdString();

    // Someone adds Eve Stone meanwhile: line 13 would now be merged, not added.
    addPerson(t.db(), me, u"Eve Stone"_s, u"Tailspin"_s, u"eve@example.org"_s);
    const QString changed = tableDump(t.db());
    EXPECT_FALSE(preview.import(nullptr, &error));
    EXPECT_TRUE(error.contains(u"line 13"_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"nothing was imported"_s)) << error.toStdString();
    EXPECT_EQ(tableDump(t.db()), changed);

    // A fresh preview imports; a file changed after its preview does not.
    ASSERT_TRUE(preview.plan(me, path, how, &counts, &error)) << error.toStdString();
    ASSERT_TRUE(writeFile(path, People + "Fay Moss,,fay@example.org,\n"));
    EXPECT_FALSE(preview.import(nullptr, &error));
    EXPECT_TRUE(error.contains(u"file changed"_s)) << error.toStdString();
    EXPECT_EQ(tableDump(t.db()), changed);
}

TEST(ImportPreview, ACancelledImportOrABrokenFileChangesNothing)
{
    TempDatabase t;
    const qint64 me = listWithThree(t.db());
    QByteArray csv = "Name,Email\n";
    for (int i = 0; i < 900; ++i)
        csv += "Person " + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@example.org\n";
    const QString path = t.dir() + u"/"_s + u"large.csv"_s;
    ASSERT_TRUE(writeFile(path, csv));
    const QString before = tableDump(t.db());
    ImportPreview preview(t.db());
    preview.setStreamSizes(1024, 100);
    StreamedImport how;
    ImportOutcome counts;
    QString error;
    ASSERT_TRUE(preview.plan(me, path, how, &counts, &error)) << error.toStdString();
    EXPECT_EQ(counts.added, 900);

    int reports = 0;
    bool cancelled = false;
    EXPECT_FALSE(preview.import(&counts, &error, &cancelled, [&](qsizetype done, qsizetype total) {
        EXPECT_LE(done, total);
        return ++reports < 5; // cancels halfway through the file
    }));
    EXPECT_TRUE(cancelled);
    EXPECT_EQ(reports, 5);
    EXPECT_TRUE(error.contains(u"cancelled"_s)) << error.toStdString();
    EXPECT_EQ(tableDump(t.db()), before);

    // Cancelled in the write after the file was read (the merges): nothing is kept.
    const QString merges = t.dir() + u"/merges.csv"_s;
    ASSERT_TRUE(writeFile(merges,
        "Name,Email,Role\nNew One,new1@example.org,\n"
        "Ada Okafor,ada@example.org,Head of Learning\n"));
    ASSERT_TRUE(preview.plan(me, merges, how, &counts, &error)) << error.toStdString();
    ASSERT_EQ(counts.merged, 1);
    ASSERT_EQ(counts.added, 1);
    int writes = 0;
    cancelled = false;
    EXPECT_FALSE(preview.import(
        t.db(), &counts, &error, &cancelled, {}, [&](qsizetype done, qsizetype total) {
            EXPECT_EQ(done, 1);
            EXPECT_EQ(total, 1);
            ++writes;
            return false; // the merge was written, not yet committed
        }));
    EXPECT_TRUE(cancelled);
    EXPECT_EQ(writes, 1);
    EXPECT_TRUE(error.contains(u"cancelled"_s)) << error.toStdString();
    EXPECT_EQ(tableDump(t.db()), before);

    // A broken line after the first chunks: the preview names it and keeps nothing.
    ASSERT_TRUE(writeFile(path, csv + "Zed,\"broken\nYan,y@example.org\n"));
    bool fileError = false;
    EXPECT_FALSE(preview.plan(me, path, how, &counts, &error, &fileError));
    EXPECT_TRUE(fileError);
    EXPECT_TRUE(error.startsWith(u"Line 902"_s)) << error.toStdString();
    EXPECT_EQ(preview.size(), 0);
    EXPECT_FALSE(preview.import(nullptr, &error));
    EXPECT_EQ(tableDump(t.db()), before);
}
