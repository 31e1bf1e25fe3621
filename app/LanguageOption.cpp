// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageOption.h"

#include "CommandLine.h"
#include "i18n/Language.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outloud::cli {

QCommandLineOption languageOption()
{
    return QCommandLineOption(u"language"_s,
        tr("The language of the window for this run: %1 "
           "(default: the language setting).")
            .arg(i18n::languageChoices().join(u", "_s)),
        tr("language"));
}

QString languageChoice(int argc, char** argv)
{
    const QByteArray option = "--language";
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == option && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(option + '='))
            return QString::fromLocal8Bit(arg.mid(option.size() + 1));
    }
    return i18n::languageSetting();
}

} // namespace outloud::cli
