// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace outloud {

class Database;

/// Builds the one error message format used everywhere: what we tried, and why it failed.
QString sqlErrorMessage(const QString& operation, const QSqlError& error);

/**
 * The SQLSTATE of the last SQL failure on this thread that went through
 * sqlErrorMessage() or execPrepared() (empty when none since clearSqlState()). Lets the
 * write path recognize a failure worth retrying (serialization, deadlock) whichever
 * query of a service's work hit it.
 */
QString lastSqlState();
void clearSqlState();
/// Whether @p sqlState is a transient conflict that a retried transaction resolves
/// (PostgreSQL 40001 serialization failure, 40P01 deadlock).
bool isRetryableSqlState(const QString& sqlState);

/// Whether @p error is about the file rather than the data (read-only, disk full, I/O):
/// such a message names the file, not the record that happened to be written.
bool isStorageError(const QSqlError& error);

/// @p value ready to bind: a null QString becomes '' (NULLs are bound explicitly, typed).
QVariant bindable(const QVariant& value);

/// Prepares @p sql, binds @p values positionally and executes it. On failure sets
/// @p error (if given) from lastError() and the operation's name. On PostgreSQL a query
/// whose values are all integers runs as one plain statement (see inlinedIntegers()).
bool execPrepared(QSqlQuery& query, const QString& sql, const QVariantList& values,
    const QString& operation, QString* error);

/**
 * @p sql with each `?` outside quotes and comments replaced by the matching value of
 * @p values as a quoted integer literal ('42'), or an empty string when any value is not
 * an integer (text, dates, NULL: those are bound, never written into SQL) or the
 * placeholders and values do not match. A quoted literal has no type until PostgreSQL
 * gives it one from its place, as it does a parameter.
 */
QString inlinedIntegers(const QString& sql, const QVariantList& values);

/**
 * @p sql with each `?` outside quotes and comments numbered as PostgreSQL writes parameters
 * ($1, $2, ...), for a statement PREPAREd by name; @p count gets how many. Empty when the
 * text cannot be scanned safely (dollar quoting, E'' strings, unterminated quotes).
 */
QString numberedPlaceholders(const QString& sql, qsizetype* count);

/// Sets @p error (when not null) and returns false: keeps error paths one line long.
inline bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

/// An id to bind: SQL NULL for "none" (any id below 1).
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

/// The id that an `INSERT ... RETURNING id` produced (-1 when none). Finishes @p query,
/// so that a pending statement never blocks the commit. Both engines: no lastInsertId()
/// (QPSQL would run `SELECT lastval()`, which another insert can change).
qint64 insertedId(QSqlQuery& query);

/// After rows were inserted with explicit ids (undo, restore): moves PostgreSQL's identity
/// of @p table past them so that the next insert gets a fresh id. SQLite needs nothing.
bool syncIdentity(Database& db, const QString& table, QString* error);

/// SQL LIKE pattern that matches @p text anywhere, with %, _ and \ escaped (use ESCAPE '\').
QString likeContains(const QString& text);

} // namespace outloud
