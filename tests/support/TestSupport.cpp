// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "demo/DemoGenerator.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUrl>
#include <atomic>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace outloud::test {

QString dataPath(const QString& name)
{
    return QStringLiteral(OUTLOUD_TEST_DATA_DIR) + u'/' + name;
}

QString sharedFixture(const QString& name)
{
    // A git worktree elsewhere has no ../shared beside it: OUTLOUD_SHARED_FIXTURES names it.
    const QString dir = qEnvironmentVariable("OUTLOUD_SHARED_FIXTURES");
    return (dir.isEmpty() ? QStringLiteral(OUTLOUD_SHARED_FIXTURES_DIR) : dir) + u'/' + name;
}

QString outloudBinary()
{
    return QStringLiteral(OUTLOUD_BINARY);
}

QString demoCopy(bool large, const QString& dir)
{
    static QTemporaryDir cache;
    const QString name = large ? u"large-demo.sqlite"_s : u"small-demo.sqlite"_s;
    const QString master = cache.filePath(name);
    if (!QFile::exists(master)) {
        QString error;
        std::unique_ptr<Database> db = Database::open(master, &error);
        EXPECT_TRUE(db) << error.toStdString();
        if (!db)
            return {};
        const bool ok
            = DemoGenerator(*db, large ? DemoGenerator::Scale::Large : DemoGenerator::Scale::Small,
                1, QDate::currentDate())
                  .generate(&error);
        EXPECT_TRUE(ok) << error.toStdString();
    }
    const QString copy = dir + u'/' + name;
    QFile::remove(copy);
    EXPECT_TRUE(QFile::copy(master, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return copy;
}

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 2), QTime(10, 0));
}

Database::Engine engine()
{
    return qEnvironmentVariable("OUTLOUD_TEST_ENGINE") == u"postgres"_s ? Database::Engine::Postgres
                                                                        : Database::Engine::Sqlite;
}

QString serverAddress()
{
    return qEnvironmentVariable("OUTLOUD_TEST_POSTGRES");
}

QString serverAddressFor(const QString& database)
{
    QUrl url(serverAddress());
    url.setPath(u'/' + database);
    return url.toString();
}

bool serverAdmin(const QString& sql, QString* error)
{
    return serverExec(QUrl(serverAddress()).path().mid(1), sql, error);
}

bool serverExec(const QString& database, const QString& sql, QString* error, QVariant* value)
{
    const QString name = u"outloud-test-admin-"_s + database;
    QSqlDatabase admin = QSqlDatabase::database(name, false);
    if (!admin.isValid()) {
        const QUrl url(serverAddress());
        admin = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setDatabaseName(database);
    }
    if (!admin.isOpen() && !admin.open()) {
        if (error)
            *error = admin.lastError().text();
        return false;
    }
    QSqlQuery q(admin);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (value)
        *value = q.next() ? q.value(0) : QVariant();
    return true;
}

namespace {
class EngineEnvironment : public ::testing::Environment
{
public:
    void SetUp() override
    {
        if (engine() != Database::Engine::Postgres)
            return;
        if (serverAddress().isEmpty()) {
            if (qEnvironmentVariable("CI") == u"true"_s)
                FAIL() << "OUTLOUD_TEST_ENGINE=postgres but no server: run the tests through "
                          "bash .ci/with-postgres (bash .ci/dev test does)";
            GTEST_SKIP() << "no PostgreSQL server (OUTLOUD_TEST_POSTGRES unset): the PostgreSQL "
                            "half did NOT run; use bash .ci/with-postgres";
        }
        QString error;
        if (!serverAdmin(u"SELECT 1"_s, &error))
            FAIL() << "the test server does not answer: " << error.toStdString();
    }
};

QString nextServerDatabaseName()
{
    static std::atomic<int> counter {0};
    return u"outloud_t%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++counter);
}

void dropServerDatabase(const QString& name)
{
    QSqlDatabase::removeDatabase(u"outloud-test-admin-"_s + name);
    QString error;
    if (!serverAdmin(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name), &error))
        ADD_FAILURE() << "could not drop " << name.toStdString() << ": " << error.toStdString();
}
} // namespace

void addEngineEnvironment()
{
    ::testing::AddGlobalTestEnvironment(new EngineEnvironment);
}

ServerDatabase::ServerDatabase()
    : m_name(nextServerDatabaseName())
{
    QString error;
    if (!serverAdmin(u"CREATE DATABASE %1"_s.arg(m_name), &error))
        ADD_FAILURE() << "could not create a test database: " << error.toStdString();
}

ServerDatabase::~ServerDatabase()
{
    dropServerDatabase(m_name);
}

TempDatabase::TempDatabase()
    : m_path(m_dir.filePath(u"outloud.sqlite"_s))
{
    if (engine() == Database::Engine::Postgres) {
        m_serverDatabase = nextServerDatabaseName();
        QString error;
        if (!serverAdmin(u"CREATE DATABASE %1"_s.arg(m_serverDatabase), &error)) {
            ADD_FAILURE() << "could not create a test database: " << error.toStdString();
            return;
        }
        m_path = serverAddressFor(m_serverDatabase);
    }
    QString error;
    m_db = Database::open(m_path, &error);
    if (!m_db)
        ADD_FAILURE() << error.toStdString();
    else
        m_db->setClock(fixedNow);
}

