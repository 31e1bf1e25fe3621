// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circle/CircleService.h"
#include "demo/DemoGenerator.h"
#include "io/JsonArchive.h"
#include "io/SchemaInfo.h"
#include "people/PeopleService.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace outloud::test {

/// One value as a dump shows it: its kind and its text, the same on both engines (dates and
/// instants read back from PostgreSQL show as the SQLite file holds them, ISO 8601 text).
inline QString dumpValue(const QVariant& v)
{
    if (v.isNull())
        return QStringLiteral("null");
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QStringLiteral("integer:") + QString::number(v.toLongLong());
    case QMetaType::Double:
        return QStringLiteral("real:") + QString::number(v.toDouble(), 'g', 17);
    case QMetaType::QDate:
        return QStringLiteral("text:'") + v.toDate().toString(Qt::ISODate) + u'\'';
    case QMetaType::QDateTime:
        return QStringLiteral("text:'") + v.toDateTime().toLocalTime().toString(Qt::ISODate)
            + u'\'';
    case QMetaType::QByteArray:
        return QStringLiteral("blob:") + QString::fromLatin1(v.toByteArray().toHex());
    default:
        return QStringLiteral("text:'") + v.toString() + u'\'';
    }
}

/// Every row of every table, in order, each value with its kind (dumpValue): two databases,
/// of either engine, hold the same data exactly when their dumps are equal. Columns named
/// in @p masked (values that are random by design, such as the sharing step's uids) show
/// as "*" so two dumps can be compared.
inline QString tableDump(Database& db, const QStringList& masked = {})
{
    QString dump;
    for (const QString& table : io::tableNames(db)) {
        const QStringList columns = io::tableColumns(db, table);
        QStringList select;
        for (const QString& column : columns) {
            if (!masked.contains(column))
                select.append(io::quotedIdentifier(column));
        }
        dump += QStringLiteral("== %1\n").arg(table);
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %1")
                        .arg(select.join(u','), io::quotedIdentifier(table))))
            ADD_FAILURE() << "dump failed for " << table.toStdString();
        while (q.next()) {
            QStringList row;
            int next = 0;
            for (const QString& column : columns)
                row.append(
                    masked.contains(column) ? QStringLiteral("*") : dumpValue(q.value(next++)));
            dump += row.join(u'|') + u'\n';
        }
    }
    return dump;
}

/// The dump (tableDump) of what the backup @p path holds: an SQLite copy (a file database's
/// backup) or a JSON archive (a server database's), restored into a scratch file to read it.
inline QString backupDump(const QString& path, QString* error)
{
    if (!path.endsWith(QStringLiteral(".json"))) {
        std::unique_ptr<Database> copy = Database::open(path, error, Database::OpenMode::MustExist);
        return copy ? tableDump(*copy) : QString();
    }
    QFile file(path);
    io::Archive archive;
    QTemporaryDir dir;
    if (!file.open(QIODevice::ReadOnly) || !io::json::parse(file.readAll(), &archive, error))
        return {};
    std::unique_ptr<Database> scratch
        = Database::open(dir.filePath(QStringLiteral("scratch.sqlite")), error);
    if (!scratch || !io::json::restore(*scratch, archive, error))
        return {};
    return tableDump(*scratch);
}

/// The small demo circle (seed 7, today 2 March 2026) in @p db.
inline void fillDemo(Database& db)
{
    QString error;
    DemoGenerator demo(db, DemoGenerator::Scale::Small, 7, QDate(2026, 3, 2));
    ASSERT_TRUE(demo.generate(&error)) << error.toStdString();
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

/// Adds a person to @p memberId's list (closeness 3); the new id.
inline qint64 addPerson(
    Database& db, qint64 memberId, const QString& name, const QString& org, const QString& email)
{
    Person p;
    p.memberId = memberId;
    p.name = name;
    p.organization = org;
    p.email = email;
    p.closeness = 3;
    QString error;
    const qint64 id = PeopleService(db).add(p, &error);
    EXPECT_GT(id, 0) << error.toStdString();
    return id;
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace outloud::test
