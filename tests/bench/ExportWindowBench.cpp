// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_export_window --database FILE [--runs N] [--week N]: File > Export data and File > Export
// week summary in the window on a copy of FILE. For each export, the time it takes and the longest
// the GUI thread was blocked meanwhile (the longest gap between the ticks of a 5 ms timer):
// the window's action (on a thread of its own) beside the same export on the GUI thread,
// which is what the window did before (MainWindow::exportData called io::json::writeExport
// there; the week summary dialog ran SummaryBuilder and summarypdf::writeMember/writeCircle).
// The week summaries are of week --week N (default: the dialog's choice, the current week)
// for me, and the facilitator's summary of the circle.
#include "WindowWatch.h"
#include "common/FileDialog.h"
#include "io/CsvExport.h"
#include "io/JsonArchive.h"
#include "main/MainWindow.h"
#include "report/ExportSummaryDialog.h"
#include "report/SummaryBuilder.h"
#include "report/SummaryPdf.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
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

QAction* actionNamed(MainWindow& window, const QString& text)
{
    for (QAction* a : window.findChildren<QAction*>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

// The week summary dialog the window has open.
ExportSummaryDialog* openDialog(MainWindow& window)
{
    for (auto* d : window.findChildren<ExportSummaryDialog*>()) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

using Row = bench::BeforeAfter;

// Whether the status bar said "Saved" since @p saved was connected.
QMetaObject::Connection watchSaved(MainWindow& window, bool* saved)
{
    *saved = false;
    // The same words as the last export's (the same path) would change nothing to watch.
    window.statusBar()->clearMessage();
    return QObject::connect(window.statusBar(), &QStatusBar::messageChanged,
        [saved](const QString& text) { *saved = *saved || text.startsWith(u"Saved"_s); });
}

// File > Export week summary of @p week (0: the dialog's choice) for @p who (a member id, or
// -2: the circle), @p runs times.
bool benchSummary(MainWindow& window, const QString& dir, qint64 who, int week, int runs, Row* row)
{
    QAction* action = actionNamed(window, u"&Export week summary…"_s);
    if (!action) {
        std::fprintf(stderr, "no action Export week summary\n");
        return false;
    }
    for (int r = 0; r < runs; ++r) {
        const QString path = dir + u"/summary-%1.pdf"_s.arg(r);
        action->trigger();
        ExportSummaryDialog* dialog = openDialog(window);
        auto* member = dialog ? dialog->findChild<QComboBox*>(u"memberCombo"_s) : nullptr;
        if (!member || member->findData(who) < 0) {
            std::fprintf(stderr, "no dialog to export the summary of %lld\n", who);
            return false;
        }
        member->setCurrentIndex(member->findData(who));
        auto* weeks = dialog->findChild<QComboBox*>(u"weekCombo"_s);
        if (week > 0)
            weeks->setCurrentIndex(weeks->findData(week));
        week = weeks->currentData().toInt();
        const auto paper = QPageSize::PageSizeId(
            dialog->findChild<QComboBox*>(u"pageSizeCombo"_s)->currentData().toInt());
        dialog->findChild<QLineEdit*>(u"pathEdit"_s)->setText(path);

        // What the dialog did before: the summary gathered and painted on the GUI thread.
        bool ok = false;
        Figures f = watch(
            [&] {
                QString error;
                SummaryBuilder builder(*window.database());
                builder.setToday(QDate::currentDate());
                if (who > 0) {
                    const auto s = builder.memberWeek(who, week, &error);
                    ok = s && summarypdf::writeMember(*s, path, paper, &error);
                } else {
                    const auto s = builder.circleWeek(window.circleId(), week, &error);
                    ok = s && summarypdf::writeCircle(*s, path, paper, &error);
                }
            },
            [] { return true; });
        if (!ok)
            std::fprintf(stderr, "the summary failed on the GUI thread\n");
        row->before.append(f.ms);
        row->beforeBlock.append(f.longestBlockMs);
        QFile::remove(path);

        bool saved = false;
        const auto connection = watchSaved(window, &saved);
        auto* exportButton = dialog->findChild<QPushButton*>(u"exportButton"_s);
        f = watch([&] { exportButton->click(); }, [&] { return saved; });
        QObject::disconnect(connection);
        if (!QFile::exists(path))
            std::fprintf(stderr, "the dialog wrote no summary\n");
        row->after.append(f.ms);
        row->afterBlock.append(f.longestBlockMs);
        QFile::remove(path);
    }
    return true;
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"database"_s, u"The file to copy and open."_s, u"FILE"_s});
    parser.addOption({u"runs"_s, u"Runs of each export (median)."_s, u"N"_s, u"1"_s});
    parser.addOption(
        {u"week"_s, u"The week summaries' week (default: the current week)."_s, u"N"_s, u"0"_s});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(u"database"_s)) {
        std::fprintf(stderr, "--database FILE is needed\n");
        return 2;
    }
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"bench.sqlite"_s);
    if (!QFile::copy(parser.value(u"database"_s), copy)) {
        std::fprintf(stderr, "could not copy the database\n");
        return 1;
    }
    MainWindow window(copy);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitFor([&] { return window.settled(); }, 600000) || !window.database()) {
        std::fprintf(stderr, "the window did not settle\n");
        return 1;
    }
    Database& db = *window.database();
    const qint64 me = window.memberId();

    struct Kind
    {
        const char* name;
        const char* action; ///< its text in File > Export data
        std::function<bool(const QString&)> onGuiThread;
    };
    const QList<Kind> kinds = {
        {"everything as JSON", "Everything as JSON…",
            [&](const QString& path) { return io::json::writeExport(db, path, nullptr); }},
        {"contributions as CSV", "Contributions as CSV…",
            [&](const QString& path) { return io::writeContributionsCsv(db, me, path, nullptr); }},
    };
    std::printf("%-22s %14s %18s %14s %18s\n", "export", "GUI thread ms", "longest block ms",
        "window ms", "longest block ms");
    for (const Kind& kind : kinds) {
        QList<double> before, beforeBlock, after, afterBlock;
        for (int r = 0; r < runs; ++r) {
            const QString path = dir.filePath(u"export-%1"_s.arg(r));
            bool ok = false;
            Figures f = watch([&] { ok = kind.onGuiThread(path); }, [] { return true; });
            if (!ok)
                std::fprintf(stderr, "%s failed on the GUI thread\n", kind.name);
            before.append(f.ms);
            beforeBlock.append(f.longestBlockMs);
            QFile::remove(path);

            QAction* action = actionNamed(window, QString::fromUtf8(kind.action));
            if (!action) {
                std::fprintf(stderr, "no action %s\n", kind.action);
                return 1;
            }
            bool saved = false;
            const auto connection = watchSaved(window, &saved);
            FileDialog::setNextFileName(path);
            f = watch([&] { action->trigger(); }, [&] { return saved; });
            QObject::disconnect(connection);
            if (!QFile::exists(path))
                std::fprintf(stderr, "%s: the window wrote no file\n", kind.name);
            after.append(f.ms);
            afterBlock.append(f.longestBlockMs);
            QFile::remove(path);
        }
        const Row row {before, beforeBlock, after, afterBlock};
        row.print(kind.name, 22);
    }
    for (const auto& [name, who] :
        {std::pair {"week summary PDF (me)", me}, std::pair {"circle summary PDF", qint64(-2)}}) {
        Row row;
        if (!benchSummary(window, dir.path(), who, parser.value(u"week"_s).toInt(), runs, &row))
            return 1;
        row.print(name, 22);
    }
    return 0;
}
