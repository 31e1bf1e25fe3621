// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Meeting mode's clocks: the agenda's countdown and each member's timebox.
#include "MeetingModeWidget.h"
#include "MeetingStyle.h"
#include "MemberRoundPanel.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud {

void MeetingModeWidget::startPause()
{
    if (m_timer.isFinished()) {
        // The agenda is done, a late round may still be timed.
        m_roundBox.isRunning() ? m_roundBox.pause() : m_roundBox.start();
        refresh();
        return;
    }
    m_timer.toggle();
    if (m_timer.isRunning() && inRound())
        m_roundBox.start();
    else
        m_roundBox.pause();
    updateActions();
    refresh();
}

void MeetingModeWidget::nextSegment()
{
    m_timer.next();
    if (inRound())
        resetTimebox();
    else
        m_roundBox.pause();
    updateActions();
    refresh();
}

void MeetingModeWidget::previousSegment()
{
    m_timer.previous();
    if (inRound())
        resetTimebox();
    else
        m_roundBox.pause();
    updateActions();
    refresh();
}

void MeetingModeWidget::restartAgenda()
{
    m_timer.restart();
    resetTimebox();
    updateActions();
    refresh();
}

void MeetingModeWidget::addMinute()
{
    m_timer.addMinutes(1);
    refresh();
}

void MeetingModeWidget::removeMinute()
{
    m_timer.addMinutes(-1);
    refresh();
}

qint64 MeetingModeWidget::timeboxMs() const
{
    const PlanWeek* week = m_plan.week(m_week);
    const int round = week ? week->roundIndex() : -1;
    if (round < 0)
        return 0;
    int present = 0;
    for (const MemberCapture& m : m_capture.members)
        present += m.present ? 1 : 0;
    return qint64(week->agenda.at(round).minutes) * 60000 / std::max(1, present);
}

bool MeetingModeWidget::inRound() const
{
    const PlanWeek* week = m_plan.week(m_week);
    return week && !m_timer.isFinished() && m_timer.currentIndex() == week->roundIndex();
}

void MeetingModeWidget::resetTimebox()
{
    // A member's timebox runs while the agenda runs in the round.
    m_roundBox.reset(timeboxMs());
    if (m_timer.isRunning() && inRound())
        m_roundBox.start();
    refresh();
}

void MeetingModeWidget::refresh()
{
    const bool finished = m_timer.isFinished();
    const int index = m_timer.currentIndex();
    if (m_timer.agenda().isEmpty()) {
        m_segmentLabel->setText(tr("This week has no agenda in the plan."));
        m_countdownLabel->setText(QString());
        m_nextLabel->setText(QString());
    } else if (finished) {
        m_segmentLabel->setText(tr("The agenda is done"));
        m_countdownLabel->setText(u"0:00"_s);
        m_nextLabel->setText(
            tr("Back (%1) or Restart (%2) to go on.")
                .arg(keysText(m_backAction->shortcuts()), keysText(m_restartAction->shortcuts())));
    } else {
        const AgendaSegment& s = m_timer.agenda().at(index);
        m_segmentLabel->setText(s.title);
        m_countdownLabel->setText(formatCountdown(m_timer.remainingMs()));
        if (m_timer.isTimeUp())
            m_nextLabel->setText(tr("Time is up. Finish the thought, then move on."));
        else if (index + 1 < m_timer.agenda().size())
            m_nextLabel->setText(tr("Next: %1").arg(m_timer.agenda().at(index + 1).title));
        else
            m_nextLabel->setText(tr("Last part of the meeting"));
    }
    meetingstyle::setAlert(m_clockFrame, isTimeUp());
    const bool running = m_timer.isRunning() || (finished && m_roundBox.isRunning());
    m_startButton->setText(running ? tr("Pause") : tr("Start"));

    const QPalette& pal = palette();
    for (int i = 0; i < m_agendaList->count(); ++i) {
        QListWidgetItem* item = m_agendaList->item(i);
        QFont f = item->font();
        f.setBold(i == index);
        item->setFont(f);
        item->setForeground(
            i < index ? pal.color(QPalette::Disabled, QPalette::Text) : pal.color(QPalette::Text));
        item->setBackground(i == index ? pal.color(QPalette::AlternateBase) : QBrush());
    }

    if (m_roundBox.durationMs() > 0)
        m_panel->setTimebox(formatCountdown(m_roundBox.remainingMs()), m_roundBox.isTimeUp());
    else
        m_panel->setTimebox(QString(), false);
}

} // namespace outloud
