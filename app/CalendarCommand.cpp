// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// outloud calendar --output FILE.ics [--database PATH] [--circle NAME]
#include "CommandLine.h"
#include "Commands.h"
#include "circle/CircleService.h"
#include "meetings/CalendarExport.h"
#include "meetings/PlanService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace outloud::cli {

int runCalendar(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports a circle's meetings as an iCalendar file for calendar apps."));
    QCommandLineOption output(u"output"_s, tr("The .ics file to write (required)."), tr("file"));
    QCommandLineOption circleOption(
        u"circle"_s, tr("The circle's name (default: your circle)."), tr("name"));
    parser.addOptions({output, databaseOption(), circleOption});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    const QString target = parser.value(output);
    if (target.isEmpty()) {
        err(tr("outloud calendar: --output FILE.ics is required."));
        return 2;
    }
    QString error;
    std::unique_ptr<Database> db
        = Database::open(databasePath(parser), &error, Database::OpenMode::MustExist);
    if (!db) {
        err(u"outloud calendar: "_s + error);
        return 1;
    }
    CircleService circles(*db);
    qint64 circleId = circles.defaultCircleId();
    if (parser.isSet(circleOption)) {
        circleId = circles.circleIdByName(parser.value(circleOption));
        if (circleId < 0) {
            err(tr("outloud calendar: there is no circle called '%1'.")
                    .arg(parser.value(circleOption)));
            return 1;
        }
    }
    if (circleId < 0) {
        err(tr("outloud calendar: the database has no circle yet."));
        return 1;
    }
    const WeekPlan plan = PlanService(*db).plan(circleId);
    if (!CalendarExport::exportToFile(*db, circleId, plan, target, &error)) {
        err(u"outloud calendar: "_s + error);
        return 1;
    }
    out(tr("Wrote %1 meetings to %2.")
            .arg(CalendarExport::events(*db, circleId, plan).size())
            .arg(QDir::toNativeSeparators(target)));
    return 0;
}

} // namespace outloud::cli
