// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <cstring>

using namespace Qt::StringLiterals;

namespace outloud::cli {

const QList<Command>& commands()
{
    static const QList<Command> list = {
        {"demo", QT_TRANSLATE_NOOP("outloud::cli", "Write a demo circle into a new database file"),
            runDemo},
        {"import",
            QT_TRANSLATE_NOOP(
                "outloud::cli", "Import people (LinkedIn, CSV, vCard) or restore a JSON export"),
            runImport},
        {"export-data",
            QT_TRANSLATE_NOOP(
                "outloud::cli", "Export the lists and contributions as CSV, or everything as JSON"),
            runExportData},
        {"backup", QT_TRANSLATE_NOOP("outloud::cli", "Copy the database to a backup file"),
            runBackup},
        {"calendar",
            QT_TRANSLATE_NOOP(
                "outloud::cli", "Export a circle's meetings as an iCalendar (.ics) file"),
            runCalendar},
        {"export",
            QT_TRANSLATE_NOOP(
                "outloud::cli", "Write the weekly summary of a member or a circle as PDF"),
            runExport, true},
        {"circle",
            QT_TRANSLATE_NOOP("outloud::cli",
                "Invite members to a circle (invite) or join one from an invitation (join)"),
            runCircle},
        {"remind",
            QT_TRANSLATE_NOOP(
                "outloud::cli", "Say where this week stands; exit 0 when the weekly target is met"),
            runRemind},
        {"org",
            QT_TRANSLATE_NOOP("cli",
                "Run a whole program on PostgreSQL: init, add-circle, add-member, move-member, "
                "remove-member, list"),
            runOrg},
    };
    return list;
}

const Command* findCommand(int argc, char** argv)
{
    if (argc < 2)
        return nullptr;
    for (const Command& c : commands()) {
        if (std::strcmp(argv[1], c.name) == 0)
            return &c;
    }
    return nullptr;
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(u"database"_s,
        tr("The database file (default: %1).").arg(Database::defaultPath()), tr("path"));
}

QString databasePath(const QCommandLineParser& parser)
{
    const QString value = parser.value(u"database"_s);
    return value.isEmpty() ? Database::defaultPath() : value;
}

void out(const QString& line)
{
    std::fputs((line + u'\n').toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void err(const QString& line)
{
    std::fputs((line + u'\n').toUtf8().constData(), stderr);
    std::fflush(stderr);
}

bool parse(QCommandLineParser& parser, const QStringList& arguments, int* exitCode)
{
    const QCommandLineOption help = parser.addHelpOption();
    // The command name is consumed here so that it is not a stray positional argument.
    QStringList args = arguments;
    if (args.size() >= 2)
        args.removeAt(1);
    if (!parser.parse(args)) {
        err(parser.errorText());
        err(tr("Try '%1 --help'.").arg(arguments.mid(0, 2).join(u' ')));
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(help)) {
        out(parser.helpText().replace(args.first(), arguments.mid(0, 2).join(u' ')));
        *exitCode = 0;
        return false;
    }
    return true;
}

} // namespace outloud::cli
