// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <cstdio>

namespace outloud::cli {

/// A subcommand: runs without a window, prints to the streams, returns the exit code.
/// @p arguments starts with the program name, then the command name.
using CommandFunction = int (*)(const QStringList& arguments);

struct Command
{
    const char* name;
    const char* summary;
    CommandFunction run;
    /// Paints (PDF, images): runs under a QGuiApplication, offscreen unless the user chose a
    /// platform.
    bool needsGui = false;
};

/// Every subcommand, in the order `outloud --help` lists them.
const QList<Command>& commands();

int runDemo(const QStringList& arguments);
int runImport(const QStringList& arguments);
int runExportData(const QStringList& arguments);
int runBackup(const QStringList& arguments);
int runCalendar(const QStringList& arguments);
int runExport(const QStringList& arguments);
int runCircle(const QStringList& arguments);
int runRemind(const QStringList& arguments);
int runOrg(const QStringList& arguments);

} // namespace outloud::cli
