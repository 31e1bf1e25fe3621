// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Closeness.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outloud::closeness {

QString meaning(int level)
{
    switch (level) {
    case 0:
        return QCoreApplication::translate("closeness", "does not know I exist");
    case 1:
        return QCoreApplication::translate("closeness", "aware of me");
    case 2:
        return QCoreApplication::translate("closeness", "we have interacted a little");
    case 3:
        return QCoreApplication::translate("closeness", "we have exchanged or collaborated");
    case 4:
        return QCoreApplication::translate("closeness", "we help each other regularly");
    case 5:
        return QCoreApplication::translate("closeness", "trusted: I could ask for almost anything");
    default:
        return {};
    }
}

QString shortLabel(int level)
{
    static const char* const words[] = {QT_TRANSLATE_NOOP("closeness", "unknown to them"),
        QT_TRANSLATE_NOOP("closeness", "knows of me"),
        QT_TRANSLATE_NOOP("closeness", "a little contact"),
        QT_TRANSLATE_NOOP("closeness", "exchanged"), QT_TRANSLATE_NOOP("closeness", "mutual help"),
        QT_TRANSLATE_NOOP("closeness", "trusted")};
    if (level < Min || level > Max)
        return {};
    return u"%1 · %2"_s.arg(level).arg(QCoreApplication::translate("closeness", words[level]));
}

QString label(int level)
{
    return u"%1 · %2"_s.arg(level).arg(meaning(level));
}

} // namespace outloud::closeness
