// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// outloud demo --database PATH [--scale small|large] [--seed N]
#include "CommandLine.h"
#include "Commands.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/FileModes.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <csignal>

using namespace Qt::StringLiterals;

namespace outloud::cli {

namespace {
// Temporary files of demos that were killed: their process is gone.
void removeAbandonedDemos(const QString& stem)
{
    const QFileInfo info(stem);
    // The demo's own scratch (.NAME.demo-PID, -wal...) and, when it was killed while the
    // database was still being created, Database::createNew's under it
    // (..NAME.demo-PID.creating-PID).
    for (const QString& prefix : {info.fileName(), u"."_s + info.fileName()}) {
        const QFileInfoList files
            = QDir(info.absolutePath())
                  .entryInfoList({prefix + u"*"_s}, QDir::Files | QDir::Hidden);
        for (const QFileInfo& f : files) {
            const QString rest = f.fileName().mid(prefix.size());
            qsizetype digits = 0;
            while (digits < rest.size() && rest.at(digits).isDigit())
                ++digits;
            bool ok = false;
            const qint64 pid = rest.left(digits).toLongLong(&ok);
            if (ok && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
                QFile::remove(f.absoluteFilePath());
        }
    }
}
} // namespace

int runDemo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a realistic, reproducible demo database."));
    QCommandLineOption database(u"database"_s, tr("The new database file (required)."), tr("path"));
    QCommandLineOption scale(u"scale"_s,
        tr("small: one circle of five in week 7; large: 100 circles, "
           "10,000 people, 200,000 contributions."),
        u"small|large"_s, u"small"_s);
    QCommandLineOption seed(
        u"seed"_s, tr("Random seed; the same seed gives the same demo."), u"N"_s, u"1"_s);
    QCommandLineOption today(
        u"today"_s, tr("Pretend today is this date (YYYY-MM-DD)."), tr("date"));
    parser.addOptions({database, scale, seed, today});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;

    const QString path = parser.value(database);
    if (path.isEmpty()) {
        err(tr("outloud demo: --database PATH is required."));
        return 2;
    }
    const bool server = Database::isServerLocation(path);
    if (!server && QFileInfo::exists(path)) {
        err(tr("outloud demo: %1 already exists; the demo never overwrites a file.")
                .arg(QDir::toNativeSeparators(path)));
        return 1;
    }
    const QString scaleName = parser.value(scale);
    if (scaleName != u"small"_s && scaleName != u"large"_s) {
        err(tr("outloud demo: --scale is small or large, not '%1'.").arg(scaleName));
        return 2;
    }
    bool ok = false;
    const quint32 seedValue = parser.value(seed).toUInt(&ok);
    if (!ok) {
        err(tr("outloud demo: --seed takes a whole number."));
        return 2;
    }
    QDate day = QDate::currentDate();
    if (parser.isSet(today)) {
        day = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!day.isValid()) {
            err(tr("outloud demo: --today takes a date as YYYY-MM-DD."));
            return 2;
        }
    }

    QElapsedTimer timer;
    timer.start();
    QString error;
    DemoGenerator::Counts counts;
    // A file is built under a temporary name and renamed at the end: a demo that is killed
    // leaves no half-made file under the user's name, and the next run removes what it left.
    // On a server the demo is one transaction, which a failure rolls back.
    const QFileInfo target(path);
    const QString stem = target.absolutePath() + u"/."_s + target.fileName() + u".demo-"_s;
    const QString scratch
        = server ? path : stem + QString::number(QCoreApplication::applicationPid());
    const auto removeScratch = [&scratch, server] {
        if (server)
            return;
        for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(scratch + suffix);
    };
    if (!server)
        removeAbandonedDemos(stem);
    removeScratch();
    {
        std::unique_ptr<Database> db = Database::open(scratch, &error);
        if (db) {
            DemoGenerator demo(*db,
                scaleName == u"large"_s ? DemoGenerator::Scale::Large : DemoGenerator::Scale::Small,
                seedValue, day);
            if (demo.generate(&error))
                counts = demo.counts();
        }
    }
    if (error.isEmpty() && !server)
        renameNoReplace(scratch, target.absoluteFilePath(), &error);
    removeScratch();
    if (!error.isEmpty()) {
        err(u"outloud demo: "_s + error);
        return 1;
    }
    // Each count its own plural ("1 circle", "100 circles").
    out(tr("Wrote %1: %2, %3, %4, %5 (%L6 s).")
            .arg(QDir::toNativeSeparators(path), tr("%Ln circle(s)", nullptr, counts.circles),
                tr("%Ln member(s)", nullptr, counts.members),
                tr("%Ln people", nullptr, counts.people),
                tr("%Ln contribution(s)", nullptr, counts.contributions))
            .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}

} // namespace outloud::cli
