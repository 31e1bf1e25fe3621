// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every released schema keeps a fixture file in tests/data (schema-vN.sqlite), made by
// the Outloud that wrote version N. Each must open, reach the current version and keep
// every row.
#include "TestSupport.h"

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
const QStringList CountedTables = {u"circle"_s, u"member"_s, u"goal_revision"_s, u"person"_s, u"closeness_change"_s,
                                   u"contribution"_s, u"meeting"_s, u"attendance"_s, u"commitment"_s};

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
        EXPECT_TRUE(QFile::exists(dataPath(u"schema-v%1.sqlite"_s.arg(v)))) << "missing fixture for schema " << v;
}

TEST(Migration, EachFixtureOpensAtTheCurrentVersionWithEveryRow)
{
    const QStringList fixtures = QDir(dataPath(QString())).entryList({u"schema-v*.sqlite"_s}, QDir::Files, QDir::Name);
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
