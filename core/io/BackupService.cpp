// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupService.h"

#include "FileIo.h"
#include "JsonArchive.h"
#include "SchemaInfo.h"
#include "storage/Database.h"
#include "storage/FileModes.h"
#include "storage/SqlUtil.h"
#include "storage/Tallies.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QRecursiveMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace outloud::io {

namespace {
constexpr auto StampFormat = "yyyyMMdd-HHmmss";
const auto BeforeRestoreTag = u"-before-restore"_s;
const auto PartialSuffix = u".partial"_s;

// One backup or restore at a time in the process, whichever thread and connection runs it
// (the daily backup, Back Up Now, a restore): two at once would pick the same free name and
// remove each other's partial copy. Recursive: a restore makes a backup first.
QRecursiveMutex& backupLock()
{
    static QRecursiveMutex lock;
    return lock;
}

// Detaches the restore source however the restore ends.
struct Attachment
{
    Database& db;
    bool attached = false;
    ~Attachment()
    {
        if (attached) {
            QSqlQuery q(db.connection());
            q.exec(u"DETACH DATABASE restore_source"_s);
        }
    }
};
} // namespace

BackupService::BackupService(Database& db)
    : m_db(db)
{ }

QString BackupService::folder() const
{
    // A server database has no folder of its own: its archives stay with the user.
    if (m_db.isServer())
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + u"/server-backups"_s;
    return QFileInfo(m_db.path()).absolutePath() + u"/backups"_s;
}

QString BackupService::filePrefix() const
{
    if (m_db.isServer()) {
        const QUrl url(m_db.path());
        QString name = url.host() + u'-' + url.path().mid(1);
        for (QChar& c : name) {
            if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
                c = u'_';
        }
        return name + u'-';
    }
    return QFileInfo(m_db.path()).fileName() + u'-';
}

QString BackupService::fileSuffix() const
{
    return m_db.isServer() ? u".json"_s : u".sqlite"_s;
}

