// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QTry.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace outloud::test {

/// tests/data in the source tree.
QString dataPath(const QString& name);
/// ../shared/fixtures beside the repository.
QString sharedFixture(const QString& name);
/// The built `outloud` executable.
QString outloudBinary();

/// A copy in @p dir of a demo database (small or large) that is generated once per test
/// binary: the large one takes seconds to write, its copy a fraction of that. Each test may
/// change its copy. Today is the demo's "today" (the real date). Returns the copy's path.
QString demoCopy(bool large, const QString& dir);

/// The fixed "now" of tests: Monday 2026-03-02, 10:00 local time.
QDateTime fixedNow();

/**
 * The engine the test binary runs on: SQLite unless OUTLOUD_TEST_ENGINE=postgres. CTest
 * runs the core suites twice, once per engine (the `postgres.` prefix); the server's
 * address comes from OUTLOUD_TEST_POSTGRES (set by .ci/with-postgres).
 */
Database::Engine engine();
/// The throwaway server's address (postgresql://user@host:port/postgres), empty if none.
QString serverAddress();
/// @p address with its database replaced by @p database.
QString serverAddressFor(const QString& database);
/// Runs @p sql on the server's maintenance database as the test superuser.
bool serverAdmin(const QString& sql, QString* error = nullptr);
/// Runs @p sql in @p database on the test server as the test superuser.
/// @p value (when given) receives the first column of the first row.
bool serverExec(const QString& database, const QString& sql, QString* error = nullptr,
    QVariant* value = nullptr);
/// Registers the gtest environment that checks the engine's prerequisites: without a
/// server the PostgreSQL run fails under CI=true and is skipped, loudly, elsewhere.
void addEngineEnvironment();
/// Skips the current test on an engine it does not apply to (file formats, WAL, PRAGMAs).
#define OUTLOUD_SQLITE_ONLY()                                                                      \
    if (::outloud::test::engine() != ::outloud::Database::Engine::Sqlite)                          \
    GTEST_SKIP() << "SQLite file behaviour; PostgreSQL has its own tests"

/// A fresh database with the fixed clock: a file in its own temporary folder, or a new
/// database on the test server (dropped again afterwards) when the engine is PostgreSQL.
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();
    Database& db() { return *m_db; }
    Database* operator->() { return m_db.get(); }
    /// What `--database` takes: the file's path or the server database's address.
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    /// Closes and reopens the database (to check what really reached the disk).
    void reopen();
    /// Closes the database (a test may then open path() itself).
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_serverDatabase;
    std::unique_ptr<Database> m_db;
};

/// An empty database on the test server, dropped when this goes away.
class ServerDatabase
{
public:
    ServerDatabase();
    ~ServerDatabase();
    QString name() const { return m_name; }
    QString address() const { return serverAddressFor(m_name); }

private:
    QString m_name;
};

/// The bytes of a file, for before/after comparisons.
QByteArray fileBytes(const QString& path);

/// One value from a query (first column of the first row), for checks on what the file holds.
QVariant scalar(Database& db, const QString& sql);

/// Compares every row of the tallies (core/storage/Tallies.h) with a full recount from
/// contribution and person, in plain SQL of its own. Empty when they agree; otherwise the
/// rows that differ, table by table. Fails the test when there are no tally tables.
QString tallyMismatch(Database& db);

/// Runs a program and returns its exit code, with stdout and stderr.
struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
ProcessResult runProcess(
    const QString& program, const QStringList& arguments, int timeoutMs = 120000);

/// Counts the warnings Qt prints while it lives (QAbstractItemModelTester reports so).
class WarningCounter
{
public:
    WarningCounter();
    ~WarningCounter();
    int count() const;
    QStringList messages() const;
};

} // namespace outloud::test
