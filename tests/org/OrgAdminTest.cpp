// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `outloud org ...` and a member's own Outloud on the program's server.
#include "org/OrgAdmin.h"

#include "OrgFixture.h"
#include "TestSupport.h"
#include "analytics/Analytics.h"
#include "circle/CircleService.h"
#include "contributions/ContributionService.h"
#include "meetings/FacilitatorNotes.h"
#include "meetings/MeetingRecord.h"
#include "org/OrgService.h"
#include "people/PeopleService.h"
#include "report/SummaryBuilder.h"
#include "sharing/CircleFigures.h"
#include "storage/Database.h"
#include "storage/LiveUpdates.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <algorithm>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace outloud::test {
namespace {

class OrgCommands : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (serverAddress().isEmpty())
            GTEST_SKIP() << "needs PostgreSQL: run through bash .ci/with-postgres "
                            "(OUTLOUD_TEST_POSTGRES is unset)";
        m_program = std::make_unique<OrgProgram>();
        ASSERT_TRUE(m_program->ready()) << m_program->failure.toStdString();
    }
    ProcessResult org(const QStringList& arguments, const QString& url = {})
    {
        return runProcess(QStringLiteral(OUTLOUD_BINARY),
            QStringList {u"org"_s} + arguments
                + QStringList {u"--database"_s, url.isEmpty() ? m_program->url() : url});
    }
    int count(const QString& sql) { return m_program->superuser(sql).toInt(); }

    /// Alice and Bob of circle A, each logged in as themselves at @p now, with Alice's goal
    /// (target 2) dated before the circle began; Alice gives "person" one contribution of
    /// kind 1 in each of @p logged.
    struct AliceAndBob
    {
        std::unique_ptr<Database> alice, bob;
    };
    AliceAndBob aliceAndBobAt(
        const QDateTime& now, const QList<std::pair<QDate, Direction>>& logged, QString* error)
    {
        OrgProgram& p = *m_program;
        p.superuser(u"UPDATE goal_revision SET revised_at = '2026-02-01T09:00:00'"_s);
        AliceAndBob both {
            Database::open(p.urlAs(u"alice"_s), error), Database::open(p.urlAs(u"bob"_s), error)};
        if (!both.alice || !both.bob)
            return {};
        for (Database* db : {both.alice.get(), both.bob.get()})
            db->setClock([now] { return now; });
        ContributionService contributions(*both.alice);
        for (const auto& [day, direction] : logged) {
            Contribution c;
            c.personId = p.id(u"person"_s);
            c.date = day;
            c.direction = direction;
            c.kindId = 1;
            if (contributions.add(c, error) <= 0)
                return {};
        }
        return both;
    }
    std::unique_ptr<OrgProgram> m_program;
};

TEST_F(OrgCommands, InitAgainChangesNothing)
{
    const auto shape = [this] {
        return m_program
            ->superuser(
                u"SELECT (SELECT count(*) FROM pg_policies WHERE schemaname = 'public') || '/' ||"
                " (SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace) || "
                "'/' ||"
                " (SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal) || '/' ||"
                " (SELECT count(*) FROM member) || '/' || (SELECT count(*) FROM person)"_s)
            .toString();
    };
    const QString before = shape();
    const ProcessResult again = org({u"init"_s});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(u"up to date"_s)) << again.out.toStdString();
    EXPECT_EQ(shape(), before);
    EXPECT_GT(count(u"SELECT count(*) FROM pg_policies WHERE schemaname = 'public'"_s), 100);
}

