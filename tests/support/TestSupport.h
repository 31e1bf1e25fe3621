// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

/// A fresh database in its own temporary folder, with the fixed clock.
class TempDatabase
{
public:
    TempDatabase();
    Database& db() { return *m_db; }
    Database* operator->() { return m_db.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    /// Closes and reopens the file (to check what really reached the disk).
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

/// The bytes of a file, for before/after comparisons.
QByteArray fileBytes(const QString& path);

/// One value from a query (first column of the first row), for checks on what the file holds.
QVariant scalar(Database& db, const QString& sql);

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
