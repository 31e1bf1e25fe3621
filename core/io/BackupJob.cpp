// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupJob.h"

#include "BackupService.h"
#include "JsonArchive.h"
#include "storage/Database.h"

namespace outloud::io {

bool runBackupTask(const QString& location, const Clock& clock, BackupTask task,
    const QString& source, QString* made, QString* error)
{
    if (task == BackupTask::CheckExport)
        return json::checkFile(source, nullptr, error);
    const std::unique_ptr<Database> db
        = Database::open(location, error, Database::OpenMode::MustExist);
    if (!db)
        return false;
    db->setClock(clock);
    BackupService service(*db);
    switch (task) {
    case BackupTask::BackupNow:
        return service.backupNow(made, error);
    case BackupTask::RestoreBackup:
        return service.restoreBackup(source, made, error);
    case BackupTask::RestoreExport:
        return service.restoreJsonFile(source, made, error);
    case BackupTask::CheckExport:
        break;
    }
    return false;
}

} // namespace outloud::io
