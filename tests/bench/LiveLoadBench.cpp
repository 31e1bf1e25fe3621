// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A program under load on one server, as it really runs: `org init` on a fresh database,
// a circle, and MEMBERS members, each with their own LOGIN role (made by the org commands),
// each connecting as that login under row-level security, logging contributions and
// re-rating closeness as fast as they can at SERIALIZABLE isolation (so that transactions
// really collide), while the circle's facilitator (a login of their own, no member row)
// follows through LISTEN/NOTIFY with the window's LiveUpdates and re-reads the circle's
// shared figures (OrgService) whenever a change is announced.
// Checks afterwards: no edit lost or duplicated (the database against what the members
// committed), no conflict shown to a member (all retried), exactly one announcement per
// committed edit heard by the facilitator, and the facilitator's last re-read counting
// every contribution. Prints throughput, latency percentiles, retries, notifications and
// commit-to-facilitator latency. The logins are dropped at the end, also after a failure.
//
//   bench_live_load [--seconds N] [--members N]
// Needs OUTLOUD_TEST_POSTGRES (.ci/with-postgres); without it exits with 77 (ctest:
// skipped). Exit code 1 when a check fails.
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "contributions/ContributionService.h"
#include "org/OrgAdmin.h"
#include "org/OrgService.h"
#include "people/PeopleService.h"
#include "storage/Database.h"
#include "storage/LiveUpdates.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>

using namespace outloud;
using namespace Qt::StringLiterals;

namespace {

using Steady = std::chrono::steady_clock;

constexpr int PeoplePerMember = 12;

double msSince(Steady::time_point start, Steady::time_point end)
{
    return std::chrono::duration<double, std::milli>(end - start).count();
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(at, 0, values.size() - 1));
}

// What every writer hands back when its time is up.
struct WriterResult
{
    QString failure; // a message a member would have seen: must stay empty
    QList<double> latenciesMs;
    int contributions = 0;
    int ratings = 0;
    int retried = 0;
    QHash<qint64, int> lastCloseness; // person -> the closeness this member set last
};

// Commit instants of contributions, in the order they were reported, for the facilitator's
// latency: when a re-read first counts N contributions, the first N commits reached them.
QMutex g_commitMutex;
QList<Steady::time_point> g_committedAt;

class Writer : public QThread
{
public:
    Writer(QString address, qint64 memberId, QList<qint64> people, qint64 kindId,
        Steady::time_point deadline)
        : m_address(std::move(address))
        , m_memberId(memberId)
        , m_people(std::move(people))
        , m_kindId(kindId)
        , m_deadline(deadline)
    { }
    WriterResult result;
    qint64 memberId() const { return m_memberId; }

protected:
    void run() override
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(m_address, &error);
        if (!db) {
            result.failure = error;
            return;
        }
        {
            QSqlQuery q(db->connection());
            q.exec(u"SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE"_s);
        }
        ContributionService contributions(*db);
        PeopleService people(*db);
        QRandomGenerator random {quint32(m_memberId)};
        int sequence = 0;
        while (Steady::now() < m_deadline) {
            const qint64 person = m_people.at(int(random.bounded(m_people.size())));
            const auto start = Steady::now();
            bool ok = false;
            if (random.bounded(3) < 2) {
                Contribution c;
                c.personId = person;
                c.date = QDate::currentDate();
                c.kindId = m_kindId;
                c.note = u"m%1-%2"_s.arg(m_memberId).arg(++sequence);
                ok = contributions.add(c, &error) > 0;
                if (ok) {
                    const QMutexLocker lock(&g_commitMutex);
                    g_committedAt.append(Steady::now());
                    ++result.contributions;
                }
            } else {
                // Always another level than now: every rating is a real change (one row of
                // history, one announcement).
                const int now = result.lastCloseness.value(person, Person {}.closeness);
                const int closeness = (now + 1 + int(random.bounded(5))) % 6;
                ok = people.setCloseness(person, closeness, &error);
                if (ok) {
                    result.lastCloseness[person] = closeness;
                    ++result.ratings;
                }
            }
            if (!ok) {
                result.failure = error;
                break;
            }
            result.latenciesMs.append(msSince(start, Steady::now()));
        }
        result.retried = db->retriedWrites();
    }

