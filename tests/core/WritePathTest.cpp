// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Database::write(): one transaction, one announcement, nothing half-written, and kept
// statements that survive failures.
#include "../io/IoTestUtil.h"
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUrl>
#include <gtest/gtest.h>
#include <limits>
#include <sys/stat.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

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
    OUTLOUD_SQLITE_ONLY(); // an SQLite file lock held by another connection
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

TEST(WritePath, ARepeatedWriteKeepsEveryValueAndSurvivesFailuresAndSchemaChanges)
{
    // On PostgreSQL a single-statement write stays prepared on its connection and runs as
    // one round trip (BEGIN, EXECUTE, NOTIFY, COMMIT): every value must keep its meaning,
    // a failure must be said and leave nothing, and the statement must outlive neither its
    // session nor the schema it was planned for.
    TempDatabase t;
    const QString sql = u"INSERT INTO channel (name, position) VALUES (?, ?)"_s;
    const QStringList names = {
        u"x'); DROP TABLE channel; -- ?"_s, u"back\\slash $$ $1 E'x'"_s, u"Ünïcödé \"quoted\" ?"_s};
    QList<qint64> ids;
    QList<Database::Tables> announced;
    QObject::connect(&t.db(), &Database::changed,
        [&announced](Database::Tables tables) { announced.append(tables); });
    QString error;
    for (int i = 0; i < names.size(); ++i) {
        ids << t->insert(Database::Catalogue, sql, {names.at(i), 100 + i}, u"add"_s, &error);
        ASSERT_GT(ids.last(), 0) << error.toStdString();
    }
    EXPECT_EQ(announced, QList<Database::Tables>(3, Database::Tables(Database::Catalogue)));
    for (int i = 0; i < names.size(); ++i) {
        EXPECT_EQ(
            scalar(t.db(), u"SELECT name FROM channel WHERE id = %1"_s.arg(ids.at(i))).toString(),
            names.at(i));
    }
    // A refused value (the name is taken) is said plainly, and nothing is half-written.
    EXPECT_EQ(
        t->insert(Database::Catalogue, sql, {names.first(), 200}, u"add the channel"_s, &error),
        -1);
    EXPECT_TRUE(error.startsWith(u"Could not add the channel"_s)) << error.toStdString();
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM channel WHERE position = 200"_s).toInt(), 0);
    // A NULL where none may go, through the other single-statement write.
    EXPECT_FALSE(t->write(Database::Catalogue, u"UPDATE channel SET position = ? WHERE id = ?"_s,
        {QVariant(QMetaType::fromType<qint64>()), ids.first()}, u"move the channel"_s, &error));
    EXPECT_TRUE(error.startsWith(u"Could not move the channel"_s)) << error.toStdString();
    // The same statements work after the failures...
    ASSERT_TRUE(t->write(Database::Catalogue, u"UPDATE channel SET position = ? WHERE id = ?"_s,
        {150, ids.first()}, u"move the channel"_s, &error))
        << error.toStdString();
    EXPECT_EQ(
        scalar(t.db(), u"SELECT position FROM channel WHERE id = %1"_s.arg(ids.first())).toInt(),
        150);
    // ...inside a caller's transaction, where a failure undoes only itself...
    ASSERT_TRUE(t->write(
        Database::Catalogue,
        [&](QSqlQuery&) {
            QString ignored;
            return t->insert(Database::Catalogue, sql, {names.first(), 300}, u"add"_s, &ignored) < 0
                && t->insert(Database::Catalogue, sql, {u"Semaphore"_s, 301}, u"add"_s, &error) > 0;
        },
        &error))
        << error.toStdString();
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM channel WHERE position >= 300"_s).toInt(), 1);
    // ...after the table changed under them (from another connection, as an upgrade would)...
    if (engine() == Database::Engine::Postgres) {
        ASSERT_TRUE(serverExec(QUrl(t.path()).path().mid(1),
            u"ALTER TABLE channel ADD COLUMN colour TEXT DEFAULT 'red'"_s, &error))
            << error.toStdString();
    } else {
        ASSERT_TRUE(QSqlQuery(t->connection())
                        .exec(u"ALTER TABLE channel ADD COLUMN colour TEXT DEFAULT 'red'"_s));
    }
    const qint64 after = t->insert(Database::Catalogue, sql, {u"Pigeon"_s, 400}, u"add"_s, &error);
    ASSERT_GT(after, 0) << error.toStdString();
    EXPECT_EQ(scalar(t.db(), u"SELECT colour FROM channel WHERE id = %1"_s.arg(after)).toString(),
        u"red"_s);
    if (engine() != Database::Engine::Postgres)
        return;
    // ...after the session forgot every prepared statement (DISCARD ALL, as a pool would)...
    ASSERT_TRUE(QSqlQuery(t->connection()).exec(u"DEALLOCATE ALL"_s));
    ASSERT_GT(t->insert(Database::Catalogue, sql, {u"Smoke"_s, 401}, u"add"_s, &error), 0)
        << error.toStdString();
    // ...and after the server dropped the session: the loss is said, and once reconnected
    // the same write runs in the new session.
    const int pid = scalar(t.db(), u"SELECT pg_backend_pid()"_s).toInt();
    ASSERT_TRUE(serverAdmin(u"SELECT pg_terminate_backend(%1)"_s.arg(pid), &error))
        << error.toStdString();
    EXPECT_EQ(t->insert(Database::Catalogue, sql, {u"Drum"_s, 402}, u"add"_s, &error), -1);
    EXPECT_TRUE(error.contains(u"lost"_s)) << error.toStdString();
    EXPECT_TRUE(t->isConnectionLost());
    ASSERT_TRUE(t->reconnect(&error)) << error.toStdString();
    ASSERT_GT(t->insert(Database::Catalogue, sql, {u"Drum"_s, 402}, u"add"_s, &error), 0)
        << error.toStdString();
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM channel WHERE name = 'Drum'"_s).toInt(), 1);
}
