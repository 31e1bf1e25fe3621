// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Overview's balance tab drawn from the figures: the weekly exchange, the target, the
// balance line, the tiles, closeness and the imbalances.
#include "ChartStyle.h"
#include "DashboardCharts.h"
#include "DashboardWidget.h"
#include "people/Closeness.h"
#include "sharing/SharedOverview.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
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

    // The charts are updated in place; their hover texts are connected on the first fill
    // and read the current figures.
    const QPalette pal = palette();
    const dashboard::WeeklySets weekly = dashboard::fillWeeklyChart(m_weeklyView->chart(), a, pal);
    if (weekly.created) {
        for (QBarSet* set : {weekly.given, weekly.received}) {
            connect(set, &QBarSet::hovered, this, [this](bool status, int index) {
                showToolTip(m_weeklyView,
                    status ? dashboard::weekToolTip(m_figures, index + 1) : QString());
            });
        }
    }

    bool lineCreated = false;
    QLineSeries* line = dashboard::fillBalanceChart(m_balanceView->chart(), a, pal, &lineCreated);
    if (lineCreated) {
        connect(line, &QLineSeries::hovered, this, [this](const QPointF& point, bool state) {
            const int week = int(std::lround(point.x()));
            const bool valid
                = state && week >= 1 && week <= m_figures.weekly.cumulativeBalance.size();
            showToolTip(m_balanceView,
                valid ? tr("After week %1: given minus received = %2")
                            .arg(week)
                            .arg(m_figures.weekly.cumulativeBalance.at(week - 1))
                      : QString());
        });
    }

    const dashboard::TargetSeries target
        = dashboard::fillTargetChart(m_targetView->chart(), a, pal);
    if (target.created) {
        connect(target.given, &QBarSet::hovered, this, [this](bool status, int index) {
            QString text;
            if (status && index < m_figures.progress.given.size()) {
                const int given = m_figures.progress.given.at(index);
                text = tr("Week %1: %2 given, target %3")
                           .arg(index + 1)
                           .arg(given)
                           .arg(m_figures.progress.target);
                if (index + 1 < m_figures.progress.currentWeek
                    || given >= m_figures.progress.target)
                    text += u' '
                        + (given >= m_figures.progress.target ? tr("(reached)")
                                                              : tr("(not reached)"));
            }
            showToolTip(m_targetView, text);
        });
    }
}

void DashboardWidget::showCloseness()
{
    const analytics::MemberAnalytics& a = m_figures;
    const QPalette pal = palette();
    const dashboard::ClosenessSets closeness
        = dashboard::fillClosenessChart(m_closenessView->chart(), a, pal);
    for (QBarSet* set : {closeness.week1, closeness.now}) {
        if (!closeness.created)
            break;
        const bool isNow = set == closeness.now;
        connect(set, &QBarSet::hovered, this, [this, isNow](bool status, int level) {
            const auto& d = isNow ? m_figures.closeness.distributionNow
                                  : m_figures.closeness.distributionWeek1;
            if (!status || level < 0 || level > 5) {
                showToolTip(m_closenessView, QString());
                return;
            }
            const QString people = d[level] == 1 ? tr("1 person") : tr("%1 people").arg(d[level]);
            showToolTip(m_closenessView,
                (isNow ? tr("Now, closeness %1 (%2): %3")
                       : tr("End of week 1, closeness %1 (%2): %3"))
                    .arg(level)
                    .arg(closeness::meaning(level), people));
        });
    }
}

void DashboardWidget::showImbalances()
{
    const analytics::MemberAnalytics& a = m_figures;
    const QPalette pal = palette();
    const dashboard::ImbalanceSets imbalance
        = dashboard::fillImbalanceChart(m_imbalanceView->chart(), a, pal);
    m_imbalancePeople = imbalance.people;
    const QList<analytics::PersonExchange>& people = m_imbalancePeople;
    for (QBarSet* set : {imbalance.theyGaveMore, imbalance.iGaveMore}) {
        if (!imbalance.created)
            break;
        connect(set, &QBarSet::hovered, this, [this](bool status, int index) {
            QString text;
            if (status && index >= 0 && index < m_imbalancePeople.size()) {
                const analytics::PersonExchange& p = m_imbalancePeople.at(index);
                text = tr("%1: I gave %2, received %3")
                           .arg(p.name)
                           .arg(p.exchange.given)
                           .arg(p.exchange.received);
            }
            showToolTip(m_imbalanceView, text);
        });
    }
    if (people.isEmpty())
        setChartTitle(m_imbalanceView->chart(), tr("Largest imbalances: none yet"));
}

} // namespace outloud
