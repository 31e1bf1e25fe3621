// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaTimer.h"

#include <QElapsedTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace outloud {

MonotonicClock steadyClock()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}

Countdown::Countdown(MonotonicClock clock)
    : m_clock(std::move(clock))
{ }

void Countdown::reset(qint64 durationMs)
{
    m_duration = durationMs;
    m_banked = 0;
    m_runningSince = -1;
}

void Countdown::start()
{
    if (!isRunning())
        m_runningSince = m_clock();
}

void Countdown::pause()
{
    if (!isRunning())
        return;
    m_banked += m_clock() - m_runningSince;
    m_runningSince = -1;
}

qint64 Countdown::elapsedMs() const
{
    return m_banked + (isRunning() ? m_clock() - m_runningSince : 0);
}

AgendaTimer::AgendaTimer(MonotonicClock clock)
    : m_countdown(std::move(clock))
{ }

void AgendaTimer::setAgenda(const QList<AgendaSegment>& agenda)
{
    m_agenda = agenda;
    m_index = 0;
    m_countdown.reset(m_agenda.isEmpty() ? 0 : qint64(m_agenda.first().minutes) * 60000);
}

void AgendaTimer::start()
{
    if (!isFinished())
        m_countdown.start();
}

void AgendaTimer::pause()
{
    m_countdown.pause();
}

bool AgendaTimer::next()
{
    if (isFinished())
        return false;
    const bool running = isRunning();
    ++m_index;
    if (isFinished()) {
        m_countdown.reset(0);
        return false;
    }
    m_countdown.reset(qint64(m_agenda.at(m_index).minutes) * 60000);
    if (running)
        m_countdown.start();
    return true;
}

bool AgendaTimer::previous()
{
    if (m_agenda.isEmpty() || m_index == 0)
        return false;
    const bool running = isRunning();
    m_index = std::min(m_index, int(m_agenda.size())) - 1;
    m_countdown.reset(qint64(m_agenda.at(m_index).minutes) * 60000);
    if (running)
        m_countdown.start();
    return true;
}

void AgendaTimer::restart()
{
    setAgenda(m_agenda);
}

void AgendaTimer::addMinutes(int minutes)
{
    if (!isFinished())
        m_countdown.adjust(qint64(minutes) * 60000, 60000);
}

int AgendaTimer::minutesAfterCurrent() const
{
    int total = 0;
    for (qsizetype i = qsizetype(m_index) + 1; i < m_agenda.size(); ++i)
        total += m_agenda.at(i).minutes;
    return total;
}

QString formatCountdown(qint64 remainingMs)
{
    const bool over = remainingMs < 0;
    // Round up while counting down (0:01 until the very end), down when over.
    const qint64 seconds = over ? -remainingMs / 1000 : (remainingMs + 999) / 1000;
    const QString text = u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    return over ? u"+"_s + text : text;
}

} // namespace outloud
