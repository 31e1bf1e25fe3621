// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_instant [--database LARGE_DEMO.sqlite] [--runs N] [--scales 1,10[,100]]
//               [--versus OTHER_BENCH_INSTANT] [--no-actions]
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
// Without --database it writes the large demo into a temporary folder first. The ci preset
// is a release build with debug info: its figures are the ones to quote.
#include "circle/CircleService.h"
#include "contributions/Contribution.h"
#include "contributions/ContributionModel.h"
#include "contributions/ContributionService.h"
#include "contributions/ContributionsPage.h"
#include "demo/DemoGenerator.h"
#include "main/MainWindow.h"
#include "people/RelationshipModel.h"
#include "people/RelationshipsPage.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Tallies.h"
#include "undo/Editor.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace outloud;
using namespace Qt::StringLiterals;

namespace {

long long monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

const QStringList PageNames
    = {u"overview"_s, u"goal"_s, u"relationships"_s, u"contributions"_s, u"circle"_s, u"meeting"_s};

// ---- child: the Outloud window, printing the time of its first paint ----

class FirstPaint : public QObject
{
public:
    explicit FirstPaint(MainWindow& window)
        : m_window(window)
    { }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] {
                std::printf("PAINT %lld\n", monotonicNs());
                std::fflush(stdout);
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
            m_last = now;
            if (m_window.allPagesBuilt() || now - m_start > 60000000000LL) {
                tick->stop();
                std::printf("BLOCK %.3f\n", double(m_longest) / 1e6);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            }
        });
        m_start = m_last;
        tick->start();
    }

    MainWindow& m_window;
    bool m_seen = false;
    long long m_last = 0;
    long long m_start = 0;
    long long m_longest = 0;
};

int runChildWindow(QApplication& app, const QString& path, int page)
{
    // As app/main.cpp: the window, the start page, shown.
    MainWindow window(path);
    window.showPage(MainWindow::Page(page));
    window.resize(1280, 800);
    FirstPaint paint(window);
    app.installEventFilter(&paint);
    window.show();
    return app.exec();
}

// ---- the driver ----

QString binDir()
{
    return QCoreApplication::applicationDirPath();
}

struct Start
{
    double paintMs = -1; ///< start to first paint
    double blockMs = -1; ///< the longest input block after it (-1: not reported)
};

