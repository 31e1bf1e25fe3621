// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WeekPlan.h"

#include <algorithm>
#include <functional>

namespace outloud {

/// Milliseconds from any fixed origin that only moves forward. Tests inject their own.
using MonotonicClock = std::function<qint64()>;

/// A steady clock that starts near zero when first asked.
MonotonicClock steadyClock();

/**
 * One countdown that can be paused and extended. It never sleeps or ticks by itself:
 * it reads the clock when asked, so a view polls it and a test moves the clock.
 */
class Countdown
{
public:
    explicit Countdown(MonotonicClock clock = steadyClock());

    /// Stops and sets a new length; nothing has elapsed.
    void reset(qint64 durationMs);
    void start();
    void pause();
    bool isRunning() const { return m_runningSince >= 0; }

    qint64 durationMs() const { return m_duration; }
    qint64 elapsedMs() const;
    /// Negative once the time is up: how far over it is.
    qint64 remainingMs() const { return m_duration - elapsedMs(); }
    bool isTimeUp() const { return m_duration > 0 && remainingMs() <= 0; }
    void extend(qint64 ms) { m_duration += ms; }
    /// Changes the length by @p ms, never below @p floorMs.
    void adjust(qint64 ms, qint64 floorMs) { m_duration = std::max(floorMs, m_duration + ms); }

private:
    MonotonicClock m_clock;
    qint64 m_duration = 0;
    qint64 m_banked = 0; // elapsed before the last start
    qint64 m_runningSince = -1; // clock value at the last start, -1 when paused
};

/// The meeting's agenda run as one countdown per segment: start, pause, next and back,
/// minutes added or taken away, restart. Nothing is ever final: from "done" it goes back.
class AgendaTimer
{
public:
    static constexpr qint64 ExtraMs = 2 * 60 * 1000;

    explicit AgendaTimer(MonotonicClock clock = steadyClock());

    /// Loads @p agenda and goes back to the first segment, paused.
    void setAgenda(const QList<AgendaSegment>& agenda);
    const QList<AgendaSegment>& agenda() const { return m_agenda; }

    void start();
    void pause();
    void toggle() { isRunning() ? pause() : start(); }
    bool isRunning() const { return m_countdown.isRunning(); }

    /// Moves to the next segment, keeping it running if the timer ran. False after the last.
    bool next();
    /// Back to the previous segment (from "done", the last one), fresh, keeping it running
    /// if the timer ran. False on the first segment.
    bool previous();
    /// The first segment again, paused, its full length.
    void restart();
    /// Gives the current segment two more minutes.
    void addTwoMinutes() { addMinutes(2); }
    /// Gives the current segment @p minutes more (fewer when negative); a segment keeps
    /// at least one minute.
    void addMinutes(int minutes);

    /// Index of the current segment; agenda().size() once the agenda is done.
    int currentIndex() const { return m_index; }
    bool isFinished() const { return m_index >= m_agenda.size(); }
    qint64 remainingMs() const { return isFinished() ? 0 : m_countdown.remainingMs(); }
    qint64 segmentDurationMs() const { return m_countdown.durationMs(); }
    bool isTimeUp() const { return !isFinished() && m_countdown.isTimeUp(); }
    /// Planned minutes of the segments after the current one.
    int minutesAfterCurrent() const;

private:
    QList<AgendaSegment> m_agenda;
    Countdown m_countdown;
    int m_index = 0;
};

/// "m:ss" for a countdown; over time as "+m:ss".
QString formatCountdown(qint64 remainingMs);

} // namespace outloud
