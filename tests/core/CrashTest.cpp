// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// "An edit reported as saved is on disk": a writer is killed with SIGKILL at random
// moments, 20 times; every edit it reported afterwards is in the file, which is intact.
#include "TestSupport.h"
#include "storage/Database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

TEST(Crash, EveryReportedEditSurvivesSigkill)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crash.sqlite"_s);
    QSet<qint64> people, contributions;
    QRandomGenerator rng(20260302);
    int totalReported = 0;
    for (int run = 0; run < 20; ++run) {
        QProcess writer;
        writer.start(QStringLiteral(OUTLOUD_CRASH_WRITER), {path});
        ASSERT_TRUE(writer.waitForStarted());
        // Wait for the first committed edit, then let it run a random while.
        ASSERT_TRUE(writer.waitForReadyRead(30000))
            << "writer produced nothing: " << writer.readAllStandardError().toStdString();
        QThread::msleep(rng.bounded(5, 300));
        writer.kill(); // SIGKILL
        writer.waitForFinished();
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        for (const QByteArray& line : lines) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 2)
                continue; // a line cut by the kill was never fully reported
            bool ok = false;
            const qint64 id = parts.at(1).toLongLong(&ok);
            if (!ok)
                continue;
            (parts.at(0) == "person" ? people : contributions).insert(id);
            ++totalReported;
        }
    }
    ASSERT_GT(totalReported, 20);

    QString error;
    auto db = Database::open(path, &error, Database::OpenMode::MustExist);
    ASSERT_TRUE(db) << error.toStdString();
    EXPECT_EQ(scalar(*db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QSet<qint64> storedPeople, storedContributions;
    QSqlQuery q(db->connection());
    q.exec(u"SELECT id FROM person"_s);
    while (q.next())
        storedPeople.insert(q.value(0).toLongLong());
    q.exec(u"SELECT id FROM contribution"_s);
    while (q.next())
        storedContributions.insert(q.value(0).toLongLong());
    for (qint64 id : std::as_const(people))
        EXPECT_TRUE(storedPeople.contains(id))
            << "person " << id << " was reported saved but is gone";
    for (qint64 id : std::as_const(contributions))
        EXPECT_TRUE(storedContributions.contains(id))
            << "contribution " << id << " was reported saved but is gone";
    std::printf("crash test: %d edits reported over 20 kills, all present\n", totalReported);
}
