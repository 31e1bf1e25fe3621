// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../io/IoTestUtil.h"
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUrl>
#include <gtest/gtest.h>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

// Runs raw SQL on a file through a separate connection, as another program would.
void rawSql(const QString& path, const QStringList& statements)
{
    const QString name = u"raw-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements)
            ASSERT_TRUE(q.exec(s)) << s.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

TEST(Storage, ANewFileIsAtTheCurrentVersionWithWalAndForeignKeys)
{
    OUTLOUD_SQLITE_ONLY();
    TempDatabase t;
    EXPECT_EQ(t->schemaVersion(), Database::currentSchemaVersion());
    EXPECT_EQ(scalar(t.db(), u"PRAGMA application_id"_s).toUInt(), Database::ApplicationId);
    EXPECT_EQ(scalar(t.db(), u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    EXPECT_EQ(scalar(t.db(), u"PRAGMA foreign_keys"_s).toInt(), 1);
    EXPECT_EQ(scalar(t.db(), u"PRAGMA synchronous"_s).toInt(), 2) << "FULL";
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM contribution_kind"_s).toInt(), 10);
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM channel"_s).toInt(), 10);
}

TEST(Storage, TheFileIsReadableByItsOwnerAlone)
{
    OUTLOUD_SQLITE_ONLY();
    TempDatabase t;
    CircleService(t.db()).addMember(1, u"x"_s, nullptr); // some write so the WAL exists
    const auto perms = QFileInfo(t.path()).permissions();
    EXPECT_EQ(perms
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                | QFileDevice::WriteOther),
        QFileDevice::Permissions());
    EXPECT_TRUE(perms & QFileDevice::ReadOwner);
    if (QFileInfo::exists(t.path() + u"-wal"_s)) {
        const auto wal = QFileInfo(t.path() + u"-wal"_s).permissions();
        EXPECT_FALSE(wal & (QFileDevice::ReadGroup | QFileDevice::ReadOther));
    }
}

TEST(Storage, AFileThatIsNotSqliteIsRefusedAndLeftUntouched)
{
    QTemporaryDir dir;
    const QByteArray bytes = "Name,Closeness\nAda,3\n";
    const QString path = writeFile(dir, u"people.csv"_s, bytes);
    QString error;
    EXPECT_EQ(Database::open(path, &error), nullptr);
    EXPECT_TRUE(error.contains(u"not an Outloud database"_s)) << error.toStdString();
    EXPECT_EQ(fileBytes(path), bytes);
    EXPECT_FALSE(QFileInfo::exists(path + u"-wal"_s));
}

TEST(Storage, AnEmptyFileOrAnotherProgramsEmptyDatabaseIsNeverTakenOver)
{
    // Outloud creates its files whole, so an empty one is not Outloud's to fill.
    QTemporaryDir dir;
    const QString empty = writeFile(dir, u"empty.sqlite"_s, {});
    ASSERT_TRUE(QFile::setPermissions(empty,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::ReadOther));
    const QString blank = dir.filePath(u"blank.sqlite"_s);
    rawSql(blank, {u"CREATE TABLE t (x)"_s, u"DROP TABLE t"_s});
    for (const QString& path : {empty, blank}) {
        const QByteArray before = fileBytes(path);
        const QFileDevice::Permissions mode = QFileInfo(path).permissions();
        QString error;
        EXPECT_EQ(Database::open(path, &error), nullptr) << path.toStdString();
        EXPECT_TRUE(error.contains(u"left unchanged"_s)) << error.toStdString();
        EXPECT_EQ(fileBytes(path), before) << path.toStdString();
        EXPECT_EQ(QFileInfo(path).permissions(), mode) << path.toStdString();
        EXPECT_FALSE(QFileInfo::exists(path + u"-wal"_s));
    }
}

TEST(Storage, AFileWithAnSqliteHeaderButGarbageAfterIsRefusedAndLeftUntouched)
{
    QTemporaryDir dir;
    QByteArray bytes("SQLite format 3\0", 16);
    bytes += QByteArray(4000, '\x7f');
    const QString path = writeFile(dir, u"broken.sqlite"_s, bytes);
    QString error;
    EXPECT_EQ(Database::open(path, &error), nullptr);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(fileBytes(path), bytes);
}

TEST(Storage, ADatabaseWhoseHeaderLagsBehindItsWalStillOpens)
{
    // Killed before a checkpoint: the main file's header still says "new", the WAL
    // holds the schema. Opening must read through the WAL, not refuse the file.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"wal.sqlite"_s);
    const QString copy = dir.filePath(u"copy.sqlite"_s);
    {
        auto db = Database::open(path, nullptr);
        ASSERT_TRUE(db);
        QFile::copy(path, copy);
        QFile::copy(path + u"-wal"_s, copy + u"-wal"_s);
    }
    QString error;
    auto db = Database::open(copy, &error);
    ASSERT_TRUE(db) << error.toStdString();
    EXPECT_EQ(scalar(*db, u"SELECT count(*) FROM contribution_kind"_s).toInt(), 10);
}

TEST(Storage, AnotherProgramsSqliteFileIsRefusedAndLeftUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.sqlite"_s);
    rawSql(path,
        {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s,
            u"INSERT INTO notes (text) VALUES ('hi')"_s});
    const QByteArray before = fileBytes(path);
    QString error;
    EXPECT_EQ(Database::open(path, &error), nullptr);
    EXPECT_TRUE(error.contains(u"another program"_s)) << error.toStdString();
    EXPECT_EQ(fileBytes(path), before);
}

TEST(Storage, AFileFromANewerOutloudIsRefusedAndLeftUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"newer.sqlite"_s);
    {
        QString error;
        auto db = Database::open(path, &error);
        ASSERT_TRUE(db) << error.toStdString();
    }
    rawSql(path,
        {u"PRAGMA journal_mode = DELETE"_s,
            u"PRAGMA user_version = %1"_s.arg(Database::currentSchemaVersion() + 1)});
    const QByteArray before = fileBytes(path);
    QString error;
    EXPECT_EQ(Database::open(path, &error), nullptr);
    EXPECT_TRUE(error.contains(u"newer version of Outloud"_s)) << error.toStdString();
    EXPECT_EQ(fileBytes(path), before);
}

namespace {
// A database whose last transactions are still in its -wal (a crash before the
// checkpoint), copied with its -wal and -shm while the writer holds them open.
struct HotWal
{
    QString path;
    QByteArray main, wal, shm;
    HotWal(const QTemporaryDir& dir, const QString& name, const QStringList& statements)
        : path(dir.filePath(name))
    {
        const QString source = dir.filePath(u"source-"_s + name);
        const QString connection = u"hot-"_s + name;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(source);
            EXPECT_TRUE(db.open());
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(u"PRAGMA journal_mode = WAL"_s));
            EXPECT_TRUE(q.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
            for (const QString& s : statements)
                EXPECT_TRUE(q.exec(s)) << s.toStdString();
            for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
                EXPECT_TRUE(QFile::copy(source + suffix, path + suffix)) << suffix.toStdString();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        main = fileBytes(path);
        wal = fileBytes(path + u"-wal"_s);
        shm = fileBytes(path + u"-shm"_s);
        EXPECT_FALSE(wal.isEmpty());
    }
    void expectUntouched() const
    {
        EXPECT_EQ(fileBytes(path), main) << "main file of " << path.toStdString();
        EXPECT_EQ(fileBytes(path + u"-wal"_s), wal) << "-wal of " << path.toStdString();
        EXPECT_EQ(fileBytes(path + u"-shm"_s), shm) << "-shm of " << path.toStdString();
    }
};
} // namespace

TEST(Storage, ARefusedFileWithAnUncheckpointedWalKeepsEveryByteOfItsThreeFiles)
{
    QTemporaryDir dir;
    // An Outloud file whose newer version is recorded only in the -wal.
    const QString outloud = dir.filePath(u"outloud.sqlite"_s);
    ASSERT_TRUE(Database::open(outloud, nullptr));
    ASSERT_TRUE(QFile::copy(outloud, dir.filePath(u"source-newer.sqlite"_s)));
    const HotWal newer(dir, u"newer.sqlite"_s,
        {u"PRAGMA user_version = %1"_s.arg(Database::currentSchemaVersion() + 1),
            u"INSERT INTO channel (name, position) VALUES ('later', 99)"_s});
    // Another program's database, in WAL mode as well.
    const HotWal other(dir, u"other.sqlite"_s,
        {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s,
            u"INSERT INTO notes (text) VALUES ('hi')"_s});
    QString error;
    EXPECT_EQ(Database::open(newer.path, &error), nullptr);
    EXPECT_TRUE(error.contains(u"newer version of Outloud"_s)) << error.toStdString();
    newer.expectUntouched();
    EXPECT_EQ(Database::open(other.path, &error), nullptr);
    EXPECT_TRUE(error.contains(u"another program"_s)) << error.toStdString();
    other.expectUntouched();
}

TEST(Storage, AMissingFileIsCreatedOnlyWhenAsked)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/folder/new.sqlite"_s);
    QString error;
    EXPECT_EQ(Database::open(path, &error, Database::OpenMode::MustExist), nullptr);
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_NE(Database::open(path, &error), nullptr) << "creates missing folders too";
    EXPECT_TRUE(QFileInfo::exists(path));
}