private:
    QString m_address;
    qint64 m_memberId;
    QList<qint64> m_people;
    qint64 m_kindId;
    Steady::time_point m_deadline;
};

// The facilitator's window: LiveUpdates hears the circle's announcements, and each one
// makes it re-read the circle's shared figures, as the Program page and meeting mode do.
class Follower
{
public:
    Follower(Database& db, qint64 circleId)
        : m_db(db)
        , m_circleId(circleId)
        , m_live(db)
    {
        const QString channel = Database::circleChannel(circleId);
        QObject::connect(m_db.connection().driver(), &QSqlDriver::notification,
            [this, channel](
                const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
                if (name == channel && source != QSqlDriver::SelfSource)
                    ++m_notifications;
            });
        QObject::connect(&m_db, &Database::changed, [this](Database::Tables tables) {
            if (tables & (Database::Contributions | Database::People))
                reread();
        });
    }
    void reread()
    {
        ++m_refreshes;
        QList<OrgMemberFigures> figures;
        QString error;
        if (!OrgService(m_db).circleMembers(m_circleId, QDate::currentDate(), &figures, &error)) {
            m_failure = error;
            return;
        }
        int total = 0;
        for (const OrgMemberFigures& f : std::as_const(figures))
            total += f.weekly.total.given + f.weekly.total.received;
        const auto now = Steady::now();
        m_counted = std::max(m_counted, total);
        const QMutexLocker lock(&g_commitMutex);
        for (; m_attributed < std::min<qsizetype>(m_counted, g_committedAt.size()); ++m_attributed)
            m_latenciesMs.append(std::max(0.0, msSince(g_committedAt.at(m_attributed), now)));
    }
    int counted() const { return m_counted; }
    int notifications() const { return m_notifications; }
    QList<double> latencies() const { return m_latenciesMs; }
    int refreshes() const { return m_refreshes; }
    QString failure() const { return m_failure; }

private:
    Database& m_db;
    qint64 m_circleId;
    LiveUpdates m_live;
    int m_counted = 0;
    qsizetype m_attributed = 0;
    int m_notifications = 0;
    QList<double> m_latenciesMs;
    int m_refreshes = 0;
    QString m_failure;
};

// The scratch database and the logins made for this run: gone when this goes, whatever
// happened in between (roles are the cluster's, not the database's).
struct Scratch
{
    QString database;
    QStringList roles;
    ~Scratch()
    {
        if (!database.isEmpty())
            test::serverAdmin(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database));
        for (const QString& role : std::as_const(roles))
            test::serverAdmin(u"DROP ROLE IF EXISTS %1"_s.arg(role));
    }
};

QString addressAs(const QString& address, const QString& login)
{
    QUrl url(address);
    url.setUserName(login);
    return url.toString();
}