TEST_F(OrgCommands, EachCommandIsIdempotentAndRefusesClearly)
{
    OrgProgram& p = *m_program;
    ProcessResult r = org({u"add-circle"_s, u"Circle C"_s, u"--start"_s, u"2026-03-02"_s});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = org({u"add-circle"_s, u"Circle C"_s, u"--start"_s, u"2026-03-02"_s});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(u"nothing changed"_s)) << r.out.toStdString();
    EXPECT_EQ(count(u"SELECT count(*) FROM circle"_s), 3);

    r = org({u"add-member"_s, u"Alice"_s, u"--login"_s, p.login(u"alice"_s), u"--circle"_s,
        u"Circle A"_s});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"nothing changed"_s)) << r.out.toStdString();
    EXPECT_EQ(count(u"SELECT count(*) FROM member"_s), 3);

    r = org(
        {u"add-member"_s, u"Zed"_s, u"--login"_s, p.login(u"zed"_s), u"--circle"_s, u"Circle Z"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"There is no circle “Circle Z”"_s)) << r.err.toStdString();
    EXPECT_EQ(
        count(u"SELECT count(*) FROM pg_roles WHERE rolname = '%1'"_s.arg(p.login(u"zed"_s))), 0);

    // A role with other rights (here: the superuser that runs the tests) is not made a member.
    const QString superuser = QUrl(serverAddress()).userName();
    r = org({u"add-member"_s, u"Root"_s, u"--login"_s, superuser, u"--circle"_s, u"Circle A"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"exists with other rights"_s)) << r.err.toStdString();
    EXPECT_EQ(count(u"SELECT count(*) FROM member"_s), 3);

    // A member may not run the program.
    r = org({u"add-circle"_s, u"Mine"_s, u"--start"_s, u"2026-03-02"_s}, p.urlAs(u"bob"_s));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"may not run the program"_s)) << r.err.toStdString();
    r = org({u"init"_s}, p.urlAs(u"bob"_s));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"may not create roles"_s)) << r.err.toStdString();

    // Removing needs the export offered first; without it nothing changes.
    r = org({u"remove-member"_s, u"--login"_s, p.login(u"alice"_s), u"--circle"_s, u"Circle A"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"Nothing was changed"_s)) << r.err.toStdString();
    EXPECT_EQ(count(u"SELECT count(*) FROM person"_s), 1);

    r = org({u"list"_s});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(u"Alice (%1)"_s.arg(p.login(u"alice"_s)))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"facilitated by: %1"_s.arg(p.login(u"fran"_s))))
        << r.out.toStdString();
}

