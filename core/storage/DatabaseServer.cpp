// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Database on a PostgreSQL server (QPSQL): connecting, recognizing Outloud's schema, and
// the plain messages for what libpq reports only as text.
#include "Database.h"
#include "Schema.h"
#include "ServerAddress.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>
#include <atomic>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("outloud", text);
}

// The session's time zone must be ours: instants are written as local wall time without an
// offset (as in the SQLite file), and timestamptz reads them in the session's zone. Empty when
// the system's zone id is not a plain name.
QString systemZone()
{
    const QByteArray zone = QTimeZone::systemTimeZoneId();
    bool zoneOk = !zone.isEmpty();
    for (char c : zone)
        zoneOk = zoneOk
            && (std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '_' || c == '-'
                || c == '+');
    return zoneOk ? QString::fromLatin1(zone) : QString();
}

QString nextServerConnectionName()
{
    static std::atomic<int> counter {0};
    return u"outloud-server-%1"_s.arg(++counter);
}

// libpq reports connection failures as text only (no SQLSTATE yet): recognize the
// common ones and say what to do.
QString connectionFailure(const ServerAddress& a, const QSqlError& e)
{
    const QString detail = e.databaseText().isEmpty() ? e.driverText() : e.databaseText();
    const QString firstLine = detail.section(u'\n', 0, 0).trimmed();
    if (detail.contains(u"password authentication failed"_s)
        || detail.contains(u"no password supplied"_s)
        || detail.contains(u"authentication failed"_s)) {
        return tr("The server %1 refused the login of “%2”: the password is wrong or missing. "
                  "Outloud never stores passwords; give it through ~/.pgpass, a service file "
                  "or PGPASSWORD.")
            .arg(a.text, a.user.isEmpty() ? qEnvironmentVariable("USER") : a.user);
    }
    if (detail.contains(u"does not exist"_s) && detail.contains(u"database"_s)) {
        return tr("The server %1 has no database “%2”. Ask its administrator to create it "
                  "(Outloud fills an empty database, but does not create one).")
            .arg(a.text, a.database);
    }
    if (detail.contains(u"Connection refused"_s) || detail.contains(u"could not connect"_s)
        || detail.contains(u"No such file or directory"_s) || detail.contains(u"timeout expired"_s)
        || detail.contains(u"could not translate"_s) || detail.contains(u"Network is unreachable"_s)
        || detail.contains(u"the database system is"_s)) {
        return tr("Could not reach the PostgreSQL server for %1: is it running, and is the "
                  "address right? (%2)")
            .arg(a.text, firstLine);
    }
    return tr("Could not connect to %1: %2").arg(a.text, firstLine);
}

} // namespace

std::unique_ptr<Database> Database::openServer(
    const QString& location, QString* error, OpenMode mode)
{
    ServerAddress address;
    if (!ServerAddress::parse(location, &address, error))
        return nullptr;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        fail(error,
            tr("This installation cannot reach PostgreSQL: the Qt driver for it is missing "
               "(on Debian, install the package libqt6sql6-psql)."));
        return nullptr;
    }
    std::unique_ptr<Database> db(
        new Database(address.text, nextServerConnectionName(), Engine::Postgres));
    QSqlDatabase conn = QSqlDatabase::addDatabase(u"QPSQL"_s, db->m_connectionName);
    if (!address.host.isEmpty())
        conn.setHostName(address.host);
    if (address.port > 0)
        conn.setPort(address.port);
    if (!address.user.isEmpty())
        conn.setUserName(address.user);
    if (!address.database.isEmpty())
        conn.setDatabaseName(address.database);
    QString options = address.connectOptions;
    // The time zone travels with the login (libpq's `options`), saving a round trip, unless
    // the address sets options of its own.
    const QString zone = systemZone();
    if (!zone.isEmpty() && !options.contains(u"options="_s)) {
        options += (options.isEmpty() ? u""_s : u";"_s) + u"options=--TimeZone="_s + zone;
        db->m_zoneAtLogin = true;
    }
    conn.setConnectOptions(options);
    if (!conn.open()) {
        fail(error, connectionFailure(address, conn.lastError()));
        return nullptr;
    }
    if (!db->initializeServer(mode, error))
        return nullptr;
    return db;
}

bool Database::prepareServerSession(QString* error)
{
    if (m_zoneAtLogin)
        return true;
    const QString zone = systemZone();
    QSqlQuery q(connection());
    if (!zone.isEmpty() && !q.exec(u"SET TIME ZONE '%1'"_s.arg(zone)))
        return fail(error, sqlErrorMessage(tr("prepare the database"), q.lastError()));
    return true;
}

bool Database::reconnect(QString* error)
{
    if (!isServer())
        return true;
    QSqlDatabase conn = connection();
    conn.close();
    m_depth = 0;
    m_pending = {};
    m_prepared.clear(); // they lived in the old session
    if (!conn.open()) {
        ServerAddress address;
        ServerAddress::parse(m_path, &address, nullptr);
        return fail(error, connectionFailure(address, conn.lastError()));
    }
    if (!prepareServerSession(error))
        return false;
    m_lost = false;
    refreshCirclesToAnnounce();
    return true;
}