// A file is built under a temporary name (.NAME.creating-PID) and renamed when whole. What a
// process killed midway left there goes when the file is next created; what a process that
// still runs is making stays.
TEST(Storage, CreatingAFileRemovesWhatAKilledCreatorLeftButNotWhatALiveOneMakes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.sqlite"_s);
    QProcess gone;
    gone.start(u"true"_s, {});
    ASSERT_TRUE(gone.waitForFinished(10000));
    const QString dead = QString::number(gone.processId() > 0 ? gone.processId() : 999999);
    const QString abandoned = dir.filePath(u".new.sqlite.creating-"_s + dead);
    writeFile(dir, u".new.sqlite.creating-"_s + dead, "half a database");
    writeFile(dir, u".new.sqlite.creating-"_s + dead + u"-journal"_s, "its journal");
    // The parent of this test runs as long as the test does.
    const QString alive = dir.filePath(u".new.sqlite.creating-"_s + QString::number(getppid()));
    writeFile(dir, u".new.sqlite.creating-"_s + QString::number(getppid()), "still being made");
    const QString other = writeFile(dir, u".other.sqlite.creating-"_s + dead, "another file's");

    QString error;
    ASSERT_NE(Database::open(path, &error), nullptr) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(abandoned));
    EXPECT_FALSE(QFileInfo::exists(abandoned + u"-journal"_s));
    EXPECT_TRUE(QFileInfo::exists(alive));
    EXPECT_TRUE(QFileInfo::exists(other));
}

