// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_aggregates [--database LARGE_DEMO.sqlite] [--repeat N] [--today YYYY-MM-DD]
//
// The Overview's contribution figures (by day, by kind with generosity, by channel, by
// person) for the member with the most contributions, at 1x and at 10x (every contribution
// copied ten times, through the bulk path), side by side in one run:
//  - before: the four statements the Overview ran up to schema 5, grouping the member's
//    contributions (read through the covering index), every row read out;
//  - after: the same four figures from the tallies (schema 6), through core/analytics.
// Prints medians, the ratio after/before and the growth 1x -> 10x of each. Build with the
// release preset for figures worth quoting.
#include "analytics/Analytics.h"
#include "circle/CircleService.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Tallies.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace outloud;
using namespace Qt::StringLiterals;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

double timeMs(int repeat, const std::function<void()>& work)
{
    work(); // warm the cache: both sides are measured warm
    QList<double> runs;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        runs.append(double(t.nsecsElapsed()) / 1e6);
    }
    return median(runs);
}

// What the Overview ran before schema 6 (ExchangeAnalytics at schema 5).
const QStringList RecountStatements = {
    u"SELECT c.happened_on, c.direction, COUNT(*) FROM contribution c JOIN person p ON"
    " p.id = c.person_id WHERE p.member_id = ? GROUP BY c.happened_on, c.direction"_s,
    u"SELECT k.id, k.code, k.name, k.shares_others, k.connects, c.direction, c.brought, COUNT(*)"
    " FROM contribution c JOIN person p ON p.id = c.person_id JOIN contribution_kind k ON"
    " k.id = c.kind_id WHERE p.member_id = ? GROUP BY k.id, c.direction, c.brought"
    " ORDER BY k.position, k.id"_s,
    u"SELECT ch.id, ch.code, ch.name, SUM(CASE WHEN c.direction = 0 THEN 1 ELSE 0 END) AS given,"
    " SUM(CASE WHEN c.direction = 1 THEN 1 ELSE 0 END) AS received FROM contribution c"
    " JOIN person p ON p.id = c.person_id LEFT JOIN channel ch ON ch.id = c.channel_id"
    " WHERE p.member_id = ? GROUP BY c.channel_id, ch.id, ch.code, ch.name, ch.position"
    " ORDER BY received DESC, given DESC, ch.position IS NULL, ch.position"_s,
    u"SELECT p.id, p.name, p.closeness, SUM(CASE WHEN c.direction = 0 THEN 1 ELSE 0 END),"
    " SUM(CASE WHEN c.direction = 1 THEN 1 ELSE 0 END), MAX(c.happened_on) FROM person p"
    " JOIN contribution c ON c.person_id = p.id WHERE p.member_id = ? GROUP BY p.id"
    " ORDER BY p.name COLLATE NOCASE, p.id"_s,
};

// Every contribution @p factor times, through the bulk path (tallies counted once).
bool multiply(Database& db, int factor, QString* error)
{
    return db.write(
        Database::AllTables,
        [&](QSqlQuery& q) {
            tally::BulkLoad bulk(db, q);
            if (!bulk.begin(error))
                return false;
            const QString copy = u"INSERT INTO contribution (person_id, happened_on, direction,"
                                 " kind_id, channel_id, brought, note) SELECT person_id,"
                                 " happened_on, direction, kind_id, channel_id, brought, note"
                                 " FROM contribution WHERE id <= %1"_s;
            QSqlQuery max(db.connection());
            if (!max.exec(u"SELECT max(id) FROM contribution"_s) || !max.next())
                return fail(error, max.lastError().text());
            const qint64 last = max.value(0).toLongLong();
            max.finish();
            for (int i = 1; i < factor; ++i) {
                if (!q.exec(copy.arg(last)))
                    return fail(error, q.lastError().text());
            }
            return bulk.finish(error);
        },
        error);
}

