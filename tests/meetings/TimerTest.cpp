// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetings/AgendaTimer.h"

#include <gtest/gtest.h>

using namespace outloud;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 Minute = 60 * 1000;

// A clock the test moves by hand: no sleeping.
struct FakeClock
{
    qint64 now = 1000;
    MonotonicClock clock()
    {
        return [this] { return now; };
    }
};

QList<AgendaSegment> agenda()
{
    return {{u"Arrive"_s, 5}, {u"Round"_s, 20}, {u"Exercises"_s, 25}, {u"Commitments"_s, 10}};
}
} // namespace

TEST(AgendaTimer, CountsDownOnlyWhileRunning)
{
    FakeClock clock;
    AgendaTimer timer(clock.clock());
    timer.setAgenda(agenda());
    EXPECT_EQ(timer.currentIndex(), 0);
    EXPECT_FALSE(timer.isRunning());
    EXPECT_EQ(timer.remainingMs(), 5 * Minute);
    clock.now += 10 * Minute;
    EXPECT_EQ(timer.remainingMs(), 5 * Minute) << "not started yet";

    timer.start();
    clock.now += 2 * Minute;
    EXPECT_EQ(timer.remainingMs(), 3 * Minute);
    timer.pause();
    clock.now += 30 * Minute;
    EXPECT_EQ(timer.remainingMs(), 3 * Minute) << "paused";
    timer.toggle();
    EXPECT_TRUE(timer.isRunning());
    clock.now += Minute;
    EXPECT_EQ(timer.remainingMs(), 2 * Minute);
    EXPECT_FALSE(timer.isTimeUp());
}

TEST(AgendaTimer, TimeUpAddTwoMinutesAndNext)
{
    FakeClock clock;
    AgendaTimer timer(clock.clock());
    timer.setAgenda(agenda());
    timer.start();
    clock.now += 5 * Minute - 1;
    EXPECT_FALSE(timer.isTimeUp());
    EXPECT_EQ(formatCountdown(timer.remainingMs()), u"0:01"_s);
    clock.now += 1;
    EXPECT_TRUE(timer.isTimeUp());
    EXPECT_EQ(formatCountdown(timer.remainingMs()), u"0:00"_s);
    clock.now += 90 * 1000;
    EXPECT_EQ(formatCountdown(timer.remainingMs()), u"+1:30"_s) << "over time shows how far";

    timer.addTwoMinutes();
    EXPECT_FALSE(timer.isTimeUp());
    EXPECT_EQ(timer.remainingMs(), 30 * 1000);
    EXPECT_EQ(timer.segmentDurationMs(), 7 * Minute);

    EXPECT_TRUE(timer.next());
    EXPECT_EQ(timer.currentIndex(), 1);
    EXPECT_TRUE(timer.isRunning()) << "a running timer keeps running into the next segment";
    EXPECT_EQ(timer.remainingMs(), 20 * Minute);
    EXPECT_EQ(timer.minutesAfterCurrent(), 35);
    clock.now += 20 * Minute;
    EXPECT_TRUE(timer.isTimeUp());

    timer.pause();
    EXPECT_TRUE(timer.next());
    EXPECT_FALSE(timer.isRunning()) << "a paused timer stays paused";
    EXPECT_EQ(timer.remainingMs(), 25 * Minute);
    EXPECT_TRUE(timer.next());
    EXPECT_EQ(timer.agenda().at(timer.currentIndex()).title, u"Commitments"_s);
    EXPECT_FALSE(timer.next()) << "after the last segment the agenda is done";
    EXPECT_TRUE(timer.isFinished());
    EXPECT_FALSE(timer.isTimeUp());
    EXPECT_EQ(timer.remainingMs(), 0);
    EXPECT_FALSE(timer.next());
    timer.start();
    EXPECT_FALSE(timer.isRunning());
}

TEST(AgendaTimer, ARoundTimeboxIsACountdown)
{
    FakeClock clock;
    Countdown box(clock.clock());
    box.reset(4 * Minute);
    box.start();
    clock.now += 4 * Minute + 5000;
    EXPECT_TRUE(box.isTimeUp());
    EXPECT_EQ(box.remainingMs(), -5000);
    box.reset(4 * Minute);
    EXPECT_FALSE(box.isRunning()) << "the next member starts afresh";
    EXPECT_EQ(box.elapsedMs(), 0);
    Countdown empty(clock.clock());
    EXPECT_FALSE(empty.isTimeUp()) << "no timebox, no alarm";
}

TEST(AgendaTimer, GoesBackRestartsAndTakesTimeAway)
{
    FakeClock clock;
    AgendaTimer timer(clock.clock());
    timer.setAgenda(agenda());
    EXPECT_FALSE(timer.previous()) << "nothing before the first segment";
    timer.start();
    clock.now += Minute;
    timer.addMinutes(-2);
    EXPECT_EQ(timer.segmentDurationMs(), 3 * Minute);
    EXPECT_EQ(timer.remainingMs(), 2 * Minute);
    timer.addMinutes(-10);
    EXPECT_EQ(timer.segmentDurationMs(), Minute) << "a segment keeps at least a minute";
    EXPECT_TRUE(timer.isTimeUp());
    EXPECT_TRUE(timer.next());
    clock.now += 5 * Minute;
    EXPECT_TRUE(timer.previous());
    EXPECT_EQ(timer.currentIndex(), 0);
    EXPECT_TRUE(timer.isRunning()) << "back keeps the timer running";
    EXPECT_EQ(timer.remainingMs(), 5 * Minute) << "the segment starts afresh";

    // From "done" it goes back to the last segment: nothing is final.
    while (timer.next()) { }
    ASSERT_TRUE(timer.isFinished());
    EXPECT_TRUE(timer.previous());
    EXPECT_FALSE(timer.isFinished());
    EXPECT_EQ(timer.currentIndex(), int(timer.agenda().size()) - 1);
    EXPECT_EQ(timer.remainingMs(), qint64(timer.agenda().last().minutes) * Minute);

    timer.restart();
    EXPECT_EQ(timer.currentIndex(), 0);
    EXPECT_FALSE(timer.isRunning());
    EXPECT_EQ(timer.remainingMs(), 5 * Minute);
}
