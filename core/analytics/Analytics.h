// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circle/WeekCalendar.h"
#include "people/Closeness.h"

#include <QDate>
#include <QFlags>
#include <QList>
#include <QString>
#include <algorithm>
#include <array>
#include <optional>

/**
 * @file
 * Analytics: pure functions of the stored data, shared by the dashboard and the PDF summary.
 *
 * Every function takes the open Database, the circle and/or member it is about and "today"
 * (never the wall clock), and returns plain values. The numbers come from a few aggregate
 * queries (GROUP BY) per call; dates are mapped to circle weeks with the circle's
 * WeekCalendar, so a moved meeting moves a week's boundary as everywhere else.
 *
 * Weeks: index i of every per-week list is week i + 1 of the circle (1..lengthWeeks).
 *
 * One reference date, "today": nothing dated after it counts anywhere (a contribution
 * logged for a later day counts once that day has come). The period every headline figure
 * covers is the circle so far: weeks 1..currentWeek up to today. What happened before
 * week 1 or after the last week is kept apart (#WeeklyExchange::before, ::after) and is
 * in no headline figure, so the tiles, the charts and the PDF add up to the same numbers.
 */

namespace outloud {

class Database;

namespace analytics {

/// How many contributions went each way.
struct Exchange
{
    int given = 0;
    int received = 0;