struct Row
{
    const char* what;
    double before[2];
    double after[2];
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption database(
        u"database"_s, u"The large demo file (made when not given)."_s, u"path"_s);
    QCommandLineOption repeat(
        u"repeat"_s, u"Repetitions; the median is printed."_s, u"N"_s, u"11"_s);
    QCommandLineOption today(
        u"today"_s, u"The day the demo is made for."_s, u"date"_s, u"2026-03-02"_s);
    parser.addOptions({database, repeat, today});
    parser.addHelpOption();
    parser.process(app);
    const QDate day = QDate::fromString(parser.value(today), Qt::ISODate);
    const int n = std::max(3, parser.value(repeat).toInt());

    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"large.sqlite"_s);
    QString error;
    if (parser.value(database).isEmpty()) {
        auto db = Database::open(path, &error);
        QElapsedTimer t;
        t.start();
        DemoGenerator demo(*db, DemoGenerator::Scale::Large, 1, day);
        if (!db || !demo.generate(&error)) {
            std::fprintf(stderr, "bench_aggregates: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("large demo written in %.1f s\n", double(t.elapsed()) / 1000.0);
    } else if (!QFile::copy(parser.value(database), path)) {
        std::fprintf(
            stderr, "bench_aggregates: cannot copy %s\n", qPrintable(parser.value(database)));
        return 1;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    Row rows[] = {
        {"by day (weekly counts, balance, streak)", {}, {}},
        {"by kind with generosity", {}, {}},
        {"by channel", {}, {}},
        {"by person (imbalances, last contact)", {}, {}},
        {"all four", {}, {}},
    };
    qint64 contributions[2] = {0, 0};
    for (int scale = 0; scale < 2; ++scale) {
        auto db = Database::open(path, &error, Database::OpenMode::MustExist);
        if (!db) {
            std::fprintf(stderr, "bench_aggregates: %s\n", qPrintable(error));
            return 1;
        }
        if (scale == 1) {
            QElapsedTimer t;
            t.start();
            if (!multiply(*db, 10, &error)) {
                std::fprintf(stderr, "bench_aggregates: %s\n", qPrintable(error));
                return 1;
            }
            std::printf("10x copy written (bulk path, tallies counted once) in %.1f s\n",
                double(t.elapsed()) / 1000.0);
        }
        QSqlQuery q(db->connection());
        q.exec(u"SELECT p.member_id, count(*) FROM contribution c JOIN person p"
               " ON p.id = c.person_id GROUP BY p.member_id ORDER BY 2 DESC LIMIT 1"_s);
        q.next();
        const qint64 member = q.value(0).toLongLong();
        contributions[scale] = q.value(1).toLongLong();
        q.finish();
        const qint64 circle = CircleService(*db).member(member)->circleId;
        const WeekCalendar calendar = CircleService(*db).calendar(circle);

        for (int s = 0; s < 4; ++s) {
            rows[s].before[scale] = timeMs(n, [&] {
                QSqlQuery r(db->connection());
                r.setForwardOnly(true);
                execPrepared(r, RecountStatements.at(s), {member}, u"bench"_s, nullptr);
                while (r.next()) {
                    for (int c = 0; c < r.record().count(); ++c)
                        r.value(c);
                }
            });
        }
        const std::function<void()> after[4] = {
            [&] { analytics::weeklyExchange(*db, calendar, member, day); },
            [&] {
                QList<analytics::CategoryExchange> kinds;
                analytics::GenerosityMix mix;
                analytics::kindsAndGenerosity(*db, member, &kinds, &mix);
            },
            [&] { analytics::exchangeByChannel(*db, member); },
            [&] { analytics::exchangeByPerson(*db, member); },
        };
        for (int s = 0; s < 4; ++s)
            rows[s].after[scale] = timeMs(n, after[s]);
        rows[4].before[scale] = 0;
        rows[4].after[scale] = 0;
        for (int s = 0; s < 4; ++s) {
            rows[4].before[scale] += rows[s].before[scale];
            rows[4].after[scale] += rows[s].after[scale];
        }
    }

    std::printf("\nThe Overview's contribution figures for the member with the most contributions\n"
                "(%lld at 1x, %lld at 10x), median of %d warm runs, ms:\n\n",
        contributions[0], contributions[1], n);
    std::printf("  %-42s %9s %9s %7s   %9s %9s %7s   %8s %8s\n", "", "before 1x", "after 1x",
        "after/", "before10x", "after 10x", "after/", "growth", "growth");
    std::printf("  %-42s %9s %9s %7s   %9s %9s %7s   %8s %8s\n", "", "(recount)", "(tallies)",
        "before", "(recount)", "(tallies)", "before", "before", "after");
    for (const Row& r : rows) {
        std::printf("  %-42s %9.2f %9.2f %7.3f   %9.2f %9.2f %7.3f   %7.1fx %7.1fx\n", r.what,
            r.before[0], r.after[0], r.after[0] / r.before[0], r.before[1], r.after[1],
            r.after[1] / r.before[1], r.before[1] / r.before[0], r.after[1] / r.after[0]);
    }
    std::printf("\ngrowth: the 10x figure over the 1x one (1.0x: independent of history).\n");
    return 0;
}
