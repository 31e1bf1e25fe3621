// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaInfo.h"

#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud::io {

QString quotedIdentifier(const QString& name)
{
    QString s = name;
    s.replace(u'"', u"\"\""_s);
    return u'"' + s + u'"';
}

QStringList tableNames(Database& db, const QString& schema)
{
    QStringList names;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT name FROM %1.sqlite_master WHERE type = 'table' AND name NOT LIKE "
               u"'sqlite\\_%' ESCAPE '\\'"
               " ORDER BY rowid"_s.arg(quotedIdentifier(schema)))) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}

QStringList tableColumns(Database& db, const QString& table, const QString& schema)
{
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
