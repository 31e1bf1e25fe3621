// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// outloud import FILE [--format linkedin|csv|vcard|json] [--member NAME] [--database PATH]
#include "CommandLine.h"
#include "Commands.h"
#include "circle/CircleService.h"
#include "io/BackupService.h"
#include "io/ContactFile.h"
#include "io/ImportService.h"
#include "io/JsonArchive.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace outloud::cli {

namespace {
// --member NAME in the default circle first, then in any circle; "me" without it.
// A file the user made read-only (mode 0400) is theirs to protect: import writes nothing.
bool refuseReadOnly(const Database& db, QString* error)
{
    if (!db.isReadOnly())
        return true;
    *error = tr("Nothing was imported: %1").arg(db.readOnlyMessage());
    return false;
}

qint64 resolveMember(Database& db, const QString& name, QString* error)
{
    CircleService circles(db);
    const qint64 circleId = circles.defaultCircleId();
    if (circleId < 0) {
        *error = tr("the database has no circle yet; set one up first.");
        return -1;
    }
    if (name.isEmpty()) {
        const qint64 me = circles.meId(circleId);
        if (me < 0)
            *error = tr("nobody in the circle is marked as you; name the list with --member NAME.");
        return me;
    }
    qint64 id = circles.memberIdByName(circleId, name);
    for (const Circle& c : circles.circles()) {
        if (id > 0)
            break;
        id = circles.memberIdByName(c.id, name);
    }
    if (id < 0)
        *error = tr("no member is called “%1”.").arg(name);
    return id;
}

QString actionWord(io::ImportAction action)
{
    switch (action) {
    case io::ImportAction::Add:
        return tr("add");
    case io::ImportAction::Merge:
        return tr("merge");
    case io::ImportAction::Skip:
        return tr("skip");
    }
    return {};
}
} // namespace

