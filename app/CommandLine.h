// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

namespace outloud::cli {

/// Translates in the context "outloud::cli", where lupdate files every tr() call of this
/// namespace (resources/translations/README.md): the commands' one tr().
inline QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("outloud::cli", text, disambiguation, n);
}

/// The subcommand named by argv[1], or null when the window should open.
const Command* findCommand(int argc, char** argv);

/// The --database option shared by every command.
QCommandLineOption databaseOption();
/// --database's value, or the default database path.
QString databasePath(const QCommandLineParser& parser);

/// Writes to stdout / stderr, one line, UTF-8.
void out(const QString& line);
void err(const QString& line);

/// Parses @p arguments for a subcommand; prints the error or help and returns false
/// (with @p exitCode set) when the command should not run.
bool parse(QCommandLineParser& parser, const QStringList& arguments, int* exitCode);

} // namespace outloud::cli
