// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Analytics against values computed by hand on a small, hand-built circle.
//
// The circle meets on Mondays from 2026-01-05 for 12 weeks; "today" is Monday 2026-03-02,
// the first day of week 9. Week w runs from 2026-01-05 + 7 (w - 1) days for 7 days.
//
// Me's list (target 2 a week):
//   Alice  created 01-05 at 1, rated 3 on 01-20 (w3) and 4 on 02-17 (w7)
//   Bob    created 01-05 at 2, rated 1 on 02-10 (w6); only ever gives to me
//   Carol  created 01-21 at 0 (introduced by Alice), rated 2 on 01-27 (w4)
//   Dan    created 01-06 at 0 (introduced by Alice), no contributions
//   Eve    created 02-24 at 1 (introduced by Bob), no contributions
// Given per week: before 1 | w1 2 | w2 0 | w3 1 | w4 3 | w5 2 | w6 1 | w7 2 | w8 2 | w9 1
// Received: w3 2 (Bob: help, recognition) | w5 1 (Bob: inspiration)
#include "analytics/Analytics.h"

#include "TestSupport.h"
#include "circle/CircleService.h"
#include "contributions/ContributionService.h"
#include "goal/GoalService.h"
#include "meetings/MeetingService.h"
#include "people/PeopleService.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::analytics;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 3, 2);

class Fixture
{
public:
    Fixture()
        : circles(t.db())
        , people(t.db())
        , contributions(t.db())
    {
        Circle c;
        c.name = u"Monday circle"_s;
        c.startDate = QDate(2026, 1, 5);
        c.meetingWeekday = Qt::Monday;
        circleId = circles.createCircle(c, {u"Me"_s, u"Ana"_s, u"Ben"_s}, 0, 0, nullptr);
        const QList<Member> members = circles.members(circleId);
        me = members.at(0).id;
        ana = members.at(1).id;
        GoalRevision goal;
        goal.memberId = me;
        goal.accomplish = u"Find collaborators"_s;
        goal.weeklyTarget = 2;
        GoalService(t.db()).reviseGoal(goal, nullptr);

        alice = person(me, u"Alice"_s, {2026, 1, 5}, 1);
        bob = person(me, u"Bob"_s, {2026, 1, 5}, 2);
        carol = person(me, u"Carol"_s, {2026, 1, 21}, 0, alice);
        dan = person(me, u"Dan"_s, {2026, 1, 6}, 0, alice);
        eve = person(me, u"Eve"_s, {2026, 2, 24}, 1, bob);
        rate(alice, {2026, 1, 20}, 3);
        rate(alice, {2026, 2, 17}, 4);
        rate(bob, {2026, 2, 10}, 1);
        rate(carol, {2026, 1, 27}, 2);

        give(alice, {2026, 1, 2}, u"attention"_s, u"linkedin"_s);
        give(alice, {2026, 1, 5}, u"attention"_s, u"linkedin"_s);
        give(alice, {2026, 1, 7}, u"share_theirs"_s, u"blog"_s);
        give(alice, {2026, 1, 20}, u"share_mine"_s, u"email"_s);
        receive(bob, {2026, 1, 21}, u"help"_s, u"linkedin"_s, Brought::Help);
        receive(bob, {2026, 1, 22}, u"recognition"_s, u"email"_s, Brought::Recognition);
        give(carol, {2026, 1, 26}, u"connect"_s, u"in_person"_s);
        give(carol, {2026, 1, 27}, u"help"_s, QString());
        give(alice, {2026, 1, 28}, u"appreciation"_s, u"linkedin"_s);
        give(alice, {2026, 2, 2}, u"attention"_s, u"linkedin"_s);
        give(alice, {2026, 2, 3}, u"attention"_s, u"linkedin"_s);
        receive(bob, {2026, 2, 4}, u"share_theirs"_s, QString(), Brought::Inspiration);
        give(carol, {2026, 2, 10}, u"question"_s, u"email"_s);
        give(carol, {2026, 2, 16}, u"attention"_s, u"linkedin"_s);
        give(carol, {2026, 2, 17}, u"recognition"_s, u"linkedin"_s);
        give(alice, {2026, 2, 23}, u"help"_s, u"email"_s);
        give(alice, {2026, 2, 24}, u"collaborate"_s, u"in_person"_s);
        give(carol, {2026, 3, 2}, u"share_mine"_s, u"blog"_s);

        MeetingService meetings(t.db());
        commit(me, 1, 2, true, meetings);
        commit(me, 1, 2, false, meetings);
        commit(me, 2, 3, true, meetings);
        commit(me, 8, 9, std::nullopt, meetings);
    }