int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Adds people from a LinkedIn export, a CSV or vCard file to a relationship list, "
           "or restores a whole database from an Outloud JSON export. Nothing is written "
           "when anything is wrong."));
    parser.addPositionalArgument(u"FILE"_s, tr("The file to import."));
    QCommandLineOption format(
        u"format"_s, tr("linkedin, csv, vcard or json (default: detected)."), u"format"_s);
    QCommandLineOption member(
        u"member"_s, tr("Whose relationship list (default: you, in your circle)."), u"NAME"_s);
    QCommandLineOption encoding(u"encoding"_s,
        tr("utf-8, utf-16le, utf-16be or latin1 (default: detected)."), u"encoding"_s);
    QCommandLineOption delimiter(
        u"delimiter"_s, tr("The CSV delimiter: , ; tab or | (default: detected)."), u"char"_s);
    QCommandLineOption dryRun(
        u"dry-run"_s, tr("Only show what would be added, merged and skipped."));
    parser.addOptions({format, member, encoding, delimiter, dryRun, databaseOption()});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;

    if (parser.positionalArguments().size() != 1) {
        err(tr("outloud import: give exactly one FILE to import."));
        return 2;
    }
    const QString file = parser.positionalArguments().constFirst();
    bool ok = false;
    io::ImportFormat fmt = io::formatFromName(parser.value(format), &ok);
    if (!ok) {
        err(tr("outloud import: --format is linkedin, csv, vcard or json, not “%1”.")
                .arg(parser.value(format)));
        return 2;
    }
    io::CsvOptions options;
    const QString enc = parser.value(encoding).toLower().remove(u'-');
    if (enc == u"utf8"_s)
        options.encoding = io::Encoding::Utf8;
    else if (enc == u"utf16le"_s)
        options.encoding = io::Encoding::Utf16LE;
    else if (enc == u"utf16be"_s)
        options.encoding = io::Encoding::Utf16BE;
    else if (enc == u"latin1"_s || enc == u"iso88591"_s)
        options.encoding = io::Encoding::Latin1;
    else if (!enc.isEmpty()) {
        err(tr("outloud import: --encoding is utf-8, utf-16le, utf-16be or latin1, not “%1”.")
                .arg(parser.value(encoding)));
        return 2;
    }
    const QString delim = parser.value(delimiter);
    if (delim == u"tab"_s || delim == u"\\t"_s)
        options.delimiter = u'\t';
    else if (delim.size() == 1 && QStringView(u",;|\t").contains(delim.at(0)))
        options.delimiter = delim.at(0);
    else if (!delim.isEmpty()) {
        err(tr("outloud import: --delimiter is , ; tab or |, not “%1”.").arg(delim));
        return 2;
    }

    QString error;
    if (fmt == io::ImportFormat::Auto) {
        // The first 64 KiB tell the format: a JSON export may be far larger than a contact
        // file may be, and is then read as it streams.
        QFile head(file);
        if (head.open(QIODevice::ReadOnly))
            fmt = io::detectFormat(file, head.read(64 * 1024));
    }
    const QString shownFile = QDir::toNativeSeparators(file);
    const QString dbPath = databasePath(parser);

    if (fmt == io::ImportFormat::Json) {
        // A dry run reads the whole file; a restore checks its first line before touching
        // any database, then (BackupService) the whole file before its backup.
        int tables = 0;
        const bool valid = parser.isSet(dryRun) ? io::json::checkFile(file, &tables, &error)
                                                : io::json::fileSchemaVersion(file, &error) > 0;
        if (!valid) {
            err(u"outloud import: %1: %2"_s.arg(shownFile, error));
            return 1;
        }
        if (parser.isSet(dryRun)) {
            out(tr("%1 is a valid Outloud export of %2 tables; importing it replaces everything in "
                   "%3.")
                    .arg(shownFile)
                    .arg(tables)
                    .arg(QDir::toNativeSeparators(dbPath)));
            return 0;
        }
        std::unique_ptr<Database> db = Database::open(dbPath, &error);
        if (!db || !refuseReadOnly(*db, &error)) {
            err(u"outloud import: "_s + error);
            return 1;
        }
        io::BackupService backups(*db);
        QString savedAs;
        if (!backups.restoreJsonFile(file, &savedAs, &error)) {
            err(u"outloud import: %1: %2"_s.arg(shownFile, error));
            return 1;
        }
        out(tr("Restored %1 from %2. What it held before is kept in %3.")
                .arg(QDir::toNativeSeparators(db->path()), shownFile,
                    QDir::toNativeSeparators(savedAs)));
        return 0;
    }

    // The file streams (ContactStream): read, planned and written a piece at a time, all in
    // one transaction, so that a long file costs no more memory than a short one.
    std::unique_ptr<Database> db = Database::open(dbPath, &error, Database::OpenMode::MustExist);
    if (!db || (!parser.isSet(dryRun) && !refuseReadOnly(*db, &error))) {
        err(u"outloud import: "_s + error);
        return 1;
    }
    const qint64 memberId = resolveMember(*db, parser.value(member), &error);
    if (memberId < 0) {
        err(u"outloud import: "_s + error);
        return 1;
    }
    io::ImportService service(*db);
    // What is merged or skipped is said as the file is planned, so that a file of 200,000
    // skips costs no memory either; an error after them still means nothing was written.
    const auto each = [](const io::PlannedImport& item) {
        if (item.action == io::ImportAction::Add)
            return;
        const QString name = item.record.person.name.trimmed().isEmpty()
            ? tr("(no name)")
            : item.record.person.name.trimmed();
        out(u"%1 %2 (%3): %4"_s.arg(
            actionWord(item.action), name, item.record.origin, item.reason));
    };
    io::ImportOutcome outcome;
    bool fileError = false;
    if (!service.importFile(memberId, file, fmt, options, parser.isSet(dryRun), each, &outcome,
            &error, &fileError)) {
        if (fileError)
            err(u"outloud import: %1 (%2): %3"_s.arg(shownFile, io::formatName(fmt), error));
        else
            err(u"outloud import: "_s + error);
        return 1;
    }
    const QString memberName = CircleService(*db).member(memberId)->name;
    const int total = outcome.added + outcome.merged + outcome.skipped;
    if (parser.isSet(dryRun)) {
        out(tr("Would add %1, merge %2 and skip %3 of %4 people from %5 (%6) on the list of %7. "
               "Nothing was written.")
                .arg(outcome.added)
                .arg(outcome.merged)
                .arg(outcome.skipped)
                .arg(total)
                .arg(shownFile, io::formatName(fmt), memberName));
        return 0;
    }
    out(tr("Added %1, merged %2, skipped %3 of %4 people from %5 (%6) on the list of %7.")
            .arg(outcome.added)
            .arg(outcome.merged)
            .arg(outcome.skipped)
            .arg(total)
            .arg(shownFile, io::formatName(fmt), memberName));
    return 0;
}

} // namespace outloud::cli
