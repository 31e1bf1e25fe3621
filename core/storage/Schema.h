// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QList>
#include <QStringList>

namespace outloud {

/**
 * One statement of a migration step, written once for both engines. Where the dialects
 * differ inside a statement it says so with a placeholder ({id}, {day}, {instant},
 * {deferrable}); a statement only one engine needs is marked as such.
 */
struct SchemaStatement
{
    enum Only { Both, SqliteOnly, PostgresOnly };
    SchemaStatement(QString text, Only engines = Both)
        : sql(std::move(text))
        , only(engines)
    { }
    QString sql;
    Only only = Both;

    /// The statement as @p engine runs it; empty when that engine skips it.
    QString textFor(Database::Engine engine) const;
};

/// One step of the schema's history: what turns version `to - 1` into version `to`.
struct MigrationStep
{
    int to;
    QList<SchemaStatement> statements;
};

/// The ordered migration steps, one list for both engines. A new database runs them all,
/// so a new database and a migrated one cannot drift apart. Append only: a released step
/// never changes.
const QList<MigrationStep>& migrationSteps();

/// Runs every step above the file's version, each in its own transaction, up to
/// @p toVersion (-1: the current one).
bool migrate(Database& db, int fromVersion, QString* error, int toVersion = -1);

} // namespace outloud