TEST_F(OrgCommands, MovingAMemberTakesTheirOwnListAlong)
{
    OrgProgram& p = *m_program;
    ProcessResult r
        = org({u"move-member"_s, u"--login"_s, p.login(u"alice"_s), u"--to"_s, u"Circle B"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = org({u"move-member"_s, u"--login"_s, p.login(u"alice"_s), u"--to"_s, u"Circle B"_s});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(u"nothing changed"_s)) << r.out.toStdString();
    // Alice now shares with carol's circle, and bob no longer sees her goal.
    QSqlDatabase carol = p.connectAs(u"carol"_s);
    QSqlQuery q(carol);
    ASSERT_TRUE(q.exec(u"SELECT count(*) FROM goal_revision"_s) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    QSqlDatabase bob = p.connectAs(u"bob"_s);
    QSqlQuery b(bob);
    ASSERT_TRUE(b.exec(u"SELECT count(*) FROM goal_revision"_s) && b.next());
    EXPECT_EQ(b.value(0).toInt(), 0);
    QSqlDatabase alice = p.connectAs(u"alice"_s);
    QSqlQuery a(alice);
    ASSERT_TRUE(a.exec(u"SELECT count(*) FROM person"_s) && a.next());
    EXPECT_EQ(a.value(0).toInt(), 1);
}

TEST_F(OrgCommands, RemovingAMemberWritesTheirExportThenDeletesTheirPrivateRows)
{
    OrgProgram& p = *m_program;
    QTemporaryDir dir;
    ProcessResult r = org({u"remove-member"_s, u"--login"_s, p.login(u"alice"_s), u"--circle"_s,
        u"Circle A"_s, u"--export"_s, dir.path()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString people = dir.filePath(p.login(u"alice"_s) + u"-people.csv"_s);
    QFile file(people);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("Secret Person"));
    EXPECT_EQ(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    EXPECT_TRUE(QFile::exists(dir.filePath(p.login(u"alice"_s) + u"-contributions.csv"_s)));
    EXPECT_EQ(count(u"SELECT count(*) FROM person"_s), 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM contribution"_s), 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM goal_revision"_s), 0);
    EXPECT_EQ(
        count(u"SELECT count(*) FROM member WHERE login = '%1'"_s.arg(p.login(u"alice"_s))), 0);
    EXPECT_FALSE(m_program
                     ->superuser(u"SELECT pg_has_role('%1', 'outloud_member', 'MEMBER')"_s.arg(
                         p.login(u"alice"_s)))
                     .toBool());
    r = org({u"remove-member"_s, u"--login"_s, p.login(u"alice"_s), u"--circle"_s, u"Circle A"_s,
        u"--without-export"_s});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(u"nothing changed"_s)) << r.out.toStdString();
}

// Point 5: the member's own Outloud, through its normal services, under the rules.
TEST_F(OrgCommands, AMemberSeesTheirOwnCircleExactlyAsOnALaptop)
{
    OrgProgram& p = *m_program;
    const QDate today(2026, 3, 2);
    QString error;
    std::unique_ptr<Database> alice
        = Database::open(p.urlAs(u"alice"_s), &error, Database::OpenMode::MustExist);
    ASSERT_TRUE(alice) << error.toStdString();
    EXPECT_TRUE(alice->isOrganization());
    CircleService circles(*alice);
    const qint64 a = p.id(u"circleA"_s);
    EXPECT_EQ(circles.defaultCircleId(), a);
    EXPECT_EQ(circles.circles().size(), 1);
    EXPECT_EQ(circles.meId(a), p.id(u"alice"_s));
    const QList<Member> members = circles.members(a);
    ASSERT_EQ(members.size(), 2);
    EXPECT_TRUE(members[0].isMe);
    EXPECT_FALSE(members[1].isMe);

    PeopleService people(*alice);
    ASSERT_EQ(people.people(p.id(u"alice"_s)).size(), 1);
    Person sam;
    sam.memberId = p.id(u"alice"_s);
    sam.name = u"Sam"_s;
    sam.createdOn = today;
    const qint64 samId = people.add(sam, &error);
    ASSERT_GT(samId, 0) << error.toStdString();
    ContributionService contributions(*alice);
    Contribution c;
    c.personId = samId;
    c.date = today;
    c.kindId = contributions.kinds().first().id;
    ASSERT_GT(contributions.add(c, &error), 0) << error.toStdString();
    // Not on someone else's list, whatever the app is asked to do.
    Person intruder = sam;
    intruder.memberId = p.id(u"bob"_s);
    intruder.name = u"Planted"_s;
    EXPECT_LT(people.add(intruder, &error), 0);

    // Bob's Outloud: alice's list stays hers; her shared figures are his to see.
    std::unique_ptr<Database> bob
        = Database::open(p.urlAs(u"bob"_s), &error, Database::OpenMode::MustExist);
    ASSERT_TRUE(bob) << error.toStdString();
    EXPECT_EQ(CircleService(*bob).meId(a), p.id(u"bob"_s));
    EXPECT_TRUE(PeopleService(*bob).people(p.id(u"alice"_s)).isEmpty());
    QList<OrgMemberFigures> figures;
    ASSERT_TRUE(OrgService(*bob).circleMembers(a, today, &figures, &error)) << error.toStdString();
    ASSERT_EQ(figures.size(), 2);
    const OrgMemberFigures& hers = figures[0];
    EXPECT_EQ(hers.name, u"Alice"_s);
    EXPECT_FALSE(hers.isMe);
    EXPECT_TRUE(figures[1].isMe);
    // The same streak, habit strength and weekly counts as alice's own laptop view.
    const analytics::WeeklyProgress own
        = analytics::weeklyProgress(*alice, a, p.id(u"alice"_s), today);
    EXPECT_EQ(hers.progress.target, 2);
    EXPECT_EQ(hers.progress.streak, own.streak);
    EXPECT_DOUBLE_EQ(hers.progress.score, own.score);
    EXPECT_EQ(hers.progress.given, own.given);
    EXPECT_EQ(hers.givenThisWeek, 1);
    // Week 4's (Feb 24) and today's, which opens week 5 (the circle meets on Mondays).
    EXPECT_EQ(hers.weekly.total.given, 2);
    EXPECT_EQ(hers.weekly.weeks[3].exchange.given, 1);
    QList<OrgCircleOverview> overview;
    EXPECT_FALSE(
        OrgService(*bob).facilitatorOverview(today, &overview, &error) && !overview.isEmpty());
    OrgProgramTotals totals;
    EXPECT_FALSE(OrgService(*bob).programTotals(today, &totals, &error));
    EXPECT_FALSE(error.contains(u"ERROR"_s)) << error.toStdString();
}

// Point 4: in meeting mode and in the circle summary a member sees the others' shared
// figures (read through the server's functions: their contributions are hidden) exactly as
// those members see their own.
TEST_F(OrgCommands, AMemberSeesTheOthersSharedFiguresInMeetingModeAndTheSummary)
{
    OrgProgram& p = *m_program;
    const QDateTime now(QDate(2026, 3, 2), QTime(12, 0)); // week 5
    const qint64 a = p.id(u"circleA"_s);
    const qint64 aliceId = p.id(u"alice"_s);
    QString error;
    // Alice's weeks 2 and 3 (week 4 has the fixture's contribution of 24 February).
    auto [alice, bob] = aliceAndBobAt(now,
        {{{2026, 2, 10}, Direction::Given}, {{2026, 2, 11}, Direction::Given},
            {{2026, 2, 17}, Direction::Given}, {{2026, 2, 18}, Direction::Received}},
        &error);
    ASSERT_TRUE(alice && bob) << error.toStdString();
    // Bob cannot read them himself...
    const MeetingRecorder bobsRecorder(*bob);
    EXPECT_EQ(bobsRecorder.numbers(a, aliceId, 4).given, 0);

    // ...but meeting mode's round shows them, as Alice's own Outloud counts them.
    const MeetingRecorder hers(*alice);
    for (int week : {3, 4, 5}) {
        const sharing::CircleFigures figures = sharing::circleFigures(*bob, a, week);
        const sharing::MemberFigures* f = figures.find(aliceId);
        ASSERT_TRUE(f);
        EXPECT_FALSE(f->isMe);
        EXPECT_EQ(f->source, sharing::MemberFigures::Source::Server);
        const MemberWeekNumbers own = hers.numbers(a, aliceId, week);
        EXPECT_EQ(f->round.given, own.given) << "week " << week;
        EXPECT_EQ(f->round.received, own.received) << "week " << week;
        EXPECT_EQ(f->round.commitmentsDue, own.commitmentsDue) << "week " << week;
        ASSERT_TRUE(f->server);
        EXPECT_EQ(f->server->accomplish, u"Find a mentor"_s);
    }
    EXPECT_EQ(sharing::circleFigures(*bob, a, 3).find(aliceId)->round.given, 2); // week 2

    // The circle summary: Bob's row for Alice says what Alice's own summary says.
    for (int week : {3, 4}) {
        SummaryBuilder bobs(*bob);
        SummaryBuilder own(*alice);
        bobs.setToday(now.date());
        own.setToday(now.date());
        const std::optional<CircleWeekSummary> seen = bobs.circleWeek(a, week, &error);
        const std::optional<CircleWeekSummary> truth = own.circleWeek(a, week, &error);
        ASSERT_TRUE(seen && truth) << error.toStdString();
        const auto row = [aliceId](const CircleWeekSummary& s) {
            return *std::find_if(s.members.cbegin(), s.members.cend(),
                [aliceId](const CircleMemberRow& r) { return r.memberId == aliceId; });
        };
        const CircleMemberRow shown = row(*seen);
        const CircleMemberRow real = row(*truth);
        EXPECT_EQ(shown.numbers.given, real.numbers.given) << "week " << week;
        EXPECT_EQ(shown.numbers.received, real.numbers.received) << "week " << week;
        EXPECT_EQ(shown.numbers.balance, real.numbers.balance) << "week " << week;
        EXPECT_EQ(shown.numbers.weeklyTarget, real.numbers.weeklyTarget);
        EXPECT_EQ(shown.commitmentsDue, real.commitmentsDue) << "week " << week;
        EXPECT_EQ(shown.present, real.present);
        EXPECT_FALSE(shown.source.isEmpty()) << "says where the figures come from";
        // The circle's weekly totals count her contributions too.
        ASSERT_EQ(seen->weeks.size(), truth->weeks.size());
        for (int i = 0; i < week; ++i) {
            EXPECT_EQ(seen->weeks.at(i).given, truth->weeks.at(i).given) << "week " << i + 1;
            EXPECT_EQ(seen->weeks.at(i).received, truth->weeks.at(i).received);
        }
    }
    // Streak and habit strength as her own Overview computes them today.
    SummaryBuilder bobs(*bob);
    bobs.setToday(now.date());
    const std::optional<CircleWeekSummary> current = bobs.circleWeek(a, 5, &error);
    ASSERT_TRUE(current);
    const analytics::WeeklyProgress progress
        = analytics::weeklyProgress(*alice, a, aliceId, now.date());
    for (const CircleMemberRow& r : current->members) {
        if (r.memberId != aliceId)
            continue;
        EXPECT_EQ(r.numbers.streak, progress.streak);
        EXPECT_DOUBLE_EQ(r.numbers.score, progress.score);
        EXPECT_EQ(r.numbers.given, 0); // nothing yet in week 5
    }
}

// A past week (a meeting reopened, an earlier week's summary): the others' streak and habit
// strength are as of that week, as their own Outloud counts that week, not as of today.
TEST_F(OrgCommands, AMemberSeesAnotherMembersPastWeekAsThatMemberCountedIt)
{
    OrgProgram& p = *m_program;
    const QDateTime now(QDate(2026, 3, 2), QTime(12, 0)); // week 5
    const qint64 a = p.id(u"circleA"_s);
    const qint64 aliceId = p.id(u"alice"_s);
    QString error;
    // Alice reaches her target of 2 in weeks 2 and 3; week 4 has only the fixture's one.
    auto [alice, bob] = aliceAndBobAt(now,
        {{{2026, 2, 10}, Direction::Given}, {{2026, 2, 11}, Direction::Given},
            {{2026, 2, 17}, Direction::Given}, {{2026, 2, 18}, Direction::Given}},
        &error);
    ASSERT_TRUE(alice && bob) << error.toStdString();
    // From 24 February (week 4) her target is 1: weeks before keep the target of 2.
    p.superuser(u"INSERT INTO goal_revision (member_id, revised_at, accomplish, weekly_target)"
                " VALUES (%1, '2026-02-24T09:00:00', 'Find two mentors', 1)"_s.arg(aliceId));
    const WeekCalendar calendar = CircleService(*alice).calendar(a);
    ASSERT_TRUE(calendar.isValid());
    for (int week : {2, 3, 4, 5}) {
        const QDate lastDay = calendar.weekEnd(week).addDays(-1);
        const analytics::WeeklyProgress own
            = analytics::weeklyProgress(*alice, a, aliceId, lastDay);
        // Meeting mode for that week, reopened today.
        const sharing::CircleFigures figures = sharing::circleFigures(*bob, a, week);
        const sharing::MemberFigures* f = figures.find(aliceId);
        ASSERT_TRUE(f && f->server);
        EXPECT_EQ(f->server->progress.target, own.target) << "week " << week;
        EXPECT_EQ(f->server->progress.streak, own.streak) << "week " << week;
        EXPECT_DOUBLE_EQ(f->server->progress.score, own.score) << "week " << week;
        // The circle summary of that week: Bob's row for Alice is her own summary's.
        SummaryBuilder bobs(*bob);
        SummaryBuilder hers(*alice);
        bobs.setToday(now.date());
        hers.setToday(now.date());
        const std::optional<CircleWeekSummary> seen = bobs.circleWeek(a, week, &error);
        const std::optional<CircleWeekSummary> truth = hers.circleWeek(a, week, &error);
        ASSERT_TRUE(seen && truth) << error.toStdString();
        const auto row = [aliceId](const CircleWeekSummary& s) {
            return *std::find_if(s.members.cbegin(), s.members.cend(),
                [aliceId](const CircleMemberRow& r) { return r.memberId == aliceId; });
        };
        EXPECT_EQ(row(*seen).numbers.streak, row(*truth).numbers.streak) << "week " << week;
        EXPECT_DOUBLE_EQ(row(*seen).numbers.score, row(*truth).numbers.score) << "week " << week;
        EXPECT_EQ(row(*seen).numbers.lastCountedWeek, row(*truth).numbers.lastCountedWeek);
        EXPECT_EQ(row(*truth).numbers.streak, own.streak) << "week " << week;
    }
    // Not today's figures: week 3 ended on a streak of two at her target of 2 then; her
    // one contribution of week 4 reached the new target of 1.
    const OrgMemberFigures week3 = *sharing::circleFigures(*bob, a, 3).find(aliceId)->server;
    EXPECT_EQ(week3.progress.target, 2);
    EXPECT_EQ(week3.progress.streak, 2);
    EXPECT_EQ(week3.accomplish, u"Find a mentor"_s);
    const OrgMemberFigures week5 = *sharing::circleFigures(*bob, a, 5).find(aliceId)->server;
    EXPECT_EQ(week5.progress.target, 1);
    EXPECT_EQ(week5.progress.streak, 3);
}

// "Logged nothing for two weeks" for a meeting in the past follows the laptop rule (nothing
// in the two weeks before the meeting), whatever was logged after the meeting.
TEST_F(OrgCommands, ThePastMeetingsSilenceNoticeFollowsTheLaptopRule)
{
    OrgProgram& p = *m_program;
    const QDateTime now(QDate(2026, 3, 25), QTime(12, 0)); // week 8
    const qint64 a = p.id(u"circleA"_s);
    const qint64 aliceId = p.id(u"alice"_s);
    QString error;
    std::unique_ptr<Database> alice = Database::open(p.urlAs(u"alice"_s), &error);
    std::unique_ptr<Database> bob = Database::open(p.urlAs(u"bob"_s), &error);
    ASSERT_TRUE(alice && bob) << error.toStdString();
    for (Database* db : {alice.get(), bob.get()})
        db->setClock([now] { return now; });
    // Alice: the fixture's 24 February, then nothing until 18 March (week 7).
    Contribution c;
    c.personId = p.id(u"person"_s);
    c.date = QDate(2026, 3, 18);
    c.kindId = 1;
    ASSERT_GT(ContributionService(*alice).add(c, &error), 0) << error.toStdString();
    const WeekCalendar calendar = CircleService(*bob).calendar(a);
    ASSERT_TRUE(calendar.isValid());
    const auto silent = [&](int week) {
        for (const FacilitatorNotice& n : FacilitatorNotes(*bob).notices(a, week)) {
            if (n.kind == FacilitatorNotice::Kind::NothingLogged && n.memberId == aliceId)
                return true;
        }
        return false;
    };
    for (int week : {5, 6, 7, 8}) {
        // The laptop rule, by direct SQL: her contributions in the two weeks before it.
        const QDate end = std::min(calendar.weekStart(week), now.date().addDays(1));
        const int logged
            = p.superuser(
                   u"SELECT count(*) FROM contribution c JOIN person p ON p.id ="
                   " c.person_id WHERE p.member_id = %1 AND c.happened_on >= '%2'"
                   " AND c.happened_on < '%3'"_s.arg(aliceId)
                       .arg(end.addDays(-14).toString(Qt::ISODate), end.toString(Qt::ISODate)))
                  .toInt();
        EXPECT_EQ(silent(week), logged == 0) << "week " << week;
    }
    EXPECT_TRUE(silent(7)); // 2 to 15 March: nothing, though she logged on 18 March
    EXPECT_FALSE(silent(8));
}

// The server announces what the operator changes too (the app announces nothing on an
// organization database): a member's open window hears that they joined another circle
// and starts following it.
TEST_F(OrgCommands, AnOpenWindowFollowsACircleTheOperatorAddsItsLoginTo)
{
    OrgProgram& p = *m_program;
    QString error;
    std::unique_ptr<Database> alice = Database::open(p.urlAs(u"alice"_s), &error);
    ASSERT_TRUE(alice) << error.toStdString();
    LiveUpdates live(*alice);
    const QString b = Database::circleChannel(p.id(u"circleB"_s));
    EXPECT_TRUE(live.channels().contains(Database::circleChannel(p.id(u"circleA"_s))));
    EXPECT_FALSE(live.channels().contains(b));
    QStringList report;
    std::unique_ptr<OrgAdmin> admin = OrgAdmin::connect(p.url(), &error);
    ASSERT_TRUE(admin) << error.toStdString();
    ASSERT_TRUE(
        admin->addMember(u"Alice"_s, p.login(u"alice"_s), u"Circle B"_s, false, &report, &error))
        << error.toStdString();
    QElapsedTimer waited;
    waited.start();
    while (!live.channels().contains(b) && waited.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    EXPECT_TRUE(live.channels().contains(b)) << "within the two seconds a window promises";
}

} // namespace
} // namespace outloud::test
