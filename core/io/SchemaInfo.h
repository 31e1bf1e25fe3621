// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace outloud {
class Database;
}

namespace outloud::io {

/// The tables of schema @p schema ("main", or an attached one), in creation order, without
/// the tallies (derived from the others, counted again after a restore) and
/// without SQLite's own.
QStringList tableNames(Database& db, const QString& schema = QStringLiteral("main"));
/// The columns of @p table in @p schema, in declaration order.
QStringList tableColumns(
    Database& db, const QString& table, const QString& schema = QStringLiteral("main"));
/// "name" with quotes doubled: for identifiers that came from the schema itself.
QString quotedIdentifier(const QString& name);

} // namespace outloud::io
