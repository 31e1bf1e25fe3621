// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_report [LARGE_DEMO.sqlite] [--runs N] [--week N]
//
// A week's summary from the large demo, from the command line, against what people do
// today: the same week's data as a spreadsheet, turned into PDF by
// `libreoffice --headless --convert-to pdf`. Prints both timings and the ratio.
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "report/SummaryBuilder.h"
#include "report/SummaryPdf.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
void say(const QString& line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

// The week as people keep it in a spreadsheet: a few figures, then the log.
bool writeSpreadsheet(const MemberWeekSummary& s, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    QStringList lines;
    lines << u"Circle,%1"_s.arg(csvField(s.circleName)) << u"Week,%1"_s.arg(s.week)
          << u"Member,%1"_s.arg(csvField(s.memberName))
          << u"Goal,%1"_s.arg(csvField(s.goal ? s.goal->accomplish : QString()))
          << u"Given,%1"_s.arg(s.numbers.given) << u"Received,%1"_s.arg(s.numbers.received)
          << u"Balance,%1"_s.arg(s.numbers.balance) << u"Streak,%1"_s.arg(s.numbers.streak)
          << QString() << u"Date,Direction,Person,Kind,Channel,Brought,Note"_s;
    for (const SummaryContribution& c : s.contributions) {
        lines << QStringList {c.date.toString(Qt::ISODate), directionName(c.direction),
            csvField(c.person), csvField(c.kind), csvField(c.channel), broughtName(c.brought),
            csvField(c.note)}
                     .join(u',');
    }
    return f.write((lines.join(u'\n') + u'\n').toUtf8()) > 0;
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 7;
    int week = 6;
    QString database;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--runs"_s && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == u"--week"_s && i + 1 < args.size())
            week = args.at(++i).toInt();
        else
            database = args.at(i);
    }
    QTemporaryDir dir;
    if (database.isEmpty()) {
        database = dir.filePath(u"large.sqlite"_s);
        say(u"Making the large demo (outloud demo --scale large) ..."_s);
        const auto r = runProcess(outloudBinary(),
            {u"demo"_s, u"--scale"_s, u"large"_s, u"--database"_s, database, u"--today"_s,
                u"2026-03-04"_s},
            600000);
        if (r.exitCode != 0) {
            say(r.err);
            return 1;
        }
    }

    // The same week's data, for the spreadsheet and for the numbers printed below.
    QString error;
    std::unique_ptr<Database> db = Database::open(database, &error, Database::OpenMode::MustExist);
    if (!db) {
        say(error);
        return 1;
    }
    CircleService circles(*db);
    const qint64 me = circles.meId(circles.defaultCircleId());
    QElapsedTimer timer;
    timer.start();
    const std::optional<MemberWeekSummary> summary
        = SummaryBuilder(*db).memberWeek(me, week, &error);
    const double gatherMs = double(timer.nsecsElapsed()) / 1e6;
    if (!summary) {
        say(error);
        return 1;
    }
    QList<double> inProcess;
    int pages = 0;
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        summarypdf::writeMember(
            *summary, dir.filePath(u"inproc.pdf"_s), QPageSize::A4, &error, &pages);
        inProcess << double(timer.nsecsElapsed()) / 1e6;
    }
    say(u"Week %1 of %2 for %3: %4 contributions, %5 pages."_s.arg(week)
            .arg(summary->circleName, summary->memberName)
            .arg(summary->contributions.size())
            .arg(pages));
    say(u"  in process: gather %1 ms, lay out and write PDF %2 ms (median of %3)"_s
            .arg(gatherMs, 0, 'f', 1)
            .arg(median(inProcess), 0, 'f', 1)
            .arg(runs));

    QList<double> cli;
    for (int i = 0; i < runs; ++i) {
        const QString out = dir.filePath(u"cli-%1.pdf"_s.arg(i));
        timer.restart();
        const auto r = runProcess(outloudBinary(),
            {u"export"_s, u"--week"_s, QString::number(week), u"--database"_s, database,
                u"--output"_s, out, u"--page-size"_s, u"a4"_s});
        cli << double(timer.nsecsElapsed()) / 1e6;
        if (r.exitCode != 0) {
            say(u"outloud export failed: "_s + r.err);
            return 1;
        }
    }
    const double outloudMs = median(cli);
    say(u"  outloud export (whole process): median %1 ms, min %2 ms over %3 runs"_s
            .arg(outloudMs, 0, 'f', 1)
            .arg(*std::min_element(cli.cbegin(), cli.cend()), 0, 'f', 1)
            .arg(runs));

    const QString office = QStandardPaths::findExecutable(u"libreoffice"_s);
    if (office.isEmpty()) {
        say(u"libreoffice not found: install libreoffice-calc-nogui to compare."_s);
        return 0;
    }
    const QString sheet = dir.filePath(u"week.csv"_s);
    if (!writeSpreadsheet(*summary, sheet)) {
        say(u"Could not write the spreadsheet."_s);
        return 1;
    }
    // Its own profile, made once before timing, so that no run pays for the first start.
    const QString profile = u"-env:UserInstallation=file://"_s + dir.filePath(u"lo-profile"_s);
    const QStringList officeArgs = {profile, u"--headless"_s, u"--convert-to"_s, u"pdf"_s,
        u"--outdir"_s, dir.filePath(u"lo"_s), sheet};
    runProcess(office, officeArgs, 600000);
    QList<double> lo;
    for (int i = 0; i < runs; ++i) {
        QFile::remove(dir.filePath(u"lo/week.pdf"_s));
        timer.restart();
        const auto r = runProcess(office, officeArgs, 600000);
        lo << double(timer.nsecsElapsed()) / 1e6;
        if (r.exitCode != 0 || !QFileInfo::exists(dir.filePath(u"lo/week.pdf"_s))) {
            say(u"libreoffice failed: "_s + r.err);
            return 1;
        }
    }
    const double officeMs = median(lo);
    const QString loPages = runProcess(u"pdfinfo"_s, {dir.filePath(u"lo/week.pdf"_s)})
                                .out.section(u"Pages:"_s, 1)
                                .section(u'\n', 0, 0)
                                .trimmed();
    say(u"  libreoffice --headless --convert-to pdf (CSV of the same week, %1 pages): median %2 ms, min %3 ms over %4 runs"_s
            .arg(loPages)
            .arg(officeMs, 0, 'f', 1)
            .arg(*std::min_element(lo.cbegin(), lo.cend()), 0, 'f', 1)
            .arg(runs));
    say(u"  ratio libreoffice / outloud export: %1x"_s.arg(
        officeMs / std::max(0.001, outloudMs), 0, 'f', 1));
    return 0;
}