    qint64 person(
        qint64 member, const QString& name, QDate created, int closeness, qint64 introducedBy = -1)
    {
        Person p;
        p.memberId = member;
        p.name = name;
        p.createdOn = created;
        p.closeness = closeness;
        p.introducedBy = introducedBy;
        QString error;
        const qint64 id = people.add(p, &error);
        EXPECT_GT(id, 0) << error.toStdString();
        return id;
    }

    void rate(qint64 personId, QDate on, int closeness)
    {
        t->setClock([on] { return QDateTime(on, QTime(12, 0)); });
        QString error;
        EXPECT_TRUE(people.setCloseness(personId, closeness, &error)) << error.toStdString();
        t->setClock([] { return fixedNow(); });
    }

    void log(qint64 personId, QDate on, Direction direction, const QString& kind,
        const QString& channel, Brought brought)
    {
        Contribution c;
        c.personId = personId;
        c.date = on;
        c.direction = direction;
        c.kindId = contributions.kindIdByCode(kind);
        if (!channel.isEmpty()) {
            QSqlQuery q(t->connection());
            q.prepare(u"SELECT id FROM channel WHERE code = ?"_s);
            q.addBindValue(channel);
            EXPECT_TRUE(q.exec() && q.next());
            c.channelId = q.value(0).toLongLong();
        }
        c.brought = brought;
        QString error;
        EXPECT_GT(contributions.add(c, &error), 0) << error.toStdString();
    }
    void give(qint64 personId, QDate on, const QString& kind, const QString& channel)
    {
        log(personId, on, Direction::Given, kind, channel, Brought::Nothing);
    }
    void receive(
        qint64 personId, QDate on, const QString& kind, const QString& channel, Brought brought)
    {
        log(personId, on, Direction::Received, kind, channel, brought);
    }

    void commit(
        qint64 member, int made, int due, std::optional<bool> kept, MeetingService& meetings)
    {
        Commitment c;
        c.memberId = member;
        c.text = u"Something promised"_s;
        c.madeWeek = made;
        c.dueWeek = due;
        QString error;
        const qint64 id = meetings.addCommitment(c, &error);
        EXPECT_GT(id, 0) << error.toStdString();
        if (kept) {
            EXPECT_TRUE(meetings.setKept(id, kept, &error)) << error.toStdString();
        }
    }

    TempDatabase t;
    CircleService circles;
    PeopleService people;
    ContributionService contributions;
    qint64 circleId = -1, me = -1, ana = -1;
    qint64 alice = -1, bob = -1, carol = -1, dan = -1, eve = -1;
};

QList<int> givenPerWeek(const WeeklyExchange& w)
{
    QList<int> result;
    for (const WeekExchange& e : w.weeks)
        result.append(e.exchange.given);
    return result;
}

QList<int> receivedPerWeek(const WeeklyExchange& w)
{
    QList<int> result;
    for (const WeekExchange& e : w.weeks)
        result.append(e.exchange.received);
    return result;
}

WeeklyExchange syntheticWeeks(const QList<int>& given, int currentWeek)
{
    WeeklyExchange w;
    w.lengthWeeks = int(given.size());
    w.currentWeek = currentWeek;
    for (int i = 0; i < given.size(); ++i)
        w.weeks.append({i + 1, {}, {}, {given.at(i), 0}});
    return w;
}

} // namespace

