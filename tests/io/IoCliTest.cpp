// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// import, export-data and backup through the real binary.
#include "IoTestUtil.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
struct DemoFile
{
    QTemporaryDir dir;
    QString path = dir.filePath(u"demo.sqlite"_s);
    DemoFile()
    {
        const auto r = runProcess(
            outloudBinary(), {u"demo"_s, u"--database"_s, path, u"--today"_s, u"2026-03-02"_s});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    QString dump()
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(path, &error, Database::OpenMode::MustExist);
        EXPECT_TRUE(db) << error.toStdString();
        return db ? tableDump(*db) : QString();
    }
};
} // namespace

TEST(IoCli, ImportLinkedInThenAgainSkipsEveryone)
{
    DemoFile demo;
    const QString file = sharedFixture(u"linkedin-Connections.csv"_s);
    const auto first = runProcess(outloudBinary(), {u"import"_s, file, u"--database"_s, demo.path});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(u"Added 6, merged 0, skipped 0"_s)) << first.out.toStdString();
    const auto second = runProcess(outloudBinary(),
        {u"import"_s, file, u"--format"_s, u"linkedin"_s, u"--database"_s, demo.path});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(u"Added 0, merged 0, skipped 6"_s)) << second.out.toStdString();
    EXPECT_TRUE(second.out.contains(u"Jürgen Müller (line 6)"_s)) << second.out.toStdString();

    const auto vcard = runProcess(outloudBinary(),
        {u"import"_s, sharedFixture(u"contacts.vcf"_s), u"--member"_s, u"Priya Raman"_s,
            u"--database"_s, demo.path});
    ASSERT_EQ(vcard.exitCode, 0) << vcard.err.toStdString();
    EXPECT_TRUE(vcard.out.contains(u"Added 3"_s) && vcard.out.contains(u"Priya Raman"_s))
        << vcard.out.toStdString();
}

TEST(IoCli, OverridesAndDryRun)
{
    DemoFile demo;
    const QByteArray bytesBefore = fileBytes(demo.path);
    const QString file = demo.dir.filePath(u"latin1.csv"_s);
    ASSERT_TRUE(writeFile(file, "Name;Company\nJ\xfcrgen Wei\xdf;Caf\xe9 GmbH\n"));
    const auto dry = runProcess(outloudBinary(),
        {u"import"_s, file, u"--delimiter"_s, u";"_s, u"--encoding"_s, u"latin1"_s, u"--dry-run"_s,
            u"--database"_s, demo.path});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(u"Would add 1"_s)) << dry.out.toStdString();
    EXPECT_EQ(fileBytes(demo.path), bytesBefore);
    // Forcing UTF-8 on Latin-1 bytes names the line and writes nothing.
    const auto wrong = runProcess(outloudBinary(),
        {u"import"_s, file, u"--encoding"_s, u"utf-8"_s, u"--database"_s, demo.path});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(u"Line 2"_s)) << wrong.err.toStdString();
    EXPECT_EQ(runProcess(outloudBinary(),
                  {u"import"_s, file, u"--delimiter"_s, u"x"_s, u"--database"_s, demo.path})
                  .exitCode,
        2);
    const auto real = runProcess(outloudBinary(), {u"import"_s, file, u"--database"_s, demo.path});
    ASSERT_EQ(real.exitCode, 0) << real.err.toStdString();
    QString error;
    std::unique_ptr<Database> db = Database::open(demo.path, &error, Database::OpenMode::MustExist);
    ASSERT_TRUE(db);
    EXPECT_EQ(
        scalar(*db, u"SELECT organization FROM person WHERE name = 'Jürgen Weiß'"_s).toString(),
        u"Café GmbH"_s);
}

TEST(IoCli, BrokenFilesFailAndLeaveTheDatabaseUntouched)
{
    DemoFile demo;
    const QString before = demo.dump();
    const QByteArray bytesBefore = fileBytes(demo.path);
    struct Case
    {
        const char* name;
        QByteArray bytes;
        const char* expect;
    };
    QByteArray garbage(2048, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919) % 251);
    const QList<Case> cases = {
        {"unbalanced.csv", "Name,Company\nAda,\"Northwind\nBo,Contoso\n", "Line 2"},
        {"nocard.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:Ada\n", "Card 1"},
        {"binary.csv", garbage, "binary"},
        {"truncated.json", "{\"format\":\"outloud\",\n\"tables\":[", "Line 2"},
        {"huge.csv", "Name\n\"" + QByteArray(10 * 1024 * 1024, 'z') + "\"\n", "Line 2"},
    };
    for (const Case& c : cases) {
        const QString file = demo.dir.filePath(QString::fromLatin1(c.name));
        ASSERT_TRUE(writeFile(file, c.bytes));
        const auto r = runProcess(outloudBinary(), {u"import"_s, file, u"--database"_s, demo.path});
        EXPECT_EQ(r.exitCode, 1) << c.name;
        EXPECT_TRUE(r.err.contains(QString::fromLatin1(c.expect)))
            << c.name << ": " << r.err.toStdString();
        EXPECT_EQ(fileBytes(demo.path), bytesBefore) << c.name;
    }
    const auto noMember = runProcess(outloudBinary(),
        {u"import"_s, sharedFixture(u"contacts.vcf"_s), u"--member"_s, u"Nobody"_s, u"--database"_s,
            demo.path});
    EXPECT_EQ(noMember.exitCode, 1);
    EXPECT_TRUE(noMember.err.contains(u"Nobody"_s)) << noMember.err.toStdString();
    const auto badFormat = runProcess(outloudBinary(),
        {u"import"_s, sharedFixture(u"contacts.vcf"_s), u"--format"_s, u"xls"_s, u"--database"_s,
            demo.path});
    EXPECT_EQ(badFormat.exitCode, 2);
    const auto missing = runProcess(outloudBinary(),
        {u"import"_s, demo.dir.filePath(u"nope.csv"_s), u"--database"_s, demo.path});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(demo.dump(), before);
}

