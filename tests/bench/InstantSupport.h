// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared pieces of bench_instant: timing, first paints in a new process, the deep copies,
// the scaling tables.
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace outloud::bench {

long long monotonicNs();
double median(QList<double> values);

/// The start pages in MainWindow::Page order.
extern const QStringList PageNames;

/// The scales measured, 1 first (set once from --scales).
QList<int>& scales();

QString binDir();

struct Start
{
    double paintMs = -1; ///< start to first paint
    double blockMs = -1; ///< the longest input block after it (-1: not reported)
    /// The longest pass after the first paint by what it built ("other": no page).
    QMap<QString, double> stepMs;
};

/// A new process of @p program, timed from its start to its first paint.
Start firstPaint(const QString& program, const QStringList& arguments, const QString& home);
double firstPaintMs(const QString& program, const QStringList& arguments, const QString& home);

/// @p to: a copy of @p from with every contribution @p factor times (deep history, same people),
/// at the schema version of @p from (never upgraded: an older build can open it too).
bool makeDeepCopy(const QString& from, const QString& to, int factor);

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

QString scaleHeader();
/// The growth from 1x to the largest scale measured.
double growth(const Measured& m);
void printTable(const QString& title, const QList<Measured>& rows, double target1, double target10);

} // namespace outloud::bench
