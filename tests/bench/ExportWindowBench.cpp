// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_export_window --database FILE [--runs N]: File > Export data in the window on a copy
// of FILE. For each export, the time it takes and the longest the GUI thread was blocked
// meanwhile (the longest gap between the ticks of a 5 ms timer): the window's action (on a
// thread of its own) beside the same export on the GUI thread, which is what the window
// did before (MainWindow::exportData called io::json::writeExport there).
#include "common/FileDialog.h"
#include "io/CsvExport.h"
#include "io/JsonArchive.h"
#include "main/MainWindow.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace outloud;
using namespace Qt::StringLiterals;

namespace {
struct Figures
{
    double ms = 0;
    double longestBlockMs = 0;
};

// Runs @p action from the event loop and waits until @p done, ticking meanwhile.
Figures watch(const std::function<void()>& action, const std::function<bool()>& done)
{
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    bool started = false;
    QTimer::singleShot(0, [&] {
        clock.start();
        tick.start();
        action();
        started = true;
    });
    (void)QTest::qWaitFor([&] { return started && done(); }, 600000);
    Figures f;
    f.ms = double(clock.nsecsElapsed()) / 1e6;
    longest = std::max(longest, clock.nsecsElapsed() - last);
    f.longestBlockMs = double(longest) / 1e6;
    return f;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
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

            QAction* action = nullptr;
            for (QAction* a : window.findChildren<QAction*>()) {
                if (a->text() == QString::fromUtf8(kind.action))
                    action = a;
            }
            if (!action) {
                std::fprintf(stderr, "no action %s\n", kind.action);
                return 1;
            }
            bool saved = false;
            const auto connection
                = QObject::connect(window.statusBar(), &QStatusBar::messageChanged,
                    [&](const QString& text) { saved = saved || text.startsWith(u"Saved"_s); });
            FileDialog::setNextFileName(path);
            f = watch([&] { action->trigger(); }, [&] { return saved; });
            QObject::disconnect(connection);
            if (!QFile::exists(path))
                std::fprintf(stderr, "%s: the window wrote no file\n", kind.name);
            after.append(f.ms);
            afterBlock.append(f.longestBlockMs);
            QFile::remove(path);
        }
        std::printf("%-22s %14.0f %18.0f %14.0f %18.0f\n", kind.name, median(before),
            median(beforeBlock), median(after), median(afterBlock));
    }
    return 0;
}
