// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_analytics [--database FILE] [--repeat N]
//
// Computes the dashboard's numbers on the large demo and runs the very same aggregate
// statements (recorded while computing, values inlined) with the sqlite3 command-line tool
// on the same file, timed around the process. Prints medians and the ratio; target <= 1.5.
// Without --database it writes the large demo into a temporary folder first.
// Build it with the release preset for figures worth quoting (the dev build is -O0):
//   cmake --preset release && cmake --build build/release --target bench_analytics
#include "analytics/Analytics.h"
#include "analytics/AnalyticsQuery.h"
#include "circle/CircleService.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

using namespace outloud;
using namespace Qt::StringLiterals;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

QString literal(const QVariant& v)
{
    if (v.isNull())
        return u"NULL"_s;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return v.toString();
    default:
        return u"'"_s + v.toString().replace(u"'"_s, u"''"_s) + u"'"_s;
    }
}

QString inlineValues(const QString& sql, const QVariantList& values)
{
    QString result;
    qsizetype next = 0;
    for (QChar c : sql) {
        if (c == u'?' && next < values.size())
            result += literal(values.at(next++));
        else
            result += c;
    }
    return result + u";\n"_s;
}

/// The CircleService reads the analytics make (circle, schedule, goal, member), inlined.
QString serviceStatements(qint64 circleId, qint64 memberId)
{
    const QString c = QString::number(circleId);
    const QString m = QString::number(memberId);
    return u"SELECT * FROM circle WHERE id = "_s + c + u";\n"_s
        + u"SELECT week, scheduled_at FROM meeting WHERE circle_id = "_s + c
        + u" ORDER BY week;\n"_s
        + u"SELECT id, member_id, revised_at, accomplish, why, progress, weekly_target FROM goal_revision WHERE member_id = "_s
        + m + u" ORDER BY revised_at DESC, id DESC LIMIT 1;\n"_s
        + u"SELECT id, circle_id, name, is_me, position FROM member WHERE id = "_s + m + u";\n"_s;
}

/// Runs sqlite3 on @p db with @p script as its input; milliseconds around the process.
double runCli(const QString& sqlite3, const QString& db, const QString& script)
{
    QProcess p;
    p.setStandardInputFile(script);
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    p.start(sqlite3, {db});
    p.waitForFinished(-1);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", p.readAllStandardError().constData());
        std::exit(1);
    }
    return ms;
}

struct Figures
{
    double ours = 0;
    double cli = 0;
    double cliStartup = 0;
};

template <typename Compute>
Figures measure(const QString& sqlite3, const QString& path, const QString& script,
    const QString& empty, int repeat, Compute compute)
{
    Figures f;
    QList<double> ours, cli, startup;
    compute(); // warm the page cache and the statement paths once, for both sides
    runCli(sqlite3, path, script);
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        compute();
        ours.append(double(timer.nsecsElapsed()) / 1e6);
        cli.append(runCli(sqlite3, path, script));
        startup.append(runCli(sqlite3, path, empty));
    }
    f.ours = median(ours);
    f.cli = median(cli);
    f.cliStartup = median(startup);
    return f;
}

