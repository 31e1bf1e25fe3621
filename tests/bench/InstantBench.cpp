// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_instant [--database LARGE_DEMO.sqlite] [--runs N] [--scales 1,10[,100]]
//               [--versus OTHER_BENCH_INSTANT] [--no-actions]
// bench_instant --deep-copy FROM TO FACTOR: only writes FROM's deep copy (to profile with it)
//
// Issue 19's figures in one run, as ratios:
//  - start to first paint, a new process per start page, against bench_bare_window (a bare
//    Qt Widgets window with a table opening the same file), target 1.3x;
//  - every interactive action in process, driving the real window (sidebar, member selector,
//    filters, sort, edits through the Editor the widgets use, undo), each until the whole
//    window is repainted, target 50 ms at 1x and 100 ms at 10x;
//  - the longest input block: after the first paint the other pages are built one per
//    event-loop pass; the longest pass (the time a keystroke would wait) until all exist;
//  - a scaling table 1x / 10x (/ 100x) with the growth factor. Nx: the large demo with every
//    contribution copied N-1 more times (deep history, same people).
// --versus runs another build's bench_instant (say, of main) for the first paints, each run
// of one beside the same run of the other, so that both see the same load on the machine.
// Each build opens its own copy of every file, made before either opened it, so an older
// build with an older schema can be compared: the demo is written by the `outloud` beside
// the other bench_instant (or in its build tree) when there is one, else by this build.
// Without --database it writes the large demo into a temporary folder first. The ci preset
// is a release build with debug info: its figures are the ones to quote.
// For profilers: bench_instant --child-window --database FILE --page N --exit-at-paint opens
// the window on page N (0 overview ... 5 meeting) and quits at its first paint.
#include "InstantActions.h"
#include "InstantSupport.h"
#include "common/FontWarmup.h"
#include "common/LazyIconStyle.h"
#include "demo/DemoGenerator.h"
#include "main/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <optional>

using namespace outloud;
using namespace outloud::bench;
using namespace Qt::StringLiterals;

