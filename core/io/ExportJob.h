// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportProgress.h"

#include <QString>

namespace outloud {
class Database;
}

namespace outloud::io {

/**
 * A read-only transaction on a connection of the export's own: every table is read as it
 * was when begin() returned, while the window goes on writing through its connection
 * (SQLite: a deferred BEGIN pinned by a first read; WAL readers do not stop writers.
 * PostgreSQL: REPEATABLE READ READ ONLY). Rolled back when this goes.
 */
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database& db)
        : m_db(db)
    { }
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    /// Begins the snapshot; false with @p error set when the database refused.
    bool begin(QString* error);

private:
    Database& m_db;
    bool m_begun = false;
};

/// What File > Export data writes.
enum class ExportKind {
    Everything, ///< the whole database as JSON
    People, ///< a relationship list as CSV
    Contributions, ///< contributions as CSV
};

/**
 * An export made away from the window's connection, for a worker thread: opens a
 * connection of its own to @p location (a second connection to the file; on a server the
 * same login, so row-level security still decides what it reads), reads everything in one
 * snapshot (edits made meanwhile are not half in it), and writes @p path atomically as
 * json::writeExport(), writePeopleCsv() and writeContributionsCsv() do. Cancelling through
 * @p progress leaves no file and the old one untouched; @p error then says it was
 * canceled and @p canceled is set.
 */
bool exportAside(const QString& location, ExportKind kind, qint64 memberId, const QString& path,
    ExportProgress* progress, bool* canceled, QString* error);

} // namespace outloud::io