    int balance() const { return given - received; }
    int total() const { return given + received; }
    /// given / received; empty when nothing was received (the ratio is undefined).
    std::optional<double> ratio() const
    {
        if (received == 0)
            return std::nullopt;
        return double(given) / double(received);
    }
    bool operator==(const Exchange&) const = default;
};

/// One week of the circle.
struct WeekExchange
{
    int week = 0; ///< 1-based week of the circle.
    QDate start; ///< First day (the week's meeting).
    QDate end; ///< First day after the week.
    Exchange exchange;
};

/// Giving and receiving per week of the circle, for one member.
struct WeeklyExchange
{
    int lengthWeeks = 0; ///< Weeks of the circle (size of #weeks).
    int currentWeek = 0; ///< WeekCalendar::currentWeek(today): 0 not started, length+1 over.
    QList<WeekExchange> weeks;
    Exchange before; ///< Before week 1 (up to today): not in any headline figure.
    Exchange after; ///< After the last week (up to today).
    Exchange later; ///< Dated after today: counted nowhere else until that day comes.
    Exchange total; ///< The circle so far: weeks 1..currentWeek, up to today.
    /// Balance (given - received) at the end of each week, from 0 at the circle's start.
    QList<int> cumulativeBalance;
    /// The last week in #total (0: the circle has not started).
    int lastWeekSoFar() const { return std::clamp(currentWeek, 0, lengthWeeks); }
};

/// Giving and receiving with one person on the list.
struct PersonExchange
{
    qint64 personId = -1;
    QString name;
    int closeness = 0;
    Exchange exchange;
    QDate lastContact; ///< Newest contribution either way; invalid when none.
};

/// Giving and receiving under one kind or channel (id -1: channel not recorded).
struct CategoryExchange
{
    qint64 id = -1;
    QString name; ///< Display name (built-in ones translated).
    Exchange exchange;
};

/// The people with the largest imbalance, each way.
struct Imbalances
{
    /// Received from them more than given back, largest difference first (all have balance < 0).
    QList<PersonExchange> gaveMeMost;
    /// Given to them more than received, largest difference first (all have balance > 0).
    QList<PersonExchange> iGaveMost;
};

/// Contributions per week against the weekly target, the streak and the habit strength.
struct WeeklyProgress
{
    int target = 3; ///< The current goal's weekly target (3 without a goal).
    int currentWeek = 0; ///< As in WeeklyExchange.
    QList<int> given; ///< Contributions given per week (index 0 = week 1).
    QList<bool> reached; ///< given >= target, per week.
    /// The last week that counts for streak and score: the current week when its target
    /// is already reached, otherwise the week before (0: none yet).
    int lastCountedWeek = 0;
    int streak = 0; ///< Weeks in a row at or above target, ending at lastCountedWeek.
    int bestStreak = 0; ///< Longest run of such weeks up to lastCountedWeek.
    double score = 0.0; ///< Habit strength 0..1 after lastCountedWeek.
    /// Habit strength after each week up to lastCountedWeek (index 0 = week 1).
    QList<double> scoreByWeek;
};

/// Commitments made and kept, per week (index 0 = week 1).
struct CommitmentWeek
{
    int week = 0;
    int made = 0; ///< Made at this week's meeting.
    int due = 0; ///< Due at this week's meeting.
    int kept = 0; ///< Due this week and marked kept.
    int missed = 0; ///< Due this week and marked not kept.
};

/// A person whose closeness changed during one week: the level before the week (for someone
/// added during the week, their first rating in it) and the last level in it, up to today.
struct ClosenessStep
{
    qint64 personId = -1;
    QString name;
    int from = 0;
    int to = 0;
};

/// A person whose closeness rose.
struct ClosenessRise
{
    qint64 personId = -1;
    QString name;
    int from = 0; ///< The first rating recorded.
    int to = 0; ///< The rating now.
};

/// Closeness of the relationship list over the weeks.
struct ClosenessTrend
{
    /// Average closeness at the end of each week, over the people on the list by then;
    /// empty optional for weeks not reached yet or with an empty list.
    QList<std::optional<double>> averageByWeek;
    /// People whose closeness changed during each week (index 0 = week 1), by name; only
    /// weeks up to the current one have entries. The one definition of "closer" and "less
    /// close": to > from and to < from.
    QList<QList<ClosenessStep>> movesByWeek;
    /// People closer at the end of each week than before it (from #movesByWeek).
    QList<int> risenByWeek;
    /// People less close at the end of each week than before it (from #movesByWeek).
    QList<int> fellByWeek;
    std::array<int, closeness::Max + 1> distributionNow {}; ///< People per closeness level now.
    /// The same at the end of week 1 (or today, when week 1 has not ended yet).
    std::array<int, closeness::Max + 1> distributionWeek1 {};
    QList<ClosenessRise> risen; ///< Now above their first rating, biggest rise first.
};

/// How generous the giving is, and what comes back.
struct GenerosityMix
{
    int given = 0; ///< All given contributions.
    int sharesOthers = 0; ///< Given, of a kind that shares or credits others' work.
    int connects
        = 0; ///< Given, of a kind that connects people (also counted in sharesOthers when both).
    int sharesOthersOrConnects
        = 0; ///< Given, sharing others' work or connecting (each counted once).
    int sharesMine = 0; ///< Given, of kind 'share_mine'.
    int received = 0;
    std::array<int, 3>
        receivedBrought {}; ///< Received, by what it brought: help, inspiration, recognition.
    int receivedUnspecified = 0; ///< Received without "brought".
    /// sharesOthersOrConnects / (sharesOthersOrConnects + sharesMine); empty when both are 0.
    std::optional<double> othersShare() const
    {
        const int d = sharesOthersOrConnects + sharesMine;
        if (d == 0)
            return std::nullopt;
        return double(sharesOthersOrConnects) / double(d);
    }
};

/// Someone reached through an introduction.
struct IntroducedPerson
{
    qint64 personId = -1;
    QString name;
    int closeness = 0;
    qint64 introducerId = -1;
    QString introducerName;
};

/// An intermediary: someone who introduced others on the list.
struct Intermediary
{
    qint64 personId = -1;
    QString name;
    int introduced = 0;
};

/// Weak ties: people reached through an introduction, and who made them.
struct WeakTies
{
    QList<IntroducedPerson> introduced; ///< By name.
    QList<Intermediary> intermediaries; ///< Most introductions first, then by name.
};

/// Everything the dashboard and the summary show for one member.
struct MemberAnalytics
{
    qint64 circleId = -1;
    qint64 memberId = -1;
    QString memberName;
    QDate today;
    WeeklyExchange weekly;
    WeeklyProgress progress;
    QList<CommitmentWeek> commitments;
    ClosenessTrend closeness;
    Imbalances imbalances;
    QList<CategoryExchange> byKind;
    QList<CategoryExchange> byChannel;
    GenerosityMix generosity;
    WeakTies weakTies;
};

/// The smoothing multiplier m of the habit-strength score (see habitScore()).
///
/// m = 0.8 gives a half-life of about 3 weeks (0.8^3 = 0.51): in a 12-week circle one
/// missed week costs a fifth of the score, three steady weeks bring it to about half, and
/// ten bring it near 90 %. Loop Habit Tracker's daily m (about 0.95, a half-life of two
/// weeks of days) would need months of weekly data to move.
inline constexpr double HabitMultiplier = 0.8;

/// One step of the score: previous * m + achieved * (1 - m), with achieved the share of
/// the target reached that week (capped at 1; a target of 0 is always reached).
double habitStep(double previous, int given, int target);

/// The plain-words explanation of the score, for a tooltip (translatable).
QString habitScoreExplanation();

/// Given/received per week of @p circleId for @p memberId.
WeeklyExchange weeklyExchange(Database& db, qint64 circleId, qint64 memberId, QDate today);

/// The same with the circle's calendar already at hand (analyzeMember() reads it once).
WeeklyExchange weeklyExchange(
    Database& db, const WeekCalendar& calendar, qint64 memberId, QDate today);

/// The member's weekly target: the goal's as it stood on @p today (the current goal's when
/// @p today is invalid), or 3 without a goal.
int weeklyTarget(Database& db, qint64 memberId, QDate today = {});

/// Target, streak and score from an already computed weekly exchange. Pure.
WeeklyProgress weeklyProgress(const WeeklyExchange& weekly, int target);

/// Target, streak and score for @p memberId.
WeeklyProgress weeklyProgress(Database& db, qint64 circleId, qint64 memberId, QDate today);

/// Given/received with every person on @p memberId's list who has at least one
/// contribution, by name.
QList<PersonExchange> exchangeByPerson(Database& db, qint64 memberId);

/// The @p limit people with the largest imbalance each way, from exchangeByPerson().
Imbalances largestImbalances(const QList<PersonExchange>& people, int limit);
Imbalances largestImbalances(Database& db, qint64 memberId, int limit);

/// Given/received per contribution kind, in catalogue order; kinds never used are left out.
QList<CategoryExchange> exchangeByKind(Database& db, qint64 memberId);

/// Given/received per channel, the channels that bring the most back (received) first.
QList<CategoryExchange> exchangeByChannel(Database& db, qint64 memberId);

/// Commitments made, due and kept for weeks 1..lengthWeeks of @p circleId.
QList<CommitmentWeek> commitmentsByWeek(Database& db, qint64 circleId, qint64 memberId);

/// Commitments made, due and kept for weeks 1..@p lengthWeeks.
QList<CommitmentWeek> commitmentsByWeek(Database& db, int lengthWeeks, qint64 memberId);

/// Average closeness per week, rises, and the distribution now against week 1.
ClosenessTrend closenessTrend(Database& db, qint64 circleId, qint64 memberId, QDate today);
ClosenessTrend closenessTrend(
    Database& db, const WeekCalendar& calendar, qint64 memberId, QDate today);

/// The generosity mix and what was received, by what it brought.
GenerosityMix generosityMix(Database& db, qint64 memberId);

/// exchangeByKind() and generosityMix() from one query (they read the same rows).
void kindsAndGenerosity(
    Database& db, qint64 memberId, QList<CategoryExchange>* byKind, GenerosityMix* generosity);

/// People reached through an introduction and their intermediaries.
WeakTies weakTies(Database& db, qint64 memberId);

/// All of the above for one member.
MemberAnalytics analyzeMember(
    Database& db, qint64 circleId, qint64 memberId, QDate today, int imbalanceLimit = 5);

/// Parts of MemberAnalytics that can be computed on their own: the Overview recomputes only
/// what an edit can change and what is on screen.
enum class Part : unsigned {
    /// memberName, weekly, progress, commitments (and circleId, memberId, today).
    Weekly = 1u << 0,
    Closeness = 1u << 1, ///< closeness
    Imbalances = 1u << 2, ///< imbalances
    Network = 1u << 3, ///< byKind, generosity, byChannel, weakTies
    AllParts = 0xfu,
};
Q_DECLARE_FLAGS(Parts, Part)

/// analyzeMember() of @p parts only, into @p into (the other fields are left as they are).
/// With every part, the same figures as analyzeMember().
void analyzeMember(Database& db, qint64 circleId, qint64 memberId, QDate today, int imbalanceLimit,
    Parts parts, MemberAnalytics* into);

/// analyzeMember() for every member of @p circleId, in the circle's member order.
QList<MemberAnalytics> analyzeCircle(
    Database& db, qint64 circleId, QDate today, int imbalanceLimit = 5);

} // namespace analytics
} // namespace outloud

Q_DECLARE_OPERATORS_FOR_FLAGS(outloud::analytics::Parts)