bool BackupService::backupTo(const QString& path, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    // On a server Outloud cannot copy the database: it writes the JSON archive of its data
    // (what `outloud import FILE --format json` restores), and says so.
    if (m_db.isServer())
        return json::writeExport(m_db, path, error);
    if (m_db.transactionDepth() > 0)
        return fail(error, tr("Could not back up while a change is being saved; try again."));
    const QFileInfo target(path);
    if (target.isDir())
        return fail(error, tr("%1 is a folder, not a file.").arg(shown));
    if (!makePrivatePath(target.absolutePath(), error))
        return false;
    if (QFileInfo(target.absoluteFilePath()) == QFileInfo(m_db.path()))
        return fail(error, tr("A backup cannot replace the database it copies."));

    // SQLite writes into an empty file that is private before it holds anything; the
    // copy takes the backup's name only once it is whole and on the disk.
    const QString partial = target.absoluteFilePath() + PartialSuffix;
    const auto removePartial = [&partial] {
        for (const QString& sidecar : {QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(partial + sidecar);
    };
    removePartial();
    {
        QFile file(partial);
        errno = 0;
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            const int e = errno;
            removePartial();
            return fail(error, writeFailureMessage(path, e, file.errorString()));
        }
    }
    QSqlQuery q(m_db.connection());
    if (!execPrepared(q, u"VACUUM INTO ?"_s, {partial}, tr("back up to %1").arg(shown), error)) {
        removePartial();
        return false;
    }
    q.finish();
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const int fd = ::open(QFile::encodeName(partial).constData(), O_RDONLY | O_CLOEXEC);
    int e = fd < 0 || ::fsync(fd) != 0 ? errno : 0;
    if (fd >= 0)
        ::close(fd);
    if (e == 0 && injectedWriteFailure() != 0)
        e = injectedWriteFailure();
    if (e == 0
        && std::rename(QFile::encodeName(partial).constData(),
               QFile::encodeName(target.absoluteFilePath()).constData())
            != 0)
        e = errno;
    if (e != 0) {
        removePartial();
        return fail(error, writeFailureMessage(path, e));
    }
    return true;
}

void BackupService::removeStalePartials() const
{
    // A backup cut short by a crash; a running one is younger than an hour.
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QFileInfoList files
        = QDir(folder()).entryInfoList({filePrefix() + u"*"_s + PartialSuffix}, QDir::Files);
    for (const QFileInfo& f : files) {
        if (f.lastModified().toUTC() < old)
            QFile::remove(f.absoluteFilePath());
    }
}

bool BackupService::backupNow(QString* path, QString* error, bool beforeRestore)
{
    const QMutexLocker locker(&backupLock());
    return makeBackup(path, error, beforeRestore) && rotate(error);
}

bool BackupService::makeBackup(QString* path, QString* error, bool beforeRestore)
{
    const QString stamp = m_db.now().toString(QString::fromLatin1(StampFormat));
    const QString base
        = folder() + u'/' + filePrefix() + stamp + (beforeRestore ? BeforeRestoreTag : QString());
    QString file = base + fileSuffix();
    for (int n = 2; QFileInfo::exists(file); ++n)
        file = base + u'-' + QString::number(n) + fileSuffix();
    if (!makePrivatePath(folder(), error))
        return false;
    removeStalePartials();
    if (!backupTo(file, error))
        return false;
    if (path)
        *path = file;
    return true;
}

bool BackupService::backupIfDue(bool* made, QString* error)
{
    if (made)
        *made = false;
    // The server's own backups keep a server database; no daily copy on this machine.
    if (m_db.isServer())
        return true;
    const QMutexLocker locker(&backupLock());
    const QList<BackupInfo> existing = backups();
    const QDate today = m_db.now().date();
    for (const BackupInfo& b : existing) {
        if (!b.beforeRestore && b.madeAt.date() >= today)
            return true;
    }
    if (!backupNow(nullptr, error))
        return false;
    if (made)
        *made = true;
    return true;
}

QList<BackupInfo> BackupService::backups() const
{
    QList<BackupInfo> result;
    const QRegularExpression stamp(u"^(\\d{8}-\\d{6})(-before-restore)?(-\\d+)?"_s
        + QRegularExpression::escape(fileSuffix()) + u'$');
    const QString prefix = filePrefix();
    const QFileInfoList files
        = QDir(folder()).entryInfoList({prefix + u'*' + fileSuffix()}, QDir::Files);
    for (const QFileInfo& f : files) {
        const QRegularExpressionMatch m = stamp.match(f.fileName().mid(prefix.size()));
        if (!f.fileName().startsWith(prefix) || !m.hasMatch())
            continue;
        BackupInfo info;
        info.path = f.absoluteFilePath();
        info.madeAt = QDateTime::fromString(m.captured(1), QString::fromLatin1(StampFormat));
        info.bytes = f.size();
        info.beforeRestore = !m.captured(2).isEmpty();
        if (info.madeAt.isValid())
            result.append(info);
    }
    std::sort(result.begin(), result.end(), [](const BackupInfo& a, const BackupInfo& b) {
        // A restore's safety copy is made right after the one restored: newest on a tie.
        if (a.madeAt != b.madeAt)
            return a.madeAt > b.madeAt;
        return a.beforeRestore != b.beforeRestore ? a.beforeRestore : a.path > b.path;
    });
    return result;
}

bool BackupService::rotate(QString* error)
{
    const QList<BackupInfo> all = backups();
    for (qsizetype i = m_keep; i < all.size(); ++i) {
        if (!QFile::remove(all.at(i).path))
            return fail(error,
                tr("Could not remove the old backup %1")
                    .arg(QDir::toNativeSeparators(all.at(i).path)));
    }
    return true;
}

bool BackupService::restoreBackup(const QString& path, QString* savedAs, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (m_db.isServer())
        return restoreJsonFile(path, savedAs, error);
    const QMutexLocker locker(&backupLock());
    if (!QFileInfo(path).isFile())
        return fail(error, tr("%1 does not exist.").arg(shown));
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)
            || !f.read(16).startsWith(QByteArray("SQLite format 3\0", 16)))
            return fail(error, tr("%1 is not an Outloud backup.").arg(shown));
    }
    Attachment attachment {m_db};
    QSqlQuery q(m_db.connection());
    if (!execPrepared(q, u"ATTACH DATABASE ? AS restore_source"_s,
            {QFileInfo(path).absoluteFilePath()}, tr("open the backup %1").arg(shown), error))
        return false;
    attachment.attached = true;
    if (!q.exec(u"PRAGMA restore_source.application_id"_s) || !q.next())
        return fail(error, tr("%1 is not an Outloud backup.").arg(shown));
    const quint32 applicationId = q.value(0).toUInt();
    q.finish();
    if (applicationId != Database::ApplicationId)
        return fail(error, tr("%1 is not an Outloud backup.").arg(shown));
    if (!q.exec(u"PRAGMA restore_source.user_version"_s) || !q.next())
        return fail(error, tr("%1 is not an Outloud backup.").arg(shown));
    const int version = q.value(0).toInt();
    q.finish();
    if (version != m_db.schemaVersion())
        return fail(error,
            tr("%1 holds database version %2, this file is version %3; open the backup as a file "
               "instead of restoring it.")
                .arg(shown)
                .arg(version)
                .arg(m_db.schemaVersion()));
    const QStringList tables = tableNames(m_db);
    if (tableNames(m_db, u"restore_source"_s) != tables)
        return fail(error, tr("%1 does not have the tables of this database.").arg(shown));
    for (const QString& t : tables) {
        if (tableColumns(m_db, t, u"restore_source"_s) != tableColumns(m_db, t))
            return fail(error, tr("%1 does not have the tables of this database.").arg(shown));
    }

    if (!backupNow(savedAs, error, true))
        return false;
    return m_db.write(
        Database::AllTables,
        [&](QSqlQuery& w) {
            if (!w.exec(u"PRAGMA defer_foreign_keys = ON"_s))
                return fail(error, sqlErrorMessage(tr("prepare the restore"), w.lastError()));
            tally::BulkLoad bulk(m_db, w);
            if (!bulk.begin(error))
                return false;
            for (qsizetype i = tables.size() - 1; i >= 0; --i) {
                if (!w.exec(u"DELETE FROM main.%1"_s.arg(quotedIdentifier(tables.at(i)))))
                    return fail(
                        error, sqlErrorMessage(tr("clear %1").arg(tables.at(i)), w.lastError()));
            }
            for (const QString& t : tables) {
                QStringList columns;
                for (const QString& c : tableColumns(m_db, t))
                    columns.append(quotedIdentifier(c));
                const QString list = columns.join(u", "_s);
                if (!w.exec(u"INSERT INTO main.%1 (%2) SELECT %2 FROM restore_source.%1"_s.arg(
                        quotedIdentifier(t), list)))
                    return fail(error, sqlErrorMessage(tr("restore %1").arg(t), w.lastError()));
            }
            if (!bulk.finish(error))
                return false;
            if (!w.exec(u"PRAGMA main.foreign_key_check"_s))
                return fail(error, sqlErrorMessage(tr("check the restored data"), w.lastError()));
            if (w.next())
                return fail(error, tr("%1 is inconsistent; nothing was changed.").arg(shown));
            return true;
        },
        error);
}

