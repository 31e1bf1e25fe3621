// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Clock.h"

#include <QString>

namespace outloud::io {

/// What File > Backups runs away from the window's connection.
enum class BackupTask {
    BackupNow, ///< BackupService::backupNow(): a new backup in the folder
    RestoreBackup, ///< BackupService::restoreBackup() of a backup file
    CheckExport, ///< json::checkFile(): reads a JSON export through without writing
    RestoreExport, ///< BackupService::restoreJsonFile() of a JSON export
};

/**
 * Runs @p task for the database at @p location on a connection of its own (opened as
 * MustExist, with @p clock, so that backups are named by the window's clock), for a worker
 * thread: the window's connection stays free to paint its pages. @p source is the backup
 * or export to restore or check. On success @p made is the new backup (BackupNow) or the
 * backup of what a restore replaced. A restore is as all-or-nothing as on the window's
 * connection: one transaction on this one, which the window's connection (SQLite's WAL,
 * or the server's isolation) sees either not at all or whole; afterwards the window's
 * models must re-read (Database::notifyChanged(AllTables)). BackupService serialises
 * the backups and restores of the process, so this waits for a daily backup still running.
 */
bool runBackupTask(const QString& location, const Clock& clock, BackupTask task,
    const QString& source, QString* made, QString* error);

} // namespace outloud::io
