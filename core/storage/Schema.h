// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace outloud {

class Database;

/// One step of the schema's history: what turns version `to - 1` into version `to`.
struct MigrationStep
{
    int to;
    QStringList statements;
};

/// The ordered migration steps. A new file runs them all, so a new file and a migrated
/// one cannot drift apart. Append only: a released step never changes.
const QList<MigrationStep>& migrationSteps();

/// Runs every step above the file's version, each in its own transaction, up to
/// @p toVersion (-1: the current one).
bool migrate(Database& db, int fromVersion, QString* error, int toVersion = -1);

} // namespace outloud
