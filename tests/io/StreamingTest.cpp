// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Exports written and restores read piece by piece: the same bytes as whole, any size in
// flat memory, and a file cut short refused with its line before anything changes.
#include "IoTestUtil.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "io/BackupService.h"
#include "io/FileIo.h"
#include "io/JsonArchive.h"
#include "people/PeopleService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::io;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

// Text that looks like the layout's own ends: a row whose last value ends in "]]}".
void addAwkwardPerson(Database& db, qint64 memberId)
{
    Person p;
    p.memberId = memberId;
    p.name = u"Zoë 🌱 [[x]]}"_s;
    p.organization = u"Smith; Jones\nand Sons"_s;
    p.notes = u"line one\r\nline two, \"quotes\", a tab\t and ]]},\n{\"name\":"_s;
    QString error;
    EXPECT_GT(PeopleService(db).add(p, &error), 0) << error.toStdString();
}

QByteArray exported(Database& db)
{
    QByteArray json;
    QString error;
    EXPECT_TRUE(json::exportDatabase(db, &json, &error)) << error.toStdString();
    return json;
}
} // namespace

TEST(JsonStreaming, TheExportGoesOutInPiecesThatMakeTheSameBytes)
{
    TempDatabase t;
    fillDemo(t.db());
    addAwkwardPerson(t.db(), CircleService(t.db()).meId(CircleService(t.db()).defaultCircleId()));
    QByteArray joined;
    qsizetype largest = 0;
    int pieces = 0;
    QString error;
    ASSERT_TRUE(json::exportDatabase(
        t.db(),
        [&](const QByteArray& piece) {
            joined += piece;
            largest = std::max(largest, piece.size());
            ++pieces;
            return true;
        },
        &error))
        << error.toStdString();
    EXPECT_EQ(joined, exported(t.db()));
    // Never the whole file at once: pieces of about 64 KiB (one row more at most).
    EXPECT_LT(largest, 64 * 1024 + 4096);
    EXPECT_GT(pieces, 2);

    // A writer that stops (a full disk) stops the export and says so.
    int calls = 0;
    EXPECT_FALSE(json::exportDatabase(
        t.db(), [&](const QByteArray&) { return ++calls < 2; }, &error));
    EXPECT_EQ(calls, 2);
    EXPECT_FALSE(error.isEmpty());
}

TEST(JsonStreaming, AFileRestoresRowByRowExactlyAndAHandEditedLayoutStillRestores)
{
    TempDatabase source;
    fillDemo(source.db());
    addAwkwardPerson(
        source.db(), CircleService(source.db()).meId(CircleService(source.db()).defaultCircleId()));
    const QString path = source.dir() + u"/all.json"_s;
    QString error;
    ASSERT_TRUE(json::writeExport(source.db(), path, &error)) << error.toStdString();
    const QByteArray original = fileBytes(path);

    TempDatabase target;
    fillDemo(target.db()); // something to replace
    int tables = 0;
    ASSERT_TRUE(json::checkFile(path, &tables, &error)) << error.toStdString();
    EXPECT_EQ(tables, tableNames(target.db()).size());
    EXPECT_EQ(json::fileSchemaVersion(path, &error), Database::currentSchemaVersion());
    ASSERT_TRUE(json::restoreFile(target.db(), path, &error)) << error.toStdString();
    EXPECT_EQ(exported(target.db()), original);

    // Re-indented by an editor: no longer a row a line, read whole, same result.
    const QString pretty = source.dir() + u"/pretty.json"_s;
    writeBytes(pretty, QJsonDocument::fromJson(original).toJson(QJsonDocument::Indented));
    TempDatabase third;
    ASSERT_TRUE(json::restoreFile(third.db(), pretty, &error)) << error.toStdString();
    EXPECT_EQ(exported(third.db()), original);
}

TEST(JsonStreaming, AFileCutShortOrChangedNamesItsLineAndChangesNothing)
{
    TempDatabase t;
    fillDemo(t.db());
    const QByteArray original = exported(t.db());
    const QByteArray before = original;
    const QList<QByteArray> lines = original.split('\n');
    ASSERT_GT(lines.size(), 40);

    // Cut in the middle of a row, as a full disk or an interrupted copy leaves it.
    const int cutLine = int(lines.size()) / 2;
    QByteArray cut;
    for (int i = 0; i < cutLine - 1; ++i)
        cut += lines.at(i) + '\n';
    cut += lines.at(cutLine - 1).left(lines.at(cutLine - 1).size() / 2);
    const QString cutPath = t.dir() + u"/cut.json"_s;
    writeBytes(cutPath, cut);

    QString error;
    BackupService backups(t.db());
    const qsizetype backupCount = backups.backups().size();
    EXPECT_FALSE(backups.restoreJsonFile(cutPath, nullptr, &error));
    EXPECT_TRUE(error.contains(u"Line %1"_s.arg(cutLine))) << error.toStdString();
    EXPECT_EQ(exported(t.db()), before);
    EXPECT_EQ(backups.backups().size(), backupCount) << "no backup for a file that is refused";
    EXPECT_FALSE(json::restoreFile(t.db(), cutPath, &error));
    EXPECT_EQ(exported(t.db()), before);

    // A row with a value too few: the table and the row by number.
    QList<QByteArray> changed = lines;
    int rowLine = -1;
    for (int i = 0; i < changed.size() && rowLine < 0; ++i) {
        if (changed.at(i).startsWith("{\"name\":\"person\""))
            rowLine = i + 2; // the person table's second row
    }
    ASSERT_GT(rowLine, 0);
    QByteArray& row = changed[rowLine];
    row.remove(
        row.indexOf(',', 1), row.indexOf(',', row.indexOf(',', 1) + 1) - row.indexOf(',', 1));
    const QString changedPath = t.dir() + u"/changed.json"_s;
    writeBytes(changedPath, changed.join('\n'));
    EXPECT_FALSE(json::restoreFile(t.db(), changedPath, &error));
    EXPECT_TRUE(error.contains(u"“person”, row 2"_s)) << error.toStdString();
    EXPECT_EQ(exported(t.db()), before);
}