void print(const char* what, const Figures& f)
{
    out() << what << u":\n"_s;
    out() << u"  Outloud analytics (in process, file open):  %1 ms\n"_s.arg(f.ours, 0, 'f', 2);
    out() << u"  sqlite3 CLI, same queries (whole process): %1 ms\n"_s.arg(f.cli, 0, 'f', 2);
    out() << u"  sqlite3 CLI, empty script (start + open):  %1 ms\n"_s.arg(f.cliStartup, 0, 'f', 2);
    out() << u"  ratio ours / CLI:                          %1  (target <= 1.5)\n"_s.arg(
        f.ours / f.cli, 0, 'f', 2);
    const double queriesOnly = f.cli - f.cliStartup;
    if (queriesOnly > 0.05)
        out() << u"  ratio ours / (CLI - startup):              %1  (stricter: queries only)\n"_s
                     .arg(f.ours / queriesOnly, 0, 'f', 2);
    out().flush();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption database(
        u"database"_s, u"The large demo file (made when not given)."_s, u"path"_s);
    QCommandLineOption repeat(
        u"repeat"_s, u"Repetitions; the median is printed."_s, u"N"_s, u"15"_s);
    QCommandLineOption today(
        u"today"_s, u"The day the demo was made for."_s, u"date"_s, u"2026-03-02"_s);
    parser.addOptions({database, repeat, today});
    parser.addHelpOption();
    parser.process(app);

    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (sqlite3.isEmpty()) {
        std::fprintf(stderr, "bench_analytics: the sqlite3 command-line tool is not installed.\n");
        return 1;
    }
    const QDate day = QDate::fromString(parser.value(today), Qt::ISODate);
    const int n = std::max(3, parser.value(repeat).toInt());
    QTemporaryDir tmp;
    QString path = parser.value(database);
    QString error;
    if (path.isEmpty()) {
        path = tmp.filePath(u"large.sqlite"_s);
        std::unique_ptr<Database> db = Database::open(path, &error);
        DemoGenerator demo(*db, DemoGenerator::Scale::Large, 1, day);
        out() << u"Writing the large demo to %1 ...\n"_s.arg(path);
        out().flush();
        if (!db || !demo.generate(&error)) {
            std::fprintf(stderr, "bench_analytics: %s\n", qPrintable(error));
            return 1;
        }
    }
    std::unique_ptr<Database> db = Database::open(path, &error, Database::OpenMode::MustExist);
    if (!db) {
        std::fprintf(stderr, "bench_analytics: %s\n", qPrintable(error));
        return 1;
    }
    CircleService circles(*db);
    const qint64 circleId = circles.defaultCircleId();
    const qint64 me = circles.meId(circleId);
    const QList<Circle> allCircles = circles.circles();

    // Record the statements once per scenario, values inlined, for the CLI.
    QString oneScript, allScript, statements;
    analytics::detail::setQueryRecorder(
        [&statements](const QString& sql, const QVariantList& values) {
            statements += inlineValues(sql, values);
        });
    analytics::analyzeMember(*db, circleId, me, day);
    oneScript = serviceStatements(circleId, me) + statements;
    statements.clear();
    int members = 0;
    for (const Circle& c : allCircles) {
        for (const Member& m : circles.members(c.id)) {
            allScript += serviceStatements(c.id, m.id);
            ++members;
        }
    }
    for (const Circle& c : allCircles)
        analytics::analyzeCircle(*db, c.id, day);
    allScript += statements;
    analytics::detail::setQueryRecorder(nullptr);

    const auto write = [&tmp](const QString& name, const QString& text) {
        const QString file = tmp.filePath(name);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::exit(1);
        f.write(text.toUtf8());
        return file;
    };
    const QString oneFile = write(u"dashboard.sql"_s, oneScript);
    const QString allFile = write(u"program.sql"_s, allScript);
    const QString emptyFile = write(u"empty.sql"_s, u"SELECT 1;\n"_s);

    out() << u"bench_analytics on %1 (today %2), %3 repetitions, medians\n"_s
                 .arg(path, day.toString(Qt::ISODate))
                 .arg(n);
    out() << u"Statements: %1 for one dashboard; %2 for all %3 members of %4 circles\n\n"_s
                 .arg(oneScript.count(u";\n"_s))
                 .arg(allScript.count(u";\n"_s))
                 .arg(members)
                 .arg(allCircles.size());
    print("The dashboard (me in the default circle)",
        measure(sqlite3, path, oneFile, emptyFile, n,
            [&] { analytics::analyzeMember(*db, circleId, me, day); }));
    print("Every member of every circle",
        measure(sqlite3, path, allFile, emptyFile, std::max(3, n / 3), [&] {
            for (const Circle& c : allCircles)
                analytics::analyzeCircle(*db, c.id, day);
        }));
    return 0;
}
