// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Overview's balance tab drawn from the figures: the weekly exchange, the target, the
// balance line, the tiles, closeness and the imbalances.
#include "BalanceCharts.h"
#include "ChartStyle.h"
#include "DashboardCharts.h"
#include "DashboardWidget.h"
#include "people/Closeness.h"
#include "sharing/SharedOverview.h"

#include <QLabel>
#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace outloud {

void DashboardWidget::showWeekly(const analytics::MemberAnalytics& a, QDate today)
{
    const QLocale locale;
    m_title->setText(tr("Overview: %1").arg(a.memberName));
    // Where the members' figures come from (cards, the server), read once.
    const sharing::CircleFigures shared = SharedOverview::figures(m_db, m_circleId, today);
    m_sharedNote->setText(SharedOverview::note(shared, m_memberId, m_db.now()));
    m_sharedNote->setVisible(!m_sharedNote->text().isEmpty());
    SharedOverview::labelSelector(m_memberSelector, m_memberNames, shared, m_db.now());
    const int length = a.weekly.lengthWeeks;
    if (a.weekly.currentWeek == 0 && !a.weekly.weeks.isEmpty()) {
        m_note->setText(
            tr("The circle starts on %1; the weekly charts fill in as the weeks pass.")
                .arg(locale.toString(a.weekly.weeks.first().start, QLocale::LongFormat)));
        m_note->show();
    } else if (a.weekly.currentWeek > length) {
        m_note->setText(tr("The circle's %1 weeks are over.").arg(length));
        m_note->show();
    } else {
        m_note->hide();
    }

    // Every figure here covers one period, said once under the tiles (the PDF says the same).
    const int soFar = a.weekly.lastWeekSoFar();
    if (soFar == 0)
        m_period->setText(tr("Figures as of %1: the circle has not started yet.")
                              .arg(locale.toString(today, QLocale::LongFormat)));
    else
        m_period->setText(tr("Figures as of %1: given, received and balance over weeks 1 to %2 of "
                             "the circle; streak and habit strength up to week %3.")
                              .arg(locale.toString(today, QLocale::LongFormat))
                              .arg(soFar)
                              .arg(a.progress.lastCountedWeek));
    m_given->setText(locale.toString(a.weekly.total.given));
    m_received->setText(locale.toString(a.weekly.total.received));
    const int balance = a.weekly.total.balance();
    m_balance->setText(balance > 0 ? u"+"_s + locale.toString(balance) : locale.toString(balance));
    const std::optional<double> ratio = a.weekly.total.ratio();
    m_ratio->setText(ratio ? locale.toString(*ratio, 'f', 1) : tr("n/a"));
    m_ratio->setToolTip(ratio
            ? tr("You gave %1 contributions for each one you received (%2 given, %3 received).")
                  .arg(locale.toString(*ratio, 'f', 2))
                  .arg(a.weekly.total.given)
                  .arg(a.weekly.total.received)
            : tr("Nothing received yet, so there is no ratio."));
    // Explicit singular: "%n week(s)" shows as typed until an English translation is loaded.
    m_streak->setText(
        a.progress.streak == 1 ? tr("1 week") : tr("%1 weeks").arg(a.progress.streak));
    m_score->setText(tr("%1 %").arg(std::lround(a.progress.score * 100)));
    m_score->setToolTip(analytics::habitScoreExplanation() + u"\n\n"_s
        + tr("Now: %1 % (exactly %2), after week %3; weekly target %4.")
              .arg(std::lround(a.progress.score * 100))
              .arg(locale.toString(a.progress.score, 'f', 4))
              .arg(a.progress.lastCountedWeek)
              .arg(a.progress.target));

    const ChartColors colors = chartColors(palette());
    m_weeklyChart->setData(dashboard::weeklyChart(a, colors));
    m_balanceChart->setData(dashboard::balanceChart(a, colors));
    m_targetChart->setData(dashboard::targetChart(a, colors));
}

void DashboardWidget::showCloseness()
{
    m_closenessChart->setData(dashboard::closenessChart(m_figures, chartColors(palette())));
}

void DashboardWidget::showImbalances()
{
    dashboard::ImbalanceChart chart = dashboard::imbalanceChart(m_figures, chartColors(palette()));
    m_imbalancePeople = std::move(chart.people);
    m_imbalanceChart->setData(chart.data);
}

void DashboardWidget::connectCharts()
{
    // A click anywhere in a week's column opens that week, empty weeks included.
    for (ChartWidget* chart : {m_weeklyChart, m_targetChart, m_balanceChart}) {
        chart->setClickable(true);
        connect(chart, &ChartWidget::categoryClicked, this, [this](int index) {
            if (index + 1 <= m_figures.weekly.lengthWeeks)
                Q_EMIT weekActivated(index + 1);
        });
    }
    // The hover texts read the current figures.
    m_weeklyChart->setToolTipText([this](const ChartHit& hit) {
        return dashboard::weekToolTip(m_figures, hit.category + 1);
    });
    m_balanceChart->setToolTipText([this](const ChartHit& hit) {
        const int week = hit.category + 1;
        if (week > std::min(m_figures.weekly.currentWeek, m_figures.weekly.lengthWeeks)
            || week > m_figures.weekly.cumulativeBalance.size())
            return QString();
        return tr("After week %1: given minus received = %2")
            .arg(week)
            .arg(m_figures.weekly.cumulativeBalance.at(week - 1));
    });
    m_targetChart->setToolTipText(
        [this](const ChartHit& hit) { return targetToolTip(hit.category + 1); });
    m_closenessChart->setToolTipText([this](const ChartHit& hit) { return closenessToolTip(hit); });
    m_imbalanceChart->setToolTipText([this](const ChartHit& hit) {
        if (hit.category < 0 || hit.category >= m_imbalancePeople.size())
            return QString();
        const analytics::PersonExchange& p = m_imbalancePeople.at(hit.category);
        return tr("%1: I gave %2, received %3")
            .arg(p.name)
            .arg(p.exchange.given)
            .arg(p.exchange.received);
    });
}

QString DashboardWidget::targetToolTip(int week) const
{
    const analytics::WeeklyProgress& progress = m_figures.progress;
    if (week < 1 || week > progress.given.size())
        return {};
    const int given = progress.given.at(week - 1);
    QString text = tr("Week %1: %2 given, target %3").arg(week).arg(given).arg(progress.target);
    if (week < progress.currentWeek || given >= progress.target)
        text += u' ' + (given >= progress.target ? tr("(reached)") : tr("(not reached)"));
    return text;
}

QString DashboardWidget::closenessToolTip(const ChartHit& hit) const
{
    const int level = hit.category;
    if (level < 0 || level > 5)
        return {};
    QStringList lines;
    for (const bool isNow : {false, true}) {
        if (hit.set >= 0 && (hit.set == 1) != isNow)
            continue;
        const auto& d
            = isNow ? m_figures.closeness.distributionNow : m_figures.closeness.distributionWeek1;
        const QString people = d[level] == 1 ? tr("1 person") : tr("%1 people").arg(d[level]);
        lines << (isNow ? tr("Now, closeness %1 (%2): %3")
                        : tr("End of week 1, closeness %1 (%2): %3"))
                     .arg(level)
                     .arg(closeness::meaning(level), people);
    }
    return lines.join(u'\n');
}

} // namespace outloud