int argument(const QStringList& args, const QString& name, int fallback)
{
    const int at = int(args.indexOf(name));
    return at > 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int seconds = std::max(1, argument(args, u"--seconds"_s, 60));
    const int memberCount = std::clamp(argument(args, u"--members"_s, 50), 1, 150);
    if (test::serverAddress().isEmpty()) {
        std::printf("bench_live_load: no server (run it under .ci/with-postgres); skipped\n");
        return 77;
    }
    const QString prefix = u"load%1"_s.arg(QCoreApplication::applicationPid());
    Scratch scratch;
    QString error;
    if (!test::serverAdmin(u"CREATE DATABASE %1_db"_s.arg(prefix), &error)) {
        std::fprintf(stderr, "could not create the database: %s\n", qPrintable(error));
        return 1;
    }
    scratch.database = prefix + u"_db"_s;
    const QString address = test::serverAddressFor(scratch.database);
    const QString password = qEnvironmentVariable("PGPASSWORD");
    const QString facilitatorLogin = prefix + u"_fac"_s;
    QStringList memberLogins;
    for (int i = 0; i < memberCount; ++i)
        memberLogins.append(u"%1_m%2"_s.arg(prefix).arg(i + 1, 2, 10, QLatin1Char('0')));
    scratch.roles = memberLogins + QStringList {facilitatorLogin};

    // The program, set up by its operator through the org commands: one circle of
    // MEMBERS members (larger than any real circle: it is the load that matters) and its
    // facilitator, each with a login of their own.
    const auto setupFailed = [](const QString& message) {
        std::fprintf(stderr, "bench_live_load: setting up failed: %s\n", qPrintable(message));
        return 1;
    };
    QStringList report;
    if (!OrgAdmin::init(address, &report, &error))
        return setupFailed(error);
    qint64 circleId = -1;
    {
        std::unique_ptr<OrgAdmin> admin = OrgAdmin::connect(address, &error);
        if (!admin)
            return setupFailed(error);
        OrgCircleSpec circle;
        circle.name = u"Load"_s;
        circle.startDate = QDate::currentDate().addDays(-21);
        if (!admin->addCircle(circle, &report, &error))
            return setupFailed(error);
        for (int i = 0; i < memberCount; ++i) {
            if (!admin->addMember(u"Member %1"_s.arg(i + 1), memberLogins.at(i), circle.name, false,
                    &report, &error))
                return setupFailed(error);
        }
        if (!admin->addMember(
                u"Fay Facilitator"_s, facilitatorLogin, circle.name, true, &report, &error))
            return setupFailed(error);
        circleId = CircleService(admin->database()).defaultCircleId();
    }
    // libpq finds each login's password in PGPASSWORD, as for the test superuser.
    for (const QString& role : std::as_const(scratch.roles)) {
        if (!test::serverAdmin(u"ALTER ROLE %1 PASSWORD '%2'"_s.arg(role, password), &error))
            return setupFailed(error);
    }

    int exitCode = 0;
    {
        // The test superuser fills each member's list (a member would, before the meeting)
        // and checks the outcome afterwards; it bypasses row-level security.
        std::unique_ptr<Database> setup = Database::open(address, &error);
        if (!setup)
            return setupFailed(error);
        const qint64 kindId = ContributionService(*setup).kindIdByCode(u"appreciation"_s);
        PeopleService people(*setup);
        QList<std::pair<qint64, QList<qint64>>> lists;
        const QList<Member> members = CircleService(*setup).members(circleId);
        for (const Member& m : members) {
            QList<qint64> ids;
            for (int p = 0; p < PeoplePerMember; ++p) {
                Person person;
                person.memberId = m.id;
                person.name = u"Contact %1-%2"_s.arg(m.id).arg(p);
                ids.append(people.add(person, &error));
            }
            lists.append({m.id, ids});
        }
        QHash<qint64, QString> loginOf;
        {
            QSqlQuery q(setup->connection());
            q.exec(u"SELECT id, login FROM member"_s);
            while (q.next())
                loginOf.insert(q.value(0).toLongLong(), q.value(1).toString());
        }
        const auto scalar = [&setup](const QString& sql) {
            QSqlQuery q(setup->connection());
            return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
        };
        const int closenessRowsBefore = scalar(u"SELECT count(*) FROM closeness_change"_s);

        std::unique_ptr<Database> facilitatorDb
            = Database::open(addressAs(address, facilitatorLogin), &error);
        if (!facilitatorDb)
            return setupFailed(error);
        Follower follower(*facilitatorDb, circleId);

        std::printf("bench_live_load: %d members with their own logins under row-level security, "
                    "%d s, SERIALIZABLE, on %s\n",
            memberCount, seconds, qPrintable(address));
        const auto begin = Steady::now();
        const auto deadline = begin + std::chrono::seconds(seconds);
        QList<Writer*> writers;
        for (const auto& [memberId, ids] : std::as_const(lists))
            writers.append(new Writer(
                addressAs(address, loginOf.value(memberId)), memberId, ids, kindId, deadline));
        for (Writer* w : std::as_const(writers))
            w->start();
        // The facilitator's event loop runs while the members write.
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (std::all_of(writers.cbegin(), writers.cend(),
                    [](const Writer* w) { return w->isFinished(); }))
                loop.quit();
        });
        poll.start(50);
        loop.exec();
        // The writers are deleted below while events still run (the settling wait): the
        // poll must not ask them again.
        poll.stop();
        const double elapsedS = msSince(begin, Steady::now()) / 1000.0;

        QList<double> latencies;
        int committed = 0;
        int ratings = 0;
        int retried = 0;
        QStringList failures;
        QHash<qint64, int> lastCloseness;
        QHash<qint64, int> committedBy; // member -> contributions
        for (Writer* w : std::as_const(writers)) {
            w->wait();
            latencies += w->result.latenciesMs;
            committed += w->result.contributions;
            ratings += w->result.ratings;
            retried += w->result.retried;
            if (!w->result.failure.isEmpty())
                failures.append(w->result.failure);
            lastCloseness.insert(w->result.lastCloseness);
            committedBy.insert(w->memberId(), w->result.contributions);
            delete w;
        }
        const int edits = int(latencies.size());
        // Let the last announcements arrive (at most two seconds, as a window promises).
        const auto settle = Steady::now() + std::chrono::seconds(2);
        while (Steady::now() < settle
            && (follower.notifications() < edits || follower.counted() < committed))
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);

        QSqlQuery q(setup->connection());
        int rows = scalar(u"SELECT count(*) FROM contribution"_s);
        const int distinct = scalar(u"SELECT count(DISTINCT note) FROM contribution"_s);
        const int closenessRows
            = scalar(u"SELECT count(*) FROM closeness_change"_s) - closenessRowsBefore;
        int wrongMembers = 0;
        q.exec(u"SELECT p.member_id, count(*) FROM contribution c JOIN person p"
               " ON p.id = c.person_id GROUP BY p.member_id"_s);
        QHash<qint64, int> stored;
        while (q.next())
            stored.insert(q.value(0).toLongLong(), q.value(1).toInt());
        for (auto it = committedBy.cbegin(); it != committedBy.cend(); ++it)
            wrongMembers += stored.value(it.key()) != it.value() ? 1 : 0;
        int lostRatings = 0;
        for (auto it = lastCloseness.cbegin(); it != lastCloseness.cend(); ++it) {
            q.prepare(u"SELECT closeness FROM person WHERE id = ?"_s);
            q.addBindValue(it.key());
            q.exec();
            if (!q.next() || q.value(0).toInt() != it.value())
                ++lostRatings;
        }
        q.finish();

        std::printf("  edits committed              %8d  (%d contributions, %d ratings)\n", edits,
            committed, ratings);
        std::printf("  throughput                   %8.1f edits/s\n", edits / elapsedS);
        std::printf("  edit latency p50 / p95       %8.2f / %.2f ms\n", percentile(latencies, 0.5),
            percentile(latencies, 0.95));
        std::printf("  serialization retries        %8d  (none shown to a member)\n", retried);
        std::printf("  notifications heard          %8d  for %d committed edits\n",
            follower.notifications(), edits);
        std::printf("  facilitator re-reads         %8d\n", follower.refreshes());
        std::printf("  facilitator counted          %8d of %d contributions\n", follower.counted(),
            committed);
        std::printf("  commit-to-facilitator p50 / p95 %5.1f / %.1f ms\n",
            percentile(follower.latencies(), 0.5), percentile(follower.latencies(), 0.95));

        const auto check = [&](bool ok, const QString& what) {
            if (!ok) {
                std::printf("FAILED: %s\n", qPrintable(what));
                exitCode = 1;
            }
        };
        check(failures.isEmpty(), u"a member saw an error: %1"_s.arg(failures.value(0)));
        check(rows == committed,
            u"%1 contributions in the database, %2 committed"_s.arg(rows).arg(committed));
        check(distinct == rows, u"%1 duplicated contributions"_s.arg(rows - distinct));
        check(wrongMembers == 0,
            u"%1 members' lists hold another count than they committed"_s.arg(wrongMembers));
        check(closenessRows == ratings,
            u"%1 closeness changes stored, %2 committed"_s.arg(closenessRows).arg(ratings));
        check(lostRatings == 0, u"%1 closeness ratings lost"_s.arg(lostRatings));
        check(follower.failure().isEmpty(),
            u"the facilitator could not re-read: %1"_s.arg(follower.failure()));
        check(follower.notifications() == edits,
            u"the facilitator heard %1 announcements for %2 committed edits"_s
                .arg(follower.notifications())
                .arg(edits));
        check(follower.counted() == committed,
            u"the facilitator's re-read counted %1 of %2 contributions"_s.arg(follower.counted())
                .arg(committed));
        check(edits > 0, u"nothing was written"_s);
    }
    std::printf(
        exitCode == 0 ? "bench_live_load: all checks passed\n" : "bench_live_load: FAILED\n");
    return exitCode;
}
