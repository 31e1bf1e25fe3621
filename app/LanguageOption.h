// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QString>

namespace outloud::cli {

/// --language system|en|de: the window's language for this run, overriding the setting.
QCommandLineOption languageOption();

/// The language to start in: --language's value from @p argv when given (read before
/// QCommandLineParser runs, so that --help is already translated), else the setting.
QString languageChoice(int argc, char** argv);

} // namespace outloud::cli
