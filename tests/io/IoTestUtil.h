// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circle/CircleService.h"
#include "io/SchemaInfo.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QString>
#include <gtest/gtest.h>

namespace outloud::test {

/// Every row of every table with its SQLite type: two databases hold the same data
/// exactly when their dumps are equal.
/// Every row of every table, in order. Columns named in @p masked (values that are random
/// by design, such as the sharing step's uids) show as "*" so two dumps can be compared.
inline QString tableDump(Database& db, const QStringList& masked = {})
{
    QString dump;
    for (const QString& table : io::tableNames(db)) {
        const QStringList columns = io::tableColumns(db, table);
        QStringList select;
        QStringList order;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (masked.contains(columns.at(i))) {
                select.append(QStringLiteral("'*'"));
                continue;
            }
            select.append(QStringLiteral("typeof(%1) || ':' || coalesce(quote(%1), '')")
                              .arg(io::quotedIdentifier(columns.at(i))));
            order.append(io::quotedIdentifier(columns.at(i)));
        }
        dump += QStringLiteral("== %1\n").arg(table);
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                        .arg(select.join(QStringLiteral(" || '|' || ")),
                            io::quotedIdentifier(table), order.join(u','))))
            ADD_FAILURE() << "dump failed for " << table.toStdString();
        while (q.next())
            dump += q.value(0).toString() + u'\n';
    }
    return dump;
}

/// A circle of three in which "Me" is me; returns my member id.
inline qint64 makeCircle(Database& db,
    QStringList names = {QStringLiteral("Me"), QStringLiteral("Bea"), QStringLiteral("Cem")})
{
    CircleService circles(db);
    Circle c;
    c.name = QStringLiteral("Test circle");
    c.startDate = QDate(2026, 2, 2);
    c.meetingWeekday = 1;
    QString error;
    const qint64 id = circles.createCircle(c, names, 0, 0, &error);
    EXPECT_GT(id, 0) << error.toStdString();
    return circles.meId(id);
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace outloud::test
