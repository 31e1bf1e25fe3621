// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonArchive.h"

#include "ExportProgress.h"
#include "FileIo.h"
#include "JsonValues.h"
#include "SchemaInfo.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace outloud::io::json {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outloud::io::json", text);
}

// The rows an export will write, for its progress: counted before the first is read.
bool countRows(Database& db, const QStringList& tables, ExportProgress* progress, QString* error)
{
    qint64 total = 0;
    for (const QString& table : tables) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT count(*) FROM %1"_s.arg(quotedIdentifier(table))) || !q.next())
            return fail(error, sqlErrorMessage(tr("read %1").arg(table), q.lastError()));
        total += q.value(0).toLongLong();
    }
    progress->total = total;
    return true;
}

} // namespace

using detail::fromJson;
using detail::isIdentifier;
using detail::toJson;

bool exportDatabase(Database& db, const std::function<bool(const QByteArray&)>& write,
    QString* error, ExportProgress* progress)
{
    // One row a line: compact, diffable, and parse errors name a useful line. Each piece
    // goes out as soon as it is made: memory stays one row, however large the file.
    auto compact
        = [](const QJsonArray& a) { return QJsonDocument(a).toJson(QJsonDocument::Compact); };
    const auto stopped = [&] { return fail(error, tr("The export was cut short.")); };
    if (!write("{\"format\":\"outloud\",\"formatVersion\":" + QByteArray::number(FormatVersion)
            + ",\"schemaVersion\":" + QByteArray::number(db.schemaVersion()) + ",\"tables\":["))
        return stopped();
    const QStringList tables = tableNames(db);
    if (progress && !countRows(db, tables, progress, error))
        return false;
    QByteArray piece;
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const QString& table = tables.at(t);
        const QStringList columns = tableColumns(db, table);
        QStringList order;
        for (int i = 1; i <= columns.size(); ++i)
            order.append(QString::number(i));
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT * FROM %1 ORDER BY %2"_s.arg(
                quotedIdentifier(table), order.join(u", "_s))))
            return fail(error, sqlErrorMessage(tr("read %1").arg(table), q.lastError()));
        piece = (t > 0 ? ",\n" : "\n");
        piece += "{\"name\":" + compact(QJsonArray {table}).mid(1).chopped(1)
            + ",\"columns\":" + compact(QJsonArray::fromStringList(columns)) + ",\"rows\":[";
        bool first = true;
        while (q.next()) {
            QJsonArray row;
            for (int c = 0; c < columns.size(); ++c)
                row.append(toJson(q.value(c)));
            piece += (first ? "\n" : ",\n") + compact(row);
            first = false;
            if (progress)
                progress->countRow();
            // Rows travel in pieces of about 64 KiB: few calls, little memory.
            if (piece.size() >= 64 * 1024) {
                if (!write(piece))
                    return stopped();
                piece.clear();
            }
        }
        if (q.lastError().isValid())
            return fail(error, sqlErrorMessage(tr("read %1").arg(table), q.lastError()));
        piece += "]}";
        if (!write(piece))
            return stopped();
    }
    return write("\n]}\n") || stopped();
}

bool exportDatabase(Database& db, QByteArray* json, QString* error)
{
    QByteArray out;
    if (!exportDatabase(
            db,
            [&out](const QByteArray& piece) {
                out += piece;
                return true;
            },
            error))
        return false;
    *json = out;
    return true;
}

bool writeExport(Database& db, const QString& path, QString* error, ExportProgress* progress)
{
    PrivateFileWriter file(path);
    if (!file.open(error))
        return false;
    // A failed write stops the export at once; commit() then names the reason (disk full)
    // and removes the temporary file, as the destructor does after a cancel.
    const auto write = [&file, progress](const QByteArray& piece) {
        return file.write(piece) && (!progress || progress->goesOn());
    };
    if (!exportDatabase(db, write, error, progress) && !file.failed())
        return false;
    return file.commit(error);
}

bool parse(const QByteArray& json, Archive* archive, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(error,
            tr("Line %1 of the JSON file: %2.")
                .arg(lineAtOffset(json, parseError.offset))
                .arg(parseError.errorString()));
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(u"format"_s).toString() != u"outloud"_s)
        return fail(error, tr("This JSON file is not an Outloud export."));
    if (root.value(u"formatVersion"_s).toInt(-1) != FormatVersion)
        return fail(error,
            tr("This export was made by another version of Outloud (export format %1; this version "
               "reads %2).")
                .arg(root.value(u"formatVersion"_s).toVariant().toString())
                .arg(FormatVersion));
    Archive result;
    result.schemaVersion = root.value(u"schemaVersion"_s).toInt(0);
    if (result.schemaVersion <= 0)
        return fail(error, tr("The export does not say which database version it holds."));
    const QJsonValue tablesValue = root.value(u"tables"_s);
    if (!tablesValue.isArray())
        return fail(error, tr("The export holds no tables."));
    const QJsonArray tables = tablesValue.toArray();
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const QJsonObject o = tables.at(t).toObject();
        ArchiveTable table;
        table.name = o.value(u"name"_s).toString();
        if (!isIdentifier(table.name))
            return fail(error, tr("Table %1 of the export has no valid name.").arg(t + 1));
        for (const QJsonValueConstRef c : o.value(u"columns"_s).toArray()) {
            if (!isIdentifier(c.toString()))
                return fail(error,
                    tr("Table “%1” of the export has a column without a valid name.")
                        .arg(table.name));
            table.columns.append(c.toString());
        }
        if (table.columns.isEmpty())
            return fail(error, tr("Table “%1” of the export has no columns.").arg(table.name));
        const QJsonArray rows = o.value(u"rows"_s).toArray();
        table.rows.reserve(rows.size());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QJsonArray row = rows.at(r).toArray();
            if (!rows.at(r).isArray() || row.size() != table.columns.size())
                return fail(error,
                    tr("Table “%1”, row %2 of the export does not have %3 values.")
                        .arg(table.name)
                        .arg(r + 1)
                        .arg(table.columns.size()));
            QVariantList values;
            values.reserve(row.size());
            for (qsizetype c = 0; c < row.size(); ++c) {
                QVariant v;
                if (!fromJson(row.at(c), &v))
                    return fail(error,
                        tr("Table “%1”, row %2, column “%3” of the export holds a value Outloud "
                           "does not store.")
                            .arg(table.name)
                            .arg(r + 1)
                            .arg(table.columns.at(c)));
                values.append(v);
            }
            table.rows.append(values);
        }
        result.tables.append(table);
    }
    *archive = result;
    return true;
}

bool upgrade(Archive* archive, QString* error)
{
    const int current = Database::currentSchemaVersion();
    if (archive->schemaVersion > current)
        return fail(error,
            tr("This export was made by a newer Outloud (database version %1; this version reads "
               "up to %2). Update Outloud to restore it; nothing was changed.")
                .arg(archive->schemaVersion)
                .arg(current));
    if (archive->schemaVersion == current)
        return true;
    // Into a scratch file at the export's version, up through the migration steps, and out.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(error, tr("Could not make a temporary folder to upgrade the export."));
    QByteArray json;
    {
        std::unique_ptr<Database> old = Database::createAtVersion(
            scratch.filePath(u"upgrade.sqlite"_s), archive->schemaVersion, error);
        if (!old || !restore(*old, *archive, error) || !migrate(*old, archive->schemaVersion, error)
            || !exportDatabase(*old, &json, error))
            return false;
    }
    return parse(json, archive, error);
}

} // namespace outloud::io::json