TEST(Analytics, WeeklyGivenAndReceivedWithEmptyWeeksAndBeforeTheCircle)
{
    Fixture f;
    const WeeklyExchange w = weeklyExchange(f.t.db(), f.circleId, f.me, Today);
    EXPECT_EQ(w.lengthWeeks, 12);
    EXPECT_EQ(w.currentWeek, 9);
    ASSERT_EQ(w.weeks.size(), 12);
    EXPECT_EQ(w.weeks.at(0).start, QDate(2026, 1, 5));
    EXPECT_EQ(w.weeks.at(0).end, QDate(2026, 1, 12));
    EXPECT_EQ(w.weeks.at(8).start, QDate(2026, 3, 2));
    EXPECT_EQ(givenPerWeek(w), (QList<int> {2, 0, 1, 3, 2, 1, 2, 2, 1, 0, 0, 0}));
    EXPECT_EQ(receivedPerWeek(w), (QList<int> {0, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0}));
    EXPECT_EQ(w.before, (Exchange {1, 0}));
    EXPECT_EQ(w.after, (Exchange {0, 0}));
    // The headline period is the circle so far: the gift before week 1 is kept apart.
    EXPECT_EQ(w.total, (Exchange {14, 3}));
    EXPECT_EQ(w.total.balance(), 11);
    ASSERT_TRUE(w.total.ratio());
    EXPECT_DOUBLE_EQ(*w.total.ratio(), 14.0 / 3.0);
    EXPECT_EQ(w.cumulativeBalance, (QList<int> {2, 2, 1, 4, 5, 6, 8, 10, 11, 11, 11, 11}));
    EXPECT_EQ(w.cumulativeBalance.at(w.lastWeekSoFar() - 1), w.total.balance());
}

TEST(Analytics, RatioIsUndefinedWithoutReceiving)
{
    EXPECT_FALSE((Exchange {4, 0}).ratio());
    EXPECT_DOUBLE_EQ(*(Exchange {1, 4}).ratio(), 0.25);
}