namespace {

// ---- child: the Outloud window, printing the time of its first paint ----

class FirstPaint : public QObject
{
public:
    FirstPaint(MainWindow& window, bool exitAtPaint)
        : m_window(window)
        , m_exitAtPaint(exitAtPaint)
    { }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] {
                std::printf("PAINT %lld\n", monotonicNs());
                std::fflush(stdout);
                if (m_exitAtPaint)
                    QCoreApplication::exit(0);
                else
                    watchInput();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    /// Until every page exists: the longest time between two passes of the event loop, that
    /// is how long a key pressed meanwhile would wait.
    void watchInput()
    {
        m_last = monotonicNs();
        auto* tick = new QTimer(this);
        tick->setInterval(1);
        connect(tick, &QTimer::timeout, this, [this, tick] {
            const long long now = monotonicNs();
            m_longest = std::max(m_longest, now - m_last);
            // What the pass built, for the table of steps: a page that came, or "other".
            const QStringList pages = builtPages();
            if (now - m_last > 5000000LL) {
                QStringList came;
                for (const QString& page : pages)
                    if (!m_pages.contains(page))
                        came << page;
                std::printf("STEP %s %.3f\n",
                    qPrintable(came.isEmpty() ? u"other"_s : came.join(u'+')),
                    double(now - m_last) / 1e6);
            }
            m_pages = pages;
            m_last = now;
            if (m_window.settled() || now - m_start > 60000000000LL) {
                tick->stop();
                std::printf("BLOCK %.3f\n", double(m_longest) / 1e6);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            }
        });
        m_start = m_last;
        m_pages = builtPages();
        tick->start();
    }

    QStringList builtPages() const
    {
        QStringList names;
        if (const auto* pages = m_window.findChild<QStackedWidget*>(u"pages"_s)) {
            for (int i = 0; i < pages->count(); ++i)
                if (!pages->widget(i)->objectName().isEmpty())
                    names << pages->widget(i)->objectName();
        }
        return names;
    }

    MainWindow& m_window;
    bool m_exitAtPaint = false;
    bool m_seen = false;
    long long m_last = 0;
    long long m_start = 0;
    long long m_longest = 0;
    QStringList m_pages;
};

int runChildWindow(QApplication& app, const QString& path, int page, bool exitAtPaint)
{
    // As app/main.cpp: the style, the window, the start page, shown.
    LazyIconStyle::install();
    MainWindow window(path);
    window.showPage(MainWindow::Page(page));
    window.resize(1280, 800);
    FirstPaint paint(window, exitAtPaint);
    app.installEventFilter(&paint);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"outloud"_s);
    QStringList args = app.arguments();
    // As app/main.cpp starts the window: the fonts' configuration loads meanwhile.
    std::optional<FontWarmup> fonts;
    if (args.contains(u"--child-window"_s))
        fonts.emplace();
    auto value = [&](const QString& option, const QString& fallback) {
        const qsizetype at = args.indexOf(option);
        return at > 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    if (args.contains(u"--child-window"_s))
        return runChildWindow(app, value(u"--database"_s, {}), value(u"--page"_s, u"0"_s).toInt(),
            args.contains(u"--exit-at-paint"_s));
    if (const qsizetype at = args.indexOf(u"--deep-copy"_s); at > 0 && at + 3 < args.size())
        return makeDeepCopy(args.at(at + 1), args.at(at + 2), args.at(at + 3).toInt()) ? 0 : 1;

    const int runs = value(u"--runs"_s, u"3"_s).toInt();
    scales().clear();
    for (const QString& each : value(u"--scales"_s, u"1,10"_s).split(u','))
        if (each.toInt() >= 1 && !scales().contains(each.toInt()))
            scales().append(each.toInt());
    std::sort(scales().begin(), scales().end());
    if (scales().isEmpty() || scales().first() != 1)
        scales().prepend(1);
    const QString versus = value(u"--versus"_s, {});
    QTemporaryDir dir;
    // The driver's own settings too (remembered circle, window state).
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.filePath(u"config"_s)));
    QString base = value(u"--database"_s, {});
    const QString large = dir.filePath(u"large.sqlite"_s);
    // The other build may read an older schema than this one: it gets a demo its own
    // `outloud` wrote when one is beside it (a build tree or a folder of kept binaries),
    // and each binary its own copy of every file, made before either opens it (this build
    // upgrades its copies; the other build's stay as they are).
    QString versusOutloud;
    if (!versus.isEmpty()) {
        const QString versusDir = QFileInfo(versus).absolutePath();
        for (const QString& candidate :
            {versusDir + u"/outloud"_s, versusDir + u"/../../app/outloud"_s}) {
            if (QFileInfo(candidate).isExecutable()) {
                versusOutloud = QFileInfo(candidate).canonicalFilePath();
                break;
            }
        }
    }
    QElapsedTimer t;
    t.start();
    if (!base.isEmpty()) {
        if (!QFile::copy(base, large)) {
            std::fprintf(stderr, "cannot copy %s\n", qPrintable(base));
            return 1;
        }
    } else if (!versusOutloud.isEmpty()) {
        QProcess demo;
        demo.start(versusOutloud, {u"demo"_s, u"--scale"_s, u"large"_s, u"--database"_s, large});
        if (!demo.waitForFinished(600000) || demo.exitCode() != 0) {
            std::fprintf(stderr, "%s demo failed\n", qPrintable(versusOutloud));
            return 1;
        }
        std::printf("large demo written by %s in %.1f s\n", qPrintable(versusOutloud),
            double(t.elapsed()) / 1000.0);
    } else {
        auto db = Database::open(large, nullptr);
        DemoGenerator demo(*db, DemoGenerator::Scale::Large, 1, QDate::currentDate());
        QString error;
        if (!demo.generate(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("large demo written in %.1f s\n", double(t.elapsed()) / 1000.0);
    }
    QFile::setPermissions(large, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QStringList files = {large};
    for (int i = 1; i < scales().size(); ++i) {
        const QString deep = dir.filePath(u"deep%1.sqlite"_s.arg(scales().at(i)));
        t.restart();
        if (!makeDeepCopy(large, deep, scales().at(i))) {
            std::fprintf(stderr, "cannot write the %dx copy\n", scales().at(i));
            return 1;
        }
        std::printf("%dx copy (every contribution %d times) written in %.1f s\n", scales().at(i),
            scales().at(i), double(t.elapsed()) / 1000.0);
        std::fflush(stdout);
        files << deep;
    }
    QStringList versusFiles;
    for (const QString& file : std::as_const(files)) {
        if (versus.isEmpty())
            break;
        const QString theirs = QString(file).replace(u".sqlite"_s, u"-versus.sqlite"_s);
        if (!QFile::copy(file, theirs)) {
            std::fprintf(stderr, "cannot copy %s\n", qPrintable(file));
            return 1;
        }
        versusFiles << theirs;
    }
    for (const QString& file : std::as_const(files)) {
        // Brought to the current schema once, outside every measurement.
        auto db = Database::open(file, nullptr);
    }

    // --actions-only: the interactive actions alone (to profile them).
    if (args.contains(u"--actions-only"_s)) {
        QList<Measured> actions;
        for (int s = 0; s < files.size(); ++s)
            measureActions(&actions, s, files.at(s));
        printTable(u"Interactive actions (ms, median of 3)"_s, actions, 50, 100);
        return 0;
    }

    // Start to first paint, a new process each time.
    QList<Measured> paint, block, other, steps;
    const QString self = QCoreApplication::applicationFilePath();
    const QString bare = binDir() + u"/bench_bare_window"_s;
    Measured yard;
    yard.what = u"yardstick: bare Qt window with a table"_s;
    auto row = [](QList<Measured>& rows, const QString& what) -> Measured& {
        for (Measured& m : rows)
            if (m.what == what)
                return m;
        Measured m;
        m.what = what;
        rows.append(m);
        return rows.last();
    };
    for (int s = 0; s < files.size(); ++s) {
        const QString home = dir.filePath(u"home%1"_s.arg(s));
        const QString versusHome = dir.filePath(u"home%1-versus"_s.arg(s));
        QDir().mkpath(home);
        QDir().mkpath(versusHome);
        // The first start of the day makes the daily backup (after the first paint); the
        // other build's first start also brings its copy to its own schema.
        const double firstOfDay = firstPaintMs(
            self, {u"--child-window"_s, u"--database"_s, files.at(s), u"--page"_s, u"0"_s}, home);
        if (!versus.isEmpty()) {
            const double theirs = firstPaintMs(versus,
                {u"--child-window"_s, u"--database"_s, versusFiles.at(s), u"--page"_s, u"0"_s},
                versusHome);
            if (theirs < 0) {
                std::fprintf(stderr, "%s could not open %s\n", qPrintable(versus),
                    qPrintable(versusFiles.at(s)));
                return 1;
            }
            row(other, u"first start of the day, overview"_s).set(s, theirs);
        }
        QList<double> yardRuns;
        for (int r = 0; r < runs; ++r)
            yardRuns << firstPaintMs(bare, {files.at(s)}, home);
        yard.set(s, median(yardRuns));
        for (int page = 0; page < PageNames.size(); ++page) {
            QList<double> times, blocks, versusTimes, versusBlocks;
            const QStringList arguments = {u"--child-window"_s, u"--database"_s, files.at(s),
                u"--page"_s, QString::number(page)};
            for (int r = 0; r < runs; ++r) {
                const Start start = firstPaint(self, arguments, home);
                times << start.paintMs;
                blocks << start.blockMs;
                for (auto it = start.stepMs.cbegin(); it != start.stepMs.cend(); ++it) {
                    Measured& m = row(steps, u"pass that built %1"_s.arg(it.key()));
                    m.set(s, std::max(m.at(s), it.value()));
                }
                if (!versus.isEmpty()) {
                    QStringList theirArguments = arguments;
                    theirArguments[2] = versusFiles.at(s);
                    const Start theirs = firstPaint(versus, theirArguments, versusHome);
                    versusTimes << theirs.paintMs;
                    versusBlocks << theirs.blockMs;
                }
            }
            row(paint, u"start to first paint, %1"_s.arg(PageNames.at(page))).set(s, median(times));
            row(block, u"longest input block after it, %1"_s.arg(PageNames.at(page)))
                .set(s, median(blocks));
            if (!versus.isEmpty()) {
                row(other, u"start to first paint, %1"_s.arg(PageNames.at(page)))
                    .set(s, median(versusTimes));
                row(other, u"longest input block after it, %1"_s.arg(PageNames.at(page)))
                    .set(s, median(versusBlocks));
            }
        }
        row(paint, u"first start of the day, overview"_s).set(s, firstOfDay);
        std::printf("first paints at %dx measured\n", scales().at(s));
        std::fflush(stdout);
    }
    std::printf(
        "\nStart to first paint (median of %d; a new process each, offscreen, 1280x800 screen), "
        "against the yardstick (target 1.3x)\n",
        runs);
    QString cells;
    for (int s = 0; s < files.size(); ++s)
        cells += u"%1 ms"_s.arg(yard.at(s), 8, 'f', 1);
    std::printf("  %-52s%s\n", qPrintable(yard.what), qPrintable(cells));
    std::printf("  %-52s", "");
    for (int scale : std::as_const(scales()))
        std::printf(" %9dx ratio", scale);
    std::printf("   within 1.3x\n");
    for (const Measured& m : std::as_const(paint)) {
        bool ok = true;
        std::printf("  %-52s", qPrintable(m.what));
        for (int s = 0; s < files.size(); ++s) {
            const double ratio = m.at(s) / yard.at(s);
            ok = ok && ratio <= 1.3;
            std::printf(" %7.1f ms %5.2fx", m.at(s), ratio);
        }
        std::printf("   %s\n", ok ? "yes" : "NO");
    }
    printTable(u"The longest input block while the other pages are built after the first paint "
               u"(ms, median of %1; target under 50 ms at 1x, under 100 ms at 10x)"_s.arg(runs),
        block, 50, 100);
    std::sort(steps.begin(), steps.end(),
        [](const Measured& a, const Measured& b) { return a.at(0) > b.at(0); });
    printTable(u"Where the longest input block comes from: the longest pass after the first "
               u"paint by what it built, over every start page (ms)"_s,
        steps, 50, 100);
    if (!versus.isEmpty()) {
        std::printf("\nStart to first paint and the longest input block after it, beside %s "
                    "(runs interleaved; ms, median of %d)\n",
            qPrintable(versus), runs);
        std::printf("  %-52s", "");
        for (int scale : std::as_const(scales()))
            std::printf(" %6dx other %6dx this  ratio", scale, scale);
        std::printf("\n");
        for (const Measured& m : std::as_const(other)) {
            std::printf("  %-52s", qPrintable(m.what));
            const Measured& mine
                = m.what.startsWith(u"longest"_s) ? row(block, m.what) : row(paint, m.what);
            for (int s = 0; s < files.size(); ++s)
                std::printf(" %9.1f ms %9.1f ms %5.2fx", m.at(s), mine.at(s), mine.at(s) / m.at(s));
            std::printf("\n");
        }
    }
    std::fflush(stdout);
    if (args.contains(u"--no-actions"_s))
        return 0;

    // Interactive actions in this process, on the real window.
    QList<Measured> actions;
    for (int s = 0; s < files.size(); ++s)
        measureActions(&actions, s, files.at(s));
    printTable(u"Interactive actions until the window is repainted (ms, median of 3; target "
               u"under 50 ms at 1x, under 100 ms at 10x), with the growth from 1x to the "
               u"largest scale"_s,
        actions, 50, 100);
    if (!scales().contains(100))
        std::printf("\n100x: not run (--scales 1,10,100 runs it: 20 million contributions, "
                    "the copy alone takes minutes).\n");
    return 0;
}