// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_backup_window --database FILE [--database FILE ...] [--runs N]: File > Backups in the
// window on a copy of each FILE. For Back Up Now and Restore This Backup, the time it takes
// and the longest the GUI thread was blocked meanwhile (the longest gap between the ticks of
// a 5 ms timer): the dialog's way (a thread and connection of its own) beside the same work
// on the GUI thread through the window's connection, which is what the dialog did before.
#include "WindowWatch.h"
#include "common/MessageBox.h"
#include "io/BackupService.h"
#include "io/BackupsDialog.h"
#include "main/MainWindow.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace outloud;
using namespace Qt::StringLiterals;

namespace {
using bench::Figures;
using bench::median;
using bench::watch;

using Row = bench::BeforeAfter;

bool benchFile(const QString& source, int runs)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"bench.sqlite"_s);
    if (!QFile::copy(source, copy)) {
        std::fprintf(stderr, "could not copy %s\n", qPrintable(source));
        return false;
    }
    MainWindow window(copy);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitFor([&] { return window.settled(); }, 600000) || !window.database()) {
        std::fprintf(stderr, "the window did not settle\n");
        return false;
    }
    // The daily backup first: it would otherwise run beside the first figures.
    io::BackupService service(*window.database());
    (void)QTest::qWaitFor([&] { return !service.backups().isEmpty(); }, 1800000);
    QTest::qWait(200);
    QAction* action = window.findChild<QAction*>(u"backupsAction"_s);
    if (!action)
        return false;
    action->trigger();
    auto* dialog = window.findChild<BackupsDialog*>();
    if (!dialog)
        return false;
    auto* now = dialog->findChild<QPushButton*>(u"backupNow"_s);
    auto* restore = dialog->findChild<QPushButton*>(u"restoreBackup"_s);
    auto* list = dialog->findChild<QTableWidget*>(u"backupList"_s);
    auto* status = dialog->findChild<QLabel*>(u"status"_s);
    std::printf("%s (%.0f MB)\n", qPrintable(QFileInfo(source).fileName()),
        double(QFileInfo(copy).size()) / 1e6);
    std::printf("%-16s %14s %18s %14s %18s\n", "", "GUI thread ms", "longest block ms", "dialog ms",
        "longest block ms");
    Row backup, restored;
    bool ok = true;
    for (int r = 0; r < runs; ++r) {
        QString path, error;
        Figures f
            = watch([&] { ok = service.backupNow(&path, &error) && ok; }, [] { return true; });
        backup.before.append(f.ms);
        backup.beforeBlock.append(f.longestBlockMs);
        f = watch([&] { now->click(); },
            [&] { return now->isEnabled() && status->text().startsWith(u"Backed up"_s); });
        backup.after.append(f.ms);
        backup.afterBlock.append(f.longestBlockMs);

        dialog->reload();
        const QString newest = service.backups().value(0).path;
        QString savedAs;
        f = watch([&] { ok = service.restoreBackup(newest, &savedAs, &error) && ok; },
            [] { return true; });
        restored.before.append(f.ms);
        restored.beforeBlock.append(f.longestBlockMs);
        dialog->reload();
        list->selectRow(1); // the newest but one: a backup, not what the last restore replaced
        bool done = false;
        const auto connection
            = QObject::connect(dialog, &BackupsDialog::restored, [&done] { done = true; });
        MessageBox::setNextAnswer(QMessageBox::Yes);
        // Done when the dialog takes work again: restored, or refused with a message.
        f = watch([&] { restore->click(); }, [&] { return now->isEnabled(); });
        QObject::disconnect(connection);
        if (!done) {
            std::fprintf(stderr, "the dialog's restore failed: %s\n", qPrintable(status->text()));
            ok = false;
        }
        restored.after.append(f.ms);
        restored.afterBlock.append(f.longestBlockMs);
        if (!ok)
            std::fprintf(stderr, "failed: %s\n", qPrintable(error));
    }
    backup.print("Back Up Now", 16);
    restored.print("Restore", 16);
    dialog->reject();
    return ok;
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList databases;
    int runs = 1;
    if (!bench::readArguments(app, &databases, &runs))
        return 2;
    bool ok = true;
    for (const QString& file : std::as_const(databases))
        ok = benchFile(file, runs) && ok;
    return ok ? 0 : 1;
}