/// A new process of @p program, timed from its start to its first paint.
Start firstPaint(const QString& program, const QStringList& arguments, const QString& home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A settings folder of the bench's own: no remembered page or circle, no user's files.
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    if (!env.contains(u"QT_QPA_PLATFORM"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    const long long start = monotonicNs();
    p.start(program, arguments);
    Start result;
    if (!p.waitForFinished(180000))
        return result;
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
    auto field = [&out](const QString& name) {
        const qsizetype at = out.indexOf(name + u' ');
        return at < 0 ? QString() : out.mid(at + name.size() + 1).section(u'\n', 0, 0).trimmed();
    };
    const QString painted = field(u"PAINT"_s);
    if (!painted.isEmpty())
        result.paintMs = double(painted.toLongLong() - start) / 1e6;
    const QString block = field(u"BLOCK"_s);
    if (!block.isEmpty())
        result.blockMs = block.toDouble();
    return result;
}

double firstPaintMs(const QString& program, const QStringList& arguments, const QString& home)
{
    return firstPaint(program, arguments, home).paintMs;
}

bool makeDeepCopy(const QString& from, const QString& to, int factor)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return false;
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString error;
    auto db = Database::open(to, &error, Database::OpenMode::MustExist);
    // One write through the bulk path: the tallies are counted once at the end rather than
    // row by row (core/storage/Tallies.h).
    const bool ok = db
        && db->write(
            Database::AllTables,
            [&](QSqlQuery& q) {
                tally::BulkLoad bulk(*db, q);
                if (!bulk.begin(&error))
                    return false;
                for (int i = 1; i < factor; ++i) {
                    if (!q.exec(
                            u"INSERT INTO contribution (person_id, happened_on, direction, "
                            "kind_id, channel_id, brought, note) SELECT person_id, happened_on, "
                            "direction, kind_id, channel_id, brought, note FROM contribution "
                            "WHERE id <= (SELECT max(id) FROM contribution) / %1"_s.arg(i)))
                        return fail(&error, q.lastError().text());
                }
                return bulk.finish(&error);
            },
            &error);
    if (!ok)
        std::fprintf(stderr, "%s\n", qPrintable(error));
    return ok;
}

struct Measured
{
    QString what;
    QList<double> ms; ///< per scale, -1 where not measured

    double at(int scale) const { return scale < ms.size() ? ms.at(scale) : -1; }
    void set(int scale, double value)
    {
        while (ms.size() <= scale)
            ms.append(-1);
        ms[scale] = value;
    }
};

class Driver
{
public:
    explicit Driver(QList<Measured>* rows, int scale)
        : m_rows(rows)
        , m_scale(scale)
    { }

    void record(const QString& what, double ms)
    {
        for (Measured& m : *m_rows) {
            if (m.what == what) {
                m.set(m_scale, ms);
                return;
            }
        }
        Measured m;
        m.what = what;
        m.set(m_scale, ms);
        m_rows->append(m);
    }

    static void settle(MainWindow& w)
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        w.repaint(); // everything on screen painted again, synchronously
    }

    /// The action, the events it posts, and a repaint of the whole window; median of runs.
    void measure(MainWindow& w, const QString& what, const std::function<void()>& action,
        const std::function<void()>& undo = {}, int runs = 3)
    {
        QList<double> times;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            action();
            settle(w);
            times << double(t.nsecsElapsed()) / 1e6;
            if (undo) {
                undo();
                settle(w);
            }
        }
        record(what, median(times));
    }

    /// A keystroke in a debounced filter: the key itself, then the list's reload from the
    /// moment it starts (the 120 ms pause after typing is the filter's own and not counted).
    void keystroke(MainWindow& w, const QString& what, QLineEdit* edit, QAbstractItemModel* model)
    {
        QList<double> times;
        for (const QChar c : u"ae"_s) {
            long long resetAt = 0;
            const auto conn = QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset,
                [&resetAt] { resetAt = monotonicNs(); });
            const long long keyStart = monotonicNs();
            QTest::keyClick(edit, c.toLatin1());
            const long long keyEnd = monotonicNs();
            QElapsedTimer wait;
            wait.start();
            while (resetAt == 0 && wait.elapsed() < 3000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
            settle(w);
            const long long end = monotonicNs();
            QObject::disconnect(conn);
            times << double((keyEnd - keyStart) + (resetAt ? end - resetAt : 0)) / 1e6;
        }
        record(what, median(times));
        edit->clear();
        QTest::qWait(200);
        settle(w);
    }

    void run(const QString& path)
    {
        MainWindow w(path);
        w.resize(1280, 800);
        QSignalSpy backup(&w, &MainWindow::dailyBackupDone);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            std::fprintf(stderr, "the window was not exposed\n");
        if (backup.isEmpty() && !backup.wait(60000))
            std::fprintf(stderr, "no daily backup within a minute\n");
        // The pages built after the first paint: the actions measure the window as it stays.
        if (!QTest::qWaitFor([&w] { return w.allPagesBuilt(); }, 60000))
            std::fprintf(stderr, "the pages were not all built within a minute\n");
        settle(w);
        Database& db = *w.database();
        Editor& editor = *w.editor();
        auto* sidebar = w.findChild<QListWidget*>(u"sidebar"_s);
        const qint64 circle = w.circleId();
        const qint64 me = w.memberId();

        // Pages, each from the one before.
        for (int page : {0, 2, 3, 1, 4, 5, 0}) {
            measure(w, u"switch page to %1"_s.arg(PageNames.at(page)),
                [&] { sidebar->setCurrentRow(page); });
        }

        // The overview's member, and back to me.
        sidebar->setCurrentRow(MainWindow::OverviewPage);
        settle(w);
        auto* selector = w.findChild<QComboBox*>(u"memberSelector"_s);
        if (selector && selector->count() > 1) {
            measure(
                w, u"switch overview member"_s, [&] { selector->setCurrentIndex(1); },
                [&] { selector->setCurrentIndex(0); });
            selector->setCurrentIndex(1);
            settle(w);
            measure(
                w, u"switch overview member back to me"_s, [&] { selector->setCurrentIndex(0); },
                [&] { selector->setCurrentIndex(1); });
            selector->setCurrentIndex(0);
            settle(w);
        }

        // Edits while the overview shows (it refreshes on every edit it can see).
        CircleService circles(db);
        const QList<ContributionKind> kinds = ContributionService(db).kinds();
        QSqlQuery q(db.connection());
        q.exec(u"SELECT id FROM person WHERE member_id = %1 ORDER BY id LIMIT 1"_s.arg(me));
        const qint64 person = q.next() ? q.value(0).toLongLong() : -1;
        q.finish();
        QString error;
        Contribution c;
        c.personId = person;
        c.date = db.now().date();
        c.kindId = kinds.isEmpty() ? -1 : kinds.first().id;
        c.note = u"bench"_s;
        QUndoStack* stack = editor.undoStack();
        measure(
            w, u"log a contribution (overview shown)"_s, [&] { editor.addContribution(c, &error); },
            [&] { stack->undo(); });
        editor.addContribution(c, &error);
        settle(w);
        QSqlQuery last(db.connection());
        last.exec(u"SELECT max(id) FROM contribution"_s);
        const qint64 logged = last.next() ? last.value(0).toLongLong() : qint64(-1);
        last.finish();
        Contribution edited = c;
        edited.id = logged;
        edited.note = u"bench, edited"_s;
        measure(
            w, u"edit a contribution (overview shown)"_s,
            [&] { editor.updateContribution(edited, &error); }, [&] { stack->undo(); });
        measure(
            w, u"undo logging a contribution (overview shown)"_s, [&] { stack->undo(); },
            [&] { stack->redo(); });
        stack->undo();
        settle(w);
        measure(
            w, u"rate a person (closeness, overview shown)"_s,
            [&] { editor.setCloseness(person, 5, &error); }, [&] { stack->undo(); });
        editor.setCloseness(person, 5, &error);
        settle(w);
        measure(
            w, u"undo a rating (overview shown)"_s, [&] { stack->undo(); }, [&] { stack->redo(); });
        stack->undo();
        settle(w);

        // Relationships: typing, a filter, sorting.
        sidebar->setCurrentRow(MainWindow::RelationshipsPageIndex);
        settle(w);
        RelationshipsPage* people = w.relationshipsPage();
        keystroke(w, u"keystroke in the relationships filter"_s,
            w.findChild<QLineEdit*>(u"peopleFilter"_s), people->model());
        for (const QString& name : {u"peopleClosenessFilter"_s, u"peopleTouchFilter"_s}) {
            if (auto* combo = w.findChild<QComboBox*>(name); combo && combo->count() > 1)
                measure(
                    w, u"choose in %1"_s.arg(name), [&] { combo->setCurrentIndex(1); },
                    [&] { combo->setCurrentIndex(0); });
        }
        measure(
            w, u"sort relationships by last contact"_s,
            [&] {
                people->view()->sortByColumn(RelationshipModel::LastContact, Qt::DescendingOrder);
            },
            [&] { people->view()->sortByColumn(RelationshipModel::Name, Qt::AscendingOrder); });

        // Contributions: typing, every filter, sorting.
        sidebar->setCurrentRow(MainWindow::ContributionsPageIndex);
        settle(w);
        ContributionsPage* log = w.contributionsPage();
        keystroke(w, u"keystroke in the contributions filter"_s,
            w.findChild<QLineEdit*>(u"contributionsTextFilter"_s), log->model());
        for (const QString& name : {u"contributionsWeekFilter"_s, u"contributionsDirectionFilter"_s,
                 u"contributionsKindFilter"_s, u"contributionsChannelFilter"_s}) {
            if (auto* combo = w.findChild<QComboBox*>(name); combo && combo->count() > 1)
                measure(
                    w, u"choose in %1"_s.arg(name), [&] { combo->setCurrentIndex(1); },
                    [&] { combo->setCurrentIndex(0); });
        }
        measure(
            w, u"sort contributions by person"_s,
            [&] { log->view()->sortByColumn(ContributionModel::Person, Qt::AscendingOrder); },
            [&] { log->view()->sortByColumn(ContributionModel::Date, Qt::DescendingOrder); });

        // Another circle and back.
        qint64 other = -1;
        for (const Circle& each : circles.circles()) {
            if (each.id != circle) {
                other = each.id;
                break;
            }
        }
        if (other > 0) {
            sidebar->setCurrentRow(MainWindow::OverviewPage);
            settle(w);
            measure(
                w, u"switch circle (and back)"_s, [&] { w.switchCircle(other); },
                [&] { w.switchCircle(circle); }, 1);
        }
    }

