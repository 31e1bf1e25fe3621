// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How fast the workspace's lists open, sort and filter on the company-program scale
// (100 circles, 10,000 people, 200,000 contributions). Each figure is the median of
// several runs, beside the naive way (reading every row) measured in the same run.
//
//   bench_workspace [--database FILE]   (default: a fresh large demo in a temp folder)
#include "circle/CircleService.h"
#include "contributions/ContributionModel.h"
#include "demo/DemoGenerator.h"
#include "people/RelationshipModel.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>

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

// What a view does when it shows a screenful: rows 0..39 of every column.
void touchFirstScreen(QAbstractItemModel& model)
{
    for (int row = 0; row < std::min(40, model.rowCount()); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            model.index(row, column).data();
}

void report(const char* what, double ms, double baselineMs)
{
    std::printf("  %-52s %8.2f ms   (%.3f of reading every row)\n", what, ms, ms / baselineMs);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QString path = dir.filePath(u"large.sqlite"_s);
    const QStringList args = app.arguments();
    const int at = int(args.indexOf(u"--database"_s));
    if (at > 0 && at + 1 < args.size()) {
        path = args.at(at + 1);
    } else {
        auto db = Database::open(path, nullptr);
        QElapsedTimer t;
        t.start();
        DemoGenerator demo(*db, DemoGenerator::Scale::Large, 1, QDate::currentDate());
        QString error;
        if (!demo.generate(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("large demo written in %.1f s\n", double(t.elapsed()) / 1000.0);
    }

    double openMs = medianMs(5, [&] { Database::open(path, nullptr); });
    auto db = Database::open(path, nullptr);
    CircleService circles(*db);
    const qint64 me = circles.meId(circles.defaultCircleId());

    // The naive way: read every person with their counts, as a whole-table model would.
    const double naivePeople = medianMs(3, [&] {
        QSqlQuery q(db->connection());
        q.setForwardOnly(true);
        q.exec(
            u"SELECT p.*, (SELECT count(*) FROM contribution c WHERE c.person_id = p.id AND "
            u"c.direction = 0),"
            " (SELECT count(*) FROM contribution c WHERE c.person_id = p.id AND c.direction = 1),"
            " (SELECT max(happened_on) FROM contribution c WHERE c.person_id = p.id) FROM person p"_s);
        int n = 0;
        while (q.next())
            ++n;
    });
    const double naiveContributions = medianMs(3, [&] {
        QSqlQuery q(db->connection());
        q.setForwardOnly(true);
        q.exec(u"SELECT c.*, p.name FROM contribution c JOIN person p ON p.id = c.person_id"_s);
        int n = 0;
        while (q.next())
            ++n;
    });

    std::printf("\nOpening the file: %.2f ms\n", openMs);
    std::printf(
        "\nRelationship list, all 10,000 people (reading every row: %.2f ms)\n", naivePeople);
    RelationshipModel people(*db);
    report("open and fill the first screen",
        medianMs(5,
            [&] {
                people.setMemberId(-1);
                touchFirstScreen(people);
            }),
        naivePeople);
    for (int column : {int(RelationshipModel::Name), int(RelationshipModel::Closeness),
             int(RelationshipModel::LastContact), int(RelationshipModel::Given)}) {
        const QByteArray label
            = "sort by " + people.headerData(column, Qt::Horizontal).toString().toUtf8();
        report(label.constData(),
            medianMs(5,
                [&] {
                    people.sort(column, Qt::DescendingOrder);
                    touchFirstScreen(people);
                }),
            naivePeople);
    }
    people.sort(RelationshipModel::Name);
    report("filter by text \"an\"",
        medianMs(5,
            [&] {
                people.setTextFilter(u"an"_s);
                touchFirstScreen(people);
                people.setTextFilter(QString());
            }),
        naivePeople);
    report("filter by closeness 3-5",
        medianMs(5,
            [&] {
                people.setClosenessFilter(3, 5);
                touchFirstScreen(people);
                people.setClosenessFilter(0, 5);
            }),
        naivePeople);
    report("scroll to the last screen",
        medianMs(5,
            [&] {
                for (int row = people.rowCount() - 40; row < people.rowCount(); ++row)
                    people.index(row, 0).data();
            }),
        naivePeople);

    std::printf("\nMy relationship list (2,016 people) in the same file\n");
    RelationshipModel mine(*db);
    report("open and fill the first screen",
        medianMs(5,
            [&] {
                mine.setMemberId(me);
                touchFirstScreen(mine);
            }),
        naivePeople);
    report("sort by given",
        medianMs(5,
            [&] {
                mine.sort(RelationshipModel::Given, Qt::DescendingOrder);
                touchFirstScreen(mine);
            }),
        naivePeople);

    std::printf(
        "\nContributions log, all 200,000 (reading every row: %.2f ms)\n", naiveContributions);
    ContributionModel log(*db);
    log.setCalendar(circles.calendar(circles.defaultCircleId()));
    report("open and fill the first screen",
        medianMs(5,
            [&] {
                log.setMemberId(-1);
                touchFirstScreen(log);
            }),
        naiveContributions);
    report("sort by person",
        medianMs(5,
            [&] {
                log.sort(ContributionModel::Person);
                touchFirstScreen(log);
            }),
        naiveContributions);
    log.sort(ContributionModel::Date, Qt::DescendingOrder);
    report("filter by text \"feedback\"",
        medianMs(5,
            [&] {
                log.setTextFilter(u"feedback"_s);
                touchFirstScreen(log);
                log.setTextFilter(QString());
            })
            / 2,
        naiveContributions);
    log.setMemberId(me);
    report("my log (40,320): open and fill the first screen",
        medianMs(5,
            [&] {
                log.reload();
                touchFirstScreen(log);
            }),
        naiveContributions);
    report("my log: only week 3",
        medianMs(5,
            [&] {
                log.setWeekFilter(3);
                touchFirstScreen(log);
                log.setWeekFilter(0);
            })
            / 2,
        naiveContributions);
    return 0;
}
