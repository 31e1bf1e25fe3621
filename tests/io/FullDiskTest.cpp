// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every output file on a full disk and in a read-only folder: a clear message, the old
// file kept byte for byte, nothing left beside it. A small tmpfs where the machine lets
// the test mount one (root), an injected write failure everywhere.
#include "IoTestUtil.h"
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "io/BackupService.h"
#include "io/CsvExport.h"
#include "io/FileIo.h"
#include "io/JsonArchive.h"
#include "meetings/CalendarExport.h"
#include "meetings/PlanService.h"
#include "settings/UserSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <cerrno>
#include <functional>
#include <gtest/gtest.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {

// A 2 MB tmpfs mounted over a temporary folder for the test's lifetime.
class SmallDisk
{
public:
    SmallDisk()
    {
        if (::geteuid() != 0 || !m_dir.isValid())
            return;
        m_mounted = ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0,
                        "size=2m,mode=0700")
            == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    QString path() const { return m_dir.path(); }

    // Takes every free byte, then gives it back.
    void fill()
    {
        QFile filler(filePath(u"filler"_s));
        ASSERT_TRUE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size() && filler.flush()) { }
    }
    void unfill() { QFile::remove(filePath(u"filler"_s)); }
    bool setReadOnly(bool readOnly)
    {
        const unsigned long flags = MS_REMOUNT | (readOnly ? MS_RDONLY : 0);
        return ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", flags,
                   "size=2m,mode=0700")
            == 0;
    }
    QStringList entries() const
    {
        return QDir(path()).entryList(
            QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

struct DemoDatabase
{
    QTemporaryDir dir;
    QString path = dir.filePath(u"demo.sqlite"_s);
    DemoDatabase()
    {
        const auto r = runProcess(
            outloudBinary(), {u"demo"_s, u"--database"_s, path, u"--today"_s, u"2026-03-02"_s});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
};

// One output path of the command line: the arguments that write FILE.
struct OutputCase
{
    const char* name;
    QStringList arguments;
};

QList<OutputCase> outputCases(const QString& database)
{
    const QStringList db = {u"--database"_s, database};
    return {
        {"calendar.ics", QStringList {u"calendar"_s, u"--output"_s} << db},
        {"people.csv",
            QStringList {
                u"export-data"_s, u"--format"_s, u"csv"_s, u"--table"_s, u"people"_s, u"--output"_s}
                << db},
        {"contributions.csv",
            QStringList {u"export-data"_s, u"--format"_s, u"csv"_s, u"--table"_s,
                u"contributions"_s, u"--output"_s}
                << db},
        {"all.json", QStringList {u"export-data"_s, u"--format"_s, u"json"_s, u"--output"_s} << db},
        {"backup.sqlite", QStringList {u"backup"_s, u"--output"_s} << db},
        {"member.pdf", QStringList {u"export"_s, u"--week"_s, u"7"_s, u"--output"_s} << db},
        {"circle.pdf",
            QStringList {u"export"_s, u"--week"_s, u"7"_s, u"--circle-summary"_s, u"--output"_s}
                << db},
    };
}

// The command with FILE put after --output.
QStringList withOutput(QStringList arguments, const QString& file)
{
    arguments.insert(arguments.indexOf(u"--output"_s) + 1, file);
    return arguments;
}

void expectClearMessage(const ProcessResult& r, const QString& reason, const char* name)
{
    EXPECT_NE(r.exitCode, 0) << name << ": " << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(reason)) << name << ": " << r.err.toStdString();
    for (const QString& vague : {u"Unknown error"_s, u"disk I/O error"_s, u"readonly database"_s})
        EXPECT_FALSE(r.err.contains(vague)) << name << ": " << r.err.toStdString();
}

} // namespace

TEST(FullDisk, EveryOutputOfTheCommandLineKeepsTheOldFileOnAFullDiskAndAReadOnlyFolder)
{
    SmallDisk disk;
    if (!disk.mounted())
        GTEST_SKIP() << "mounting a small tmpfs needs root; the injected failures below cover it";
    DemoDatabase demo;
    const QList<OutputCase> cases = outputCases(demo.path);
    QHash<QString, QByteArray> good;
    for (const OutputCase& c : cases) {
        const QString file = disk.filePath(QString::fromLatin1(c.name));
        const auto r = runProcess(outloudBinary(), withOutput(c.arguments, file));
        ASSERT_EQ(r.exitCode, 0) << c.name << ": " << r.err.toStdString();
        good.insert(file, fileBytes(file));
        ASSERT_FALSE(good.value(file).isEmpty()) << c.name;
    }
    const QStringList listing = disk.entries();

    disk.fill();
    for (const OutputCase& c : cases) {
        const QString file = disk.filePath(QString::fromLatin1(c.name));
        const auto r = runProcess(outloudBinary(), withOutput(c.arguments, file));
        expectClearMessage(r, u"the disk is full"_s, c.name);
        EXPECT_EQ(fileBytes(file), good.value(file)) << c.name;
        QStringList now = disk.entries();
        now.removeAll(u"filler"_s);
        EXPECT_EQ(now, listing) << c.name << ": nothing may be left behind";
    }
    disk.unfill();

    ASSERT_TRUE(disk.setReadOnly(true));
    for (const OutputCase& c : cases) {
        const QString file = disk.filePath(QString::fromLatin1(c.name));
        const auto r = runProcess(outloudBinary(), withOutput(c.arguments, file));
        expectClearMessage(r, u"this folder is read-only"_s, c.name);
        EXPECT_EQ(fileBytes(file), good.value(file)) << c.name;
    }
    EXPECT_EQ(disk.entries(), listing);
    ASSERT_TRUE(disk.setReadOnly(false));
}

TEST(FullDisk, SettingsSurviveAFullDisk)
{
    SmallDisk disk;
    if (!disk.mounted())
        GTEST_SKIP() << "mounting a small tmpfs needs root";
    // Settings: outloud.conf under the small disk.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, disk.filePath(u"config"_s));
    {
        auto s = openUserSettings();
        s->setValue(u"language"_s, u"de"_s);
        s->setValue(u"window/page"_s, 3);
    }
    const QString conf = disk.filePath(u"config/outloud/outloud.conf"_s);
    const QByteArray before = fileBytes(conf);
    ASSERT_TRUE(before.contains("language=de")) << before.toStdString();

    disk.fill();
    {
        auto s = openUserSettings();
        s->setValue(u"report/lastFolder"_s, QString(2000, u'x'));
        s->setValue(u"language"_s, u"en"_s);
    }
    EXPECT_EQ(fileBytes(conf), before);
    EXPECT_EQ(QDir(disk.filePath(u"config/outloud"_s)).entryList(QDir::Files | QDir::Hidden),
        QStringList {u"outloud.conf"_s});
    disk.unfill();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, QString());
}

