// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_import_dialog [--whole] [--language de --screenshot PNG] FILE DATABASE
//
// The import dialog's work on one contact file, for bench_streaming to measure in a child
// process (peak memory, time): the real ImportDialog (offscreen) previews FILE for "me" of
// the default circle and imports it, as a user clicking Import would. --whole runs instead
// what the dialog did before it streamed (until December 2026): the file read whole,
// every record planned in memory (ImportService::plan) and applied (apply), without the
// widgets, so that the two can be compared in one run. --screenshot saves the dialog as its
// preview shows (in --language), to look at it as a user would.
#include "circle/CircleService.h"
#include "i18n/Language.h"
#include "io/ContactFile.h"
#include "io/FileIo.h"
#include "io/ImportDialog.h"
#include "io/ImportService.h"
#include "storage/Database.h"

#include <QApplication>
#include <QPushButton>
#include <cstdio>

using namespace outloud;
using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool whole = args.removeAll(u"--whole"_s) > 0;
    QString screenshot;
    for (const QString& option : {u"--language"_s, u"--screenshot"_s}) {
        const qsizetype at = args.indexOf(option);
        if (at < 0 || at + 1 >= args.size())
            continue;
        if (option == u"--language"_s)
            i18n::installTranslations(args.at(at + 1));
        else
            screenshot = args.at(at + 1);
        args.remove(at, 2);
    }
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: bench_import_dialog [--whole] FILE DATABASE\n");
        return 2;
    }
    QString error;
    std::unique_ptr<Database> db
        = Database::open(args.at(1), &error, Database::OpenMode::MustExist);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    CircleService circles(*db);
    const qint64 me = circles.meId(circles.defaultCircleId());
    io::ImportOutcome outcome;
    if (whole) {
        QByteArray bytes;
        if (!io::readInputFile(args.at(0), &bytes, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const io::ReadResult read
            = io::readContacts(bytes, io::detectFormat(args.at(0), bytes), {});
        io::ImportService service(*db);
        const io::ImportPlan plan = service.plan(me, read.records);
        if (!read.ok() || !service.apply(plan, &outcome, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(read.ok() ? error : read.error));
            return 1;
        }
    } else {
        ImportDialog dialog(*db, me);
        dialog.show();
        dialog.setFile(args.at(0));
        if (!screenshot.isEmpty()) {
            QCoreApplication::processEvents();
            dialog.grab().save(screenshot);
        }
        auto* import = dialog.findChild<QPushButton*>(u"importButton"_s);
        if (!import || !import->isEnabled()) {
            std::fprintf(stderr, "nothing to import\n");
            return 1;
        }
        import->click();
        outcome = dialog.outcome();
    }
    std::printf(
        "added %d, merged %d, skipped %d\n", outcome.added, outcome.merged, outcome.skipped);
    return outcome.added + outcome.merged > 0 ? 0 : 1;
}
