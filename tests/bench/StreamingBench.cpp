// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_streaming [--scales 1,10,100] [--keep FOLDER] [--outloud BINARY] [--only TEXT]
//
// Exports, backups, imports and the other commands as data grows: the large demo (`outloud
// demo --scale large`: 10,000 people, 200,000 contributions) and copies with every person,
// their closeness history and their contributions there 10 (and 100) times, each copy on
// the same member's list. The contact imports read a LinkedIn export and a vCard file of
// 2,000 people at 1x, 20,000 at 10x and 200,000 at 100x (the most a file may hold,
// MaxImportRecords) into a fresh copy of the 1x file; the import dialog's rows run
// bench_import_dialog on the LinkedIn file (the real dialog offscreen: preview, then Import,
// and beside it the dialog's former path: the file read whole and planned in memory).
// Each operation runs as the real command line in a child process: its peak memory is the
// child's own (wait4's ru_maxrss), its time the wall clock, its CPU time the child's user
// and system time (which the others on a shared machine disturb less). Prints one table
// with the growth factor of each operation against 1x: memory should stay within 1.5x, time
// grow at most linearly (10x data, at most about 10x time). The copies are removed after
// their scale unless --keep names a folder to keep them in (and reuse them next time).
// 1x and 10x take about 8 minutes. 100x needs about 15 GB of disk and, on a shared 2-core
// machine under load (3 December 2026), 16 minutes for the copy, then per command about
// 10 minutes of wall time (the JSON export: CPU 164 s) and the restore the longest (CPU 6 s
// at 1x, 52 s at 10x): plan on two hours, or keep the copies (--keep) for a quiet machine.
// --only TEXT runs the operations whose name contains TEXT (case-insensitive; repeat it for
// more); the scaled copies are made only when one of them reads the scaled database (the
// contact imports write into a copy of the 1x file), so `--only import --scales 1,10,100`
// takes minutes. --outloud /work/.../base/outloud measures another build's commands.
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Tallies.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

using namespace outloud;
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
    double cpuSeconds = 0;
    long peakKiB = 0;
};

