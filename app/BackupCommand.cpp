// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// outloud backup --output FILE [--database PATH]
#include "CommandLine.h"
#include "Commands.h"
#include "io/BackupService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace outloud::cli {

int runBackup(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Copies the database, consistently even while Outloud has it open, into a file readable by "
        "you only."));
    QCommandLineOption output(u"output"_s, tr("The backup file to write (required)."), u"FILE"_s);
    parser.addOptions({output, databaseOption()});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    const QString path = parser.value(output);
    if (path.isEmpty()) {
        err(tr("outloud backup: --output FILE is required."));
        return 2;
    }
    QString error;
    std::unique_ptr<Database> db
        = Database::open(databasePath(parser), &error, Database::OpenMode::MustExist);
    if (!db) {
        err(u"outloud backup: "_s + error);
        return 1;
    }
    if (!io::BackupService(*db).backupTo(path, &error)) {
        err(u"outloud backup: "_s + error);
        return 1;
    }
    if (db->isServer()) {
        out(tr("%1 is a PostgreSQL database: Outloud cannot copy it, so it wrote a JSON archive of "
               "its Outloud data to %2 (outloud import %2 --format json restores it). The server's "
               "own backups (pg_dump, point-in-time recovery) are the real backup; ask its "
               "administrator.")
                .arg(db->path(), QDir::toNativeSeparators(path)));
        return 0;
    }
    out(tr("Backed up %1 to %2.")
            .arg(QDir::toNativeSeparators(db->path()), QDir::toNativeSeparators(path)));
    return 0;
}

} // namespace outloud::cli
