// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlUtil.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("outloud", text, disambiguation, n);
}

namespace {
thread_local QString t_lastSqlState;

// A server's refusal by its rules: SQLSTATE 42501, from a row-level-security check or a
// missing privilege.
bool isRefusedByServerRules(const QSqlError& error)
{
    return error.nativeErrorCode() == u"42501"_s;
}

void noteSqlState(const QSqlError& error)
{
    if (!error.nativeErrorCode().isEmpty())
        t_lastSqlState = error.nativeErrorCode();
}
} // namespace

QString lastSqlState()
{
    return t_lastSqlState;
}

void clearSqlState()
{
    t_lastSqlState.clear();
}

bool isRetryableSqlState(const QString& sqlState)
{
    return sqlState == u"40001"_s || sqlState == u"40P01"_s;
}

QString sqlErrorMessage(const QString& operation, const QSqlError& error)
{
    noteSqlState(error);
    // A server's refusal by its rules (row-level security, a missing privilege): the
    // driver's text names policies and tables, which tells a member nothing.
    if (isRefusedByServerRules(error))
        return tr("Could not %1: your login may not change this on the server. The program's "
                  "rules keep each person's own list to them and the circle's meetings to its "
                  "facilitator.")
            .arg(operation);
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.driverText();
    // SQLite's own words ("disk I/O error", "attempt to write a readonly database") do not
    // tell a user what to do.
    if (detail.contains(u"disk is full"_s))
        detail = tr("the disk is full");
    else if (detail.contains(u"readonly database"_s))
        detail = tr("the database file or its folder is read-only");
    else if (detail.contains(u"disk I/O error"_s))
        detail = tr("the disk could not be written (it may be full or removed)");
    return tr("Could not %1: %2").arg(operation, detail);
}

bool isStorageError(const QSqlError& error)
{
    const QString detail = error.databaseText();
    return detail.contains(u"disk is full"_s) || detail.contains(u"readonly database"_s)
        || detail.contains(u"disk I/O error"_s) || detail.contains(u"unable to open"_s);
}

QVariant bindable(const QVariant& value)
{
    // A null QString binds as SQL NULL; text columns want '' for "nothing typed".
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(u""_s);
    return value;
}

namespace {
bool isInteger(const QVariant& value)
{
    if (value.isNull())
        return false;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}
} // namespace

namespace {
// @p sql with each `?` outside quotes and comments replaced by @p replacement(i) for the
// i-th one (from 0); empty when the text cannot be scanned safely (dollar quoting, E''
// strings, an unterminated quote or comment). @p count gets the number of placeholders.
template <typename Replacement>
QString replacePlaceholders(const QString& sql, const Replacement& replacement, qsizetype* count)
{
    // Dollar quoting and E'' strings hide quotes from the scan below: left to QPSQL.
    if (sql.contains(u'$') || sql.contains(u"E'"_s) || sql.contains(u"e'"_s))
        return {};
    QString out;
    out.reserve(sql.size() + 64);
    qsizetype next = 0;
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        if (c == u'\'' || c == u'"') {
            // A quoted literal or name, copied whole: a ? inside is text, not a value.
            const qsizetype end = sql.indexOf(c, i + 1);
            if (end < 0)
                return {};
            out += QStringView(sql).mid(i, end - i + 1);
            i = end;
        } else if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            const qsizetype end = sql.indexOf(u'\n', i);
            const qsizetype stop = end < 0 ? n : end;
            out += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
        } else if (c == u'/' && i + 1 < n && sql.at(i + 1) == u'*') {
            const qsizetype end = sql.indexOf(u"*/"_s, i + 2);
            if (end < 0)
                return {};
            out += QStringView(sql).mid(i, end + 2 - i);
            i = end + 1;
        } else if (c == u'?') {
            const QString value = replacement(next++);
            if (value.isNull())
                return {};
            out += value;
        } else {
            out += c;
        }
    }
    *count = next;
    return out;
}
} // namespace

QString inlinedIntegers(const QString& sql, const QVariantList& values)
{
    for (const QVariant& v : values) {
        if (!isInteger(v))
            return {};
    }
    qsizetype count = 0;
    const QString out = replacePlaceholders(
        sql,
        [&values](qsizetype i) {
            if (i >= values.size())
                return QString();
            // Quoted: a literal of unknown type, which PostgreSQL types from where it stands
            // exactly as it types a parameter ($1). Digits and a sign only: never user text.
            const QVariant& v = values.at(i);
            return u'\''
                + (v.typeId() == QMetaType::ULongLong || v.typeId() == QMetaType::UInt
                        ? QString::number(v.toULongLong())
                        : QString::number(v.toLongLong()))
                + u'\'';
        },
        &count);
    return count == values.size() ? out : QString();
}

QString numberedPlaceholders(const QString& sql, qsizetype* count)
{
    qsizetype found = 0;
    QString out = replacePlaceholders(
        sql, [](qsizetype i) { return u'$' + QString::number(i + 1); }, &found);
    if (count)
        *count = out.isEmpty() ? 0 : found;
    return out;
}

bool execPrepared(QSqlQuery& query, const QString& sql, const QVariantList& values,
    const QString& operation, QString* error)
{
    // QPSQL prepares with SQL-level PREPARE and drops the statement with DEALLOCATE: three
    // round trips to the server for one query. With integer values only, one plain
    // statement does the same work in one.
    if (query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
        const QString inlined = inlinedIntegers(sql, values);
        if (!inlined.isEmpty()) {
            if (query.exec(inlined))
                return true;
            noteSqlState(query.lastError());
            if (error)
                *error = sqlErrorMessage(operation, query.lastError());
            return false;
        }
    }
    if (!query.prepare(sql)) {
        if (error)
            *error = sqlErrorMessage(operation, query.lastError());
        return false;
    }
    for (const QVariant& v : values)
        query.addBindValue(bindable(v));
    if (!query.exec()) {
        noteSqlState(query.lastError());
        if (error)
            *error = sqlErrorMessage(operation, query.lastError());
        return false;
    }
    return true;
}

qint64 insertedId(QSqlQuery& query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : -1;
    query.finish();
    return id;
}

bool syncIdentity(Database& db, const QString& table, QString* error)
{
    if (!db.isServer())
        return true;
    QSqlQuery q(db.connection());
    // The table name is one of ours, never user text.
    if (!q.exec(u"SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                " coalesce((SELECT max(id) FROM %1), 0) + 1, false)"_s.arg(table))) {
        if (error)
            *error = sqlErrorMessage(tr("prepare the next id"), q.lastError());
        return false;
    }
    return true;
}

QString likeContains(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += u'%';
    for (QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    escaped += u'%';
    return escaped;
}

} // namespace outloud
