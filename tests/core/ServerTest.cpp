// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Outloud on a PostgreSQL server: addresses, the schema's types and version table, and a
// plain message for each way a connection is refused. Runs in the postgres.* pass.
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "io/ImportService.h"
#include "storage/ServerAddress.h"

#include <QSqlQuery>
#include <QUrl>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace outloud;
using namespace outloud::test;

#define OUTLOUD_POSTGRES_ONLY()                                                                    \
    if (engine() != Database::Engine::Postgres)                                                    \
    GTEST_SKIP() << "runs in the postgres.* pass"

namespace {
// Sets an environment variable for one scope.
class ScopedEnv
{
public:
    ScopedEnv(const char* name, const QByteArray& value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};
} // namespace

TEST(ServerAddress, TakesHostPortUserDatabaseAndLibpqOptions)
{
    ServerAddress a;
    QString error;
    ASSERT_TRUE(ServerAddress::parse(
        u"postgresql://alice@wol.example.com:5433/outloud?sslmode=verify-full&connect_timeout=5"_s,
        &a, &error))
        << error.toStdString();
    EXPECT_EQ(a.host, u"wol.example.com"_s);
    EXPECT_EQ(a.port, 5433);
    EXPECT_EQ(a.user, u"alice"_s);
    EXPECT_EQ(a.database, u"outloud"_s);
    EXPECT_EQ(
        a.connectOptions, u"sslmode=verify-full;connect_timeout=5;application_name=outloud"_s);

    ASSERT_TRUE(ServerAddress::parse(u"postgresql:///outloud?host=/run/postgresql"_s, &a, &error));
    EXPECT_EQ(a.host, u"/run/postgresql"_s);
    EXPECT_EQ(a.database, u"outloud"_s);
    EXPECT_TRUE(a.connectOptions.contains(u"connect_timeout=10"_s)) << "never wait forever";
}

TEST(ServerAddress, RefusesPasswordsAndOptionsThatCouldSmuggleParameters)
{
    ServerAddress a;
    QString error;
    EXPECT_FALSE(ServerAddress::parse(u"postgresql://alice:secret@host/outloud"_s, &a, &error));
    EXPECT_TRUE(error.contains(u"pgpass"_s)) << error.toStdString();
    EXPECT_FALSE(error.contains(u"secret"_s));
    EXPECT_FALSE(ServerAddress::parse(u"postgresql://host/db?password=x"_s, &a, &error));
    EXPECT_FALSE(ServerAddress::parse(u"postgresql://host/db?sslmode=a%20host=evil"_s, &a, &error));
    EXPECT_FALSE(ServerAddress::parse(u"postgresql://host/db?sslmode=a;host=evil"_s, &a, &error));
}

TEST(Server, ANewDatabaseGetsTheSchemaWithDatesInstantsAndAVersionTable)
{
    OUTLOUD_POSTGRES_ONLY();
    TempDatabase t;
    ASSERT_TRUE(t->isServer());
    EXPECT_EQ(t->schemaVersion(), Database::currentSchemaVersion());
    EXPECT_EQ(scalar(t.db(), u"SELECT application FROM outloud_schema"_s).toString(), u"outloud"_s);
    auto type = [&](const char* table, const char* column) {
        return scalar(t.db(),
            u"SELECT data_type FROM information_schema.columns WHERE table_name = '%1'"
            " AND column_name = '%2'"_s.arg(QLatin1StringView(table), QLatin1StringView(column)))
            .toString();
    };
    EXPECT_EQ(type("contribution", "happened_on"), u"date"_s);
    EXPECT_EQ(type("circle", "created_at"), u"timestamp with time zone"_s);
    EXPECT_EQ(scalar(t.db(),
                  u"SELECT is_identity FROM information_schema.columns WHERE table_name = 'person'"
                  " AND column_name = 'id'"_s)
                  .toString(),
        u"YES"_s);
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM contribution_kind"_s).toInt(), 10);
}

TEST(Server, AnInstantReadsBackAsTheLocalTimeItWasWritten)
{
    OUTLOUD_POSTGRES_ONLY();
    TempDatabase t;
    Circle c;
    c.name = u"C"_s;
    c.startDate = QDate(2026, 3, 2);
    c.meetingWeekday = Qt::Tuesday;
    CircleService circles(t.db());
    const qint64 id = circles.createCircle(c, {u"Ana"_s}, 0, 0, nullptr);
    ASSERT_GT(id, 0);
    EXPECT_EQ(
        scalar(t.db(), u"SELECT created_at FROM circle"_s).toDateTime().toLocalTime(), fixedNow());
    EXPECT_EQ(circles.circle(id)->startDate, QDate(2026, 3, 2));
}

TEST(Server, AStoppedServerGetsAPlainMessage)
{
    OUTLOUD_POSTGRES_ONLY();
    QUrl url(serverAddress());
    url.setPort(1); // nothing listens there
    QString error;
    EXPECT_EQ(Database::open(url.toString(), &error), nullptr);
    EXPECT_TRUE(error.startsWith(u"Could not reach the PostgreSQL server"_s))
        << error.toStdString();
}

TEST(Server, AWrongPasswordGetsAPlainMessage)
{
    OUTLOUD_POSTGRES_ONLY();
    ServerDatabase empty;
    ScopedEnv password("PGPASSWORD", "not-the-password");
    QString error;
    EXPECT_EQ(Database::open(empty.address(), &error), nullptr);
    EXPECT_TRUE(error.contains(u"the password is wrong or missing"_s)) << error.toStdString();
}

TEST(Server, AMissingDatabaseGetsAPlainMessage)
{
    OUTLOUD_POSTGRES_ONLY();
    QString error;
    EXPECT_EQ(Database::open(serverAddressFor(u"no_such_database"_s), &error), nullptr);
    EXPECT_TRUE(error.contains(u"has no database “no_such_database”"_s)) << error.toStdString();
}

TEST(Server, AnotherProgramsDatabaseIsRefusedAndLeftUntouched)
{
    OUTLOUD_POSTGRES_ONLY();
    ServerDatabase other;
    ASSERT_TRUE(serverExec(other.name(), u"CREATE TABLE invoice (id int)"_s));
    ASSERT_TRUE(serverExec(other.name(), u"INSERT INTO invoice VALUES (7)"_s));
    QString error;
    EXPECT_EQ(Database::open(other.address(), &error), nullptr);
    EXPECT_TRUE(error.contains(u"belongs to another program"_s)) << error.toStdString();
    QVariant rows;
    ASSERT_TRUE(serverExec(other.name(),
        u"SELECT (SELECT count(*) FROM invoice WHERE id = 7) * 10"
        " + (SELECT count(*) FROM pg_tables WHERE schemaname = 'public')"_s,
        nullptr, &rows));
    EXPECT_EQ(rows.toInt(), 11) << "its one table and its row, nothing added";
}

TEST(Server, ADatabaseFromANewerOutloudIsRefusedAndLeftUntouched)
{
    OUTLOUD_POSTGRES_ONLY();
    TempDatabase t;
    const int newer = Database::currentSchemaVersion() + 1;
    ASSERT_TRUE(
        QSqlQuery(t->connection()).exec(u"UPDATE outloud_schema SET version = %1"_s.arg(newer)));
    const QString address = t.path();
    t.close();
    QString error;
    EXPECT_EQ(Database::open(address, &error), nullptr);
    EXPECT_TRUE(error.contains(u"newer version of Outloud"_s)) << error.toStdString();
    error.clear();
    EXPECT_EQ(Database::open(address, &error), nullptr) << "the version was left untouched";
    EXPECT_TRUE(error.contains(u"version %1"_s.arg(newer))) << error.toStdString();
}

TEST(Server, AnEmptyDatabaseIsNotTakenWhereAnOutloudOneMustExist)
{
    OUTLOUD_POSTGRES_ONLY();
    ServerDatabase empty;
    QString error;
    EXPECT_EQ(Database::open(empty.address(), &error, Database::OpenMode::MustExist), nullptr);
    EXPECT_TRUE(error.contains(u"holds no Outloud data yet"_s)) << error.toStdString();
}

TEST(Server, AKilledBackendInTheMiddleOfAnImportLeavesNothingHalfApplied)
{
    OUTLOUD_POSTGRES_ONLY();
    TempDatabase t;
    Circle c;
    c.name = u"C"_s;
    c.startDate = QDate(2026, 3, 2);
    c.meetingWeekday = Qt::Tuesday;
    CircleService circles(t.db());
    const qint64 circleId = circles.createCircle(c, {u"Ana"_s}, 0, 0, nullptr);
    const qint64 me = circles.members(circleId).at(0).id;
    QList<io::ImportRecord> records;
    for (int i = 0; i < 2000; ++i) {
        io::ImportRecord r;
        r.line = i + 2;
        r.origin = u"line %1"_s.arg(i + 2);
        r.person.name = u"Person %1"_s.arg(i);
        records.append(r);
    }
    io::ImportService service(t.db());
    const io::ImportPlan plan = service.plan(me, records);
    const QString database = QUrl(t.path()).path().mid(1);
    bool killed = false;
    auto killHalfway = [&](qsizetype done, qsizetype total) {
        if (!killed && done >= total / 2) {
            killed
                = serverAdmin(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                              " WHERE datname = '%1' AND pid <> pg_backend_pid()"_s.arg(database));
        }
        return true;
    };
    io::ImportOutcome outcome;
    QString error;
    EXPECT_FALSE(service.apply(plan, &outcome, &error, killHalfway));
    EXPECT_TRUE(killed);
    EXPECT_FALSE(error.isEmpty());
    t.reopen();
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM person"_s).toInt(), 0);
}

TEST(Server, ALostConnectionIsSaidPlainlyAndNoEditClaimsToBeSaved)
{
    OUTLOUD_POSTGRES_ONLY();
    TempDatabase t;
    int lost = 0;
    QObject::connect(&t.db(), &Database::connectionLost, [&lost] { ++lost; });
    const QString database = QUrl(t.path()).path().mid(1);
    ASSERT_TRUE(serverAdmin(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                            " WHERE datname = '%1' AND pid <> pg_backend_pid()"_s.arg(database)));
    QString error;
    EXPECT_FALSE(t->write(Database::Circles,
        u"INSERT INTO channel (name, position) VALUES ('Radio', 99)"_s, {}, u"add"_s, &error));
    EXPECT_TRUE(error.contains(u"was lost, so this change was not saved"_s)) << error.toStdString();
    EXPECT_TRUE(t->isConnectionLost());
    QCoreApplication::processEvents();
    EXPECT_EQ(lost, 1) << "announced once, from the event loop";
    // Every further edit says so too, and nothing reached the server.
    EXPECT_FALSE(t->write(Database::Circles,
        u"INSERT INTO channel (name, position) VALUES ('Radio', 99)"_s, {}, u"add"_s, &error));
    EXPECT_TRUE(error.contains(u"is lost"_s)) << error.toStdString();
    QCoreApplication::processEvents();
    EXPECT_EQ(lost, 1);
    t.reopen();
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM channel WHERE name = 'Radio'"_s).toInt(), 0);
}