bool BackupService::restoreArchive(const Archive& archive, QString* savedAs, QString* error)
{
    const QMutexLocker locker(&backupLock());
    // Upgrade (or refuse) an older or newer export before making a backup nobody needs.
    Archive current = archive;
    if (!json::upgrade(&current, error))
        return false;
    if (current.schemaVersion != m_db.schemaVersion())
        return json::restore(m_db, current, error);
    if (!backupNow(savedAs, error, true))
        return false;
    return json::restore(m_db, current, error);
}

bool BackupService::restoreJsonFile(const QString& path, QString* savedAs, QString* error)
{
    const QMutexLocker locker(&backupLock());
    const int version = json::fileSchemaVersion(path, error);
    if (version <= 0)
        return false;
    if (version != Database::currentSchemaVersion()) {
        // Older exports go through the migration steps in memory (they come from small,
        // old files); a newer one is refused there, saying which version made it.
        QByteArray bytes;
        Archive archive;
        return readInputFile(path, &bytes, error) && json::parse(bytes, &archive, error)
            && restoreArchive(archive, savedAs, error);
    }
    // The file is read once, as it is restored (reading it through once more first to check
    // it took a third of the time). The backup of what it replaces comes first; a file the
    // restore refuses (it then changes nothing) takes that backup away again, and the oldest
    // backups give way only after a restore that succeeded: a refused file leaves the
    // backups as they were.
    QString made;
    if (m_db.schemaVersion() == version && !makeBackup(&made, error, true))
        return false;
    if (!json::restoreFile(m_db, path, error)) {
        if (!made.isEmpty())
            QFile::remove(made);
        return false;
    }
    if (savedAs)
        *savedAs = made;
    // Restored: an old backup that could not be removed now is removed with the next one.
    rotate(nullptr);
    return true;
}

} // namespace outloud::io
