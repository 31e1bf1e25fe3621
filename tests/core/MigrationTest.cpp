// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every released schema keeps a fixture file in tests/data (schema-vN.sqlite), made by
// the Outloud that wrote version N. Each must open, reach the current version and keep
// every row.
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "meetings/MeetingRecord.h"
#include "meetings/PlanService.h"
#include "meetings/Schedule.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
const QStringList CountedTables = {u"circle"_s, u"member"_s, u"goal_revision"_s, u"person"_s,
    u"closeness_change"_s, u"contribution"_s, u"meeting"_s, u"attendance"_s, u"commitment"_s};

QMap<QString, int> rowCounts(const QString& path)
{
    QMap<QString, int> counts;
    const QString name = u"count-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            for (const QString& table : CountedTables) {
                if (q.exec(u"SELECT count(*) FROM "_s + table) && q.next())
                    counts.insert(table, q.value(0).toInt());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return counts;
}
} // namespace

TEST(Migration, StepsAreOrderedAndEndAtTheCurrentVersion)
{
    const auto& steps = migrationSteps();
    ASSERT_FALSE(steps.isEmpty());
    for (int i = 0; i < steps.size(); ++i)
        EXPECT_EQ(steps.at(i).to, i + 1);
    EXPECT_EQ(steps.constLast().to, Database::currentSchemaVersion());
}

TEST(Migration, EveryReleasedSchemaHasAFixture)
{
    for (int v = 1; v <= Database::currentSchemaVersion(); ++v)
        EXPECT_TRUE(QFile::exists(dataPath(u"schema-v%1.sqlite"_s.arg(v))))
            << "missing fixture for schema " << v;
}

TEST(Migration, EachFixtureOpensAtTheCurrentVersionWithEveryRow)
{
    const QStringList fixtures
        = QDir(dataPath(QString())).entryList({u"schema-v*.sqlite"_s}, QDir::Files, QDir::Name);
    ASSERT_FALSE(fixtures.isEmpty());
    for (const QString& fixture : fixtures) {
        SCOPED_TRACE(fixture.toStdString());
        QTemporaryDir dir;
        const QString path = dir.filePath(fixture);
        ASSERT_TRUE(QFile::copy(dataPath(fixture), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QMap<QString, int> before = rowCounts(path);
        EXPECT_GT(before.value(u"contribution"_s), 0) << "a fixture should hold data";
        QString error;
        auto db = Database::open(path, &error, Database::OpenMode::MustExist);
        ASSERT_TRUE(db) << error.toStdString();
        EXPECT_EQ(db->schemaVersion(), Database::currentSchemaVersion());
        EXPECT_EQ(scalar(*db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QSqlQuery fk(db->connection());
        ASSERT_TRUE(fk.exec(u"PRAGMA foreign_key_check"_s));
        EXPECT_FALSE(fk.next()) << "no dangling references";
        db.reset();
        const QMap<QString, int> after = rowCounts(path);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            EXPECT_EQ(after.value(it.key()), it.value()) << it.key().toStdString();
    }
}

// Version 2 adds what meeting mode captures; a version 1 file must gain it without losing
// a row, and the new features must work on the upgraded file.
TEST(Migration, Version1To2KeepsMeetingsAndAddsWhatMeetingModeNeeds)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.sqlite"_s);
    ASSERT_TRUE(QFile::copy(dataPath(u"schema-v1.sqlite"_s), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QMap<QString, int> before = rowCounts(path);
    QString error;
    auto db = Database::open(path, &error, Database::OpenMode::MustExist);
    ASSERT_TRUE(db) << error.toStdString();
    ASSERT_GE(db->schemaVersion(), 2);
    EXPECT_EQ(scalar(*db, u"SELECT count(*) FROM meeting WHERE sequence = 0"_s).toInt(),
        before.value(u"meeting"_s));
    for (const QString& table : {u"round_note"_s, u"exercise_done"_s, u"circle_plan"_s})
        EXPECT_EQ(scalar(*db, u"SELECT count(*) FROM "_s + table).toInt(), 0)
            << table.toStdString();

    const qint64 circleId = CircleService(*db).defaultCircleId();
    ASSERT_GT(circleId, 0);
    const QList<Meeting> meetings = Schedule(*db).meetings(circleId);
    ASSERT_FALSE(meetings.isEmpty());
    int planned = -1;
    for (const Meeting& m : meetings) {
        if (m.status == Meeting::Status::Planned && planned < 0)
            planned = m.week;
    }
    ASSERT_GT(planned, 0) << "the fixture has meetings still to come";
    MeetingRecorder recorder(*db);
    MeetingCapture capture = recorder.load(circleId, planned);
    ASSERT_FALSE(capture.members.isEmpty());
    capture.members[0].notes = u"Notes kept per member"_s;
    capture.members[0].exercisesDone = {0};
    ASSERT_TRUE(recorder.save(capture, {u"An exercise"_s}, &error)) << error.toStdString();
    ASSERT_TRUE(Schedule(*db).skipWeek(circleId, planned + 1, &error)) << error.toStdString();
    ASSERT_TRUE(PlanService(*db).setOwnPlan(circleId, WeekPlan::builtInText(u"de"_s), &error))
        << error.toStdString();
    db.reset();

    auto reopened = Database::open(path, &error, Database::OpenMode::MustExist);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(scalar(*reopened, u"SELECT notes FROM round_note"_s).toString(),
        u"Notes kept per member"_s);
    EXPECT_EQ(
        scalar(*reopened, u"SELECT exercise FROM exercise_done"_s).toString(), u"An exercise"_s);
    EXPECT_GT(scalar(*reopened, u"SELECT count(*) FROM meeting WHERE sequence = 1"_s).toInt(), 0);
    EXPECT_EQ(PlanService(*reopened).plan(circleId).language, u"de"_s);
    reopened.reset();
    const QMap<QString, int> after = rowCounts(path);
    for (const QString& table :
        {u"circle"_s, u"member"_s, u"person"_s, u"contribution"_s, u"meeting"_s, u"commitment"_s})
        EXPECT_EQ(after.value(table), before.value(table)) << table.toStdString();
}