TEST(FullDisk, AnAutomaticBackupOnAFullDiskLeavesNothingInBackups)
{
    SmallDisk disk;
    if (!disk.mounted())
        GTEST_SKIP() << "mounting a small tmpfs needs root";
    // Backups: the database beside a backups/ folder on the small disk.
    const QString dbPath = disk.filePath(u"data/outloud.sqlite"_s);
    QString error;
    auto db = Database::open(dbPath, &error);
    ASSERT_TRUE(db) << error.toStdString();
    makeCircle(*db);
    io::BackupService backups(*db);
    ASSERT_TRUE(backups.backupNow(nullptr, &error)) << error.toStdString();
    const QStringList backupFiles = QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden);
    ASSERT_EQ(backupFiles.size(), 1);

    disk.fill();
    db->setClock([] { return fixedNow().addDays(1); });
    EXPECT_FALSE(backups.backupNow(nullptr, &error));
    EXPECT_TRUE(error.contains(u"the disk is full"_s)) << error.toStdString();
    EXPECT_EQ(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden), backupFiles);
    disk.unfill();
}

TEST(FullDisk, AnInjectedWriteFailureKeepsEveryOldFileAndSaysWhy)
{
    TempDatabase t;
    makeCircle(t.db());
    const qint64 circleId = CircleService(t.db()).defaultCircleId();
    const WeekPlan plan = PlanService(t.db()).plan(circleId);
    io::BackupService backups(t.db());
    using Writer = std::function<bool(const QString&, QString*)>;
    const QList<std::pair<const char*, Writer>> writers = {
        {"calendar.ics",
            [&](const QString& p, QString* e) {
                return CalendarExport::exportToFile(t.db(), circleId, plan, p, e);
            }},
        {"people.csv",
            [&](const QString& p, QString* e) { return io::writePeopleCsv(t.db(), -1, p, e); }},
        {"contributions.csv",
            [&](const QString& p, QString* e) {
                return io::writeContributionsCsv(t.db(), -1, p, e);
            }},
        {"all.json",
            [&](const QString& p, QString* e) { return io::json::writeExport(t.db(), p, e); }},
        {"backup.sqlite", [&](const QString& p, QString* e) { return backups.backupTo(p, e); }},
        {"plain.txt",
            [&](const QString& p, QString* e) { return io::writePrivateFile(p, "new", e); }},
    };
    QTemporaryDir out;
    for (const auto& [name, write] : writers) {
        const QString file = out.filePath(QString::fromLatin1(name));
        QString error;
        ASSERT_TRUE(write(file, &error)) << name << ": " << error.toStdString();
    }
    const QStringList listing = QDir(out.path()).entryList(QDir::Files | QDir::Hidden);
    for (const auto& [errnoValue, reason] : {std::pair {ENOSPC, u"the disk is full"_s},
             std::pair {EROFS, u"this folder is read-only"_s}}) {
        for (const auto& [name, write] : writers) {
            const QString file = out.filePath(QString::fromLatin1(name));
            const QByteArray before = fileBytes(file);
            io::injectWriteFailure(errnoValue);
            QString error;
            EXPECT_FALSE(write(file, &error)) << name;
            io::injectWriteFailure(0);
            EXPECT_TRUE(error.contains(reason)) << name << ": " << error.toStdString();
            EXPECT_FALSE(error.contains(u"Unknown error"_s)) << error.toStdString();
            EXPECT_EQ(fileBytes(file), before) << name;
            EXPECT_EQ(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), listing) << name;
        }
    }
    // The automatic backups: no half-made file in backups/ either.
    ASSERT_TRUE(backups.backupNow(nullptr, nullptr));
    const QStringList made = QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden);
    t->setClock([] { return fixedNow().addDays(1); });
    io::injectWriteFailure(ENOSPC);
    QString error;
    EXPECT_FALSE(backups.backupNow(nullptr, &error));
    io::injectWriteFailure(0);
    EXPECT_TRUE(error.contains(u"the disk is full"_s)) << error.toStdString();
    EXPECT_EQ(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden), made);
}

TEST(FullDisk, AnImportIntoADatabaseInAReadOnlyFolderSaysSoAndBlamesNoLine)
{
    SmallDisk disk;
    if (!disk.mounted())
        GTEST_SKIP() << "remounting a folder read-only needs root";
    const QString path = disk.filePath(u"demo.sqlite"_s);
    const auto demo = runProcess(
        outloudBinary(), {u"demo"_s, u"--database"_s, path, u"--today"_s, u"2026-03-02"_s});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    const QByteArray before = fileBytes(path);
    ASSERT_TRUE(disk.setReadOnly(true));
    const auto r = runProcess(outloudBinary(),
        {u"import"_s, sharedFixture(u"linkedin-Connections.csv"_s), u"--database"_s, path});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"read-only"_s)) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(u"line"_s)) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(u"readonly database"_s)) << r.err.toStdString();
    EXPECT_EQ(fileBytes(path), before);
    ASSERT_TRUE(disk.setReadOnly(false));
}