TEST(IoCli, ExportJsonRestoreIntoAFreshFileAndBackup)
{
    DemoFile demo;
    const QString json = demo.dir.filePath(u"all.json"_s);
    const auto exported = runProcess(outloudBinary(),
        {u"export-data"_s, u"--format"_s, u"json"_s, u"--output"_s, json, u"--database"_s,
            demo.path});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(QFileInfo(json).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
        QFileDevice::Permissions());

    const QString fresh = demo.dir.filePath(u"fresh.sqlite"_s);
    const auto restored = runProcess(outloudBinary(), {u"import"_s, json, u"--database"_s, fresh});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    const QString again = demo.dir.filePath(u"again.json"_s);
    ASSERT_EQ(runProcess(outloudBinary(),
                  {u"export-data"_s, u"--format"_s, u"json"_s, u"--output"_s, again,
                      u"--database"_s, fresh})
                  .exitCode,
        0);
    EXPECT_EQ(fileBytes(again), fileBytes(json));

    const QString csv = demo.dir.filePath(u"contributions.csv"_s);
    const auto contributions = runProcess(outloudBinary(),
        {u"export-data"_s, u"--format"_s, u"csv"_s, u"--table"_s, u"contributions"_s, u"--output"_s,
            csv, u"--database"_s, demo.path});
    ASSERT_EQ(contributions.exitCode, 0) << contributions.err.toStdString();
    EXPECT_TRUE(fileBytes(csv).startsWith("List of,Date,Direction,Person"));
    EXPECT_EQ(
        runProcess(outloudBinary(), {u"export-data"_s, u"--format"_s, u"xml"_s, u"--output"_s, csv})
            .exitCode,
        2);

    const QString backup = demo.dir.filePath(u"copy.sqlite"_s);
    const auto b = runProcess(
        outloudBinary(), {u"backup"_s, u"--output"_s, backup, u"--database"_s, demo.path});
    ASSERT_EQ(b.exitCode, 0) << b.err.toStdString();
    EXPECT_EQ(QFileInfo(backup).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
        QFileDevice::Permissions());
    QString error;
    std::unique_ptr<Database> copy = Database::open(backup, &error, Database::OpenMode::MustExist);
    ASSERT_TRUE(copy) << error.toStdString();
    EXPECT_EQ(tableDump(*copy), demo.dump());
    EXPECT_EQ(runProcess(outloudBinary(), {u"backup"_s, u"--database"_s, demo.path}).exitCode, 2);
}

