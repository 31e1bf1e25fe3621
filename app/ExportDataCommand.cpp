// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// outloud export-data --format csv|json --output FILE [--table people|contributions] [--database
// PATH]
#include "CommandLine.h"
#include "Commands.h"
#include "circle/CircleService.h"
#include "io/CsvExport.h"
#include "io/JsonArchive.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace outloud::cli {

int runExportData(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the relationship lists or contributions as CSV, or the whole database "
           "as JSON (which `outloud import` restores). The file is readable by you only."));
    QCommandLineOption format(u"format"_s, tr("csv or json (required)."), u"format"_s);
    QCommandLineOption output(u"output"_s, tr("The file to write (required)."), u"FILE"_s);
    QCommandLineOption table(u"table"_s,
        tr("For CSV: people (the relationship lists) or contributions."), u"people|contributions"_s,
        u"people"_s);
    QCommandLineOption member(
        u"member"_s, tr("For CSV: only this member's list (default: every list)."), u"NAME"_s);
    QCommandLineOption exact(u"exact"_s,
        tr("For CSV: write every cell exactly as stored. By default a cell starting with = + - "
           "@ tab or carriage return gets a leading ' so that spreadsheets do not run it as a "
           "formula."));
    parser.addOptions({format, output, table, member, exact, databaseOption()});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;

    const QString fmt = parser.value(format).toLower();
    if (fmt != u"csv"_s && fmt != u"json"_s) {
        err(tr("outloud export-data: --format is csv or json."));
        return 2;
    }
    const QString path = parser.value(output);
    if (path.isEmpty()) {
        err(tr("outloud export-data: --output FILE is required."));
        return 2;
    }
    const QString what = parser.value(table).toLower();
    if (what != u"people"_s && what != u"contributions"_s) {
        err(tr("outloud export-data: --table is people or contributions, not “%1”.")
                .arg(parser.value(table)));
        return 2;
    }
    QString error;
    std::unique_ptr<Database> db
        = Database::open(databasePath(parser), &error, Database::OpenMode::MustExist);
    if (!db) {
        err(u"outloud export-data: "_s + error);
        return 1;
    }
    bool ok = false;
    if (fmt == u"json"_s) {
        ok = io::json::writeExport(*db, path, &error);
    } else {
        qint64 memberId = -1;
        if (parser.isSet(member)) {
            CircleService circles(*db);
            for (const Circle& c : circles.circles()) {
                memberId = circles.memberIdByName(c.id, parser.value(member));
                if (memberId > 0)
                    break;
            }
            if (memberId < 0) {
                err(tr("outloud export-data: no member is called “%1”.").arg(parser.value(member)));
                return 1;
            }
        }
        const io::CsvCells cells
            = parser.isSet(exact) ? io::CsvCells::Exact : io::CsvCells::Defused;
        ok = what == u"people"_s ? io::writePeopleCsv(*db, memberId, path, &error, cells)
                                 : io::writeContributionsCsv(*db, memberId, path, &error, cells);
    }
    if (!ok) {
        err(u"outloud export-data: "_s + error);
        return 1;
    }
    out(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
    return 0;
}

} // namespace outloud::cli