TempDatabase::~TempDatabase()
{
    m_db.reset();
    if (!m_serverDatabase.isEmpty())
        dropServerDatabase(m_serverDatabase);
}

void TempDatabase::reopen()
{
    m_db.reset();
    QString error;
    m_db = Database::open(m_path, &error, Database::OpenMode::MustExist);
    if (!m_db)
        ADD_FAILURE() << error.toStdString();
    else
        m_db->setClock(fixedNow);
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        ADD_FAILURE() << "query failed: " << sql.toStdString();
        return {};
    }
    return q.value(0);
}

namespace {
QStringList rowsOf(Database& db, const QString& sql)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        ADD_FAILURE() << "query failed: " << sql.toStdString() << ": "
                      << q.lastError().text().toStdString();
        return rows;
    }
    while (q.next()) {
        QStringList values;
        for (int c = 0; c < q.record().count(); ++c) {
            const QVariant v = q.value(c);
            values.append(v.isNull()                 ? u"NULL"_s
                    : v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate)
                                                     : v.toString());
        }
        rows.append(values.join(u'|'));
    }
    return rows;
}
} // namespace

QString tallyMismatch(Database& db)
{
    const QString from = u" FROM contribution c JOIN person p ON p.id = c.person_id"_s;
    const QString given = u"sum(CASE WHEN c.direction = 0 THEN 1 ELSE 0 END)"_s;
    const QString received = u"sum(CASE WHEN c.direction = 1 THEN 1 ELSE 0 END)"_s;
    // Each tally as stored, and as the base tables say it should be.
    const QList<std::tuple<QString, QString, QString>> checks = {
        {u"tally_day"_s,
            u"SELECT member_id, happened_on, direction, n FROM tally_day ORDER BY 1, 2, 3"_s,
            u"SELECT p.member_id, c.happened_on, c.direction, count(*)%1"
            " GROUP BY p.member_id, c.happened_on, c.direction ORDER BY 1, 2, 3"_s.arg(from)},
        {u"tally_kind"_s,
            u"SELECT member_id, kind_id, direction, brought, n FROM tally_kind"
            " ORDER BY 1, 2, 3, 4"_s,
            u"SELECT p.member_id, c.kind_id, c.direction,"
            " CASE WHEN c.brought IS NULL THEN -1 ELSE c.brought END AS b, count(*)%1"
            " GROUP BY p.member_id, c.kind_id, c.direction, b ORDER BY 1, 2, 3, 4"_s.arg(from)},
        {u"tally_channel"_s,
            u"SELECT member_id, channel_id, direction, n FROM tally_channel ORDER BY 1, 2, 3"_s,
            u"SELECT p.member_id, CASE WHEN c.channel_id IS NULL THEN -1 ELSE c.channel_id END"
            " AS ch, c.direction, count(*)%1 GROUP BY p.member_id, ch, c.direction"
            " ORDER BY 1, 2, 3"_s.arg(from)},
        {u"tally_person"_s,
            u"SELECT person_id, member_id, given, received, last_on FROM tally_person"
            " ORDER BY 1"_s,
            u"SELECT p.id, p.member_id, %1, %2, max(c.happened_on)%3 GROUP BY p.id, p.member_id"
            " ORDER BY 1"_s.arg(given, received, from)},
    };
    QStringList report;
    for (const auto& [table, stored, recounted] : checks) {
        const QStringList have = rowsOf(db, stored);
        const QStringList want = rowsOf(db, recounted);
        if (have == want)
            continue;
        QStringList extra;
        QStringList missing;
        for (const QString& row : have) {
            if (!want.contains(row))
                extra.append(row);
        }
        for (const QString& row : want) {
            if (!have.contains(row))
                missing.append(row);
        }
        report.append(
            u"%1: %2 rows stored, %3 recounted; stored but wrong: [%4]; missing: [%5]"_s.arg(table)
                .arg(have.size())
                .arg(want.size())
                .arg(extra.mid(0, 10).join(u", "_s), missing.mid(0, 10).join(u", "_s)));
    }
    return report.join(u'\n');
}

ProcessResult runProcess(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess p;
    p.start(program, arguments);
    ProcessResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = u"timed out"_s;
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

namespace {
QMutex g_mutex;
QStringList g_warnings;
QtMessageHandler g_previous = nullptr;
int g_depth = 0;

void countingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg) {
        QMutexLocker lock(&g_mutex);
        g_warnings.append(message);
    }
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

WarningCounter::WarningCounter()
{
    QMutexLocker lock(&g_mutex);
    g_warnings.clear();
    if (g_depth++ == 0)
        g_previous = qInstallMessageHandler(countingHandler);
}

WarningCounter::~WarningCounter()
{
    QMutexLocker lock(&g_mutex);
    if (--g_depth == 0)
        qInstallMessageHandler(g_previous);
}

int WarningCounter::count() const
{
    QMutexLocker lock(&g_mutex);
    return int(g_warnings.size());
}

QStringList WarningCounter::messages() const
{
    QMutexLocker lock(&g_mutex);
    return g_warnings;
}

} // namespace outloud::test
