// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaInfo.h"

#include "storage/Database.h"
#include "storage/Tallies.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud::io {

QString quotedIdentifier(const QString& name)
{
    QString s = name;
    s.replace(u'"', u"\"\""_s);
    return u'"' + s + u'"';
}

namespace {
// On PostgreSQL: the tables of the connection's schema, in creation order (oid), without
// the version table, which SQLite keeps in a PRAGMA.
QStringList serverTableNames(Database& db)
{
    QStringList names;
    QSqlQuery q(db.connection());
    if (q.exec(u"SELECT c.relname FROM pg_catalog.pg_class c"
               " WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'"
               " AND c.relname <> '%1' ORDER BY c.oid"_s.arg(
                   QLatin1StringView(Database::VersionTable)))) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    names.removeIf(tally::isTally);
    return names;
}

QStringList serverTableColumns(Database& db, const QString& table)
{
    QStringList columns;
    QSqlQuery q(db.connection());
    if (q.prepare(
            u"SELECT column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position"_s)) {
        q.addBindValue(table);
        if (q.exec()) {
            while (q.next())
                columns.append(q.value(0).toString());
        }
    }
    return columns;
}
} // namespace

QStringList tableNames(Database& db, const QString& schema)
{
    if (db.isServer())
        return serverTableNames(db);
    QStringList names;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT name FROM %1.sqlite_master WHERE type = 'table' AND name NOT LIKE "
               u"'sqlite\\_%' ESCAPE '\\'"
               " ORDER BY rowid"_s.arg(quotedIdentifier(schema)))) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    names.removeIf(tally::isTally);
    return names;
}

QStringList tableColumns(Database& db, const QString& table, const QString& schema)
{
    if (db.isServer())
        return serverTableColumns(db, table);
    QStringList columns;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (q.prepare(u"SELECT name FROM pragma_table_info(?, ?) ORDER BY cid"_s)) {
        q.addBindValue(table);
        q.addBindValue(schema);
        if (q.exec()) {
            while (q.next())
                columns.append(q.value(0).toString());
        }
    }
    return columns;
}

} // namespace outloud::io