TEST(Analytics, ProgressAgainstTheTargetStreakAndScore)
{
    Fixture f;
    EXPECT_EQ(weeklyTarget(f.t.db(), f.me), 2);
    const WeeklyProgress p = weeklyProgress(f.t.db(), f.circleId, f.me, Today);
    EXPECT_EQ(p.target, 2);
    EXPECT_EQ(p.currentWeek, 9);
    EXPECT_EQ(p.reached,
        (QList<bool> {
            true, false, false, true, true, false, true, true, false, false, false, false}));
    // Week 9 has 1 of 2 so far: not yet counted.
    EXPECT_EQ(p.lastCountedWeek, 8);
    EXPECT_EQ(p.streak, 2);
    EXPECT_EQ(p.bestStreak, 2);
    // achieved: 1, 0, .5, 1, 1, .5, 1, 1 with m = 0.8
    const QList<double> expected {
        0.2, 0.16, 0.228, 0.3824, 0.50592, 0.504736, 0.6037888, 0.68303104};
    ASSERT_EQ(p.scoreByWeek.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        EXPECT_NEAR(p.scoreByWeek.at(i), expected.at(i), 1e-12) << "week " << i + 1;
    EXPECT_NEAR(p.score, 0.68303104, 1e-12);
}

TEST(Analytics, TheCurrentWeekCountsOnceReached)
{
    Fixture f;
    f.give(f.dan, Today, u"attention"_s, QString());
    const WeeklyProgress p = weeklyProgress(f.t.db(), f.circleId, f.me, Today);
    EXPECT_EQ(p.lastCountedWeek, 9);
    EXPECT_EQ(p.streak, 3);
    EXPECT_EQ(p.bestStreak, 3);
    EXPECT_NEAR(p.score, 0.68303104 * 0.8 + 0.2, 1e-12);
}

TEST(Analytics, StreakAndScoreEdgeCases)
{
    // A target of 0 is reached every week, the current one included.
    WeeklyProgress zero = weeklyProgress(syntheticWeeks({0, 0, 0, 0}, 3), 0);
    EXPECT_EQ(zero.lastCountedWeek, 3);
    EXPECT_EQ(zero.streak, 3);
    EXPECT_NEAR(zero.score, 1.0 - 0.8 * 0.8 * 0.8, 1e-12);
    // Over-achieving does not count more than reaching.
    WeeklyProgress over = weeklyProgress(syntheticWeeks({10, 3}, 3), 3);
    EXPECT_NEAR(over.scoreByWeek.at(0), 0.2, 1e-12);
    EXPECT_NEAR(over.score, 0.36, 1e-12);
    EXPECT_EQ(over.streak, 2);
    // A finished circle counts every week; a miss at the end breaks the streak.
    WeeklyProgress finished = weeklyProgress(syntheticWeeks({3, 3, 3, 0}, 5), 3);
    EXPECT_EQ(finished.lastCountedWeek, 4);
    EXPECT_EQ(finished.streak, 0);
    EXPECT_EQ(finished.bestStreak, 3);
    EXPECT_NEAR(finished.score, 0.488 * 0.8, 1e-12);
    // Not started: nothing counts.
    WeeklyProgress early = weeklyProgress(syntheticWeeks({0, 0}, 0), 3);
    EXPECT_EQ(early.lastCountedWeek, 0);
    EXPECT_EQ(early.streak, 0);
    EXPECT_TRUE(early.scoreByWeek.isEmpty());
    EXPECT_EQ(early.score, 0.0);
    // Week 1 in progress and not reached: nothing counted yet.
    WeeklyProgress first = weeklyProgress(syntheticWeeks({1, 0}, 1), 3);
    EXPECT_EQ(first.lastCountedWeek, 0);
    EXPECT_EQ(first.streak, 0);
    EXPECT_NEAR(habitStep(0.5, 1, 3), 0.5 * 0.8 + 0.2 / 3.0, 1e-12);
    EXPECT_FALSE(habitScoreExplanation().isEmpty());
}

TEST(Analytics, PeopleImbalancesBothWays)
{
    Fixture f;
    const QList<PersonExchange> all = exchangeByPerson(f.t.db(), f.me);
    ASSERT_EQ(all.size(), 3); // Dan and Eve have no contributions
    EXPECT_EQ(all.at(0).name, u"Alice"_s);
    EXPECT_EQ(all.at(0).exchange, (Exchange {9, 0}));
    EXPECT_EQ(all.at(0).lastContact, QDate(2026, 2, 24));
    EXPECT_EQ(all.at(1).name, u"Bob"_s);
    EXPECT_EQ(all.at(1).exchange, (Exchange {0, 3}));
    EXPECT_EQ(all.at(1).closeness, 1);
    EXPECT_EQ(all.at(2).name, u"Carol"_s);
    EXPECT_EQ(all.at(2).exchange, (Exchange {6, 0}));
    EXPECT_EQ(all.at(2).lastContact, Today);

    const Imbalances i = largestImbalances(f.t.db(), f.me, 1);
    ASSERT_EQ(i.gaveMeMost.size(), 1);
    EXPECT_EQ(i.gaveMeMost.at(0).personId, f.bob);
    ASSERT_EQ(i.iGaveMost.size(), 1);
    EXPECT_EQ(i.iGaveMost.at(0).personId, f.alice);
    const Imbalances two = largestImbalances(all, 5);
    ASSERT_EQ(two.iGaveMost.size(), 2);
    EXPECT_EQ(two.iGaveMost.at(1).personId, f.carol);
}

TEST(Analytics, ByKindAndByChannel)
{
    Fixture f;
    const QList<CategoryExchange> kinds = exchangeByKind(f.t.db(), f.me);
    QStringList names;
    QList<Exchange> values;
    for (const CategoryExchange& k : kinds) {
        names << k.name;
        values << k.exchange;
    }
    EXPECT_EQ(names,
        (QStringList {u"Attention"_s, u"Appreciation"_s, u"Recognition"_s, u"Share their work"_s,
            u"Share my learning"_s, u"Thoughtful question"_s, u"Connect the dots"_s,
            u"Offer help"_s, u"Collaborate"_s}));
    EXPECT_EQ(values,
        (QList<Exchange> {{5, 0}, {1, 0}, {1, 1}, {1, 1}, {2, 0}, {1, 0}, {1, 0}, {2, 1}, {1, 0}}));

    const QList<CategoryExchange> channels = exchangeByChannel(f.t.db(), f.me);
    names.clear();
    values.clear();
    for (const CategoryExchange& c : channels) {
        names << c.name;
        values << c.exchange;
    }
    EXPECT_EQ(names,
        (QStringList {u"LinkedIn"_s, u"E-mail"_s, u"Not recorded"_s, u"Blog"_s, u"In person"_s}));
    EXPECT_EQ(values, (QList<Exchange> {{7, 1}, {3, 1}, {1, 1}, {2, 0}, {2, 0}}));
    ASSERT_EQ(channels.size(), 5);
    EXPECT_EQ(channels.at(2).id, -1);
}

TEST(Analytics, GenerosityMixAndWhatReceivingBrought)
{
    Fixture f;
    const GenerosityMix g = generosityMix(f.t.db(), f.me);
    EXPECT_EQ(g.given, 15);
    EXPECT_EQ(g.sharesOthers, 3);
    EXPECT_EQ(g.connects, 1);
    EXPECT_EQ(g.sharesOthersOrConnects, 3);
    EXPECT_EQ(g.sharesMine, 2);
    ASSERT_TRUE(g.othersShare());
    EXPECT_DOUBLE_EQ(*g.othersShare(), 0.6);
    EXPECT_EQ(g.received, 3);
    EXPECT_EQ(g.receivedBrought, (std::array<int, 3> {1, 1, 1}));
    EXPECT_EQ(g.receivedUnspecified, 0);
}

TEST(Analytics, ClosenessOverTheWeeks)
{
    Fixture f;
    const ClosenessTrend c = closenessTrend(f.t.db(), f.circleId, f.me, Today);
    ASSERT_EQ(c.averageByWeek.size(), 12);
    const QList<double> expected {1.0, 1.0, 1.25, 1.75, 1.75, 1.5, 1.75, 1.6, 1.6};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        ASSERT_TRUE(c.averageByWeek.at(i)) << "week " << i + 1;
        EXPECT_DOUBLE_EQ(*c.averageByWeek.at(i), expected.at(i)) << "week " << i + 1;
    }
    for (qsizetype i = 9; i < 12; ++i)
        EXPECT_FALSE(c.averageByWeek.at(i)) << "week " << i + 1;
    EXPECT_EQ(c.risenByWeek, (QList<int> {0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0}));
    EXPECT_EQ(c.distributionNow, (std::array<int, 6> {1, 2, 1, 0, 1, 0}));
    EXPECT_EQ(c.distributionWeek1, (std::array<int, 6> {1, 1, 1, 0, 0, 0}));
    ASSERT_EQ(c.risen.size(), 2);
    EXPECT_EQ(c.risen.at(0).name, u"Alice"_s);
    EXPECT_EQ(c.risen.at(0).from, 1);
    EXPECT_EQ(c.risen.at(0).to, 4);
    EXPECT_EQ(c.risen.at(1).name, u"Carol"_s);
}

