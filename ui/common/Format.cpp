// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Format.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace outloud::format {

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString shortTime(QTime time)
{
    // Some locales' short format still carries seconds (the C locale does): drop them.
    QString pattern = QLocale().timeFormat(QLocale::ShortFormat);
    pattern.remove(u":ss"_s).remove(u".ss"_s);
    return QLocale().toString(time, pattern);
}

QString shortDateTime(const QDateTime& dateTime)
{
    return shortDate(dateTime.date()) + u' ' + shortTime(dateTime.time());
}

} // namespace outloud::format
