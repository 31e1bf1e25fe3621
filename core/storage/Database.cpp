// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "FileHeader.h"
#include "FileModes.h"
#include "Schema.h"
#include "ServerAddress.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>
#include <QUrl>
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return u"outloud-%1"_s.arg(++counter);
}

// How long write() waits before retry number @p attempt.
int retryPauseMs(int attempt)
{
    // Fully jittered and growing (20, 40, 80, 160, then up to 250 ms): fifty members who
    // collided at once pick different moments to try again instead of colliding again in
    // lockstep.
    const int cap = std::min(250, 20 << std::clamp(attempt - 1, 0, 4));
    return int(QRandomGenerator::global()->bounded(1, cap + 1));
}

/// What createNew() left under @p absolute's temporary names in a process that died before it
/// could clean up (killed, a crash, the power lost): a half-made file nobody will finish.
/// Another process still creating keeps its own.
void removeAbandonedScratches(const QFileInfo& absolute)
{
    const QString prefix = u"."_s + absolute.fileName() + u".creating-"_s;
    const QFileInfoList files = QDir(absolute.absolutePath())
                                    .entryInfoList({prefix + u"*"_s}, QDir::Files | QDir::Hidden);
    for (const QFileInfo& f : files) {
        QString rest = f.fileName().mid(prefix.size());
        for (const QString& suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
            if (rest.endsWith(suffix))
                rest.chop(suffix.size());
        }
        bool ok = false;
        const qint64 pid = rest.toLongLong(&ok);
        if (ok && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            QFile::remove(f.absoluteFilePath());
    }
}

} // namespace

Database::Database(QString path, QString connectionName, Engine engine)
    : m_path(std::move(path))
    , m_engine(engine)
    , m_connectionName(std::move(connectionName))
{ }

bool Database::isServerLocation(const QString& location)
{
    return ServerAddress::isServerAddress(location);
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/outloud.sqlite"_s;
}

int Database::currentSchemaVersion()
{
    return migrationSteps().constLast().to;
}

std::unique_ptr<Database> Database::open(const QString& path, QString* error, OpenMode mode)
{
    if (path.trimmed().isEmpty()) {
        fail(error, tr("No database file was given"));
        return nullptr;
    }
    if (isServerLocation(path))
        return openServer(path, error, mode);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(absolute)) {
        if (mode == OpenMode::MustExist) {
            fail(error, tr("%1 does not exist").arg(QDir::toNativeSeparators(absolute)));
            return nullptr;
        }
        if (!createNew(absolute, error))
            return nullptr;
    }
    if (!checkExisting(absolute, error))
        return nullptr;
    // SQLite cannot write beside a file in a read-only folder (its -wal and -shm): such a
    // file is read, never half-written.
    const bool folderReadOnly
        = ::access(QFile::encodeName(QFileInfo(absolute).absolutePath()).constData(), W_OK) != 0;
    const bool readOnly = folderReadOnly || !ownerMayWrite(absolute);

    std::unique_ptr<Database> db(new Database(absolute, nextConnectionName(), Engine::Sqlite));
    db->m_readOnly = readOnly;
    db->m_folderReadOnly = folderReadOnly;
    QSqlDatabase conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, db->m_connectionName);
    if (readOnly && QFileInfo(absolute + u"-wal"_s).size() == 0) {
        // Nobody writes it (its mode or its folder says so), and no -wal holds changes:
        // SQLite reads it as it is, creating no -wal or -shm beside it.
        conn.setDatabaseName(
            QUrl::fromLocalFile(absolute).toString(QUrl::FullyEncoded) + u"?immutable=1"_s);
        conn.setConnectOptions(
            u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    } else {
        conn.setDatabaseName(absolute);
        conn.setConnectOptions(readOnly ? u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s
                                        : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!conn.open()) {
        fail(error,
            sqlErrorMessage(
                tr("open %1").arg(QDir::toNativeSeparators(absolute)), conn.lastError()));
        return nullptr;
    }
    if (!db->initialize(error))
        return nullptr;
    return db;
}

std::unique_ptr<Database> Database::createAtVersion(
    const QString& path, int version, QString* error)
{
    if (!createPrivateFile(path, error))
        return nullptr;
    std::unique_ptr<Database> db(new Database(path, nextConnectionName(), Engine::Sqlite));
    QSqlDatabase conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, db->m_connectionName);
    conn.setDatabaseName(path);
    if (!conn.open()) {
        fail(error,
            sqlErrorMessage(tr("open %1").arg(QDir::toNativeSeparators(path)), conn.lastError()));
        return nullptr;
    }
    QSqlQuery q(conn);
    if (!q.exec(u"PRAGMA foreign_keys = ON"_s) || !migrate(*db, 0, error, version))
        return nullptr;
    return db;
}