double seconds(const timeval& t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

// @p program in a child of its own, so that its peak memory is its own. @p lastGoodCode:
// the highest exit code that is not a failure (`remind` exits 1 for "target not met yet").
// The child's ru_maxrss is at least this process's own peak (it starts as a copy of this
// process: Linux keeps the larger high-water mark through exec), so this process stays
// small: the copies are made by a child too (--make-copy).
Run run(const QString& program, const QStringList& arguments, int lastGoodCode = 0)
{
    std::vector<QByteArray> bytes;
    bytes.push_back(QFile::encodeName(program));
    for (const QString& a : arguments)
        bytes.push_back(a.toUtf8());
    std::vector<char*> argv;
    for (QByteArray& b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (program != QCoreApplication::applicationFilePath()) { // the commands' own messages
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    }
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
    r.cpuSeconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    r.peakKiB = usage.ru_maxrss;
    r.ok = WIFEXITED(status) && WEXITSTATUS(status) <= lastGoodCode;
    return r;
}

Run run(const QStringList& arguments, int lastGoodCode = 0)
{
    return run(g_binary, arguments, lastGoodCode);
}

// A copy of @p from with every person (with their closeness history) and every contribution
// there @p factor times; copy i of a person has id + i * (the largest id), and so do their
// contributions' people. As bench_instant's deep copy: no journal, one transaction, the
// indexes dropped while the rows go in and the tallies counted once at the end (minutes at
// 100x instead of an hour with every trigger and index kept up row by row).
bool scaled(const QString& from, const QString& to, int factor)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return false;
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString error;
    auto db = Database::open(to, &error, Database::OpenMode::MustExist);
    if (!db) {
        say(u"scaling failed: "_s + error);
        return false;
    }
    QSqlQuery q(db->connection());
    const auto exec = [&q, &error](const QString& sql) {
        if (q.exec(sql))
            return true;
        error = sql.left(80) + u": "_s + q.lastError().text();
        return false;
    };
    const auto largest = [&q](const QString& table) {
        qint64 id = 0;
        if (q.exec(u"SELECT max(id) FROM %1"_s.arg(table)) && q.next())
            id = q.value(0).toLongLong();
        q.finish();
        return id;
    };
    bool ok = exec(u"PRAGMA journal_mode = OFF"_s) && exec(u"PRAGMA synchronous = OFF"_s)
        && exec(u"PRAGMA cache_size = -262144"_s) && exec(u"BEGIN"_s);
    QStringList names, indexes;
    if (ok
        && q.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN "
                  "('person', 'contribution', 'closeness_change') AND sql IS NOT NULL"_s)) {
        while (q.next()) {
            names << q.value(0).toString();
            indexes << q.value(1).toString();
        }
        q.finish();
    }
    const qint64 people = largest(u"person"_s);
    const qint64 contributions = largest(u"contribution"_s);
    const qint64 changes = largest(u"closeness_change"_s);
    {
        tally::BulkLoad bulk(*db, q);
        ok = ok && bulk.begin(&error);
        for (const QString& name : std::as_const(names))
            ok = ok && exec(u"DROP INDEX \"%1\""_s.arg(name));
        for (qint64 i = 1; ok && i < factor; ++i) {
            const QString p = QString::number(i * people);
            ok = exec(u"INSERT INTO person (id, member_id, name, organization, role, relation, "
                      "email, url, channels, tags, notes, closeness, introduced_by, created_on, "
                      "keep_in_touch_weeks) SELECT id + %1, member_id, name, organization, role, "
                      "relation, email, url, channels, tags, notes, closeness, introduced_by + "
                      "%1, created_on, keep_in_touch_weeks FROM person WHERE id <= %2 ORDER BY "
                      "id"_s.arg(p)
                          .arg(people))
                && exec(u"INSERT INTO closeness_change (id, person_id, changed_on, closeness) "
                        "SELECT id + %1, person_id + %2, changed_on, closeness FROM "
                        "closeness_change WHERE id <= %3 ORDER BY id"_s.arg(i * changes)
                            .arg(p)
                            .arg(changes))
                && exec(u"INSERT INTO contribution (id, person_id, happened_on, direction, "
                        "kind_id, channel_id, brought, note) SELECT id + %1, person_id + %2, "
                        "happened_on, direction, kind_id, channel_id, brought, note FROM "
                        "contribution WHERE id <= %3 ORDER BY id"_s.arg(i * contributions)
                            .arg(p)
                            .arg(contributions));
        }
        for (const QString& sql : std::as_const(indexes))
            ok = ok && exec(sql);
        ok = ok && bulk.finish(&error);
    }
    ok = ok && exec(u"COMMIT"_s) && exec(u"PRAGMA journal_mode = WAL"_s);
    if (!ok)
        say(u"scaling failed: "_s + error);
    return ok;
}

