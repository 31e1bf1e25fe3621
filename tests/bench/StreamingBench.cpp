// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_streaming [--scales 1,10,100] [--keep FOLDER] [--outloud BINARY]
//
// Exports, backups and imports as data grows: the large demo (`outloud demo --scale
// large`) and copies with every person and contribution duplicated to 10x (and 100x).
// Each operation runs as the real command line in a child process; its peak memory is
// the child's own (wait4's ru_maxrss), its time the wall clock. Prints one table with the
// growth factor of each operation against 1x: memory should stay within 1.5x, time grow
// at most linearly (10x data, at most about 10x time).
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
QString g_binary;

void say(const QString& line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

struct Run
{
    bool ok = false;
    double seconds = 0;
    long peakKiB = 0;
};

// The command in a child of its own, so that its peak memory is its own.
Run run(const QStringList& arguments)
{
    std::vector<QByteArray> bytes;
    bytes.push_back(QFile::encodeName(g_binary));
    for (const QString& a : arguments)
        bytes.push_back(a.toUtf8());
    std::vector<char*> argv;
    for (QByteArray& b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    Run r;
    if (posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return r;
    }
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return r;
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    r.peakKiB = usage.ru_maxrss;
    r.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return r;
}

// A copy of @p from with every person and contribution there @p factor times.
bool scaled(const QString& from, const QString& to, int factor)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return false;
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"scale"_s);
        db.setDatabaseName(to);
        ok = db.open();
        QSqlQuery q(db);
        const QString people = u"member_id, name, organization, role, relation, email, url, "
                               "channels, tags, notes, closeness, introduced_by, created_on, "
                               "keep_in_touch_weeks"_s;
        const QString contributions
            = u"person_id, happened_on, direction, kind_id, channel_id, brought, note"_s;
        ok = ok && q.exec(u"PRAGMA journal_mode = OFF"_s) && q.exec(u"PRAGMA synchronous = OFF"_s)
            && db.transaction();
        ok = ok && q.exec(u"SELECT max(id) FROM person"_s) && q.next();
        const qint64 people1 = q.value(0).toLongLong();
        ok = ok && q.exec(u"SELECT max(id) FROM contribution"_s) && q.next();
        const qint64 contributions1 = q.value(0).toLongLong();
        for (int i = 1; ok && i < factor; ++i) {
            ok = q.exec(
                     u"INSERT INTO person (%1) SELECT %1 FROM person WHERE id <= %2 ORDER BY id"_s
                         .arg(people)
                         .arg(people1))
                && q.exec(u"INSERT INTO contribution (%1) SELECT %1 FROM contribution WHERE id <= "
                          "%2 ORDER BY id"_s.arg(contributions)
                              .arg(contributions1));
        }
        ok = ok && db.commit();
        if (!ok)
            say(u"scaling failed: "_s + q.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"scale"_s);
    return ok;
}

