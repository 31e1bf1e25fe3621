// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace outloud {
class Database;
}

namespace outloud::io {

struct Archive;

/// One backup file.
struct BackupInfo
{
    QString path;
    QDateTime madeAt; ///< By the database's clock, from the file name.
    qint64 bytes = 0;
    bool beforeRestore = false; ///< Made to keep what a restore replaced.
};

/**
 * Copies of the open database. Backups live in a `backups` folder beside the database
 * file, named `<file name>-YYYYMMDD-HHMMSS.sqlite` by the database's clock, readable by
 * the owner alone. They are made with SQLite's online copy (VACUUM INTO), which reads a
 * consistent snapshot while the file stays open, into a temporary name that is renamed
 * when complete: an interrupted backup never looks like one.
 *
 * The main window calls backupIfDue() when it opens a database: at most one automatic
 * backup a day, keeping the newest keep() (10 unless changed). Restoring (a backup or a
 * JSON export) first backs up what it replaces, then replaces the contents of the open
 * database in one transaction, so the Database object and its models stay valid.
 *
 * Backups and restores are serialised across the process (any thread, any connection):
 * one waits for another to end, so the daily backup, Back Up Now and a restore never pick
 * the same file name or rotate each other's copies away (runBackupTask() runs them on a
 * worker thread).
 */
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(outloud::io::BackupService)

public:
    static constexpr int DefaultKeep = 10;

    explicit BackupService(Database& db);

    /// <folder of the database>/backups; for a server database AppDataLocation/server-backups
    /// (JSON archives; the server's own backups are the real ones, see the README).
    QString folder() const;
    int keep() const { return m_keep; }
    void setKeep(int count) { m_keep = std::max(1, count); }

    /// Copies the database to @p path (replacing it atomically), mode 0600. A server
    /// database cannot be copied: @p path gets the JSON archive of its data instead.
    bool backupTo(const QString& path, QString* error);
    /// A new backup in folder(); sets @p path to it. Then drops the oldest beyond keep().
    bool backupNow(QString* path, QString* error, bool beforeRestore = false);
    /// Makes a backup unless one was made today (by the database's clock). Sets @p made.
    bool backupIfDue(bool* made, QString* error);
    /// The backups of this database, newest first.
    QList<BackupInfo> backups() const;

    /// Replaces the contents with those of the backup @p path, after backing up the
    /// current contents (@p savedAs says where). All or nothing.
    bool restoreBackup(const QString& path, QString* savedAs, QString* error);
    /// The same for a JSON export already parsed (json::parse).
    bool restoreArchive(const Archive& archive, QString* savedAs, QString* error);
    /// The same for the JSON export at @p path, streamed from the file row by row (memory
    /// stays flat at any size); an export from an older Outloud is upgraded on the way.
    bool restoreJsonFile(const QString& path, QString* savedAs, QString* error);

private:
    /// backupNow() without dropping the oldest.
    bool makeBackup(QString* path, QString* error, bool beforeRestore);
    bool rotate(QString* error);
    void removeStalePartials() const;
    QString filePrefix() const;
    QString fileSuffix() const;

    Database& m_db;
    int m_keep = DefaultKeep;
};

} // namespace outloud::io
