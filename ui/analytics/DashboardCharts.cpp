// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardCharts.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace outloud::analytics;

namespace outloud::dashboard {

namespace {

// The context lupdate files tr() calls under in this namespace, so they find their translation.
QString tr(const char* text)
{
    return QCoreApplication::translate("outloud::dashboard", text);
}

} // namespace

QString weekLabel(int week, int currentWeek)
{
    // The current week is marked by its darker bars and the legend's "This week": a longer
    // label ("7 (now)") did not fit the axis at 1024 px.
    Q_UNUSED(currentWeek);
    return QString::number(week);
}

QString weekToolTip(const MemberAnalytics& a, int week)
{
    if (week < 1 || week > a.weekly.weeks.size())
        return {};
    const WeekExchange& w = a.weekly.weeks.at(week - 1);
    const QLocale locale;
    QString text = tr("Week %1: %2 to %3")
                       .arg(week)
                       .arg(locale.toString(w.start, QLocale::ShortFormat),
                           locale.toString(w.end.addDays(-1), QLocale::ShortFormat));
    if (week == a.weekly.currentWeek)
        text += u' ' + tr("(this week)");
    text += u'\n' + tr("Given: %1").arg(w.exchange.given);
    text += u'\n' + tr("Received: %1").arg(w.exchange.received);
    text += u'\n' + tr("Weekly target: %1").arg(a.progress.target);
    if (week - 1 < a.weekly.cumulativeBalance.size())
        text += u'\n' + tr("Balance so far: %1").arg(a.weekly.cumulativeBalance.at(week - 1));
    if (week - 1 < a.closeness.risenByWeek.size() && a.closeness.risenByWeek.at(week - 1) > 0)
        text += u'\n' + tr("People who grew closer: %1").arg(a.closeness.risenByWeek.at(week - 1));
    if (week - 1 < a.commitments.size()) {
        const CommitmentWeek& c = a.commitments.at(week - 1);
        if (c.made > 0)
            text += u'\n' + tr("Commitments made: %1").arg(c.made);
        if (c.due > 0)
            text += u'\n' + tr("Commitments due: %1, kept: %2").arg(c.due).arg(c.kept);
    }
    text += u'\n' + tr("Click to see the contributions of this week.");
    return text;
}

} // namespace outloud::dashboard