TEST(Storage, AnUnwritablePathGivesAClearMessage)
{
    // A folder that cannot be created, even by root: its parent is a file.
    QTemporaryDir dir;
    const QString file = writeFile(dir, u"plain.txt"_s, "x");
    QString error;
    EXPECT_EQ(Database::open(file + u"/sub/x.sqlite"_s, &error), nullptr);
    EXPECT_TRUE(error.contains(u"plain.txt"_s)) << error.toStdString();
    EXPECT_EQ(fileBytes(file), QByteArray("x"));
}

TEST(Storage, TransactionRollsBackUnlessCommitted)
{
    TempDatabase t;
    {
        Transaction tx(t.db());
        ASSERT_TRUE(tx.isActive());
        QSqlQuery q(t->connection());
        ASSERT_TRUE(
            q.exec(u"INSERT INTO channel (name, position) VALUES ('Carrier pigeon', 99)"_s));
    }
    EXPECT_EQ(
        scalar(t.db(), u"SELECT count(*) FROM channel WHERE name = 'Carrier pigeon'"_s).toInt(), 0);
    {
        Transaction outer(t.db());
        {
            Transaction inner(t.db());
            QSqlQuery q(t->connection());
            ASSERT_TRUE(q.exec(u"INSERT INTO channel (name, position) VALUES ('Fax', 98)"_s));
            // inner not committed: its savepoint is rolled back
        }
        QSqlQuery q(t->connection());
        ASSERT_TRUE(q.exec(u"INSERT INTO channel (name, position) VALUES ('Telegram', 97)"_s));
        ASSERT_TRUE(outer.commit());
    }
    t.reopen();
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM channel WHERE name = 'Fax'"_s).toInt(), 0);
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM channel WHERE name = 'Telegram'"_s).toInt(), 1);
}