bool Database::checkExisting(const QString& absolute, QString* error)
{
    const QString shown = QDir::toNativeSeparators(absolute);
    const QFileInfo info(absolute);
    if (info.isDir())
        return fail(error, tr("%1 is a folder, not an Outloud database").arg(shown));
    // Outloud creates its files whole (createNew): an empty file is someone else's.
    if (info.size() == 0)
        return fail(error,
            tr("%1 is an empty file, not an Outloud database. It was left unchanged.").arg(shown));
    FileHeader header;
    if (!readFileHeader(absolute, &header, error))
        return false;
    if (!header.isSqlite)
        return fail(error,
            tr("%1 is not an Outloud database (it is not an SQLite file). It was left "
               "unchanged.")
                .arg(shown));
    if (header.applicationId != ApplicationId)
        return fail(error,
            tr("%1 is an SQLite database of another program, not an Outloud database. It was left "
               "unchanged.")
                .arg(shown));
    if (header.userVersion > currentSchemaVersion())
        return fail(error,
            tr("%1 was written by a newer version of Outloud (database version %2; this version "
               "reads up to %3). "
               "Please update Outloud. The file was left unchanged.")
                .arg(shown)
                .arg(header.userVersion)
                .arg(currentSchemaVersion()));
    return true;
}

bool Database::createNew(const QString& absolute, QString* error)
{
    // Built under a temporary name and given its own only when whole: a crash while
    // creating leaves no half-made file under the name the user chose.
    const QFileInfo info(absolute);
    if (!makePrivatePath(info.absolutePath(), error))
        return false;
    const QString scratch = info.absolutePath() + u"/."_s + info.fileName() + u".creating-"_s
        + QString::number(QCoreApplication::applicationPid());
    const auto removeScratch = [&scratch] {
        for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(scratch + suffix);
    };
    removeScratch();
    removeAbandonedScratches(info);
    if (!createPrivateFile(scratch, error))
        return false;
    bool ok = false;
    {
        Database db(scratch, nextConnectionName(), Engine::Sqlite);
        db.m_creating = true;
        QSqlDatabase conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, db.m_connectionName);
        conn.setDatabaseName(scratch);
        if (!conn.open())
            fail(error,
                sqlErrorMessage(
                    tr("create %1").arg(QDir::toNativeSeparators(absolute)), conn.lastError()));
        else
            ok = db.initialize(error);
    }
    ok = ok && renameNoReplace(scratch, absolute, error);
    removeScratch();
    return ok;
}

bool Database::initialize(QString* error)
{
    QSqlQuery q(connection());
    // Identify the file through SQLite as well: the header check cannot see everything.
    if (!q.exec(
            u"SELECT (SELECT application_id FROM pragma_application_id),"
            " (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_master)"_s)
        || !q.next()) {
        const QString detail = q.lastError().databaseText();
        if (detail.contains(u"not a database"_s) || detail.contains(u"malformed"_s)
            || detail.contains(u"encrypted"_s))
            return fail(error,
                tr("%1 is damaged or not an Outloud database. It was left unchanged.")
                    .arg(QDir::toNativeSeparators(m_path)));
        return fail(error, sqlErrorMessage(tr("read the database version"), q.lastError()));
    }
    const quint32 applicationId = q.value(0).toUInt();
    const int version = q.value(1).toInt();
    const bool isEmpty = q.value(2).toInt() == 0;
    q.finish();
    // Only a file createNew() is making may be empty.
    const bool isNew = m_creating && applicationId == 0 && version == 0 && isEmpty;
    if (!isNew && applicationId != ApplicationId) {
        return fail(error,
            tr("%1 is an SQLite database of another program, not an Outloud database. It was left "
               "unchanged.")
                .arg(QDir::toNativeSeparators(m_path)));
    }
    if (version > currentSchemaVersion()) {
        return fail(error,
            tr("%1 was written by a newer version of Outloud (database version %2; this version "
               "reads up to %3). "
               "Please update Outloud. The file was left unchanged.")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(version)
                .arg(currentSchemaVersion()));
    }
    if (m_readOnly) {
        if (version < currentSchemaVersion())
            return fail(error,
                tr("%1 is read-only and was made by an older Outloud; make it writable so that "
                   "Outloud can upgrade it. It was left unchanged.")
                    .arg(QDir::toNativeSeparators(m_path)));
        if (!q.exec(u"PRAGMA foreign_keys = ON"_s))
            return fail(error, sqlErrorMessage(tr("prepare the database"), q.lastError()));
        return true;
    }

    const QStringList pragmas = {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
        u"PRAGMA synchronous = FULL"_s};
    for (const QString& pragma : pragmas) {
        if (!q.exec(pragma))
            return fail(error, sqlErrorMessage(tr("prepare the database"), q.lastError()));
        q.finish();
    }
    return version >= currentSchemaVersion() || migrate(*this, version, error);
}

