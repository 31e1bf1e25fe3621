// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <initializer_list>

namespace outloud {

class Database;

namespace analytics::detail {

/// A forward-only read query on @p db: prepared, @p values bound, executed. A failure is
/// logged (analytics show what they can rather than fail the whole view) and returns false.
bool runQuery(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values);

/// Sees every analytics statement and its bound values before it runs; the benchmark
/// uses it to replay exactly the same queries in the sqlite3 tool. Null: none (default).
using QueryRecorder = std::function<void(const QString& sql, const QVariantList& values)>;
void setQueryRecorder(QueryRecorder recorder);

/// The day in a date column: a QDate (PostgreSQL) or ISO text "YYYY-MM-DD" (SQLite), read
/// without QDate::fromString's general parser (a list of thousands of ratings read its
/// dates for every Overview); anything else as QDate::fromString reads it, null as invalid.
QDate dateValue(const QVariant& value);

/// A new forward-only query on @p db's connection.
QSqlQuery readQuery(Database& db);

} // namespace analytics::detail
} // namespace outloud