private:
    QList<Measured>* m_rows;
    int m_scale;
};

QList<int> g_scales = {1, 10};

QString scaleHeader()
{
    QString header;
    for (int scale : std::as_const(g_scales))
        header += u"%1"_s.arg(QString::number(scale) + u'x', 11);
    return header;
}

/// The growth from 1x to the largest scale measured.
double growth(const Measured& m)
{
    for (qsizetype i = g_scales.size() - 1; i > 0; --i) {
        if (m.at(int(i)) > 0 && m.at(0) > 0)
            return m.at(int(i)) / m.at(0);
    }
    return -1;
}

void printTable(const QString& title, const QList<Measured>& rows, double target1, double target10)
{
    std::printf("\n%s\n", qPrintable(title));
    std::printf("  %-52s%s %8s   %s\n", "", qPrintable(scaleHeader()), "growth", "within target");
    for (const Measured& m : rows) {
        QString cells;
        bool ok = m.at(0) >= 0 && m.at(0) < target1;
        for (int i = 0; i < g_scales.size(); ++i) {
            cells += u"%1"_s.arg(m.at(i) < 0 ? u"-"_s : QString::number(m.at(i), 'f', 2), 11);
            if (i > 0 && g_scales.at(i) <= 10 && m.at(i) >= target10)
                ok = false;
        }
        std::printf("  %-52s%s %7.2fx   %s\n", qPrintable(m.what), qPrintable(cells), growth(m),
            ok ? "yes" : "NO");
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"outloud"_s);
    QStringList args = app.arguments();
    auto value = [&](const QString& option, const QString& fallback) {
        const qsizetype at = args.indexOf(option);
        return at > 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    if (args.contains(u"--child-window"_s))
        return runChildWindow(app, value(u"--database"_s, {}), value(u"--page"_s, u"0"_s).toInt());

    const int runs = value(u"--runs"_s, u"3"_s).toInt();
    g_scales.clear();
    for (const QString& each : value(u"--scales"_s, u"1,10"_s).split(u','))
        if (each.toInt() >= 1 && !g_scales.contains(each.toInt()))
            g_scales.append(each.toInt());
    std::sort(g_scales.begin(), g_scales.end());
    if (g_scales.isEmpty() || g_scales.first() != 1)
        g_scales.prepend(1);
    const QString versus = value(u"--versus"_s, {});
    QTemporaryDir dir;
    // The driver's own settings too (remembered circle, window state).
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.filePath(u"config"_s)));
    QString base = value(u"--database"_s, {});
    const QString large = dir.filePath(u"large.sqlite"_s);
    if (base.isEmpty()) {
        auto db = Database::open(large, nullptr);
        QElapsedTimer t;
        t.start();
        DemoGenerator demo(*db, DemoGenerator::Scale::Large, 1, QDate::currentDate());
        QString error;
        if (!demo.generate(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("large demo written in %.1f s\n", double(t.elapsed()) / 1000.0);
    } else if (!QFile::copy(base, large)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(base));
        return 1;
    }
    QFile::setPermissions(large, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        // Brought to the current schema once, outside every measurement.
        auto db = Database::open(large, nullptr);
    }
    QStringList files = {large};
    for (int i = 1; i < g_scales.size(); ++i) {
        const QString deep = dir.filePath(u"deep%1.sqlite"_s.arg(g_scales.at(i)));
        QElapsedTimer t;
        t.start();
        if (!makeDeepCopy(large, deep, g_scales.at(i))) {
            std::fprintf(stderr, "cannot write the %dx copy\n", g_scales.at(i));
            return 1;
        }
        std::printf("%dx copy (every contribution %d times) written in %.1f s\n", g_scales.at(i),
            g_scales.at(i), double(t.elapsed()) / 1000.0);
        std::fflush(stdout);
        files << deep;
    }

    // Start to first paint, a new process each time.
    QList<Measured> paint, block, other;
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
        QDir().mkpath(home);
        // The first start of the day makes the daily backup (after the first paint).
        const double firstOfDay = firstPaintMs(
            self, {u"--child-window"_s, u"--database"_s, files.at(s), u"--page"_s, u"0"_s}, home);
        QList<double> yardRuns;
        for (int r = 0; r < runs; ++r)
            yardRuns << firstPaintMs(bare, {files.at(s)}, home);
        yard.set(s, median(yardRuns));
        for (int page = 0; page < PageNames.size(); ++page) {
            QList<double> times, blocks, versusTimes;
            const QStringList arguments = {u"--child-window"_s, u"--database"_s, files.at(s),
                u"--page"_s, QString::number(page)};
            for (int r = 0; r < runs; ++r) {
                const Start start = firstPaint(self, arguments, home);
                times << start.paintMs;
                blocks << start.blockMs;
                if (!versus.isEmpty())
                    versusTimes << firstPaintMs(versus, arguments, home);
            }
            row(paint, u"start to first paint, %1"_s.arg(PageNames.at(page))).set(s, median(times));
            row(block, u"longest input block after it, %1"_s.arg(PageNames.at(page)))
                .set(s, median(blocks));
            if (!versus.isEmpty())
                row(other, u"start to first paint, %1"_s.arg(PageNames.at(page)))
                    .set(s, median(versusTimes));
        }
        row(paint, u"first start of the day, overview"_s).set(s, firstOfDay);
        std::printf("first paints at %dx measured\n", g_scales.at(s));
        std::fflush(stdout);
    }
    std::printf("\nStart to first paint (median of %d; a new process each, offscreen), "
                "against the yardstick (target 1.3x)\n",
        runs);
    QString cells;
    for (int s = 0; s < files.size(); ++s)
        cells += u"%1 ms"_s.arg(yard.at(s), 8, 'f', 1);
    std::printf("  %-52s%s\n", qPrintable(yard.what), qPrintable(cells));
    std::printf("  %-52s", "");
    for (int scale : std::as_const(g_scales))
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
    if (!versus.isEmpty()) {
        std::printf("\nStart to first paint beside %s (runs interleaved; ms, median of %d)\n",
            qPrintable(versus), runs);
        std::printf("  %-52s", "");
        for (int scale : std::as_const(g_scales))
            std::printf(" %6dx other %6dx this  ratio", scale, scale);
        std::printf("\n");
        for (const Measured& m : std::as_const(other)) {
            std::printf("  %-52s", qPrintable(m.what));
            const Measured& mine = row(paint, m.what);
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
        Driver(&actions, s).run(files.at(s));
    printTable(u"Interactive actions until the window is repainted (ms, median of 3; target "
               u"under 50 ms at 1x, under 100 ms at 10x), with the growth from 1x to the "
               u"largest scale"_s,
        actions, 50, 100);
    if (!g_scales.contains(100))
        std::printf("\n100x: not run (--scales 1,10,100 runs it: 20 million contributions, "
                    "the copy alone takes minutes).\n");
    return 0;
}
