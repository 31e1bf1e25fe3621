// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExport.h"

#include "Csv.h"
#include "FileIo.h"
#include "contributions/ContributionService.h"
#include "people/KeepInTouch.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outloud::io", text);
}

QString record(QStringList fields, CsvCells cells)
{
    if (cells == CsvCells::Defused) {
        for (QString& f : fields)
            f = defusedCell(f);
    }
    return csvRecord(fields);
}

QVariant memberBind(qint64 memberId)
{
    return memberId > 0 ? QVariant(memberId) : QVariant(qint64(-1));
}
} // namespace

QString defusedCell(const QString& text)
{
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        return u'\'' + text;
    return text;
}

bool exportPeopleCsv(Database& db, qint64 memberId, QByteArray* csv, QString* error, CsvCells cells)
{
    QString out = csvRecord(
        {tr("List of"), tr("Name"), tr("Organization"), tr("Role"), tr("Relation to the goal"),
            tr("E-mail"), tr("URL"), tr("Channels"), tr("Tags"), tr("Notes"), tr("Closeness"),
            tr("Introduced by"), tr("Added on"), tr("Keep in touch"), tr("Next due")});
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!execPrepared(q,
            u"SELECT m.name, p.name, p.organization, p.role, p.relation, p.email, p.url, "
            u"p.channels, p.tags,"
            " p.notes, p.closeness, coalesce(i.name, ''), p.created_on,"
            " coalesce(p.keep_in_touch_weeks, d.every_weeks, 0),"
            " (SELECT max(c.happened_on) FROM contribution c WHERE c.person_id = p.id)"
            " FROM person p JOIN member m ON m.id = p.member_id LEFT JOIN person i ON i.id = "
            "p.introduced_by LEFT JOIN keep_in_touch_default d ON d.closeness = p.closeness"
            " WHERE ? < 0 OR p.member_id = ? ORDER BY m.circle_id, m.position, m.id, p.name COLLATE NOCASE, p.id"_s,
            {memberBind(memberId), memberBind(memberId)}, tr("read the relationship list"), error))
        return false;
    while (q.next()) {
        QStringList fields;
        for (int c = 0; c < 13; ++c)
            fields.append(q.value(c).toString());
        const int every = q.value(13).toInt();
        fields.append(keepintouch::label(every));
        fields.append(keepintouch::dueDate(QDate::fromString(q.value(14).toString(), Qt::ISODate),
            QDate::fromString(q.value(12).toString(), Qt::ISODate), every)
                          .toString(Qt::ISODate));
        out += record(fields, cells);
    }
    *csv = out.toUtf8();
    return true;
}

bool exportContributionsCsv(
    Database& db, qint64 memberId, QByteArray* csv, QString* error, CsvCells cells)
{
    ContributionService contributions(db);
    QHash<qint64, QString> kinds;
    for (const ContributionKind& k : contributions.kinds())
        kinds.insert(k.id, k.displayName());
    QHash<qint64, QString> channels;
    for (const Channel& c : contributions.channels())
        channels.insert(c.id, c.displayName());

    QString out = csvRecord({tr("List of"), tr("Date"), tr("Direction"), tr("Person"),
        tr("Organization"), tr("Kind"), tr("Channel"), tr("What it brought"), tr("Note")});
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!execPrepared(q,
            u"SELECT m.name, c.happened_on, c.direction, p.name, p.organization, c.kind_id, "
            u"c.channel_id,"
            " c.brought, c.note FROM contribution c JOIN person p ON p.id = c.person_id"
            " JOIN member m ON m.id = p.member_id WHERE ? < 0 OR p.member_id = ?"
            " ORDER BY c.happened_on, c.id"_s,
            {memberBind(memberId), memberBind(memberId)}, tr("read the contributions"), error))
        return false;
    while (q.next()) {
        const QString brought
            = q.value(7).isNull() ? QString() : broughtName(Brought(q.value(7).toInt()));
        out += record({q.value(0).toString(), q.value(1).toString(),
                          directionName(Direction(q.value(2).toInt())), q.value(3).toString(),
                          q.value(4).toString(), kinds.value(q.value(5).toLongLong()),
                          q.value(6).isNull() ? QString() : channels.value(q.value(6).toLongLong()),
                          brought, q.value(8).toString()},
            cells);
    }
    *csv = out.toUtf8();
    return true;
}

bool writePeopleCsv(
    Database& db, qint64 memberId, const QString& path, QString* error, CsvCells cells)
{
    QByteArray csv;
    return exportPeopleCsv(db, memberId, &csv, error, cells) && writePrivateFile(path, csv, error);
}

bool writeContributionsCsv(
    Database& db, qint64 memberId, const QString& path, QString* error, CsvCells cells)
{
    QByteArray csv;
    return exportContributionsCsv(db, memberId, &csv, error, cells)
        && writePrivateFile(path, csv, error);
}

} // namespace outloud::io
