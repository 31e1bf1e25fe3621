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

QString label(int level)
{
    return u"%1 · %2"_s.arg(level).arg(meaning(level));
}

} // namespace outloud::closeness