struct Operation
{
    QString name;
    std::function<QStringList(const QString& db, const QString& dir)> arguments;
};
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QList<int> scales {1, 10};
    QString keep;
    g_binary = outloudBinary();
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--scales"_s) {
            scales.clear();
            for (const QString& s : args.at(i + 1).split(u','))
                scales.append(s.toInt());
        } else if (args.at(i) == u"--keep"_s) {
            keep = args.at(i + 1);
        } else if (args.at(i) == u"--outloud"_s) {
            g_binary = args.at(i + 1); // a copy, so that a rebuild cannot change a long run
        }
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    QDir().mkpath(dir);
    const QString base = dir + u"/x1.sqlite"_s;
    if (!QFileInfo::exists(base)) {
        const Run demo = run({u"demo"_s, u"--scale"_s, u"large"_s, u"--database"_s, base});
        if (!demo.ok) {
            say(u"outloud demo --scale large failed"_s);
            return 1;
        }
    }

    const QList<Operation> operations {
        {u"export-data --format json"_s,
            [](const QString& db, const QString& d) {
                return QStringList {u"export-data"_s, u"--format"_s, u"json"_s, u"--output"_s,
                    d + u"/all.json"_s, u"--database"_s, db};
            }},
        {u"export-data --format csv (contributions)"_s,
            [](const QString& db, const QString& d) {
                return QStringList {u"export-data"_s, u"--format"_s, u"csv"_s, u"--table"_s,
                    u"contributions"_s, u"--output"_s, d + u"/c.csv"_s, u"--database"_s, db};
            }},
        {u"export-data --format csv (people)"_s,
            [](const QString& db, const QString& d) {
                return QStringList {u"export-data"_s, u"--format"_s, u"csv"_s, u"--table"_s,
                    u"people"_s, u"--output"_s, d + u"/p.csv"_s, u"--database"_s, db};
            }},
        {u"backup"_s,
            [](const QString& db, const QString& d) {
                return QStringList {
                    u"backup"_s, u"--output"_s, d + u"/backup.sqlite"_s, u"--database"_s, db};
            }},
        {u"import (restore the JSON export)"_s,
            [](const QString&, const QString& d) {
                // Into a fresh file: what the export above wrote, restored whole.
                QFile::remove(d + u"/restored.sqlite"_s);
                QDir(d + u"/backups"_s).removeRecursively();
                return QStringList {u"import"_s, u"--format"_s, u"json"_s, d + u"/all.json"_s,
                    u"--database"_s, d + u"/restored.sqlite"_s};
            }},
    };

    // results[operation][scale index]
    QList<QList<Run>> results(operations.size());
    QList<qint64> sizes;
    for (const int scale : scales) {
        const QString db = dir + u"/x%1.sqlite"_s.arg(scale);
        if (scale != 1 && !QFileInfo::exists(db)) {
            QElapsedTimer t;
            t.start();
            if (!scaled(base, db, scale))
                return 1;
            say(u"made %1x in %2 s"_s.arg(scale).arg(double(t.elapsed()) / 1000, 0, 'f', 1));
        }
        sizes.append(QFileInfo(db).size());
        for (qsizetype o = 0; o < operations.size(); ++o) {
            const Run r = run(operations.at(o).arguments(db, dir));
            results[o].append(r);
            say(u"%1x  %2: %3 s, %4 MB%5"_s.arg(scale)
                    .arg(operations.at(o).name)
                    .arg(r.seconds, 0, 'f', 2)
                    .arg(double(r.peakKiB) / 1024, 0, 'f', 1)
                    .arg(r.ok ? QString() : u"  FAILED"_s));
        }
        if (scale != 1 && keep.isEmpty())
            QFile::remove(db);
    }

    say(QString());
    QString header = u"| operation |"_s;
    QString rule = u"|---|"_s;
    for (const int scale : scales) {
        header += u" %1x time | %1x peak |"_s.arg(scale);
        rule += u"---|---|"_s;
    }
    for (qsizetype s = 1; s < scales.size(); ++s) {
        header += u" time %1x/1x | peak %1x/1x |"_s.arg(scales.at(s));
        rule += u"---|---|"_s;
    }
    say(u"Database sizes: "_s + [&] {
        QStringList l;
        for (qsizetype s = 0; s < scales.size(); ++s)
            l << u"%1x %2 MB"_s.arg(scales.at(s)).arg(double(sizes.at(s)) / 1e6, 0, 'f', 0);
        return l.join(u", "_s);
    }());
    say(header);
    say(rule);
    for (qsizetype o = 0; o < operations.size(); ++o) {
        const QList<Run>& r = results.at(o);
        QString line = u"| "_s + operations.at(o).name + u" |"_s;
        for (const Run& x : r)
            line += x.ok ? u" %1 s | %2 MB |"_s.arg(x.seconds, 0, 'f', 2)
                               .arg(double(x.peakKiB) / 1024, 0, 'f', 0)
                         : u" failed | %1 MB |"_s.arg(double(x.peakKiB) / 1024, 0, 'f', 0);
        for (qsizetype s = 1; s < r.size(); ++s) {
            line += u" %1x | %2x |"_s
                        .arg(r.at(s).seconds / std::max(r.at(0).seconds, 1e-6), 0, 'f', 1)
                        .arg(double(r.at(s).peakKiB) / std::max(r.at(0).peakKiB, 1L), 0, 'f', 2);
        }
        say(line);
    }
    return 0;
}