QString Database::readOnlyMessage() const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    return m_folderReadOnly
        ? tr("%1 is in a read-only folder, so Outloud cannot save anything in it; the file was "
             "left unchanged.")
              .arg(shown)
        : tr("%1 is read-only (its owner may not write it), so Outloud changes nothing in it; the "
             "file was left unchanged. Make it writable first (chmod u+w).")
              .arg(shown);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    const QString sql = isServer()
        ? u"SELECT version FROM %1"_s.arg(QLatin1StringView(VersionTable))
        : u"PRAGMA user_version"_s;
    if (q.exec(sql) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Database::write(Tables tables, const Work& work, QString* error)
{
    // On a server, a transaction that lost a race with another member's (a serialization
    // failure or a deadlock) is run again from the start: the user never sees the
    // conflict. Only the outermost write retries; a savepoint cannot. Any other failure
    // checks that the session is still there, so a lost connection is said plainly.
    // Under heavy contention (fifty members at SERIALIZABLE, in the load test) a change
    // may lose several races in a row: it keeps trying for ten seconds before it gives up.
    constexpr int MaxAttempts = 100;
    constexpr qint64 RetryBudgetMs = 10000;
    const bool mayRetry = isServer() && m_depth == 0;
    QElapsedTimer trying;
    trying.start();
    for (int attempt = 1;; ++attempt) {
        clearSqlState();
        if (writeOnce(tables, work, error))
            return true;
        if (!mayRetry || attempt == MaxAttempts || trying.elapsed() > RetryBudgetMs
            || !isRetryableSqlState(lastSqlState())) {
            if (isServer() && m_depth == 0)
                checkConnection(error);
            return false;
        }
        ++m_retried;
        QThread::msleep(retryPauseMs(attempt));
    }
}

bool Database::writeStatement(Tables tables, const QString& sql, const QVariantList& values,
    const QString& operation, qint64* id, QString* error)
{
    // As write(): a lost race is run again, any other failure checks the session.
    constexpr int MaxAttempts = 100;
    constexpr qint64 RetryBudgetMs = 10000;
    const bool outermost = m_depth == 0;
    bool preparedAgain = false;
    QElapsedTimer trying;
    trying.start();
    for (int attempt = 1;; ++attempt) {
        clearSqlState();
        if (writeStatementOnce(tables, sql, values, operation, id, error))
            return true;
        const QString state = lastSqlState();
        // The session no longer knows the statement (DISCARD or DEALLOCATE ran in it), or
        // the schema changed what it returns: prepared again, once, then as any failure.
        if (!preparedAgain && !m_lost && (state == u"26000"_s || state == u"0A000"_s)) {
            preparedAgain = true;
            forgetPreparedStatements();
            continue;
        }
        if (!outermost || attempt == MaxAttempts || trying.elapsed() > RetryBudgetMs
            || !isRetryableSqlState(state)) {
            if (outermost)
                checkConnection(error);
            return false;
        }
        ++m_retried;
        QThread::msleep(retryPauseMs(attempt));
    }
}

bool Database::writeOnce(Tables tables, const Work& work, QString* error)
{
    Transaction tx(*this);
    if (!tx.isActive())
        return fail(error, tx.error());
    QSqlQuery query(connection());
    if (!work(query)) {
        if (lastSqlState().isEmpty())
            sqlErrorMessage(QString(), query.lastError()); // notes its SQLSTATE
        return false;
    }
    query.finish();
    notifyChanged(tables); // announced by the outermost commit, dropped by a rollback
    return tx.commit(error);
}

bool Database::write(Tables tables, const QString& sql, const QVariantList& values,
    const QString& operation, QString* error)
{
    if (isServer() && canPrepareByName(sql))
        return writeStatement(tables, sql, values, operation, nullptr, error);
    return write(
        tables, [&](QSqlQuery& q) { return execPrepared(q, sql, values, operation, error); },
        error);
}

qint64 Database::insert(Tables tables, const QString& sql, const QVariantList& values,
    const QString& operation, QString* error)
{
    qint64 id = -1;
    if (isServer() && canPrepareByName(sql))
        return writeStatement(tables, sql + u" RETURNING id"_s, values, operation, &id, error) ? id
                                                                                               : -1;
    const bool ok = write(
        tables,
        [&](QSqlQuery& q) {
            // RETURNING on both engines: QPSQL's lastInsertId() runs `SELECT lastval()`.
            if (!execPrepared(q, sql + u" RETURNING id"_s, values, operation, error))
                return false;
            id = insertedId(q);
            return true;
        },
        error);
    return ok ? id : -1;
}

void Database::refreshStatistics()
{
    // VACUUM as well: it marks the new rows visible to all in the visibility map, so that
    // counts read the indexes alone, and leaves autovacuum nothing to catch up on later.
    if (isServer())
        QSqlQuery(connection()).exec(m_depth == 0 ? u"VACUUM (ANALYZE)"_s : u"ANALYZE"_s);
}

void Database::notifyChanged(Tables tables)
{
    if (m_depth > 0) {
        m_pending |= tables;
        return;
    }
    Q_EMIT changed(tables);
}

void Database::flushChanges()
{
    const Tables pending = m_pending;
    m_pending = {};
    if (isServer() && (pending & (Circles | Members)))
        refreshCirclesToAnnounce();
    if (pending)
        Q_EMIT changed(pending);
}

void Database::dropChanges()
{
    m_pending = {};
}

} // namespace outloud
