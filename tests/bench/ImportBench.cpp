// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How long a large import takes, step by step: reading 100,000 CSV rows, planning them
// against a list of 10,000 people (in-memory index) beside planning with one
// PeopleService::findDuplicate query pair per row (the naive way), applying, reverting.
//
//   bench_import [ROWS]   (default 100000)
#include "circle/CircleService.h"
#include "io/ContactFile.h"
#include "io/ImportService.h"
#include "people/PeopleService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace outloud;
using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::max(1000, QByteArray(argv[1]).toInt()) : 100'000;
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Database> db = Database::open(dir.filePath(u"bench.sqlite"_s), &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    CircleService circles(*db);
    Circle c;
    c.name = u"Bench"_s;
    c.startDate = QDate(2026, 1, 5);
    const qint64 circleId = circles.createCircle(c, {u"Me"_s, u"Other"_s}, 0, 0, &error);
    const qint64 me = circles.meId(circleId);
    {
        // 10,000 people already on the list; every tenth row of the file matches one.
        Transaction tx(*db);
        PeopleService people(*db);
        for (int i = 0; i < 10'000; ++i) {
            Person p;
            p.memberId = me;
            p.name = u"Listed %1"_s.arg(i);
            p.email = u"p%1@example.org"_s.arg(i * 10);
            people.add(p, &error);
        }
        tx.commit(&error);
    }
    QByteArray csv = "Name,Email,Company,Notes\n";
    for (int i = 0; i < rows; ++i)
        csv += "Person " + QByteArray::number(i) + ",p" + QByteArray::number(i)
            + "@example.org,Org " + QByteArray::number(i % 500) + ",\"a note, with a comma\"\n";

    QElapsedTimer t;
    t.start();
    const io::ReadResult read = io::readContacts(csv, io::ImportFormat::Csv);
    const double readMs = double(t.nsecsElapsed()) / 1e6;
    io::ImportService service(*db);
    t.restart();
    const io::ImportPlan plan = service.plan(me, read.records);
    const double planMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    PeopleService people(*db);
    int naiveMatches = 0;
    // The naive way is slow: time a sample and compare per row.
    const qsizetype sample = std::min<qsizetype>(read.records.size(), 5000);
    for (const io::ImportRecord& r : read.records.mid(0, sample)) {
        Person p = r.person;
        p.memberId = me;
        naiveMatches += people.findDuplicate(p) > 0;
    }
    const double naiveMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    io::ImportOutcome outcome;
    if (!service.apply(plan, &outcome, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double applyMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    service.revert(outcome, &error);
    const double revertMs = double(t.nsecsElapsed()) / 1e6;

    std::printf("rows %d (%.1f MB), list of 10000; added %d, merged %d, skipped %d (naive sample "
                "matches %d)\n",
        rows, double(csv.size()) / 1e6, outcome.added, outcome.merged, outcome.skipped,
        naiveMatches);
    std::printf("read        %8.0f ms  %6.2f us/row\n", readMs, readMs * 1000 / rows);
    std::printf("plan        %8.0f ms  %6.2f us/row\n", planMs, planMs * 1000 / rows);
    std::printf(
        "plan, naive %8.0f ms  %6.2f us/row on %lld rows (%.1fx the indexed plan per row)\n",
        naiveMs, naiveMs * 1000 / double(sample), qint64(sample),
        (naiveMs / double(sample)) / (planMs / rows));
    std::printf("apply       %8.0f ms  %6.2f us/row\n", applyMs, applyMs * 1000 / rows);
    std::printf("revert      %8.0f ms  %6.2f us/row\n", revertMs, revertMs * 1000 / rows);
    return 0;
}
