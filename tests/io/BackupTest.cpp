// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Backups: private, once a day, rotated, restorable all or nothing.
#include "IoTestUtil.h"
#include "TestSupport.h"
#include "io/BackupJob.h"
#include "io/BackupService.h"
#include "people/PeopleService.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::io;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
bool isPrivate(const QString& path)
{
    const auto p = QFileInfo(path).permissions();
    return (p & (QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && !(p
            & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                | QFileDevice::WriteOther));
}

void addPerson(Database& db, qint64 memberId, const QString& name)
{
    Person p;
    p.memberId = memberId;
    p.name = name;
    QString error;
    EXPECT_GT(PeopleService(db).add(p, &error), 0) << error.toStdString();
}
} // namespace

TEST(Backup, IsAPrivateConsistentCopy)
{
    TempDatabase t;
    const qint64 me = makeCircle(t.db());
    addPerson(t.db(), me, u"Ada"_s);
    BackupService backups(t.db());
    // A file's backups lie beside it; a server database's (JSON archives) with the user.
    const bool server = t->isServer();
    EXPECT_EQ(backups.folder(),
        server ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                + u"/server-backups"_s
               : QFileInfo(t.path()).absolutePath() + u"/backups"_s);
    QString path;
    QString error;
    ASSERT_TRUE(backups.backupNow(&path, &error)) << error.toStdString();
    EXPECT_TRUE(path.startsWith(backups.folder()));
    EXPECT_TRUE(path.endsWith(
        server ? u"-20260302-100000.json"_s : u"outloud.sqlite-20260302-100000.sqlite"_s))
        << path.toStdString();
    EXPECT_TRUE(isPrivate(path));
    EXPECT_FALSE(QFileInfo::exists(path + u".partial"_s));
    EXPECT_EQ(backupDump(path, &error), tableDump(t.db())) << error.toStdString();

    const QString explicitPath = t.dir() + (server ? u"/explicit.json"_s : u"/explicit.sqlite"_s);
    ASSERT_TRUE(backups.backupTo(explicitPath, &error)) << error.toStdString();
    EXPECT_TRUE(isPrivate(explicitPath));
    ASSERT_TRUE(backups.backupTo(explicitPath, &error))
        << error.toStdString(); // replaces atomically
    EXPECT_EQ(backupDump(explicitPath, &error), tableDump(t.db())) << error.toStdString();
    if (!server) {
        EXPECT_FALSE(backups.backupTo(t.path(), &error));
    }
}

TEST(Backup, AtMostOnceADayAndTheNewestTenAreKept)
{
    TempDatabase t;
    makeCircle(t.db());
    QDateTime now = fixedNow();
    t->setClock([&now] { return now; });
    BackupService backups(t.db());
    EXPECT_EQ(backups.keep(), 10);
    bool made = false;
    QString error;
    // The server's own backups keep a server database: no daily copy on this machine;
    // backups made on request are kept and rotated the same way.
    const bool daily = !t->isServer();
    const auto backUp = [&] {
        if (daily)
            return backups.backupIfDue(&made, &error);
        bool due = true;
        const bool ok = backups.backupIfDue(&due, &error);
        EXPECT_FALSE(due) << "no automatic backup of a server database";
        made = ok && backups.backupNow(nullptr, &error);
        return ok && made;
    };
    ASSERT_TRUE(backUp()) << error.toStdString();
    EXPECT_TRUE(made);
    now = now.addSecs(3600 * 8); // later the same day
    if (daily) {
        ASSERT_TRUE(backups.backupIfDue(&made, &error));
        EXPECT_FALSE(made);
    }
    EXPECT_EQ(backups.backups().size(), 1);

    for (int day = 1; day <= 14; ++day) {
        now = fixedNow().addDays(day);
        ASSERT_TRUE(backUp()) << error.toStdString();
        EXPECT_TRUE(made);
    }
    const QList<BackupInfo> list = backups.backups();
    ASSERT_EQ(list.size(), 10);
    EXPECT_EQ(list.first().madeAt.date(), fixedNow().date().addDays(14)); // newest first
    EXPECT_EQ(list.last().madeAt.date(), fixedNow().date().addDays(5));
    for (const BackupInfo& b : list) {
        EXPECT_TRUE(isPrivate(b.path));
        EXPECT_GT(b.bytes, 0);
    }
    backups.setKeep(3);
    now = now.addDays(1);
    ASSERT_TRUE(backUp());
    EXPECT_EQ(backups.backups().size(), 3);
}