TEST(Analytics, WeakTiesAndIntermediaries)
{
    Fixture f;
    const WeakTies w = weakTies(f.t.db(), f.me);
    ASSERT_EQ(w.introduced.size(), 3);
    EXPECT_EQ(w.introduced.at(0).name, u"Carol"_s);
    EXPECT_EQ(w.introduced.at(0).introducerName, u"Alice"_s);
    EXPECT_EQ(w.introduced.at(1).name, u"Dan"_s);
    EXPECT_EQ(w.introduced.at(2).name, u"Eve"_s);
    EXPECT_EQ(w.introduced.at(2).introducerId, f.bob);
    ASSERT_EQ(w.intermediaries.size(), 2);
    EXPECT_EQ(w.intermediaries.at(0).name, u"Alice"_s);
    EXPECT_EQ(w.intermediaries.at(0).introduced, 2);
    EXPECT_EQ(w.intermediaries.at(1).name, u"Bob"_s);
    EXPECT_EQ(w.intermediaries.at(1).introduced, 1);
}

TEST(Analytics, CommitmentsMadeAndKept)
{
    Fixture f;
    const QList<CommitmentWeek> c = commitmentsByWeek(f.t.db(), f.circleId, f.me);
    ASSERT_EQ(c.size(), 12);
    EXPECT_EQ(c.at(0).made, 2);
    EXPECT_EQ(c.at(1).made, 1);
    EXPECT_EQ(c.at(1).due, 2);
    EXPECT_EQ(c.at(1).kept, 1);
    EXPECT_EQ(c.at(1).missed, 1);
    EXPECT_EQ(c.at(2).due, 1);
    EXPECT_EQ(c.at(2).kept, 1);
    EXPECT_EQ(c.at(7).made, 1);
    EXPECT_EQ(c.at(8).due, 1);
    EXPECT_EQ(c.at(8).kept, 0);
    EXPECT_EQ(c.at(8).missed, 0);
    EXPECT_EQ(c.at(4).made + c.at(4).due, 0);
}

