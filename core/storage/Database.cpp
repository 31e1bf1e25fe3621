// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Schema.h"
#include "ServerAddress.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <atomic>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("outloud", text);
}

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Whether a file starts like an SQLite file, read without SQLite so that nothing is written.
struct Header
{
    bool isSqlite = false;
};

bool readHeader(const QString& path, Header* header, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error,
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    header->isSqlite = bytes.size() == 100 && bytes.startsWith(magic);
    return true;
}

// Creates the file readable by its owner alone before SQLite sees it; SQLite gives its
// -wal and -shm files the same mode.
bool createPrivateFile(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(error,
            tr("Could not create the folder %1")
                .arg(QDir::toNativeSeparators(info.absolutePath())));
    const int fd = ::open(
        QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        return fail(error,
            tr("Could not create %1: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(strerror(errno))));
    }
    ::close(fd);
    return true;
}

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return u"outloud-%1"_s.arg(++counter);
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
    const QString shown = QDir::toNativeSeparators(absolute);
    const bool exists = QFileInfo::exists(absolute);

    bool created = false;
    if (exists) {
        if (QFileInfo(absolute).isDir()) {
            fail(error, tr("%1 is a folder, not an Outloud database").arg(shown));
            return nullptr;
        }
        // An empty file is an empty SQLite database (it may be one we created and were
        // stopped before filling); anything else must start like an SQLite file.
        if (QFileInfo(absolute).size() > 0) {
            Header header;
            if (!readHeader(absolute, &header, error))
                return nullptr;
            if (!header.isSqlite) {
                fail(error,
                    tr("%1 is not an Outloud database (it is not an SQLite file). It was left "
                       "unchanged.")
                        .arg(shown));
                return nullptr;
            }
        }
    } else if (mode == OpenMode::MustExist) {
        fail(error, tr("%1 does not exist").arg(shown));
        return nullptr;
    } else if (!createPrivateFile(absolute, error)) {
        return nullptr;
    } else {
        created = true;
    }

    std::unique_ptr<Database> db(new Database(absolute, nextConnectionName(), Engine::Sqlite));
    QSqlDatabase conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, db->m_connectionName);
    conn.setDatabaseName(absolute);
    conn.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!conn.open()) {
        fail(error, sqlErrorMessage(tr("open %1").arg(shown), conn.lastError()));
        if (created)
            QFile::remove(absolute);
        return nullptr;
    }
    if (!db->initialize(error)) {
        if (created) {
            db.reset();
            QFile::remove(absolute);
            QFile::remove(absolute + u"-wal"_s);
            QFile::remove(absolute + u"-shm"_s);
        }
        return nullptr;
    }
    return db;
}

bool Database::initialize(QString* error)
{
    QSqlQuery q(connection());
    // Identify the file through SQLite, not the header alone: the header lags behind a
    // WAL that is not yet checkpointed. Nothing has been written so far.
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
    const bool isNew = applicationId == 0 && version == 0 && isEmpty;
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

    const QStringList pragmas = {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
        u"PRAGMA synchronous = FULL"_s};
    for (const QString& pragma : pragmas) {
        if (!q.exec(pragma))
            return fail(error, sqlErrorMessage(tr("prepare the database"), q.lastError()));
        q.finish();
    }
    if (version < currentSchemaVersion() && !migrate(*this, version, error))
        return false;

    // The relationship list is personal data about other people: owner only.
    QFile::setPermissions(m_path, OwnerOnly);
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::setPermissions(m_path + suffix, OwnerOnly);
    }
    return true;
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
    Transaction tx(*this);
    if (!tx.isActive())
        return fail(error, tx.error());
    QSqlQuery query(connection());
    if (!work(query))
        return false;
    query.finish();
    notifyChanged(tables); // announced by the outermost commit, dropped by a rollback
    return tx.commit(error);
}

bool Database::write(Tables tables, const QString& sql, const QVariantList& values,
    const QString& operation, QString* error)
{
    return write(
        tables, [&](QSqlQuery& q) { return execPrepared(q, sql, values, operation, error); },
        error);
}

qint64 Database::insert(Tables tables, const QString& sql, const QVariantList& values,
    const QString& operation, QString* error)
{
    qint64 id = -1;
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
    if (pending)
        Q_EMIT changed(pending);
}

void Database::dropChanges()
{
    m_pending = {};
}

} // namespace outloud
