// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QVariant>
#include <functional>

namespace outloud {
class Database;
}

namespace outloud::io {

struct ExportProgress;

/// One table of a JSON export.
struct ArchiveTable
{
    QString name;
    QStringList columns;
    QList<QVariantList> rows;
};

/// A whole database as read from a JSON export.
struct Archive
{
    int schemaVersion = 0;
    QList<ArchiveTable> tables;
};

/**
 * The whole database as one JSON file and back. Every table and column is written as
 * stored (integers, text and NULL as JSON; the rare real or blob as a tagged object), in
 * a stable order, without a timestamp: exporting, restoring into a fresh file and
 * exporting again gives the same bytes.
 *
 * {"format": "outloud", "formatVersion": 1, "schemaVersion": N,
 *  "tables": [{"name": "circle", "columns": [...], "rows": [[...], ...]}, ...]}
 */
namespace json {

constexpr int FormatVersion = 1;

/// The JSON text of the database, handed to @p write piece by piece as it is read (rows in
/// pieces of about 64 KiB); stops when @p write returns false. With @p progress, counts the
/// rows first and then each row written.
bool exportDatabase(Database& db, const std::function<bool(const QByteArray&)>& write,
    QString* error, ExportProgress* progress = nullptr);
/// The same, whole in memory (small databases, tests).
bool exportDatabase(Database& db, QByteArray* json, QString* error);
/// Writes it to @p path atomically, readable by the owner only; stops with no file when
/// @p progress is canceled.
bool writeExport(
    Database& db, const QString& path, QString* error, ExportProgress* progress = nullptr);

/// Reads and checks a JSON export without touching any database. Errors name the line
/// (JSON syntax) or the table and row (content).
bool parse(const QByteArray& json, Archive* archive, QString* error);

/// Brings an export made by an older Outloud up to this version's schema, through the
/// same migration steps a database file takes. Refuses an export from a newer Outloud,
/// saying which version made it.
bool upgrade(Archive* archive, QString* error);

/// Replaces everything in @p db with @p archive in one transaction. The archive must
/// come from the same schema version and hold exactly the database's tables and columns;
/// references are checked before the commit. Makes no backup: see BackupService.
bool restore(Database& db, const Archive& archive, QString* error);

/// The same straight from the file at @p path, row by row as it is read: memory stays flat
/// at any size. A file in another layout than Outloud writes (edited by hand) is read whole,
/// up to MaxInputBytes. Errors name the line (syntax) or the table and row (content).
bool restoreFile(Database& db, const QString& path, QString* error);

/// Reads and checks the whole export at @p path as restoreFile() would, writing nothing;
/// @p tables receives how many tables it holds.
bool checkFile(const QString& path, int* tables, QString* error);

/// The database version the export at @p path holds (0 with @p error set when it is not an
/// Outloud export); reads only its first line when it can.
int fileSchemaVersion(const QString& path, QString* error);

} // namespace json
} // namespace outloud::io
