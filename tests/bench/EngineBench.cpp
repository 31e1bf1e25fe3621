// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SQLite and PostgreSQL side by side on the same demo: opening and showing the first
// screen, the dashboard of one member, logging one contribution, importing 10,000 people.
// Each figure is a median; the ratio PostgreSQL / SQLite is what to read (the aim: within
// 2x). Both demos are written first, then each row runs on SQLite and at once on
// PostgreSQL, so that the two figures of a row see the same load on a shared machine. The
// PostgreSQL rows need a server: run it as
//
//   bash .ci/with-postgres build/ci/tests/bench/bench_engines [--scale small|large]
//
// (OUTLOUD_TEST_POSTGRES names the server; without it the PostgreSQL rows are skipped,
// and the run says so). Default scale: large (100 circles, 10,000 people, 200,000
// contributions), over loopback.
#include "TestSupport.h"
#include "analytics/Analytics.h"
#include "circle/CircleService.h"
#include "contributions/ContributionModel.h"
#include "contributions/ContributionService.h"
#include "demo/DemoGenerator.h"
#include "io/ImportService.h"
#include "people/RelationshipModel.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

using namespace outloud;
using namespace Qt::StringLiterals;

namespace {
double medianMs(int runs, const std::function<void()>& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void touchFirstScreen(QAbstractItemModel& model)
{
    for (int row = 0; row < std::min(40, model.rowCount()); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            model.index(row, column).data();
}

struct Figures
{
    double generateS = 0;
    double openMs = 0;
    double dashboardMs = 0;
    double logMs = 0;
    double importMs = 0;
};

// One engine's demo, opened for the rows measured on an open database.
struct Engine
{
    QString location;
    std::unique_ptr<Database> db;
    Figures figures;
};

bool generate(Engine& e, DemoGenerator::Scale scale, QDate day)
{
    QString error;
    {
        auto db = Database::open(e.location, &error);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
        QElapsedTimer t;
        t.start();
        if (!DemoGenerator(*db, scale, 1, day).generate(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
        e.figures.generateS = double(t.elapsed()) / 1000.0;
    }
    e.db = Database::open(e.location, &error, Database::OpenMode::MustExist);
    if (!e.db)
        std::fprintf(stderr, "%s\n", qPrintable(error));
    return e.db != nullptr;
}

// Open and first screen: what starting the window costs before the user sees a list.
double openMs(const QString& location)
{
    return medianMs(5, [&] {
        auto db = Database::open(location, nullptr, Database::OpenMode::MustExist);
        CircleService circles(*db);
        const qint64 me = circles.meId(circles.defaultCircleId());
        RelationshipModel people(*db);
        people.setMemberId(me);
        touchFirstScreen(people);
        ContributionModel log(*db);
        // As the contributions page sets it: member and calendar at once, one load (a
        // calendar alone would first load every member's contributions).
        log.setMemberAndCalendar(me, circles.calendar(circles.defaultCircleId()));
        touchFirstScreen(log);
    });
}

double dashboardMs(Database& db, QDate day)
{
    CircleService circles(db);
    const qint64 circleId = circles.defaultCircleId();
    const qint64 me = circles.meId(circleId);
    return medianMs(5, [&] { analytics::analyzeMember(db, circleId, me, day); });
}

double logMs(Database& db, QDate day)
{
    CircleService circles(db);
    const qint64 me = circles.meId(circles.defaultCircleId());
    ContributionService log(db);
    RelationshipModel mine(db);
    mine.setMemberId(me);
    const qint64 personId = mine.index(0, 0).data(RelationshipModel::IdRole).toLongLong();
    Contribution c;
    c.personId = personId > 0 ? personId : 1;
    c.date = day;
    c.kindId = log.kinds().constFirst().id;
    QString error;
    return medianMs(21, [&] {
        if (log.add(c, &error) < 0)
            std::fprintf(stderr, "log: %s\n", qPrintable(error));
    });
}

// 10,000 new people into a member of another circle (plan and apply, as the window),
// three times into three members: one import alone is at the mercy of a busy machine.
double importMs(Database& db)
{
    CircleService circles(db);
    const QList<Member> members = circles.members(circles.circles().constLast().id);
    QList<QList<io::ImportRecord>> files;
    for (int run = 0; run < 3; ++run) {
        QList<io::ImportRecord> records;
        for (int i = 0; i < 10'000; ++i) {
            io::ImportRecord r;
            r.line = i + 2;
            r.origin = u"line %1"_s.arg(i + 2);
            r.person.name = u"Imported %1 %2"_s.arg(run).arg(i);
            r.person.email = u"imported%1.%2@example.org"_s.arg(run).arg(i);
            r.person.organization = u"Org %1"_s.arg(i % 300);
            records.append(r);
        }
        files.append(records);
    }
    io::ImportService import(db);
    int run = 0;
    QString error;
    return medianMs(int(files.size()), [&] {
        const io::ImportPlan plan = import.plan(members.at(run % members.size()).id, files.at(run));
        ++run;
        io::ImportOutcome outcome;
        if (!import.apply(plan, &outcome, &error) || outcome.added != 10'000)
            std::fprintf(stderr, "import: %s\n", qPrintable(error));
    });
}

// Each row on SQLite, then at once on PostgreSQL: on a shared machine the load changes
// from minute to minute, and the two figures of a row must see the same load.
void measure(Engine& lite, Engine* pg, QDate day)
{
    lite.figures.openMs = openMs(lite.location);
    if (pg)
        pg->figures.openMs = openMs(pg->location);
    lite.figures.dashboardMs = dashboardMs(*lite.db, day);
    if (pg)
        pg->figures.dashboardMs = dashboardMs(*pg->db, day);
    lite.figures.logMs = logMs(*lite.db, day);
    if (pg)
        pg->figures.logMs = logMs(*pg->db, day);
    lite.figures.importMs = importMs(*lite.db);
    if (pg)
        pg->figures.importMs = importMs(*pg->db);
}

void row(const char* what, double sqlite, std::optional<double> postgres)
{
    if (postgres)
        std::printf(
            "  %-36s %10.2f ms %10.2f ms %8.2fx\n", what, sqlite, *postgres, *postgres / sqlite);
    else
        std::printf("  %-36s %10.2f ms %13s %9s\n", what, sqlite, "skipped", "-");
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int at = int(args.indexOf(u"--scale"_s));
    const bool small = at > 0 && at + 1 < args.size() && args.at(at + 1) == u"small"_s;
    const DemoGenerator::Scale scale
        = small ? DemoGenerator::Scale::Small : DemoGenerator::Scale::Large;
    const QDate day = QDate::currentDate();

    QTemporaryDir dir;
    Engine lite {dir.filePath(u"bench.sqlite"_s), nullptr, {}};
    if (!generate(lite, scale, day))
        return 1;

    std::optional<Engine> pgEngine;
    const QString server = test::serverAddress();
    const QString database = u"outloud_bench_%1"_s.arg(QCoreApplication::applicationPid());
    if (server.isEmpty()) {
        std::printf("PostgreSQL rows SKIPPED: OUTLOUD_TEST_POSTGRES is unset (run through "
                    "bash .ci/with-postgres)\n");
    } else {
        QString error;
        if (!test::serverAdmin(u"CREATE DATABASE %1"_s.arg(database), &error)) {
            std::fprintf(
                stderr, "could not create %s: %s\n", qPrintable(database), qPrintable(error));
            return 1;
        }
        pgEngine.emplace(Engine {test::serverAddressFor(database), nullptr, {}});
        if (!generate(*pgEngine, scale, day)) {
            pgEngine.reset();
            test::serverAdmin(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database));
            return 1;
        }
    }
    measure(lite, pgEngine ? &*pgEngine : nullptr, day);
    std::optional<Figures> pg;
    if (pgEngine) {
        pg = pgEngine->figures;
        pgEngine.reset();
        test::serverAdmin(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database));
    }
    std::printf(
        "\n%s demo written: SQLite %.1f s", small ? "small" : "large", lite.figures.generateS);
    if (pg)
        std::printf(", PostgreSQL %.1f s (over loopback)", pg->generateS);
    std::printf("\n\n  %-36s %13s %13s %9s\n", "", "SQLite", "PostgreSQL", "ratio");
    const auto of = [&pg](double Figures::*field) {
        return pg ? std::optional<double>((*pg).*field) : std::nullopt;
    };
    row("open and first screen", lite.figures.openMs, of(&Figures::openMs));
    row("dashboard of one member", lite.figures.dashboardMs, of(&Figures::dashboardMs));
    row("log one contribution", lite.figures.logMs, of(&Figures::logMs));
    row("import 10,000 people", lite.figures.importMs, of(&Figures::importMs));
    std::printf("\nAim: PostgreSQL within 2x of SQLite for each.\n");
    return 0;
}
