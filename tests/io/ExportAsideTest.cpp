// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export data as the window's worker makes it: a connection of its own, one
// snapshot, rows counted for the progress dialog, and a cancel that leaves no file.
#include "IoTestUtil.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "io/CsvExport.h"
#include "io/ExportJob.h"
#include "io/FileIo.h"
#include "io/JsonArchive.h"

#include <QDir>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::io;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
qint64 meOf(Database& db)
{
    return scalar(
        db, u"SELECT id FROM member WHERE %1 = 1 ORDER BY id LIMIT 1"_s.arg(db.meColumn()))
        .toLongLong();
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}
} // namespace

TEST(ExportAside, WritesTheSameBytesAsTheWindowsConnectionAndCountsEveryRow)
{
    TempDatabase t;
    fillDemo(t.db());
    const qint64 me = meOf(t.db());
    QByteArray expected[3];
    QString error;
    ASSERT_TRUE(json::exportDatabase(t.db(), &expected[0], &error)) << error.toStdString();
    ASSERT_TRUE(exportPeopleCsv(t.db(), me, &expected[1], &error)) << error.toStdString();
    ASSERT_TRUE(exportContributionsCsv(t.db(), me, &expected[2], &error)) << error.toStdString();
    const qint64 rows[3] = {-1,
        scalar(t.db(), u"SELECT count(*) FROM person WHERE member_id = %1"_s.arg(me)).toLongLong(),
        scalar(t.db(),
            u"SELECT count(*) FROM contribution c JOIN person p ON p.id = c.person_id"
            " WHERE p.member_id = %1"_s.arg(me))
            .toLongLong()};
    const ExportKind kinds[3]
        = {ExportKind::Everything, ExportKind::People, ExportKind::Contributions};
    for (int k = 0; k < 3; ++k) {
        const QString path = QDir(t.dir()).filePath(u"export-%1"_s.arg(k));
        ExportProgress progress;
        bool canceled = true;
        ASSERT_TRUE(exportAside(t.path(), kinds[k], me, path, &progress, &canceled, &error))
            << k << ": " << error.toStdString();
        EXPECT_FALSE(canceled);
        EXPECT_EQ(fileBytes(path), expected[k]) << k;
        EXPECT_GT(progress.total.load(), 10) << k;
        EXPECT_EQ(progress.rows.load(), progress.total.load()) << k;
        if (rows[k] >= 0) {
            EXPECT_EQ(progress.total.load(), rows[k]) << k;
        }
    }
}

TEST(ExportAside, ReadsOneSnapshotWhileTheWindowGoesOnWriting)
{
    TempDatabase t;
    fillDemo(t.db());
    const qint64 me = meOf(t.db());
    QByteArray before;
    QString error;
    ASSERT_TRUE(json::exportDatabase(t.db(), &before, &error)) << error.toStdString();
    const QString path = QDir(t.dir()).filePath(u"export.json"_s);
    ExportProgress progress;
    bool added = false;
    // After the file's first piece, before any table was read: the window adds a person
    // through its own connection, as a user could while the export runs.
    progress.afterPiece = [&] {
        if (!added)
            added = addPerson(t.db(), me, u"Added meanwhile"_s, QString(), QString()) > 0;
    };
    bool canceled = false;
    ASSERT_TRUE(
        exportAside(t.path(), ExportKind::Everything, me, path, &progress, &canceled, &error))
        << error.toStdString();
    ASSERT_TRUE(added);
    EXPECT_EQ(
        scalar(t.db(), u"SELECT count(*) FROM person WHERE name = 'Added meanwhile'"_s).toInt(), 1);
    EXPECT_EQ(fileBytes(path), before) << "the export holds the database as it was when it began";
}

TEST(ExportAside, CancelLeavesTheOldFileAndNothingBesideIt)
{
    TempDatabase t;
    fillDemo(t.db());
    QTemporaryDir out;
    const QString path = out.filePath(u"outloud-export.json"_s);
    ASSERT_TRUE(writeFile(path, "the old export"));
    ExportProgress progress;
    int pieces = 0;
    progress.afterPiece = [&] {
        if (++pieces == 2)
            progress.canceled = true;
    };
    bool canceled = false;
    QString error;
    EXPECT_FALSE(
        exportAside(t.path(), ExportKind::Everything, -1, path, &progress, &canceled, &error));
    EXPECT_TRUE(canceled);
    EXPECT_EQ(pieces, 2) << "it stops at the piece after the cancel";
    EXPECT_TRUE(error.contains(u"canceled"_s)) << error.toStdString();
    EXPECT_EQ(fileBytes(path), "the old export");
    EXPECT_EQ(entries(out.path()), QStringList {u"outloud-export.json"_s});
}

TEST(ExportAside, AFullDiskOrAMissingFolderSaysWhyAndLeavesNoFile)
{
    TempDatabase t;
    fillDemo(t.db());
    QTemporaryDir out;
    QString error;
    bool canceled = true;
    ExportProgress progress;
    const QString nowhere = out.filePath(u"no-such-folder/people.csv"_s);
    EXPECT_FALSE(
        exportAside(t.path(), ExportKind::People, -1, nowhere, &progress, &canceled, &error));
    EXPECT_FALSE(canceled);
    EXPECT_TRUE(error.contains(u"no-such-folder"_s)) << error.toStdString();

    const QString path = out.filePath(u"contributions.csv"_s);
    injectWriteFailure(ENOSPC);
    EXPECT_FALSE(
        exportAside(t.path(), ExportKind::Contributions, -1, path, &progress, &canceled, &error));
    injectWriteFailure(0);
    EXPECT_FALSE(canceled);
    EXPECT_TRUE(error.contains(u"the disk is full"_s)) << error.toStdString();
    EXPECT_TRUE(entries(out.path()).isEmpty()) << entries(out.path()).join(u' ').toStdString();
}

TEST(ExportAside, AFileThatIsGoneIsRefusedWithoutCreatingIt)
{
    QTemporaryDir dir;
    const QString gone = dir.filePath(u"gone.sqlite"_s);
    ExportProgress progress;
    bool canceled = false;
    QString error;
    if (engine() == Database::Engine::Postgres)
        GTEST_SKIP() << "a file path";
    EXPECT_FALSE(exportAside(
        gone, ExportKind::Everything, -1, dir.filePath(u"e.json"_s), &progress, &canceled, &error));
    EXPECT_TRUE(error.contains(u"gone.sqlite"_s)) << error.toStdString();
    EXPECT_TRUE(entries(dir.path()).isEmpty());
}