QString Database::circleChannel(qint64 circleId)
{
    return u"circle_%1"_s.arg(circleId);
}

void Database::refreshCirclesToAnnounce()
{
    // Outside any transaction (at open, after a commit): a failure here must not doom a
    // write. Under row-level security this is the login's own circles.
    m_announceCircles.clear();
    QSqlQuery q(connection());
    if (!q.exec(u"SELECT id FROM circle ORDER BY id"_s))
        return;
    while (q.next())
        m_announceCircles.append(q.value(0).toLongLong());
}

QString Database::announcementOf(Tables tables) const
{
    // An organization database announces every committed change itself, once per
    // transaction and whoever made it (core/org/OrgSchema.cpp): a second announcement from
    // here would only make every window refresh twice.
    if (!isServer() || !tables || m_organization)
        return {};
    // Only which tables changed: the channel names the circle, nothing names a person.
    const QString payload = QString::number(static_cast<unsigned>(tables));
    QStringList channels;
    for (qint64 id : std::as_const(m_announceCircles))
        channels.append(circleChannel(id));
    if (tables & (Circles | Members))
        channels.append(QString::fromLatin1(CirclesChannel));
    if (channels.isEmpty())
        return {};
    // Channels and payload are our own integers: nothing a user typed reaches this text.
    QStringList calls;
    for (const QString& channel : std::as_const(channels))
        calls.append(u"pg_notify('%1', '%2')"_s.arg(channel, payload));
    return u"SELECT "_s + calls.join(u", "_s);
}

bool Database::canPrepareByName(const QString& sql) const
{
    return m_prepared.contains(sql) || !numberedPlaceholders(sql, nullptr).isEmpty();
}

void Database::forgetPreparedStatements()
{
    if (!isServer() || m_prepared.isEmpty())
        return;
    // Outside a transaction only: a failed DEALLOCATE must not doom a write. Left behind,
    // a statement costs the session a little memory; its name is never used again.
    if (m_depth == 0 && !m_lost) {
        QSqlQuery q(connection());
        for (const QString& name : std::as_const(m_prepared))
            q.exec(u"DEALLOCATE "_s + name);
    }
    m_prepared.clear();
}

bool Database::writeStatementOnce(Tables tables, const QString& sql, const QVariantList& values,
    const QString& operation, qint64* id, QString* error)
{
    QSqlQuery q(connection());
    // QPSQL would PREPARE and DEALLOCATE around every execution (two more round trips);
    // prepared once by name, within the first write, the statement runs with one EXECUTE
    // from then on. A new name for each attempt: a PREPARE outlives a rollback.
    QString name = m_prepared.value(sql);
    const bool fresh = name.isEmpty();
    if (fresh)
        name = u"outloud_w%1"_s.arg(++m_preparedCounter);
    // The values as QPSQL itself writes bound values into its EXECUTE (formatValue: quoted
    // and escaped by libpq for this connection), never pasted in by hand.
    QSqlDriver* driver = connection().driver();
    QStringList literals;
    for (const QVariant& v : values) {
        const QVariant value = bindable(v);
        QSqlField field(QString(), value.metaType());
        if (value.isNull())
            field.clear();
        else
            field.setValue(value);
        literals.append(driver->formatValue(field));
    }
    const QString execute = literals.isEmpty()
        ? u"EXECUTE "_s + name
        : u"EXECUTE %1 (%2)"_s.arg(name, literals.join(u", "_s));
    // One round trip: the statements run in order and stop at the first failure.
    const QString savepoint = u"outloud_%1"_s.arg(m_depth);
    QStringList statements;
    statements << (m_depth == 0 ? u"BEGIN"_s : u"SAVEPOINT "_s + savepoint);
    if (fresh)
        statements << u"PREPARE "_s + name + u" AS "_s + numberedPlaceholders(sql, nullptr);
    const qsizetype executeAt = statements.size();
    statements << execute;
    if (m_depth == 0) {
        const QString notify = announcementOf(tables);
        if (!notify.isEmpty())
            statements << notify;
        statements << u"COMMIT"_s;
    } else {
        statements << u"RELEASE "_s + savepoint;
    }
    qsizetype failedAt = 0;
    bool ok = q.exec(statements.join(u"; "_s));
    for (qsizetype i = 1; ok && i < statements.size(); ++i) {
        failedAt = i;
        ok = q.nextResult();
        if (ok && i == executeAt && id)
            *id = q.next() ? q.value(0).toLongLong() : -1;
    }
    if (!ok) {
        // Notes the SQLSTATE for the retry. A failure between the first statement and the
        // last leaves a transaction (or savepoint) open, aborted: undone here.
        const QString message = sqlErrorMessage(operation, q.lastError());
        q.finish();
        if (failedAt > 0 && failedAt < statements.size() - 1) {
            QSqlQuery undo(connection());
            undo.exec(
                m_depth == 0 ? u"ROLLBACK"_s : u"ROLLBACK TO %1; RELEASE %1"_s.arg(savepoint));
        }
        if (id)
            *id = -1;
        // As a rolled-back Transaction: whatever showed the edit reads again.
        if (m_depth == 0)
            notifyChanged(AllTables);
        return fail(error, message);
    }
    q.finish();
    if (fresh)
        m_prepared.insert(sql, name);
    if (m_depth > 0) {
        notifyChanged(tables); // the caller's commit announces it
    } else {
        m_pending |= tables;
        flushChanges();
    }
    return true;
}

