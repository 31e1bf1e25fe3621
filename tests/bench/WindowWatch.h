// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the window benchmarks (bench_export_window, bench_backup_window) measure: how long an
// action takes and the longest the GUI thread was blocked meanwhile.
#pragma once

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QList>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace outloud::bench {

struct Figures
{
    double ms = 0;
    double longestBlockMs = 0;
};

/// Runs @p action from the event loop and waits until @p done, ticking meanwhile: the
/// longest block is the longest gap between the ticks of a 5 ms timer.
inline Figures watch(
    const std::function<void()>& action, const std::function<bool()>& done, int timeoutMs = 600000)
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
    (void)QTest::qWaitFor([&] { return started && done(); }, timeoutMs);
    Figures f;
    f.ms = double(clock.nsecsElapsed()) / 1e6;
    longest = std::max(longest, clock.nsecsElapsed() - last);
    f.longestBlockMs = double(longest) / 1e6;
    return f;
}

inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

/// An action timed the old way (on the GUI thread) and the window's way, run after run.
struct BeforeAfter
{
    QList<double> before, beforeBlock, after, afterBlock;
    /// One line of medians, @p name in a column @p nameWidth wide.
    void print(const char* name, int nameWidth) const
    {
        std::printf("%-*s %14.0f %18.0f %14.0f %18.0f\n", nameWidth, name, median(before),
            median(beforeBlock), median(after), median(afterBlock));
        std::fflush(stdout);
    }
};

/// `--database FILE [--runs N]` (--database repeatable): false, having said why, without one.
inline bool readArguments(const QCoreApplication& app, QStringList* databases, int* runs)
{
    using namespace Qt::StringLiterals;
    QCommandLineParser parser;
    parser.addOption({u"database"_s, u"A file to copy and open (repeatable)."_s, u"FILE"_s});
    parser.addOption({u"runs"_s, u"Runs of each (median)."_s, u"N"_s, u"1"_s});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(u"database"_s)) {
        std::fprintf(stderr, "--database FILE is needed\n");
        return false;
    }
    *databases = parser.values(u"database"_s);
    *runs = std::max(1, parser.value(u"runs"_s).toInt());
    return true;
}

} // namespace outloud::bench