TEST(JsonStreaming, ARestoreKeepsWhatItReplacedAndARefusedFileLeavesEveryBackupAlone)
{
    // The file is read once, as it is restored, after the backup of what it replaces: a file
    // refused on the way takes that backup away again and pushes no older backup out.
    TempDatabase source;
    fillDemo(source.db());
    const QString path = source.dir() + u"/all.json"_s;
    QString error;
    ASSERT_TRUE(json::writeExport(source.db(), path, &error)) << error.toStdString();
    const QByteArray wanted = exported(source.db());

    TempDatabase t;
    fillDemo(t.db());
    addAwkwardPerson(t.db(), CircleService(t.db()).meId(CircleService(t.db()).defaultCircleId()));
    const QByteArray replaced = exported(t.db());
    BackupService backups(t.db());
    ASSERT_TRUE(backups.backupNow(nullptr, &error)) << error.toStdString();
    ASSERT_TRUE(backups.backupNow(nullptr, &error)) << error.toStdString();
    backups.setKeep(2); // full: one more backup pushes the oldest out
    const auto paths = [&backups] {
        QStringList l;
        for (const BackupInfo& b : backups.backups())
            l << b.path;
        return l;
    };
    const QStringList before = paths();
    ASSERT_EQ(before.size(), 2);

    // Cut short near its end: found only after most rows went in (and were rolled back).
    QByteArray cut = fileBytes(path);
    cut.chop(cut.size() - cut.lastIndexOf("\n{\"name\":") - 40);
    const QString cutPath = t.dir() + u"/cut.json"_s;
    writeBytes(cutPath, cut);
    QString savedAs = u"unchanged"_s;
    EXPECT_FALSE(backups.restoreJsonFile(cutPath, &savedAs, &error));
    EXPECT_TRUE(error.contains(u"Line "_s)) << error.toStdString();
    EXPECT_EQ(savedAs, u"unchanged"_s);
    EXPECT_EQ(paths(), before) << "no backup left behind, none pushed out";
    EXPECT_EQ(exported(t.db()), replaced);

    ASSERT_TRUE(backups.restoreJsonFile(path, &savedAs, &error)) << error.toStdString();
    EXPECT_EQ(exported(t.db()), wanted);
    const QStringList after = paths();
    EXPECT_EQ(after.size(), 2) << "the oldest gave way once the restore succeeded";
    EXPECT_TRUE(after.contains(savedAs)) << savedAs.toStdString();
    EXPECT_FALSE(after.contains(before.constLast())) << "the oldest of the two went";
    TempDatabase check;
    QString ignored;
    ASSERT_TRUE(BackupService(check.db()).restoreBackup(savedAs, &ignored, &error))
        << error.toStdString();
    EXPECT_EQ(exported(check.db()), replaced) << "the backup holds what the restore replaced";
}

TEST(PrivateFileWriter, NothingReachesThePathBeforeCommitAndACancelLeavesNoTrace)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.txt"_s);
    QString error;
    ASSERT_TRUE(writePrivateFile(path, "old contents\n", &error)) << error.toStdString();
    {
        PrivateFileWriter writer(path);
        ASSERT_TRUE(writer.open(&error)) << error.toStdString();
        EXPECT_TRUE(writer.write("new "));
        EXPECT_TRUE(writer.write(QByteArray(200 * 1024, 'x')));
        EXPECT_EQ(fileBytes(path), QByteArray("old contents\n"));
        // Dropped without commit: as if the export had failed halfway.
    }
    EXPECT_EQ(fileBytes(path), QByteArray("old contents\n"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {u"out.txt"_s});

    PrivateFileWriter writer(path);
    ASSERT_TRUE(writer.open(&error));
    writer.write("one, ");
    writer.write("two");
    ASSERT_TRUE(writer.commit(&error)) << error.toStdString();
    EXPECT_EQ(fileBytes(path), QByteArray("one, two"));
    EXPECT_EQ(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::Permissions());
}