TEST(Backup, RestoreReplacesContentsAndKeepsWhatItReplaced)
{
    TempDatabase t;
    const qint64 me = makeCircle(t.db());
    addPerson(t.db(), me, u"Ada"_s);
    BackupService backups(t.db());
    QString path;
    QString error;
    ASSERT_TRUE(backups.backupNow(&path, &error));
    const QString atBackup = tableDump(t.db());
    addPerson(t.db(), me, u"Bo"_s);
    const QString withBo = tableDump(t.db());

    int notifications = 0;
    QObject::connect(&t.db(), &Database::changed, [&notifications] { ++notifications; });
    QString savedAs;
    ASSERT_TRUE(backups.restoreBackup(path, &savedAs, &error)) << error.toStdString();
    EXPECT_EQ(tableDump(t.db()), atBackup);
    EXPECT_GE(notifications, 1);
    EXPECT_TRUE(savedAs.contains(u"before-restore"_s));
    EXPECT_EQ(backupDump(savedAs, &error), withBo) << error.toStdString();
    EXPECT_TRUE(backups.backups().first().beforeRestore || backups.backups().at(1).beforeRestore);
    t.reopen();
    EXPECT_EQ(tableDump(t.db()), atBackup); // it reached the disk

    // Not a backup: refused, nothing changed.
    BackupService again(t.db());
    const QString junk = t.dir() + (t->isServer() ? u"/junk.json"_s : u"/junk.sqlite"_s);
    ASSERT_TRUE(writeFile(junk, QByteArray(4096, 'j')));
    EXPECT_FALSE(again.restoreBackup(junk, &savedAs, &error));
    EXPECT_FALSE(again.restoreBackup(t.dir() + u"/missing.sqlite"_s, &savedAs, &error));
    EXPECT_EQ(tableDump(t.db()), atBackup);
}

TEST(Backup, BackupsOnConnectionsOfTheirOwnTakeTurns)
{
    // The daily backup and Back Up Now run on threads and connections of their own, by the
    // same clock: at once, they would pick the same name and remove each other's copy.
    TempDatabase t;
    const qint64 me = makeCircle(t.db());
    addPerson(t.db(), me, u"Ada"_s);
    const QString expected = tableDump(t.db());
    const Clock clock = t->clock();
    QStringList made[2];
    QString errors[2];
    QList<QThread*> threads;
    for (int i = 0; i < 2; ++i) {
        threads.append(QThread::create([&, i] {
            for (int n = 0; n < 3; ++n) {
                QString path;
                if (runBackupTask(
                        t.path(), clock, BackupTask::BackupNow, QString(), &path, &errors[i]))
                    made[i].append(path);
            }
        }));
    }
    for (QThread* thread : threads)
        thread->start();
    for (QThread* thread : threads) {
        ASSERT_TRUE(thread->wait(60000));
        delete thread;
    }
    EXPECT_TRUE(errors[0].isEmpty()) << errors[0].toStdString();
    EXPECT_TRUE(errors[1].isEmpty()) << errors[1].toStdString();
    QStringList all = made[0] + made[1];
    ASSERT_EQ(all.size(), 6);
    all.removeDuplicates();
    EXPECT_EQ(all.size(), 6) << "every backup has a name of its own";
    const QString folder = BackupService(t.db()).folder();
    EXPECT_EQ(BackupService(t.db()).backups().size(), 6);
    if (!t->isServer()) { // the server's archives share a folder with other tests' archives
        EXPECT_TRUE(
            QDir(folder).entryList({u"*.partial*"_s}, QDir::Files | QDir::Hidden).isEmpty());
    }
    QString error;
    for (const QString& path : all)
        EXPECT_EQ(backupDump(path, &error), expected) << path.toStdString() << error.toStdString();
}

TEST(Backup, ARestoreOnAConnectionOfItsOwnIsSeenWholeByTheWindowsConnection)
{
    TempDatabase t;
    const qint64 me = makeCircle(t.db());
    addPerson(t.db(), me, u"Ada"_s);
    QString backup;
    QString error;
    ASSERT_TRUE(BackupService(t.db()).backupNow(&backup, &error)) << error.toStdString();
    const QString atBackup = tableDump(t.db());
    addPerson(t.db(), me, u"Bo"_s);
    const QString withBo = tableDump(t.db());
    int notifications = 0;
    QObject::connect(&t.db(), &Database::changed, [&notifications] { ++notifications; });
    {
        // The window's connection is in the middle of reading a list: the restore on a
        // connection of its own is neither stopped by it nor seen half-done through it.
        QSqlQuery reading(t->connection());
        reading.setForwardOnly(true);
        ASSERT_TRUE(reading.exec(u"SELECT name FROM person ORDER BY id"_s));
        ASSERT_TRUE(reading.next());
        QString savedAs;
        ASSERT_TRUE(runBackupTask(
            t.path(), t->clock(), BackupTask::RestoreBackup, backup, &savedAs, &error))
            << error.toStdString();
        EXPECT_EQ(backupDump(savedAs, &error), withBo) << error.toStdString();
        QStringList rest;
        while (reading.next())
            rest.append(reading.value(0).toString());
        if (!t->isServer()) {
            EXPECT_EQ(rest, QStringList {u"Bo"_s}) << "the read it had begun, as it began";
        }
    }
    EXPECT_EQ(notifications, 0) << "the window's pages re-read when the window says so";
    EXPECT_EQ(tableDump(t.db()), atBackup);

    // A backup it refuses changes nothing and leaves no backup behind.
    const int before = int(BackupService(t.db()).backups().size());
    const QString junk = t.dir() + (t->isServer() ? u"/junk.json"_s : u"/junk.sqlite"_s);
    ASSERT_TRUE(writeFile(junk, QByteArray(4096, 'j')));
    QString savedAs;
    EXPECT_FALSE(
        runBackupTask(t.path(), t->clock(), BackupTask::RestoreBackup, junk, &savedAs, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(tableDump(t.db()), atBackup);
    EXPECT_EQ(BackupService(t.db()).backups().size(), before);
}
