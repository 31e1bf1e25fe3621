// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A circle moves from a laptop file to the company server and back; the demo and backup
// commands on a server database. Runs in the postgres.* pass.
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "io/JsonArchive.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::io;
using namespace outloud::test;
using namespace Qt::StringLiterals;

#define OUTLOUD_POSTGRES_ONLY()                                                                    \
    if (engine() != Database::Engine::Postgres)                                                    \
    GTEST_SKIP() << "runs in the postgres.* pass"

namespace {
QByteArray exportOf(Database& db)
{
    QByteArray json;
    QString error;
    EXPECT_TRUE(json::exportDatabase(db, &json, &error)) << error.toStdString();
    return json;
}

bool restoreInto(Database& db, const QByteArray& json, QString* error)
{
    Archive archive;
    return json::parse(json, &archive, error) && json::restore(db, archive, error);
}
} // namespace

TEST(ServerMove, AFileRestoredOnTheServerAndBackExportsTheSameBytes)
{
    OUTLOUD_POSTGRES_ONLY();
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Database> laptop = Database::open(dir.filePath(u"laptop.sqlite"_s), &error);
    ASSERT_TRUE(laptop) << error.toStdString();
    laptop->setClock(fixedNow);
    ASSERT_TRUE(
        DemoGenerator(*laptop, DemoGenerator::Scale::Small, 7, QDate(2026, 3, 2)).generate(&error))
        << error.toStdString();
    const QByteArray fromLaptop = exportOf(*laptop);
    ASSERT_GT(fromLaptop.size(), 10000);

    TempDatabase server;
    ASSERT_TRUE(restoreInto(server.db(), fromLaptop, &error)) << error.toStdString();
    const QByteArray fromServer = exportOf(server.db());
    EXPECT_EQ(fromServer, fromLaptop);

    std::unique_ptr<Database> back = Database::open(dir.filePath(u"back.sqlite"_s), &error);
    ASSERT_TRUE(back) << error.toStdString();
    ASSERT_TRUE(restoreInto(*back, fromServer, &error)) << error.toStdString();
    EXPECT_EQ(exportOf(*back), fromLaptop);

    // New rows on the server get fresh ids after the restore.
    QSqlQuery q(server->connection());
    ASSERT_TRUE(
        q.exec(u"INSERT INTO channel (name, position) VALUES ('Radio', 99) RETURNING id"_s));
    ASSERT_TRUE(q.next());
    EXPECT_GT(q.value(0).toInt(), 10);
}

TEST(ServerCli, DemoFillsAnEmptyServerDatabaseAndRefusesAFullOne)
{
    OUTLOUD_POSTGRES_ONLY();
    ServerDatabase empty;
    const ProcessResult first = runProcess(outloudBinary(),
        {u"demo"_s, u"--database"_s, empty.address(), u"--today"_s, u"2026-03-02"_s});
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    QVariant circles;
    ASSERT_TRUE(serverExec(empty.name(), u"SELECT count(*) FROM circle"_s, nullptr, &circles));
    EXPECT_EQ(circles.toInt(), 1);

    const ProcessResult second
        = runProcess(outloudBinary(), {u"demo"_s, u"--database"_s, empty.address()});
    EXPECT_EQ(second.exitCode, 1);
    EXPECT_TRUE(second.err.contains(u"only written into an empty database"_s))
        << second.err.toStdString();
    ASSERT_TRUE(serverExec(empty.name(), u"SELECT count(*) FROM circle"_s, nullptr, &circles));
    EXPECT_EQ(circles.toInt(), 1) << "nothing added";
}

TEST(ServerCli, BackupOfAServerDatabaseSaysItWritesAJsonArchive)
{
    OUTLOUD_POSTGRES_ONLY();
    TempDatabase t;
    const QString output = t.dir() + u"/archive.json"_s;
    const ProcessResult r = runProcess(
        outloudBinary(), {u"backup"_s, u"--database"_s, t.path(), u"--output"_s, output});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"wrote a JSON archive"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"server's own backups"_s)) << r.out.toStdString();
    EXPECT_EQ(fileBytes(output), exportOf(t.db()));
}
