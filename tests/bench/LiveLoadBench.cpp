// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A circle under load on one server: MEMBERS connections (each a member with its own
// relationship list) log contributions and re-rate closeness as fast as they can, at
// SERIALIZABLE isolation so that transactions really collide, while one follower window
// (LiveUpdates, as in the facilitator's window) re-reads what the notifications announce.
// Checks afterwards: no edit lost or duplicated, no conflict shown to a member (all
// retried), every change seen by the follower. Prints throughput and 95th percentiles.
//
//   bench_live_load [--seconds N] [--members N] [--database postgresql://...]
// Without --database it uses a fresh database on OUTLOUD_TEST_POSTGRES (.ci/with-postgres);
// without either it exits with 77 (ctest: skipped). Exit code 1 when a check fails.
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "contributions/ContributionService.h"
#include "people/PeopleService.h"
#include "storage/Database.h"
#include "storage/LiveUpdates.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
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

// Commit instants of contributions by their note, for the follower's latency.
QMutex g_commitMutex;
QHash<QString, Steady::time_point> g_committedAt;

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
                    g_committedAt.insert(c.note, Steady::now());
                    ++result.contributions;
                }
            } else {
                const int closeness = int(random.bounded(6));
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

// The facilitator's window: re-reads new contributions whenever the circle announces them.
class Follower
{
public:
    explicit Follower(Database& db)
        : m_db(db)
        , m_live(db)
    {
        QObject::connect(&m_db, &Database::changed, [this](Database::Tables tables) {
            if (tables & (Database::Contributions | Database::People))
                readNew();
        });
    }
    void readNew()
    {
        ++m_refreshes;
        QSqlQuery q(m_db.connection());
        // Ids are handed out at INSERT, not at COMMIT: a transaction still running can
        // commit an id below one already read, so the last few thousand are read again.
        q.prepare(u"SELECT id, note FROM contribution WHERE id > ? ORDER BY id"_s);
        q.addBindValue(std::max<qint64>(0, m_lastId - 2000));
        q.exec();
        const auto now = Steady::now();
        QList<QString> notes;
        while (q.next()) {
            m_lastId = std::max(m_lastId, q.value(0).toLongLong());
            notes.append(q.value(1).toString());
        }
        const QMutexLocker lock(&g_commitMutex);
        for (const QString& note : std::as_const(notes)) {
            if (m_seen.contains(note))
                continue;
            m_seen.insert(note);
            const auto at = g_committedAt.constFind(note);
            if (at != g_committedAt.constEnd())
                m_latenciesMs.append(std::max(0.0, msSince(*at, now)));
        }
    }
    // Reads every row once more, to compare with what the members committed.
    void readAll()
    {
        m_lastId = 0;
        readNew();
    }
    QSet<QString> seen() const { return m_seen; }
    QList<double> latencies() const { return m_latenciesMs; }
    int refreshes() const { return m_refreshes; }

private:
    Database& m_db;
    LiveUpdates m_live;
    qint64 m_lastId = 0;
    QSet<QString> m_seen;
    QList<double> m_latenciesMs;
    int m_refreshes = 0;
};

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
    QString address;
    QString scratch;
    if (const int at = int(args.indexOf(u"--database"_s)); at > 0 && at + 1 < args.size()) {
        address = args.at(at + 1);
    } else if (!test::serverAddress().isEmpty()) {
        scratch = u"outloud_load_%1"_s.arg(QCoreApplication::applicationPid());
        QString error;
        if (!test::serverAdmin(u"CREATE DATABASE %1"_s.arg(scratch), &error)) {
            std::fprintf(
                stderr, "could not create %s: %s\n", qPrintable(scratch), qPrintable(error));
            return 1;
        }
        address = test::serverAddressFor(scratch);
    } else {
        std::printf("bench_live_load: no server (run it under .ci/with-postgres); skipped\n");
        return 77;
    }

    int exitCode = 0;
    {
        QString error;
        std::unique_ptr<Database> setup = Database::open(address, &error);
        if (!setup) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        // One circle of MEMBERS members (larger than any real circle: it is the load that
        // matters), each with a relationship list of their own.
        Circle circle;
        circle.name = u"Load"_s;
        circle.startDate = QDate::currentDate().addDays(-21);
        QStringList names;
        for (int i = 0; i < memberCount; ++i)
            names.append(u"Member %1"_s.arg(i + 1));
        CircleService circles(*setup);
        const qint64 circleId = circles.createCircle(circle, names, 0, 0, &error);
        if (circleId < 0) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const qint64 kindId = ContributionService(*setup).kindIdByCode(u"appreciation"_s);
        PeopleService people(*setup);
        QList<std::pair<qint64, QList<qint64>>> lists;
        for (const Member& m : circles.members(circleId)) {
            QList<qint64> ids;
            for (int p = 0; p < PeoplePerMember; ++p) {
                Person person;
                person.memberId = m.id;
                person.name = u"Contact %1-%2"_s.arg(m.id).arg(p);
                ids.append(people.add(person, &error));
            }
            lists.append({m.id, ids});
        }

        std::unique_ptr<Database> followerDb = Database::open(address, &error);
        Follower follower(*followerDb);

        std::printf("bench_live_load: %d members, %d s, SERIALIZABLE, on %s\n", memberCount,
            seconds, qPrintable(address));
        const auto begin = Steady::now();
        const auto deadline = begin + std::chrono::seconds(seconds);
        QList<Writer*> writers;
        for (const auto& [memberId, ids] : std::as_const(lists))
            writers.append(new Writer(address, memberId, ids, kindId, deadline));
        for (Writer* w : std::as_const(writers))
            w->start();
        // The follower's event loop runs while the members write.
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (std::all_of(writers.cbegin(), writers.cend(),
                    [](const Writer* w) { return w->isFinished(); }))
                loop.quit();
        });
        poll.start(50);
        loop.exec();
        const double elapsedS = msSince(begin, Steady::now()) / 1000.0;

        // Let the last notifications arrive (at most two seconds, as a window promises).
        const auto settle = Steady::now() + std::chrono::seconds(2);
        int committed = 0;
        for (const Writer* w : std::as_const(writers))
            committed += w->result.contributions;
        while (Steady::now() < settle && follower.seen().size() < committed)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const int seenByNotification = int(follower.seen().size());
        follower.readAll();

        QList<double> latencies;
        int ratings = 0;
        int retried = 0;
        QStringList failures;
        QHash<qint64, int> lastCloseness;
        for (Writer* w : std::as_const(writers)) {
            latencies += w->result.latenciesMs;
            ratings += w->result.ratings;
            retried += w->result.retried;
            if (!w->result.failure.isEmpty())
                failures.append(w->result.failure);
            lastCloseness.insert(w->result.lastCloseness);
            w->wait();
            delete w;
        }

        QSqlQuery q(setup->connection());
        q.exec(u"SELECT count(*), count(DISTINCT note) FROM contribution"_s);
        q.next();
        const int rows = q.value(0).toInt();
        const int distinct = q.value(1).toInt();
        q.finish();
        int lostRatings = 0;
        for (auto it = lastCloseness.cbegin(); it != lastCloseness.cend(); ++it) {
            q.prepare(u"SELECT closeness FROM person WHERE id = ?"_s);
            q.addBindValue(it.key());
            q.exec();
            if (!q.next() || q.value(0).toInt() != it.value())
                ++lostRatings;
        }
        q.finish();

        const int edits = int(latencies.size());
        std::printf("  edits committed              %8d  (%d contributions, %d ratings)\n", edits,
            committed, ratings);
        std::printf("  throughput                   %8.1f edits/s\n", edits / elapsedS);
        std::printf("  edit latency p50 / p95       %8.2f / %.2f ms\n", percentile(latencies, 0.5),
            percentile(latencies, 0.95));
        std::printf("  serialization retries        %8d  (none shown to a member)\n", retried);
        std::printf("  follower refreshes           %8d\n", follower.refreshes());
        std::printf("  follower saw by notification %8d of %d contributions\n", seenByNotification,
            committed);
        std::printf("  commit-to-follower p50 / p95 %8.1f / %.1f ms\n",
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
        check(lostRatings == 0, u"%1 closeness ratings lost"_s.arg(lostRatings));
        check(seenByNotification == committed,
            u"the follower saw %1 of %2 contributions through notifications"_s
                .arg(seenByNotification)
                .arg(committed));
        check(edits > 0, u"nothing was written"_s);
    }
    if (!scratch.isEmpty())
        test::serverAdmin(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(scratch));
    std::printf(
        exitCode == 0 ? "bench_live_load: all checks passed\n" : "bench_live_load: FAILED\n");
    return exitCode;
}