TEST(Analytics, AMemberWithNothingYetAndNoGoal)
{
    Fixture f;
    const MemberAnalytics a = analyzeMember(f.t.db(), f.circleId, f.ana, Today);
    EXPECT_EQ(a.memberName, u"Ana"_s);
    EXPECT_EQ(a.weekly.total, (Exchange {0, 0}));
    EXPECT_EQ(a.weekly.cumulativeBalance, QList<int>(12, 0));
    EXPECT_EQ(a.progress.target, 3);
    EXPECT_EQ(a.progress.lastCountedWeek, 8);
    EXPECT_EQ(a.progress.streak, 0);
    EXPECT_EQ(a.progress.score, 0.0);
    EXPECT_TRUE(a.byKind.isEmpty());
    EXPECT_TRUE(a.imbalances.gaveMeMost.isEmpty());
    EXPECT_FALSE(a.generosity.othersShare());
    EXPECT_FALSE(a.closeness.averageByWeek.at(0)); // empty list: no average
    EXPECT_EQ(a.closeness.distributionNow, (std::array<int, 6> {}));
}

TEST(Analytics, ACircleThatHasNotStartedYet)
{
    Fixture f;
    Circle c;
    c.name = u"Spring circle"_s;
    c.startDate = QDate(2026, 4, 6);
    c.meetingWeekday = Qt::Monday;
    c.lengthWeeks = 8;
    const qint64 circleId = f.circles.createCircle(c, {u"Zoe"_s, u"Yan"_s}, -1, -1, nullptr);
    const qint64 zoe = f.circles.members(circleId).at(0).id;
    const qint64 friendId = f.person(zoe, u"Friend"_s, {2026, 2, 1}, 2);
    f.give(friendId, Today, u"attention"_s, QString());

    const MemberAnalytics a = analyzeMember(f.t.db(), circleId, zoe, Today);
    EXPECT_EQ(a.weekly.currentWeek, 0);
    EXPECT_EQ(a.weekly.weeks.size(), 8);
    EXPECT_EQ(givenPerWeek(a.weekly), QList<int>(8, 0));
    EXPECT_EQ(a.weekly.before, (Exchange {1, 0}));
    EXPECT_EQ(a.weekly.cumulativeBalance, QList<int>(8, 0)); // the circle's balance starts at 0
    EXPECT_EQ(a.weekly.total, (Exchange {0, 0}));
    EXPECT_EQ(a.progress.lastCountedWeek, 0);
    EXPECT_EQ(a.progress.streak, 0);
    EXPECT_EQ(a.progress.score, 0.0);
    for (const auto& avg : a.closeness.averageByWeek)
        EXPECT_FALSE(avg);
    // Week 1 is still ahead: its distribution is what the list holds today.
    EXPECT_EQ(a.closeness.distributionWeek1, a.closeness.distributionNow);
    EXPECT_EQ(a.closeness.distributionNow, (std::array<int, 6> {0, 0, 1, 0, 0, 0}));
}

