// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace outloud {

class Database;

namespace analytics::detail {

/// A forward-only read query on @p db: prepared, @p values bound, executed. A failure is
/// logged (analytics show what they can rather than fail the whole view) and returns false.
bool runQuery(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values);

/// A new forward-only query on @p db's connection.
QSqlQuery readQuery(Database& db);

} // namespace analytics::detail
} // namespace outloud
