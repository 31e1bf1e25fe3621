// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace outloud {

/// What an SQLite file says about itself, read without SQLite so that nothing is written.
struct FileHeader
{
    bool isSqlite = false;
    quint32 applicationId = 0;
    int userVersion = 0;
    bool fromWal = false; ///< The values come from a committed frame in the -wal file.
};

/**
 * Reads the database header of @p path, and the newest committed copy of it from the
 * -wal file beside it when one exists (the main file's header lags behind a WAL that
 * has not been checkpointed yet). Reads only: SQLite would run WAL recovery, rewrite the
 * -shm and checkpoint on close, changing a file Outloud is about to refuse.
 */
bool readFileHeader(const QString& path, FileHeader* header, QString* error);

} // namespace outloud