TEST(Analytics, EveryMemberOfTheCircle)
{
    Fixture f;
    const QList<MemberAnalytics> all = analyzeCircle(f.t.db(), f.circleId, Today);
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.at(0).memberId, f.me);
    EXPECT_EQ(all.at(0).weekly.total, (Exchange {14, 3}));
    // The combined kinds-and-generosity scan gives what the separate functions give.
    EXPECT_EQ(all.at(0).byKind.size(), 9);
    EXPECT_EQ(all.at(0).generosity.sharesMine, 2);
    EXPECT_EQ(all.at(0).generosity.receivedBrought, (std::array<int, 3> {1, 1, 1}));
    EXPECT_EQ(all.at(0).byChannel.size(), 5);
    EXPECT_EQ(all.at(0).commitments.at(1).kept, 1);
    EXPECT_EQ(all.at(0).progress.streak, 2);
    EXPECT_EQ(all.at(0).imbalances.gaveMeMost.size(), 1);
    EXPECT_EQ(all.at(0).weakTies.intermediaries.size(), 2);
    EXPECT_EQ(all.at(1).memberId, f.ana);
    EXPECT_EQ(all.at(2).weekly.total, (Exchange {0, 0}));
}

// The Overview recomputes only the parts an edit can change: each part on its own gives what
// the whole analysis gives, and leaves the others as they were.
TEST(Analytics, PartsAddUpToTheWholeAnalysis)
{
    Fixture f;
    const MemberAnalytics whole = analyzeMember(f.t.db(), f.circleId, f.me, Today, 3);
    MemberAnalytics parts;
    analyzeMember(f.t.db(), f.circleId, f.me, Today, 3, Part::Weekly, &parts);
    EXPECT_EQ(parts.memberName, whole.memberName);
    EXPECT_EQ(parts.weekly.total, whole.weekly.total);
    EXPECT_EQ(parts.weekly.cumulativeBalance, whole.weekly.cumulativeBalance);
    EXPECT_EQ(parts.progress.given, whole.progress.given);
    EXPECT_EQ(parts.progress.streak, whole.progress.streak);
    EXPECT_EQ(parts.progress.score, whole.progress.score);
    ASSERT_EQ(parts.commitments.size(), whole.commitments.size());
    EXPECT_EQ(parts.commitments.at(1).kept, whole.commitments.at(1).kept);
    // Not asked for: still empty.
    EXPECT_TRUE(parts.byKind.isEmpty());
    EXPECT_TRUE(parts.imbalances.gaveMeMost.isEmpty());
    EXPECT_EQ(parts.closeness.distributionNow, (std::array<int, 6> {}));
    EXPECT_TRUE(parts.weakTies.intermediaries.isEmpty());

    analyzeMember(f.t.db(), f.circleId, f.me, Today, 3, Part::Closeness, &parts);
    EXPECT_EQ(parts.closeness.distributionNow, whole.closeness.distributionNow);
    EXPECT_EQ(parts.closeness.distributionWeek1, whole.closeness.distributionWeek1);
    EXPECT_EQ(parts.closeness.risenByWeek, whole.closeness.risenByWeek);
    EXPECT_EQ(parts.closeness.averageByWeek, whole.closeness.averageByWeek);
    EXPECT_TRUE(parts.byKind.isEmpty());

    analyzeMember(f.t.db(), f.circleId, f.me, Today, 3, Part::Imbalances, &parts);
    ASSERT_EQ(parts.imbalances.gaveMeMost.size(), whole.imbalances.gaveMeMost.size());
    ASSERT_EQ(parts.imbalances.iGaveMost.size(), whole.imbalances.iGaveMost.size());
    for (qsizetype i = 0; i < whole.imbalances.iGaveMost.size(); ++i) {
        EXPECT_EQ(
            parts.imbalances.iGaveMost.at(i).personId, whole.imbalances.iGaveMost.at(i).personId);
        EXPECT_EQ(
            parts.imbalances.iGaveMost.at(i).exchange, whole.imbalances.iGaveMost.at(i).exchange);
    }
    EXPECT_TRUE(parts.byKind.isEmpty());

    analyzeMember(f.t.db(), f.circleId, f.me, Today, 3, Part::Network, &parts);
    ASSERT_EQ(parts.byKind.size(), whole.byKind.size());
    for (qsizetype i = 0; i < whole.byKind.size(); ++i)
        EXPECT_EQ(parts.byKind.at(i).exchange, whole.byKind.at(i).exchange);
    ASSERT_EQ(parts.byChannel.size(), whole.byChannel.size());
    EXPECT_EQ(parts.generosity.sharesOthersOrConnects, whole.generosity.sharesOthersOrConnects);
    EXPECT_EQ(parts.generosity.receivedBrought, whole.generosity.receivedBrought);
    EXPECT_EQ(parts.weakTies.introduced.size(), whole.weakTies.introduced.size());

    // Computed again for another member, every part follows: nothing of the first is left.
    analyzeMember(f.t.db(), f.circleId, f.ana, Today, 3, Part::AllParts, &parts);
    EXPECT_EQ(parts.memberId, f.ana);
    EXPECT_EQ(parts.weekly.total, (Exchange {0, 0}));
    EXPECT_TRUE(parts.byKind.isEmpty());
    EXPECT_TRUE(parts.weakTies.intermediaries.isEmpty());
}