TEST(IoCli, CsvExportDefusesFormulasByDefaultAndWritesThemExactlyWithExact)
{
    DemoFile demo;
    const QString csv = demo.dir.filePath(u"hostile.csv"_s);
    ASSERT_TRUE(
        writeFile(csv, "Name,Company\n\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",@SUM(1)\n"));
    const auto imported = runProcess(outloudBinary(),
        {u"import"_s, csv, u"--member"_s, u"Priya Raman"_s, u"--database"_s, demo.path});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QString out = demo.dir.filePath(u"people.csv"_s);
    const QStringList args = {
        u"export-data"_s, u"--format"_s, u"csv"_s, u"--output"_s, out, u"--database"_s, demo.path};
    ASSERT_EQ(runProcess(outloudBinary(), args).exitCode, 0);
    QByteArray bytes = fileBytes(out);
    EXPECT_TRUE(bytes.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""))
        << bytes.toStdString();
    EXPECT_TRUE(bytes.contains(",'@SUM(1),")) << bytes.toStdString();
    ASSERT_EQ(runProcess(outloudBinary(), QStringList(args) << u"--exact"_s).exitCode, 0);
    bytes = fileBytes(out);
    EXPECT_TRUE(bytes.contains("\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""))
        << bytes.toStdString();
    EXPECT_TRUE(bytes.contains(",@SUM(1),")) << bytes.toStdString();
}

TEST(IoCli, OneBadByteInAUtf8FileIsRefusedWithLineAndColumnAlsoInADryRun)
{
    DemoFile demo;
    const QByteArray bytesBefore = fileBytes(demo.path);
    const QString file = demo.dir.filePath(u"broken.csv"_s);
    // UTF-8 names and, on line 3, one byte that is not UTF-8 (a Latin-1 é).
    ASSERT_TRUE(
        writeFile(file, "Name,Company\nZo\xc3\xab \xc3\x9cnal,Acme\nRen\xe9 Roux,Initech\n"));
    for (const bool dryRun : {true, false}) {
        QStringList args = {u"import"_s, file, u"--database"_s, demo.path};
        if (dryRun)
            args << u"--dry-run"_s;
        const auto r = runProcess(outloudBinary(), args);
        EXPECT_EQ(r.exitCode, 1) << "dry run " << dryRun << ": " << r.out.toStdString();
        EXPECT_TRUE(r.err.contains(u"Line 3, column 4"_s)) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(u"--encoding"_s)) << r.err.toStdString();
        EXPECT_EQ(fileBytes(demo.path), bytesBefore);
    }
    // Told the encoding, the user gets what they asked for.
    const auto latin = runProcess(outloudBinary(),
        {u"import"_s, file, u"--encoding"_s, u"latin1"_s, u"--dry-run"_s, u"--database"_s,
            demo.path});
    EXPECT_EQ(latin.exitCode, 0) << latin.err.toStdString();
}

TEST(IoCli, AReadOnlyDatabaseStaysReadOnlyAndAnImportRefusesToWriteIt)
{
    DemoFile demo;
    ASSERT_EQ(::chmod(QFile::encodeName(demo.path).constData(), 0400), 0);
    const QByteArray before = fileBytes(demo.path);
    const auto import = runProcess(outloudBinary(),
        {u"import"_s, sharedFixture(u"linkedin-Connections.csv"_s), u"--database"_s, demo.path});
    EXPECT_EQ(import.exitCode, 1);
    EXPECT_TRUE(import.err.contains(u"read-only"_s)) << import.err.toStdString();
    EXPECT_TRUE(import.err.contains(u"Nothing was imported"_s)) << import.err.toStdString();
    // Reading it is fine, and changes nothing either.
    const auto exported = runProcess(outloudBinary(),
        {u"export-data"_s, u"--format"_s, u"json"_s, u"--output"_s,
            demo.dir.filePath(u"all.json"_s), u"--database"_s, demo.path});
    EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    struct stat st
    {
    };
    ASSERT_EQ(::stat(QFile::encodeName(demo.path).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, mode_t(0400));
    EXPECT_EQ(fileBytes(demo.path), before);
    EXPECT_EQ(QDir(demo.dir.path()).entryList({u"demo.sqlite*"_s}, QDir::Files | QDir::Hidden),
        QStringList {u"demo.sqlite"_s})
        << "no -wal or -shm made beside a file nobody may write";
}

TEST(IoCli, UnderAnOpenUmaskTheDataFolderAndTheSettingsAreForTheOwnerAlone)
{
    for (const mode_t mask : {mode_t(0), mode_t(022)}) {
        QTemporaryDir home;
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        app.setProcessEnvironment(env);
        const mode_t previous = ::umask(mask);
        // The window writes the settings; demo creates the data folder as the window does.
        app.start(outloudBinary(), {u"--screenshot"_s, home.filePath(u"shot.png"_s)});
        ::umask(previous);
        ASSERT_TRUE(app.waitForFinished(120000));
        EXPECT_EQ(app.exitCode(), 0) << app.readAllStandardError().toStdString();
        const QString database = home.filePath(u"data/outloud/outloud.sqlite"_s);
        ::umask(mask);
        const auto demo = runProcess(outloudBinary(), {u"demo"_s, u"--database"_s, database});
        ::umask(previous);
        EXPECT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        const auto modeOf = [](const QString& path) {
            struct stat st
            {
            };
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777
                                                                         : mode_t(0);
        };
        EXPECT_EQ(modeOf(home.filePath(u"data"_s)), mode_t(0700)) << "umask " << mask;
        EXPECT_EQ(modeOf(home.filePath(u"data/outloud"_s)), mode_t(0700)) << "umask " << mask;
        EXPECT_EQ(modeOf(database), mode_t(0600)) << "umask " << mask;
        EXPECT_EQ(modeOf(home.filePath(u"config/outloud"_s)), mode_t(0700)) << "umask " << mask;
        EXPECT_EQ(modeOf(home.filePath(u"config/outloud/outloud.conf"_s)), mode_t(0600))
            << "umask " << mask;
    }
}