namespace {
// Sets the process umask for one scope: files and folders made inside see it.
struct Umask
{
    mode_t previous;
    explicit Umask(mode_t mask)
        : previous(::umask(mask))
    { }
    ~Umask() { ::umask(previous); }
};

mode_t modeOf(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
}
} // namespace

TEST(Storage, NewFoldersAndFilesAreForTheOwnerAloneWhateverTheUmask)
{
    for (const mode_t mask : {mode_t(0), mode_t(022)}) {
        QTemporaryDir dir;
        const Umask scope(mask);
        const QString path = dir.filePath(u"data/outloud/outloud.sqlite"_s);
        {
            QString error;
            auto db = Database::open(path, &error);
            ASSERT_TRUE(db) << error.toStdString();
            EXPECT_EQ(modeOf(path + u"-wal"_s), mode_t(0600)) << "umask " << mask;
        }
        EXPECT_EQ(modeOf(dir.filePath(u"data"_s)), mode_t(0700)) << "umask " << mask;
        EXPECT_EQ(modeOf(dir.filePath(u"data/outloud"_s)), mode_t(0700)) << "umask " << mask;
        EXPECT_EQ(modeOf(path), mode_t(0600)) << "umask " << mask;
        // Nothing of the making is left beside it.
        EXPECT_EQ(QDir(dir.filePath(u"data/outloud"_s))
                      .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList {u"outloud.sqlite"_s});
    }
}

TEST(Storage, AnExistingFileKeepsItsModeAndAReadOnlyOneIsNotWritten)
{
    QTemporaryDir dir;
    const QString shared = dir.filePath(u"shared.sqlite"_s);
    const QString locked = dir.filePath(u"locked.sqlite"_s);
    for (const QString& path : {shared, locked}) {
        QString error;
        auto db = Database::open(path, &error);
        ASSERT_TRUE(db) << error.toStdString();
        makeCircle(*db);
    }
    // The user shares one with the group and protects the other.
    ASSERT_EQ(::chmod(QFile::encodeName(shared).constData(), 0640), 0);
    ASSERT_EQ(::chmod(QFile::encodeName(locked).constData(), 0400), 0);
    const QByteArray lockedBytes = fileBytes(locked);
    {
        QString error;
        auto db = Database::open(shared, &error);
        ASSERT_TRUE(db) << error.toStdString();
        EXPECT_FALSE(db->isReadOnly());
    }
    EXPECT_EQ(modeOf(shared), mode_t(0640)) << "never tightened behind the user's back";
    {
        QString error;
        auto db = Database::open(locked, &error, Database::OpenMode::MustExist);
        ASSERT_TRUE(db) << error.toStdString();
        EXPECT_TRUE(db->isReadOnly());
        EXPECT_EQ(scalar(*db, u"SELECT count(*) FROM member"_s).toInt(), 3);
        // Even root, who may write any file, does not write this one.
        CircleService circles(*db);
        Circle c;
        c.name = u"Another"_s;
        c.startDate = QDate(2026, 2, 2);
        c.meetingWeekday = 1;
        EXPECT_LT(circles.createCircle(c, {u"Me"_s}, 0, 0, &error), 0);
        EXPECT_TRUE(error.contains(u"read-only"_s)) << error.toStdString();
    }
    EXPECT_EQ(modeOf(locked), mode_t(0400)) << "never widened";
    EXPECT_EQ(fileBytes(locked), lockedBytes);
}