// The contact files of one scale: LinkedIn's Connections.csv and a vCard file.
bool writeContacts(const QString& dir, int count)
{
    QFile linkedIn(dir + u"/Connections.csv"_s);
    QFile vcard(dir + u"/contacts.vcf"_s);
    if (!linkedIn.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !vcard.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    linkedIn.write("Notes:\n\"Exported connections may lack e-mail addresses.\"\n\n"
                   "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray org = "Org " + QByteArray::number(i % 997);
        linkedIn.write("Jürgen" + n + ",Müller,https://www.linkedin.com/in/person-" + n + ",p" + n
            + "@example.org,\"" + org + ", Ltd\",\"Director, People\",14 Mar 2021\n");
        vcard.write("BEGIN:VCARD\nVERSION:3.0\nN:Lindqvist" + n + ";Sara;;;\nFN:Sara Lindqvist" + n
            + "\nORG:" + org + ";Digital Workplace\nTITLE:Coach\nEMAIL;TYPE=INTERNET,WORK:s" + n
            + "@example.se\nURL:https://example.se/sara" + n
            + "\nNOTE:Met at the WOL conference. Runs circles in Gothenburg and wrote a long\n  "
              "post about building habits in week 7.\nEND:VCARD\n");
    }
    return linkedIn.flush() && vcard.flush();
}

struct Operation
{
    QString name;
    std::function<QStringList(const QString& db, const QString& dir)> arguments;
    int lastGoodCode = 0;
    bool readsScaledCopy = true; ///< false: the contact imports, into a copy of the 1x file
    QString program = {}; ///< Empty: outloud.
};

QString dialogBench()
{
    return QCoreApplication::applicationDirPath() + u"/bench_import_dialog"_s;
}

// A fresh copy of the 1x file to import contacts into.
QString freshTarget(const QString& dir)
{
    const QString target = dir + u"/contacts-target.sqlite"_s;
    for (const QString& sidecar : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(target + sidecar);
    QFile::copy(dir + u"/x1.sqlite"_s, target);
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().value(1) == u"--make-copy"_s) // FROM TO FACTOR, in a child process
        return scaled(app.arguments().value(2), app.arguments().value(3),
                   app.arguments().value(4).toInt())
            ? 0
            : 1;
    QList<int> scales {1, 10};
    QString keep;
    QStringList only;
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
        } else if (args.at(i) == u"--only"_s) {
            only.append(args.at(i + 1));
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
    QElapsedTimer total;
    total.start();

    const auto exportTo = [](const QString& format, const QString& table, const QString& file) {
        return [=](const QString& db, const QString& d) {
            QStringList a {u"export-data"_s, u"--format"_s, format};
            if (!table.isEmpty())
                a << u"--table"_s << table;
            return a << u"--output"_s << d + u'/' + file << u"--database"_s << db;
        };
    };
    const QList<Operation> allOperations {
        {u"export-data --format json"_s, exportTo(u"json"_s, {}, u"all.json"_s)},
        {u"export-data --format csv (contributions)"_s,
            exportTo(u"csv"_s, u"contributions"_s, u"c.csv"_s)},
        {u"export-data --format csv (people)"_s, exportTo(u"csv"_s, u"people"_s, u"p.csv"_s)},
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
        {u"import --format linkedin (2,000 people at 1x)"_s,
            [](const QString&, const QString& d) {
                return QStringList {u"import"_s, u"--format"_s, u"linkedin"_s,
                    d + u"/Connections.csv"_s, u"--database"_s, freshTarget(d)};
            },
            0, false},
        {u"import --format vcard (2,000 people at 1x)"_s,
            [](const QString&, const QString& d) {
                return QStringList {u"import"_s, u"--format"_s, u"vcard"_s, d + u"/contacts.vcf"_s,
                    u"--database"_s, freshTarget(d)};
            },
            0, false},
        // The import dialog (its preview, then Import), driven offscreen by
        // bench_import_dialog; "read whole" is what the dialog did before it streamed.
        {u"import dialog, LinkedIn (preview, then import)"_s,
            [](const QString&, const QString& d) {
                return QStringList {d + u"/Connections.csv"_s, freshTarget(d)};
            },
            0, false, dialogBench()},
        {u"import dialog, LinkedIn, read whole and planned in memory (before)"_s,
            [](const QString&, const QString& d) {
                return QStringList {u"--whole"_s, d + u"/Connections.csv"_s, freshTarget(d)};
            },
            0, false, dialogBench()},
        {u"export (weekly PDF of a member)"_s,
            [](const QString& db, const QString& d) {
                return QStringList {u"export"_s, u"--week"_s, u"1"_s, u"--output"_s,
                    d + u"/week.pdf"_s, u"--database"_s, db};
            }},
        {u"export --circle-summary (weekly PDF)"_s,
            [](const QString& db, const QString& d) {
                return QStringList {u"export"_s, u"--week"_s, u"1"_s, u"--circle-summary"_s,
                    u"--output"_s, d + u"/circle.pdf"_s, u"--database"_s, db};
            }},
        {u"remind"_s,
            [](const QString& db, const QString&) {
                return QStringList {u"remind"_s, u"--database"_s, db};
            },
            1},
        {u"calendar"_s,
            [](const QString& db, const QString& d) {
                return QStringList {
                    u"calendar"_s, u"--output"_s, d + u"/meetings.ics"_s, u"--database"_s, db};
            }},
    };

    QList<Operation> operations;
    bool needsCopies = false;
    for (const Operation& op : allOperations) {
        const bool chosen = only.isEmpty()
            || std::any_of(only.cbegin(), only.cend(),
                [&](const QString& o) { return op.name.contains(o, Qt::CaseInsensitive); });
        if (chosen) {
            operations.append(op);
            needsCopies = needsCopies || op.readsScaledCopy;
        }
    }
    if (operations.isEmpty()) {
        say(u"--only matches no operation"_s);
        return 2;
    }

    // results[operation][scale index]
    QList<QList<Run>> results(operations.size());
    QList<qint64> sizes;
    for (const int scale : scales) {
        const QString db = dir + u"/x%1.sqlite"_s.arg(scale);
        if (scale != 1 && needsCopies && !QFileInfo::exists(db)) {
            QElapsedTimer t;
            t.start();
            if (!run(QCoreApplication::applicationFilePath(),
                    {u"--make-copy"_s, base, db, QString::number(scale)})
                     .ok) {
                say(u"could not make the %1x copy"_s.arg(scale));
                return 1;
            }
            say(u"made %1x in %2 s"_s.arg(scale).arg(double(t.elapsed()) / 1000, 0, 'f', 1));
        }
        if (!writeContacts(dir, 2000 * scale)) {
            say(u"cannot write the contact files"_s);
            return 1;
        }
        sizes.append(QFileInfo(needsCopies ? db : base).size());
        for (qsizetype o = 0; o < operations.size(); ++o) {
            const Operation& op = operations.at(o);
            const Run r = run(op.program.isEmpty() ? g_binary : op.program, op.arguments(db, dir),
                op.lastGoodCode);
            results[o].append(r);
            say(u"%1x  %2: %3 s (CPU %4 s), %5 MB%6"_s.arg(scale)
                    .arg(op.name)
                    .arg(r.seconds, 0, 'f', 2)
                    .arg(r.cpuSeconds, 0, 'f', 2)
                    .arg(double(r.peakKiB) / 1024, 0, 'f', 1)
                    .arg(r.ok ? QString() : u"  FAILED"_s));
        }
        // What this scale wrote goes before the next one: at 100x it is about 15 GB.
        for (const QString& f : {u"all.json"_s, u"c.csv"_s, u"p.csv"_s, u"backup.sqlite"_s,
                 u"restored.sqlite"_s, u"contacts-target.sqlite"_s, u"week.pdf"_s, u"circle.pdf"_s})
            QFile::remove(dir + u'/' + f);
        QDir(dir + u"/backups"_s).removeRecursively();
        if (scale != 1 && keep.isEmpty())
            QFile::remove(db);
    }

    say(QString());
    say(u"Database sizes: "_s + [&] {
        QStringList l;
        for (qsizetype s = 0; s < scales.size(); ++s)
            l << u"%1x %2 MB"_s.arg(scales.at(s)).arg(double(sizes.at(s)) / 1e6, 0, 'f', 0);
        return l.join(u", "_s);
    }());
    say(u"Wall time, CPU time (user + system) and peak memory of each command; the growth "
        "against 1x (targets: peak within 1.5x, time at most the data's growth)."_s);
    QString header = u"| operation |"_s;
    QString rule = u"|---|"_s;
    for (const int scale : scales) {
        header += u" %1x time | %1x CPU | %1x peak |"_s.arg(scale);
        rule += u"---|---|---|"_s;
    }
    for (qsizetype s = 1; s < scales.size(); ++s) {
        header += u" time %1x/1x | CPU %1x/1x | peak %1x/1x |"_s.arg(scales.at(s));
        rule += u"---|---|---|"_s;
    }
    say(header);
    say(rule);
    for (qsizetype o = 0; o < operations.size(); ++o) {
        const QList<Run>& r = results.at(o);
        QString line = u"| "_s + operations.at(o).name + u" |"_s;
        for (const Run& x : r)
            line += u" %1 s | %2 s | %3 MB |"_s
                        .arg(x.ok ? QString::number(x.seconds, 'f', 2) : u"failed"_s)
                        .arg(x.cpuSeconds, 0, 'f', 2)
                        .arg(double(x.peakKiB) / 1024, 0, 'f', 0);
        for (qsizetype s = 1; s < r.size(); ++s) {
            line += u" %1x | %2x | %3x |"_s
                        .arg(r.at(s).seconds / std::max(r.at(0).seconds, 1e-6), 0, 'f', 1)
                        .arg(r.at(s).cpuSeconds / std::max(r.at(0).cpuSeconds, 1e-6), 0, 'f', 1)
                        .arg(double(r.at(s).peakKiB) / std::max(r.at(0).peakKiB, 1L), 0, 'f', 2);
        }
        say(line);
    }
    say(u"bench_streaming took %1 s"_s.arg(double(total.elapsed()) / 1000, 0, 'f', 0));
    return 0;
}