// The imbalances the Overview shows are read sorted and limited by the database: the same
// people in the same order as sorting the whole list, ties included (equal differences go
// to the busier relationship, then by name whatever its case, then by the older entry).
TEST(Analytics, LimitedImbalancesAreTheTopOfTheWholeList)
{
    Fixture f;
    // Alice gave 9; these tie with her or with each other.
    const qint64 zed = f.person(f.me, u"zed"_s, {2026, 1, 5}, 1);
    const qint64 amy = f.person(f.me, u"Amy"_s, {2026, 1, 5}, 1);
    const qint64 alfa = f.person(f.me, u"alfa"_s, {2026, 1, 5}, 1);
    for (int i = 0; i < 9; ++i) {
        f.give(zed, {2026, 1, 6}, u"attention"_s, u"linkedin"_s);
        f.give(alfa, {2026, 1, 6}, u"attention"_s, u"linkedin"_s);
    }
    for (int i = 0; i < 10; ++i)
        f.give(amy, {2026, 1, 6}, u"attention"_s, u"linkedin"_s);
    f.receive(amy, {2026, 1, 7}, u"help"_s, u"email"_s, Brought::Help);
    for (int i = 0; i < 3; ++i)
        f.receive(zed, {2026, 1, 7}, u"help"_s, u"email"_s, Brought::Help);
    const QList<PersonExchange> all = exchangeByPerson(f.t.db(), f.me);
    for (int limit : {0, 1, 2, 3, 4, 10}) {
        const Imbalances whole = largestImbalances(all, limit);
        const Imbalances read = largestImbalances(f.t.db(), f.me, limit);
        auto ids = [](const QList<PersonExchange>& people) {
            QList<qint64> result;
            for (const PersonExchange& p : people)
                result.append(p.personId);
            return result;
        };
        EXPECT_EQ(ids(read.iGaveMost), ids(whole.iGaveMost)) << limit;
        EXPECT_EQ(ids(read.gaveMeMost), ids(whole.gaveMeMost)) << limit;
        for (qsizetype i = 0; i < read.iGaveMost.size(); ++i) {
            EXPECT_EQ(read.iGaveMost.at(i).exchange, whole.iGaveMost.at(i).exchange);
            EXPECT_EQ(read.iGaveMost.at(i).name, whole.iGaveMost.at(i).name);
            EXPECT_EQ(read.iGaveMost.at(i).lastContact, whole.iGaveMost.at(i).lastContact);
        }
    }
    // alfa (9 more, 9 in all) ties Alice: by name with case aside ("alfa" before "Alice").
    const Imbalances top = largestImbalances(f.t.db(), f.me, 4);
    ASSERT_EQ(top.iGaveMost.size(), 4);
    EXPECT_EQ(top.iGaveMost.at(0).personId, amy); // 9 given more, 11 in all
    EXPECT_EQ(top.iGaveMost.at(1).personId, alfa);
    EXPECT_EQ(top.iGaveMost.at(2).personId, f.alice);
    EXPECT_EQ(top.iGaveMost.at(3).personId, zed);
}