TEST(Storage, BoundValuesKeepTheirMeaningWithOddInputs)
{
    // On PostgreSQL, integer values are written into the statement instead of bound (one
    // round trip instead of three): each must still mean what it meant as a parameter.
    TempDatabase t;
    QSqlQuery q(t->connection());
    const auto row = [&](const QString& sql, const QVariantList& values) {
        QString error;
        QVariantList result;
        EXPECT_TRUE(execPrepared(q, sql, values, u"test"_s, &error)) << error.toStdString();
        if (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                result << q.value(i);
        }
        q.finish();
        return result;
    };
    // A negative number after a minus is no comment; numbers at both ends of the range.
    QVariantList r = row(u"SELECT 10 - ?, CAST(? AS BIGINT), CAST(? AS BIGINT), ?"_s,
        {qint64(-1), std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(), 7});
    ASSERT_EQ(r.size(), 4);
    EXPECT_EQ(r.at(0).toLongLong(), 11);
    EXPECT_EQ(r.at(1).toLongLong(), std::numeric_limits<qint64>::max());
    EXPECT_EQ(r.at(2).toLongLong(), std::numeric_limits<qint64>::min());
    EXPECT_EQ(r.at(3).toLongLong(), 7);
    // A ? inside quotes, a quoted name or a comment is text, not a place for a value.
    r = row(u"SELECT '?', ? AS \"a?\", '''?' -- ?\n, ? /* ? */"_s, {1, 2});
    ASSERT_EQ(r.size(), 4);
    EXPECT_EQ(r.at(0).toString(), u"?"_s);
    EXPECT_EQ(r.at(1).toLongLong(), 1);
    EXPECT_EQ(r.at(2).toString(), u"'?"_s);
    EXPECT_EQ(r.at(3).toLongLong(), 2);
    // Text is bound, whatever it holds; an integer compared with text is compared as text.
    const QString hostile = u"x'); DROP TABLE channel; -- ?"_s;
    r = row(u"SELECT ?, ? || ''"_s, {hostile, 42});
    ASSERT_EQ(r.size(), 2);
    EXPECT_EQ(r.at(0).toString(), hostile);
    EXPECT_EQ(r.at(1).toString(), u"42"_s);
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM channel"_s).toInt(), 10);
    // Rows found by integer values: the same as bound.
    r = row(u"SELECT count(*) FROM channel WHERE position BETWEEN ? AND ? AND id <> ?"_s,
        {2, 4, qint64(-5)});
    ASSERT_EQ(r.size(), 1);
    EXPECT_EQ(r.at(0).toInt(), 3);

    // Only integers are ever written into the statement, and only where they fit.
    EXPECT_EQ(inlinedIntegers(u"SELECT ? - ?"_s, {5, -3}), u"SELECT '5' - '-3'"_s);
    EXPECT_TRUE(inlinedIntegers(u"SELECT ?"_s, {u"1"_s}).isEmpty());
    EXPECT_TRUE(
        inlinedIntegers(u"SELECT ?"_s, {QVariant(QMetaType::fromType<qint64>())}).isEmpty());
    EXPECT_TRUE(inlinedIntegers(u"SELECT ?, ?"_s, {1}).isEmpty());
    EXPECT_TRUE(inlinedIntegers(u"SELECT ?"_s, {1, 2}).isEmpty());
    EXPECT_TRUE(inlinedIntegers(u"SELECT E'\\'?', ?"_s, {1}).isEmpty());
    EXPECT_TRUE(inlinedIntegers(u"SELECT $$?$$, ?"_s, {1}).isEmpty());
}
