// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

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

TEST(Storage, AnEmptyFileBecomesANewDatabase)
{
    // An empty file holds nothing to lose; it is also what a start interrupted right
    // after creating the file leaves behind.
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"empty.sqlite"_s, {});
    QString error;
    auto db = Database::open(path, &error);
    ASSERT_TRUE(db) << error.toStdString();
    EXPECT_EQ(db->schemaVersion(), Database::currentSchemaVersion());
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
// Another connection to the same file that holds its write lock while it lives, as
// another Outloud (or a backup tool) would.
class WriteLock
{
public:
    explicit WriteLock(const QString& path)
        : m_name(u"lock-"_s + path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_held = db.open() && QSqlQuery(db).exec(u"BEGIN IMMEDIATE"_s);
    }
    ~WriteLock()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool held() const { return m_held; }

private:
    QString m_name;
    bool m_held = false;
};

int channelCount(Database& db, const QString& name)
{
    return scalar(db, u"SELECT count(*) FROM channel WHERE name = '%1'"_s.arg(name)).toInt();
}
} // namespace

TEST(WritePath, CommitsAndAnnouncesOnceWhenTheWorkSucceeds)
{
    TempDatabase t;
    QList<Database::Tables> announced;
    QObject::connect(&t.db(), &Database::changed,
        [&announced](Database::Tables tables) { announced.append(tables); });
    QString error;
    ASSERT_TRUE(t->write(
        Database::Catalogue,
        [&](QSqlQuery& q) {
            return q.exec(u"INSERT INTO channel (name, position) VALUES ('Fax', 98)"_s)
                && t->write(Database::People,
                    u"INSERT INTO channel (name, position) VALUES (?, ?)"_s, {u"Telex"_s, 99},
                    u"add"_s, &error);
        },
        &error))
        << error.toStdString();
    t.reopen();
    EXPECT_EQ(channelCount(t.db(), u"Fax"_s), 1);
    EXPECT_EQ(channelCount(t.db(), u"Telex"_s), 1);
    // The inner write's announcement waited for the outer commit: one signal, both tables.
    ASSERT_EQ(announced.size(), 1);
    EXPECT_EQ(announced.first(), Database::Catalogue | Database::People);
}

TEST(WritePath, WorkThatFailsLeavesNothingWritten)
{
    TempDatabase t;
    QString error;
    EXPECT_FALSE(t->write(
        Database::Catalogue,
        [&](QSqlQuery& q) {
            q.exec(u"INSERT INTO channel (name, position) VALUES ('Fax', 98)"_s);
            return fail(&error, u"refused"_s);
        },
        &error));
    EXPECT_EQ(error, u"refused"_s);
    EXPECT_EQ(channelCount(t.db(), u"Fax"_s), 0);
}

TEST(WritePath, WhenBeginFailsTheWorkNeverRunsAndTheErrorSaysWhy)
{
    TempDatabase t;
    const qint64 circle = CircleService(t.db()).createCircle(
        [] {
            Circle c;
            c.name = u"C"_s;
            c.startDate = QDate(2026, 3, 2);
            return c;
        }(),
        {u"Me"_s}, 0, 0, nullptr);
    ASSERT_GT(circle, 0);
    // Waiting five seconds for the lock proves nothing here: give up at once.
    ASSERT_TRUE(QSqlQuery(t->connection()).exec(u"PRAGMA busy_timeout = 0"_s));
    WriteLock lock(t.path());
    ASSERT_TRUE(lock.held());

    bool ran = false;
    QString error;
    EXPECT_FALSE(t->write(
        Database::Catalogue,
        [&](QSqlQuery&) {
            ran = true;
            return true;
        },
        &error));
    EXPECT_FALSE(ran) << "no statement may run in autocommit when BEGIN failed";
    EXPECT_TRUE(error.contains(u"start a transaction"_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"locked"_s)) << error.toStdString();

    // A service reports the same, and the file keeps what it had.
    error.clear();
    EXPECT_FALSE(CircleService(t.db()).renameMember(
        CircleService(t.db()).meId(circle), u"Someone else"_s, &error));
    EXPECT_TRUE(error.contains(u"locked"_s)) << error.toStdString();
    EXPECT_EQ(CircleService(t.db()).members(circle).first().name, u"Me"_s);
}
