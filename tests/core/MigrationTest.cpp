// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every released schema keeps a fixture file in tests/data (schema-vN.sqlite), made by
// the Outloud that wrote version N. Each must open, reach the current version and keep
// every row.
#include "ClosenessTallyCheck.h"
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "contributions/ContributionModel.h"
#include "contributions/ContributionService.h"
#include "meetings/MeetingRecord.h"
#include "meetings/PlanService.h"
#include "meetings/Schedule.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUrl>
#include <algorithm>
#include <functional>
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

// PostgreSQL keeps a fixture per released schema too: tests/data/schema-vN.postgres.sql, a
// plain pg_dump (--inserts) of a database at version N holding the rows of schema-vN.sqlite.
namespace {
int serverCount(const QString& database, const QString& table)
{
    QVariant n;
    EXPECT_TRUE(serverExec(database, u"SELECT count(*) FROM "_s + table, nullptr, &n));
    return n.toInt();
}

bool loadServerFixture(const QString& database, const QString& fixture, QString* error)
{
    const QByteArray sql = fileBytes(dataPath(fixture));
    if (sql.isEmpty())
        return false;
    // pg_dump empties search_path for its session: load on a connection of its own.
    const bool ok = serverExec(database, QString::fromUtf8(sql), error);
    QSqlDatabase::removeDatabase(u"outloud-test-admin-"_s + database);
    return ok;
}
/// A copy of the fixture of schema @p version (SQLite in @p dir, or a new database on
/// @p server), opened and so upgraded to the current version.
std::unique_ptr<Database> openFixture(
    int version, QTemporaryDir& dir, std::unique_ptr<ServerDatabase>* server, QString* error)
{
    QString location;
    if (engine() == Database::Engine::Postgres) {
        *server = std::make_unique<ServerDatabase>();
        if (!loadServerFixture((*server)->name(), u"schema-v%1.postgres.sql"_s.arg(version), error))
            return nullptr;
        location = (*server)->address();
    } else {
        location = dir.filePath(u"v%1.sqlite"_s.arg(version));
        if (!QFile::copy(dataPath(u"schema-v%1.sqlite"_s.arg(version)), location))
            return nullptr;
        QFile::setPermissions(location, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return Database::open(location, error, Database::OpenMode::MustExist);
}
/// SQLite's plan of @p sql (its ? bound to @p values, or left NULL), one step a line.
QString planOf(Database& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery plan(db.connection());
    if (!plan.prepare(u"EXPLAIN QUERY PLAN "_s + sql))
        return plan.lastError().text();
    for (const QVariant& value : values)
        plan.addBindValue(value);
    for (qsizetype i = values.size(); i < sql.count(u'?'); ++i)
        plan.addBindValue(QVariant()); // a plan does not depend on the values
    if (!plan.exec())
        return plan.lastError().text();
    QStringList steps;
    while (plan.next())
        steps.append(plan.value(3).toString());
    return steps.join(u'\n');
}
} // namespace

TEST(Migration, EveryReleasedSchemaHasAPostgresFixture)
{
    for (int v = 1; v <= Database::currentSchemaVersion(); ++v)
        EXPECT_TRUE(QFile::exists(dataPath(u"schema-v%1.postgres.sql"_s.arg(v))))
            << "missing PostgreSQL fixture for schema " << v;
}

TEST(Migration, EachPostgresFixtureOpensAtTheCurrentVersionWithEveryRow)
{
    if (engine() != Database::Engine::Postgres)
        GTEST_SKIP() << "runs in the postgres.* pass";
    const QStringList fixtures
        = QDir(dataPath(QString()))
              .entryList({u"schema-v*.postgres.sql"_s}, QDir::Files, QDir::Name);
    ASSERT_FALSE(fixtures.isEmpty());
    for (const QString& fixture : fixtures) {
        SCOPED_TRACE(fixture.toStdString());
        ServerDatabase server;
        QString error;
        ASSERT_TRUE(loadServerFixture(server.name(), fixture, &error)) << error.toStdString();
        QMap<QString, int> before;
        for (const QString& table : CountedTables)
            before.insert(table, serverCount(server.name(), table));
        EXPECT_GT(before.value(u"contribution"_s), 0) << "a fixture should hold data";
        {
            auto db = Database::open(server.address(), &error, Database::OpenMode::MustExist);
            ASSERT_TRUE(db) << error.toStdString();
            EXPECT_EQ(db->schemaVersion(), Database::currentSchemaVersion());
            for (const QString& table : CountedTables)
                EXPECT_EQ(
                    scalar(*db, u"SELECT count(*) FROM "_s + table).toInt(), before.value(table))
                    << table.toStdString();
            // New rows get fresh ids after the fixture's explicit ones.
            EXPECT_GT(CircleService(*db).addMember(
                          CircleService(*db).defaultCircleId(), u"Newcomer"_s, &error),
                0)
                << error.toStdString();
        }
    }
}

// Writes the PostgreSQL fixtures from the SQLite ones (run by hand when a schema is
// released: OUTLOUD_TEST_ENGINE=postgres test_core --gtest_also_run_disabled_tests
// --gtest_filter='*WritePostgresFixtures' inside .ci/with-postgres).
TEST(Migration, DISABLED_WritePostgresFixtures)
{
    ASSERT_EQ(engine(), Database::Engine::Postgres);
    for (int v = 1; v <= Database::currentSchemaVersion(); ++v) {
        ServerDatabase server;
        for (const MigrationStep& step : migrationSteps()) {
            for (const SchemaStatement& s : step.statements) {
                const QString sql = s.textFor(Database::Engine::Postgres);
                if (step.to <= v && !sql.isEmpty()) {
                    ASSERT_TRUE(serverExec(server.name(), sql)) << sql.toStdString();
                }
            }
        }
        ASSERT_TRUE(serverExec(server.name(),
            u"CREATE TABLE outloud_schema (application text NOT NULL, version integer NOT NULL)"_s));
        ASSERT_TRUE(serverExec(
            server.name(), u"INSERT INTO outloud_schema VALUES ('outloud', %1)"_s.arg(v)));
        // The rows of the SQLite fixture, table by table, in dependency order.
        const QString name = u"fixture-source"_s;
        {
            QSqlDatabase file = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            QTemporaryDir copy; // SQLite adds side files even to a file opened read-only
            ASSERT_TRUE(
                QFile::copy(dataPath(u"schema-v%1.sqlite"_s.arg(v)), copy.filePath(u"f"_s)));
            file.setDatabaseName(copy.filePath(u"f"_s));
            file.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            ASSERT_TRUE(file.open());
            QSqlQuery tables(file);
            ASSERT_TRUE(tables.exec(
                u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"_s));
            ASSERT_TRUE(serverExec(server.name(), u"SET session_replication_role = replica"_s));
            while (tables.next()) {
                const QString table = tables.value(0).toString();
                QSqlQuery rows(file);
                ASSERT_TRUE(rows.exec(u"SELECT * FROM "_s + table));
                ASSERT_TRUE(serverExec(server.name(), u"DELETE FROM "_s + table)); // the catalogue
                while (rows.next()) {
                    QStringList values;
                    for (int c = 0; c < rows.record().count(); ++c) {
                        const QVariant value = rows.value(c);
                        values.append(value.isNull() ? u"NULL"_s
                                : value.typeId() == QMetaType::QString
                                ? u"'"_s + value.toString().replace(u"'"_s, u"''"_s) + u"'"_s
                                : value.toString());
                    }
                    QString error;
                    ASSERT_TRUE(serverExec(server.name(),
                        u"INSERT INTO %1 VALUES (%2)"_s.arg(table, values.join(u", "_s)), &error))
                        << error.toStdString();
                }
                QString error;
                QVariant isIdentity;
                ASSERT_TRUE(serverExec(server.name(),
                    u"SELECT count(*) FROM information_schema.columns WHERE table_name = '%1'"
                    " AND column_name = 'id' AND is_identity = 'YES'"_s.arg(table),
                    nullptr, &isIdentity));
                if (isIdentity.toInt() > 0) {
                    ASSERT_TRUE(serverExec(server.name(),
                        u"SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                        " coalesce((SELECT max(id) FROM %1), 0) + 1, false)"_s.arg(table)));
                }
            }
            ASSERT_TRUE(serverExec(server.name(), u"SET session_replication_role = origin"_s));
        }
        QSqlDatabase::removeDatabase(name);
        QUrl url(server.address());
        const ProcessResult dump = runProcess(u"/usr/lib/postgresql/15/bin/pg_dump"_s,
            {u"--inserts"_s, u"--no-owner"_s, u"--no-privileges"_s, u"--no-comments"_s, u"-h"_s,
                url.host(), u"-p"_s, QString::number(url.port()), u"-U"_s, url.userName(),
                server.name()});
        ASSERT_EQ(dump.exitCode, 0) << dump.err.toStdString();
        QFile out(dataPath(u"schema-v%1.postgres.sql"_s.arg(v)));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        // psql's meta-commands (\\restrict) are not SQL: the fixture is loaded without psql.
        QStringList lines = dump.out.split(u'\n');
        lines.removeIf([](const QString& line) { return line.startsWith(u'\\'); });
        out.write(lines.join(u'\n').toUtf8());
    }
}

// Version 5: the Overview's statements read a member's contributions from the covering index
// alone, on a file upgraded from version 4 as on a new one.
TEST(Migration, Version4To5ReadsTheOverviewFromTheCoveringIndex)
{
    if (engine() != Database::Engine::Sqlite)
        GTEST_SKIP() << "EXPLAIN QUERY PLAN is SQLite's";
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v4.sqlite"_s);
    ASSERT_TRUE(QFile::copy(dataPath(u"schema-v4.sqlite"_s), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString error;
    auto db = Database::open(path, &error, Database::OpenMode::MustExist);
    ASSERT_TRUE(db) << error.toStdString();
    const qint64 member = scalar(*db, u"SELECT min(member_id) FROM person"_s).toLongLong();
    // The statements ExchangeAnalytics ran at version 5 (version 6 reads the tallies).
    const QStringList statements = {
        u"SELECT c.happened_on, c.direction, COUNT(*) FROM contribution c JOIN person p ON "
        u"p.id = c.person_id WHERE p.member_id = %1 GROUP BY c.happened_on, c.direction"_s,
        u"SELECT c.kind_id, c.direction, c.brought, COUNT(*) FROM contribution c JOIN person p "
        u"ON p.id = c.person_id WHERE p.member_id = %1 GROUP BY c.kind_id, c.direction, "
        u"c.brought"_s,
        u"SELECT c.channel_id, SUM(c.direction = 0), SUM(c.direction = 1) FROM contribution c "
        u"JOIN person p ON p.id = c.person_id WHERE p.member_id = %1 GROUP BY c.channel_id"_s,
    };
    for (const QString& statement : statements) {
        QSqlQuery plan(db->connection());
        ASSERT_TRUE(plan.exec(u"EXPLAIN QUERY PLAN "_s + statement.arg(member)));
        QStringList steps;
        while (plan.next())
            steps.append(plan.value(3).toString());
        EXPECT_TRUE(steps.join(u'\n').contains(u"COVERING INDEX contribution_person_covering"_s))
            << steps.join(u'\n').toStdString();
    }
    EXPECT_EQ(
        scalar(*db, u"SELECT count(*) FROM sqlite_master WHERE name = 'contribution_person'"_s)
            .toInt(),
        0)
        << "the narrower index it replaces is gone";
}

// Version 6: the tallies start from the rows already there, on both engines, and stay
// current with the next edit.
TEST(Migration, Version5To6CountsTheContributionsAlreadyThere)
{
    QTemporaryDir dir;
    std::unique_ptr<ServerDatabase> server;
    QString error;
    auto db = openFixture(5, dir, &server, &error);
    ASSERT_TRUE(db) << error.toStdString();
    EXPECT_EQ(db->schemaVersion(), Database::currentSchemaVersion());
    EXPECT_GT(scalar(*db, u"SELECT count(*) FROM tally_day"_s).toInt(), 0);
    EXPECT_EQ(scalar(*db, u"SELECT sum(n) FROM tally_kind"_s).toInt(),
        scalar(*db, u"SELECT count(*) FROM contribution"_s).toInt());
    EXPECT_EQ(tallyMismatch(*db), QString());
    // The triggers came with the step: a new contribution is counted at once.
    ASSERT_TRUE(db->write(Database::Contributions,
        u"INSERT INTO contribution (person_id, happened_on, direction, kind_id)"
        " SELECT min(id), '2026-03-03', 1, 1 FROM person"_s,
        {}, u"log"_s, &error))
        << error.toStdString();
    EXPECT_EQ(tallyMismatch(*db), QString());
}

// Version 7: typing in the contributions filter counts the member's matching rows from the
// note index (SQLite), and the filtered log is what a plain scan finds, on both engines.
TEST(Migration, Version6To7FiltersTheLogFromTheNoteIndex)
{
    QTemporaryDir dir;
    std::unique_ptr<ServerDatabase> server;
    QString error;
    auto db = openFixture(6, dir, &server, &error);
    ASSERT_TRUE(db) << error.toStdString();
    EXPECT_EQ(db->schemaVersion(), Database::currentSchemaVersion());
    const qint64 member = scalar(*db,
        u"SELECT p.member_id FROM contribution c JOIN person p ON p.id = c.person_id"
        " GROUP BY p.member_id ORDER BY count(*) DESC, p.member_id LIMIT 1"_s)
                              .toLongLong();
    ASSERT_GT(member, 0);
    if (engine() == Database::Engine::Sqlite) {
        QSqlQuery plan(db->connection());
        // The count ContributionModel runs for a text filter.
        ASSERT_TRUE(plan.exec(u"EXPLAIN QUERY PLAN SELECT count(*) FROM contribution c JOIN"
                              " person p ON p.id = c.person_id WHERE c.person_id IN (SELECT id"
                              " FROM person WHERE member_id = %1) AND (p.name LIKE '%e%' ESCAPE"
                              " '\\' OR c.note LIKE '%e%' ESCAPE '\\')"_s.arg(member)));
        QStringList steps;
        while (plan.next())
            steps.append(plan.value(3).toString());
        // The index that carries the notes today (version 9 took over from version 7's).
        EXPECT_TRUE(steps.join(u'\n').contains(u"COVERING INDEX contribution_person_date"_s))
            << steps.join(u'\n').toStdString();
    }
    QStringList expected;
    QSqlQuery all(db->connection());
    ASSERT_TRUE(all.exec(u"SELECT c.id, p.name, c.note FROM contribution c JOIN person p"
                         " ON p.id = c.person_id WHERE p.member_id = %1"
                         " ORDER BY c.happened_on DESC, c.id DESC"_s.arg(member)));
    while (all.next()) {
        if (all.value(1).toString().contains(u"e"_s, Qt::CaseInsensitive)
            || all.value(2).toString().contains(u"e"_s, Qt::CaseInsensitive))
            expected << all.value(0).toString();
    }
    ASSERT_FALSE(expected.isEmpty()) << "the fixture has notes and names to find";
    ContributionModel model(*db);
    model.setMemberId(member);
    model.setTextFilter(u"E"_s);
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row, 0).data(ContributionModel::IdRole).toString();
    EXPECT_EQ(shown, expected);
}

// Version 8: the relationship lists' closeness is counted ahead (tally_closeness) from the
// people and ratings already there, and kept counted by the triggers from then on.
TEST(Migration, Version7To8CountsTheClosenessAlreadyThere)
{
    QTemporaryDir dir;
    std::unique_ptr<ServerDatabase> server;
    QString error;
    auto db = openFixture(7, dir, &server, &error);
    ASSERT_TRUE(db) << error.toStdString();
    EXPECT_EQ(db->schemaVersion(), Database::currentSchemaVersion());
    // Everyone on a list counts once at the level they stand at today.
    EXPECT_EQ(scalar(*db, u"SELECT sum(n) FROM tally_closeness"_s).toInt(),
        scalar(*db, u"SELECT count(*) FROM person"_s).toInt());
    EXPECT_EQ(closenessTallyMismatch(*db), QString());
    ASSERT_TRUE(db->write(Database::People,
        u"INSERT INTO closeness_change (person_id, changed_on, closeness)"
        " SELECT min(id), '2026-03-03', 5 FROM person"_s,
        {}, u"rate"_s, &error))
        << error.toStdString();
    EXPECT_EQ(closenessTallyMismatch(*db), QString());
}

// Version 9: a person's timeline (the detail pane, newest first) reads a screenful from an
// index instead of sorting the person's whole history, and shows what a full sort shows, on
// both engines; SQLite's note index is replaced, not doubled.
TEST(Migration, Version8To9ReadsAPersonsNewestContributionsFromAnIndex)
{
    QTemporaryDir dir;
    std::unique_ptr<ServerDatabase> server;
    QString error;
    auto db = openFixture(8, dir, &server, &error);
    ASSERT_TRUE(db) << error.toStdString();
    EXPECT_EQ(db->schemaVersion(), Database::currentSchemaVersion());
    const qint64 person = scalar(*db,
        u"SELECT person_id FROM contribution GROUP BY person_id ORDER BY count(*) DESC,"
        " person_id LIMIT 1"_s)
                              .toLongLong();
    ASSERT_GT(person, 0);
    // Two on one day, logged after the others: the later one comes first.
    for (int i = 0; i < 2; ++i) {
        ASSERT_TRUE(db->write(Database::Contributions,
            u"INSERT INTO contribution (person_id, happened_on, direction, kind_id, note)"
            " VALUES (?, '2026-02-02', ?, 1, ?)"_s,
            {person, i, u"same day %1"_s.arg(i)}, u"log"_s, &error))
            << error.toStdString();
    }
    if (engine() == Database::Engine::Sqlite) {
        // The statement the detail pane runs for its first screenful.
        const QString steps = planOf(*db, ContributionService::forPersonSql(true), {person, 32, 0});
        EXPECT_TRUE(steps.contains(u"INDEX contribution_person_date"_s)) << steps.toStdString();
        EXPECT_FALSE(steps.contains(u"TEMP B-TREE"_s)) << "no sort of the history";
        EXPECT_EQ(
            scalar(*db,
                u"SELECT count(*) FROM sqlite_master WHERE name = 'contribution_person_note'"_s)
                .toInt(),
            0);
    }
    // The timeline's rows, a screenful and then the rest, as a sort of every row gives them.
    QStringList expected;
    QSqlQuery all(db->connection());
    ASSERT_TRUE(
        all.exec(u"SELECT id, happened_on FROM contribution WHERE person_id = %1"_s.arg(person)));
    QList<std::pair<QString, qint64>> rows;
    while (all.next())
        rows.append({all.value(1).toString().left(10), all.value(0).toLongLong()});
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const auto& row : rows)
        expected << QString::number(row.second);
    ASSERT_GT(expected.size(), 3);
    QStringList shown;
    const ContributionService log(*db);
    for (const Contribution& c : log.forPerson(person, 3))
        shown << QString::number(c.id);
    for (const Contribution& c : log.forPerson(person, -1, 3))
        shown << QString::number(c.id);
    EXPECT_EQ(shown, expected);

    // The contributions filter of a member with a small share of the file (read through the
    // people, not by walking the dates) finds through the new index what a plain scan finds.
    const qint64 member = scalar(*db,
        u"SELECT p.member_id FROM contribution c JOIN person p ON p.id = c.person_id"
        " GROUP BY p.member_id HAVING count(*) * 10 < (SELECT count(*) FROM contribution)"
        " ORDER BY count(*) DESC, p.member_id LIMIT 1"_s)
                              .toLongLong();
    ASSERT_GT(member, 0);
    QStringList matching;
    ASSERT_TRUE(all.exec(u"SELECT c.id, p.name, c.note FROM contribution c JOIN person p"
                         " ON p.id = c.person_id WHERE p.member_id = %1"
                         " ORDER BY c.happened_on DESC, c.id DESC"_s.arg(member)));
    while (all.next()) {
        if (all.value(1).toString().contains(u"a"_s, Qt::CaseInsensitive)
            || all.value(2).toString().contains(u"a"_s, Qt::CaseInsensitive))
            matching << all.value(0).toString();
    }
    ASSERT_FALSE(matching.isEmpty());
    ContributionModel model(*db);
    model.setMemberId(member);
    model.setTextFilter(u"A"_s);
    EXPECT_TRUE(model.lastError().isEmpty()) << model.lastError().toStdString();
    QStringList filtered;
    for (int row = 0; row < model.rowCount(); ++row)
        filtered << model.index(row, 0).data(ContributionModel::IdRole).toString();
    EXPECT_EQ(filtered, matching);
    if (engine() == Database::Engine::Sqlite) {
        // The member's rows through the index that carries the notes, not every row read.
        const QString steps = planOf(*db, model.lastRead(), {});
        EXPECT_TRUE(steps.contains(u"INDEX contribution_person_date"_s))
            << steps.toStdString() << "\n"
            << model.lastRead().toStdString();
    }
    // Sorted by kind, the pages are read by their rows' ids, each looked up by id.
    model.sort(ContributionModel::Kind, Qt::AscendingOrder);
    QStringList byKind;
    for (int row = 0; row < model.rowCount(); ++row)
        byKind << model.index(row, 0).data(ContributionModel::IdRole).toString();
    EXPECT_TRUE(model.lastError().isEmpty()) << model.lastError().toStdString();
    EXPECT_EQ(QSet<QString>(byKind.cbegin(), byKind.cend()),
        QSet<QString>(matching.cbegin(), matching.cend()));
    if (engine() == Database::Engine::Sqlite) {
        const QString steps = planOf(*db, model.lastRead(), {});
        EXPECT_TRUE(model.lastRead().contains(u" IN ("_s)) << model.lastRead().toStdString();
        EXPECT_TRUE(steps.contains(u"SEARCH c USING INTEGER PRIMARY KEY"_s))
            << steps.toStdString() << "\n"
            << model.lastRead().toStdString();
    }
}
