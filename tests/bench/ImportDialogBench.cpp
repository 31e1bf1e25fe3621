// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_import_dialog [--whole] [--language de --screenshot PNG] [--busy-screenshot PNG]
//                     [--wall-only] FILE DATABASE
//
// The import dialog's work on one contact file, for bench_streaming to measure in a child
// process (peak memory, time): the real ImportDialog (offscreen) previews FILE for "me" of
// the default circle and imports it, as a user clicking Import would. --whole runs instead
// what the dialog did before it streamed (until December 2026): the file read whole,
// every record planned in memory (ImportService::plan) and applied (apply), without the
// widgets, so that the two can be compared in one run. --screenshot saves the dialog as its
// preview shows (in --language), to look at it as a user would; --busy-screenshot saves it
// halfway through the import.
//
// For the dialog it prints, for the preview and for the import, the wall time and the
// longest time the GUI thread went without processing events (a 1 ms timer measures the
// gaps between its ticks): how long a click or a repaint would have waited (issue 19: under
// 50 ms on the large demo, under 100 ms at 10x), and how much of that gap the GUI thread
// spent on the CPU (the rest it waited for a core, on a busy machine). --wall-only leaves the
// 1 ms timer out: its wake-ups slow the worker thread on a machine with few cores.
#include "circle/CircleService.h"
#include "i18n/Language.h"
#include "io/ContactFile.h"
#include "io/FileIo.h"
#include "io/ImportDialog.h"
#include "io/ImportService.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <tuple>

using namespace outloud;
using namespace Qt::StringLiterals;

namespace {
// The longest gap between two passes of the event loop while it runs: a 1 ms timer's ticks.
// With it, the CPU time the GUI thread used in that gap: on a busy machine a gap may be the
// thread waiting for a core rather than working.
qint64 threadCpuNs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

class GapWatch
{
public:
    /// @p ticks false: the wall time only (on a machine with few cores the 1 ms timer's
    /// wake-ups take CPU time from the worker thread).
    explicit GapWatch(bool ticks)
        : m_ticks(ticks)
    {
        m_tick.setInterval(1);
        m_tick.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_tick, &QTimer::timeout, [this] { mark(); });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_lastCpu = threadCpuNs();
        m_longestCpu = 0;
        if (m_ticks)
            m_tick.start();
    }
    /// The wall time since start(), the longest gap (up to now) and the GUI thread's CPU
    /// time in that gap, in ms.
    std::tuple<double, double, double> stop()
    {
        mark();
        m_tick.stop();
        return {double(m_clock.nsecsElapsed()) / 1e6, double(m_longest) / 1e6,
            double(m_longestCpu) / 1e6};
    }

private:
    void mark()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        if (now - m_last > m_longest) {
            m_longest = now - m_last;
            m_longestCpu = cpu - m_lastCpu;
        }
        m_last = now;
        m_lastCpu = cpu;
    }
    bool m_ticks;
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_lastCpu = 0;
    qint64 m_longestCpu = 0;
};

// Runs the event loop until @p done (ten minutes at most); @p each runs on every pass.
bool waitFor(const std::function<bool()>& done, const std::function<void()>& each = {})
{
    QElapsedTimer deadline;
    deadline.start();
    while (!done()) {
        if (deadline.elapsed() > 600000)
            return false;
        // Sleeps until an event comes (the dialog's progress timer wakes it while it works);
        // processEvents() with a time limit would not wait, but spin.
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        if (each)
            each();
    }
    return true;
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool whole = args.removeAll(u"--whole"_s) > 0;
    const bool wallOnly = args.removeAll(u"--wall-only"_s) > 0;
    QString screenshot;
    QString busyScreenshot;
    for (const QString& option : {u"--language"_s, u"--screenshot"_s, u"--busy-screenshot"_s}) {
        const qsizetype at = args.indexOf(option);
        if (at < 0 || at + 1 >= args.size())
            continue;
        if (option == u"--language"_s)
            i18n::installTranslations(args.at(at + 1));
        else if (option == u"--screenshot"_s)
            screenshot = args.at(at + 1);
        else
            busyScreenshot = args.at(at + 1);
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
        // Its first paint is not the preview's.
        QElapsedTimer shown;
        shown.start();
        while (shown.elapsed() < 300)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        auto* import = dialog.findChild<QPushButton*>(u"importButton"_s);
        auto* errorLabel = dialog.findChild<QLabel*>(u"error"_s);
        GapWatch watch(!wallOnly);
        watch.start();
        dialog.setFile(args.at(0));
        waitFor([&] { return import->isEnabled() || !errorLabel->isHidden(); });
        const auto [previewMs, previewBlock, previewCpu] = watch.stop();
        std::printf("preview: %.1f ms, longest GUI block %.1f ms (%.1f ms of it on the CPU)\n",
            previewMs, previewBlock, previewCpu);
        if (!screenshot.isEmpty()) {
            QCoreApplication::processEvents();
            dialog.grab().save(screenshot);
        }
        if (!import->isEnabled()) {
            std::fprintf(stderr, "nothing to import\n");
            return 1;
        }
        auto* progress = dialog.findChild<QProgressBar*>(u"progress"_s);
        watch.start();
        QTimer::singleShot(0, import, [import] { import->click(); });
        waitFor([&] { return dialog.result() == QDialog::Accepted || !errorLabel->isHidden(); },
            [&] {
                if (!busyScreenshot.isEmpty() && progress->isVisible()
                    && progress->value() * 2 >= progress->maximum() && progress->maximum() > 0) {
                    dialog.grab().save(busyScreenshot);
                    busyScreenshot.clear();
                }
            });
        const auto [importMs, importBlock, importCpu] = watch.stop();
        std::printf("import: %.1f ms, longest GUI block %.1f ms (%.1f ms of it on the CPU)\n",
            importMs, importBlock, importCpu);
        if (!errorLabel->isHidden())
            std::fprintf(stderr, "%s\n", qPrintable(errorLabel->text()));
        outcome = dialog.outcome();
    }
    std::printf(
        "added %d, merged %d, skipped %d\n", outcome.added, outcome.merged, outcome.skipped);
    return outcome.added + outcome.merged > 0 ? 0 : 1;
}
