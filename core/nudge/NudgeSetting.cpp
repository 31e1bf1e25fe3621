// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NudgeSetting.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace outloud {

QDateTime NudgeSetting::nextAfter(const QDateTime& now) const
{
    if (!enabled || weekday < 1 || weekday > 7 || !time.isValid())
        return {};
    QDate day = now.date().addDays((weekday - now.date().dayOfWeek() + 7) % 7);
    QDateTime at(day, time);
    if (at <= now)
        at = QDateTime(day.addDays(7), time);
    return at;
}

NudgeSetting NudgeSetting::load(const QSettings& settings)
{
    NudgeSetting s;
    s.enabled = settings.value(u"nudge/enabled"_s, false).toBool();
    const int day = settings.value(u"nudge/weekday"_s, s.weekday).toInt();
    if (day >= 1 && day <= 7)
        s.weekday = day;
    const QTime time = QTime::fromString(settings.value(u"nudge/time"_s).toString(), u"HH:mm"_s);
    if (time.isValid())
        s.time = time;
    return s;
}

void NudgeSetting::save(QSettings& settings) const
{
    settings.setValue(u"nudge/enabled"_s, enabled);
    settings.setValue(u"nudge/weekday"_s, weekday);
    settings.setValue(u"nudge/time"_s, time.toString(u"HH:mm"_s));
}

} // namespace outloud
