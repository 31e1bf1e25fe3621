// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// outloud org init | add-circle | add-member | move-member | remove-member | list
//     --database postgresql://...
#include "CommandLine.h"
#include "Commands.h"
#include "org/OrgAdmin.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outloud::cli {

namespace {
// Prints what happened; 0 on success, 1 with the refusal on stderr.
int finish(const QString& command, bool ok, const QStringList& report, const QString& error)
{
    for (const QString& line : report)
        out(line);
    if (!ok) {
        err(u"outloud org %1: "_s.arg(command) + error);
        return 1;
    }
    return 0;
}

std::unique_ptr<OrgAdmin> connect(const QString& command, const QCommandLineParser& parser)
{
    QString error;
    std::unique_ptr<OrgAdmin> admin = OrgAdmin::connect(parser.value(u"database"_s), &error);
    if (!admin)
        err(u"outloud org %1: "_s.arg(command) + error);
    return admin;
}

bool needDatabase(const QString& command, const QCommandLineParser& parser)
{
    if (!parser.value(u"database"_s).isEmpty())
        return true;
    err(tr("outloud org %1: --database postgresql://... is required.").arg(command));
    return false;
}

int subcommand(const QString& command, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption circle(u"circle"_s, tr("The circle's name."), tr("name"));
    const QCommandLineOption login(
        u"login"_s, tr("The person's PostgreSQL login role."), tr("role"));
    const QCommandLineOption facilitator(
        u"facilitator"_s, tr("Make them the circle's facilitator (not a member)."));
    const QCommandLineOption from(u"from"_s, tr("The circle they leave."), tr("name"));
    const QCommandLineOption to(u"to"_s, tr("The circle they join."), tr("name"));
    const QCommandLineOption start(
        u"start"_s, tr("The first meeting's date (YYYY-MM-DD)."), tr("date"));
    const QCommandLineOption weekday(
        u"weekday"_s, tr("Meeting weekday, 1 = Monday ... 7."), tr("n"), u"1"_s);
    const QCommandLineOption time(u"time"_s, tr("Meeting time (HH:MM)."), tr("time"), u"12:00"_s);
    const QCommandLineOption weeks(
        u"weeks"_s, tr("The circle's length in weeks."), tr("n"), u"12"_s);
    const QCommandLineOption exportTo(u"export"_s,
        tr("Write the member's list and contributions to this folder before removing them."),
        tr("folder"));
    const QCommandLineOption withoutExport(u"without-export"_s,
        tr("Remove without writing an export (the member has their own copy or declined)."));
    parser.addOption(databaseOption());
    if (command == u"add-circle"_s)
        parser.addOptions({start, weekday, time, weeks});
    if (command == u"add-member"_s)
        parser.addOptions({login, circle, facilitator});
    if (command == u"move-member"_s)
        parser.addOptions({login, from, to});
    if (command == u"remove-member"_s)
        parser.addOptions({login, circle, exportTo, withoutExport});
    if (command == u"add-circle"_s || command == u"add-member"_s)
        parser.addPositionalArgument(u"name"_s, tr("The circle's or the person's name."));
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    if (!needDatabase(command, parser))
        return 2;
    const QString url = parser.value(u"database"_s);
    QStringList report;
    QString error;
    if (command == u"init"_s)
        return finish(command, OrgAdmin::init(url, &report, &error), report, error);

    const QString name = parser.positionalArguments().join(u' ').trimmed();
    if ((command == u"add-circle"_s || command == u"add-member"_s) && name.isEmpty()) {
        err(tr("outloud org %1: give a name.").arg(command));
        return 2;
    }
    for (const QCommandLineOption* required :
        {command == u"add-member"_s || command == u"move-member"_s || command == u"remove-member"_s
                ? &login
                : nullptr,
            command == u"add-member"_s || command == u"remove-member"_s ? &circle : nullptr,
            command == u"move-member"_s ? &to : nullptr,
            command == u"add-circle"_s ? &start : nullptr}) {
        if (required && parser.value(*required).isEmpty()) {
            err(tr("outloud org %1: --%2 is required.").arg(command, required->names().first()));
            return 2;
        }
    }
    if (command == u"remove-member"_s && !parser.isSet(exportTo) && !parser.isSet(withoutExport)) {
        err(tr("outloud org remove-member: this deletes %1's relationship list, contributions and "
               "goal in that circle. Offer them an export first: run again with --export FOLDER "
               "(written for them, readable by you alone), or with --without-export if they have "
               "their own copy. Nothing was changed.")
                .arg(parser.value(login)));
        return 2;
    }
    std::unique_ptr<OrgAdmin> admin = connect(command, parser);
    if (!admin)
        return 1;
    bool ok = false;
    if (command == u"add-circle"_s) {
        OrgCircleSpec spec;
        spec.name = name;
        spec.startDate = QDate::fromString(parser.value(start), Qt::ISODate);
        spec.meetingWeekday = parser.value(weekday).toInt();
        spec.meetingTime = QTime::fromString(parser.value(time), u"HH:mm"_s);
        spec.lengthWeeks = parser.value(weeks).toInt();
        if (!spec.meetingTime.isValid()) {
            err(tr("outloud org add-circle: the time must be HH:MM."));
            return 2;
        }
        ok = admin->addCircle(spec, &report, &error);
    } else if (command == u"add-member"_s) {
        ok = admin->addMember(name, parser.value(login), parser.value(circle),
            parser.isSet(facilitator), &report, &error);
    } else if (command == u"move-member"_s) {
        ok = admin->moveMember(
            parser.value(login), parser.value(from), parser.value(to), &report, &error);
    } else if (command == u"remove-member"_s) {
        ok = admin->removeMember(
            parser.value(login), parser.value(circle), parser.value(exportTo), &report, &error);
    } else {
        ok = admin->list(&report, &error);
    }
    return finish(command, ok, report, error);
}
} // namespace

int runOrg(const QStringList& arguments)
{
    const QString sub = arguments.value(2);
    static const QStringList known = {u"init"_s, u"add-circle"_s, u"add-member"_s, u"move-member"_s,
        u"remove-member"_s, u"list"_s};
    if (known.contains(sub)) {
        // "org add-member ..." is parsed as if "org add-member" were the command.
        QStringList rest = arguments;
        rest.removeAt(1);
        rest[1] = u"org "_s + sub;
        return subcommand(sub, rest);
    }
    if (sub == u"--help"_s || sub == u"-h"_s) {
        out(tr("Usage: outloud org init --database URL"));
        out(tr("       outloud org add-circle NAME --start DATE [--weekday N] [--time HH:MM] "
               "[--weeks N] --database URL"));
        out(tr("       outloud org add-member NAME --login ROLE --circle C [--facilitator] "
               "--database URL"));
        out(tr("       outloud org move-member --login ROLE [--from C] --to C --database URL"));
        out(tr("       outloud org remove-member --login ROLE --circle C (--export FOLDER | "
               "--without-export) --database URL"));
        out(tr("       outloud org list --database URL"));
        return 0;
    }
    err(tr("outloud org: say init, add-circle, add-member, move-member, remove-member or list. "
           "Try 'outloud org --help'."));
    return 2;
}

} // namespace outloud::cli