bool Database::initializeServer(OpenMode mode, QString* error)
{
    if (!prepareServerSession(error))
        return false;
    QSqlQuery q(connection());
    // The usual case, an Outloud database at this version, in one round trip: the version,
    // whether it is an organization database, and the circles to announce writes to. Any
    // other case (empty, older, newer, another program's) fails or differs here and takes
    // the careful way below.
    if (q.exec(u"SELECT application, version, to_regclass('org_facilitator') IS NOT NULL,"
               " array_to_string(ARRAY(SELECT id FROM circle ORDER BY id), ',') FROM %1"_s.arg(
                   QLatin1StringView(VersionTable)))
        && q.next() && q.value(0).toString() == u"outloud"_s
        && q.value(1).toInt() == currentSchemaVersion()) {
        m_organization = q.value(2).toBool();
        m_announceCircles.clear();
        const QStringList ids = q.value(3).toString().split(u',', Qt::SkipEmptyParts);
        for (const QString& id : ids)
            m_announceCircles.append(id.toLongLong());
        q.finish();
        return true;
    }
    q.finish();
    if (!q.exec(u"SELECT to_regclass('%1') IS NOT NULL,"
                " (SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema())"_s
                    .arg(QLatin1StringView(VersionTable)))
        || !q.next())
        return fail(error, sqlErrorMessage(tr("read the database version"), q.lastError()));
    const bool hasVersionTable = q.value(0).toBool();
    const bool isEmpty = q.value(1).toInt() == 0;
    q.finish();
    int version = 0;
    if (hasVersionTable) {
        if (!q.exec(u"SELECT application, version FROM %1"_s.arg(QLatin1StringView(VersionTable)))
            || !q.next() || q.value(0).toString() != u"outloud"_s) {
            return fail(error,
                tr("The database at %1 belongs to another program, not to Outloud. It was left "
                   "unchanged.")
                    .arg(m_path));
        }
        version = q.value(1).toInt();
        q.finish();
    } else if (!isEmpty) {
        return fail(error,
            tr("The database at %1 belongs to another program, not to Outloud. It was left "
               "unchanged.")
                .arg(m_path));
    } else if (mode == OpenMode::MustExist) {
        return fail(error,
            tr("The database at %1 holds no Outloud data yet. It was left unchanged.").arg(m_path));
    }
    if (version > currentSchemaVersion()) {
        return fail(error,
            tr("The database at %1 was written by a newer version of Outloud (database version "
               "%2; this version reads up to %3). Please update Outloud. The database was left "
               "unchanged.")
                .arg(m_path)
                .arg(version)
                .arg(currentSchemaVersion()));
    }
    if (version < currentSchemaVersion() && !migrate(*this, version, error))
        return false;
    // An organization database (core/org) has its own table of who facilitates.
    m_organization = q.exec(u"SELECT to_regclass('org_facilitator') IS NOT NULL"_s) && q.next()
        && q.value(0).toBool();
    q.finish();
    refreshCirclesToAnnounce();
    return true;
}

QString Database::caseInsensitiveOrder(const QString& expression) const
{
    // lower() under the C collation folds ASCII letters only, as SQLite's NOCASE does.
    return isServer() ? u"lower(("_s + expression + u") COLLATE \"C\")"_s
                      : expression + u" COLLATE NOCASE"_s;
}

QString Database::meColumn() const
{
    return m_organization ? u"(CASE WHEN login = session_user THEN 1 ELSE 0 END)"_s : u"is_me"_s;
}

void Database::checkConnection(QString* error)
{
    if (m_lost) {
        fail(error,
            tr("The connection to the server %1 is lost, so nothing was saved. Reconnect "
               "(File > Connect to a server) and try again.")
                .arg(m_path));
        return;
    }
    // libpq marks a broken session only when it next uses it: one cheap round trip tells a
    // refused change (the session still answers) from a lost connection.
    QSqlQuery probe(connection());
    if (probe.exec(u"SELECT 1"_s))
        return;
    m_lost = true;
    fail(error,
        tr("The connection to the server %1 was lost, so this change was not saved. Reconnect "
           "and try again.")
            .arg(m_path));
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT connectionLost(); }, Qt::QueuedConnection);
}

} // namespace outloud
