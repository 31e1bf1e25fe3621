// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Live meeting on a server: a change committed on one connection reaches every other open
// window on that circle (LISTEN/NOTIFY), also after the server dropped the window's
// connection; and a write that lost a race is retried, never shown.
#include "storage/LiveUpdates.h"

#include "TestSupport.h"
#include "circle/CircleService.h"
#include "contributions/ContributionModel.h"
#include "contributions/ContributionService.h"
#include "meetings/MeetingService.h"
#include "people/PeopleService.h"
#include "storage/SqlUtil.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <gtest/gtest.h>
#include <optional>

using namespace Qt::StringLiterals;
using namespace outloud;
using namespace outloud::test;

namespace {

#define OUTLOUD_POSTGRES_ONLY()                                                                    \
    if (engine() != Database::Engine::Postgres)                                                    \
    GTEST_SKIP() << "LISTEN/NOTIFY: runs in the postgres.* pass"

// Two windows on one server database: A writes, B follows.
class LiveCircle : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (engine() != Database::Engine::Postgres)
            return;
        server.emplace();
        QString error;
        a = Database::open(server->address(), &error);
        ASSERT_TRUE(a) << error.toStdString();
        a->setClock([] { return fixedNow(); });
        Circle c;
        c.name = u"Lisbon"_s;
        c.startDate = fixedNow().date().addDays(-14);
        circleId = CircleService(*a).createCircle(c, {u"Ana"_s, u"Ben"_s}, 0, 1, &error);
        ASSERT_GT(circleId, 0) << error.toStdString();
        memberId = CircleService(*a).meId(circleId);
        Person p;
        p.memberId = memberId;
        p.name = u"Carla"_s;
        personId = PeopleService(*a).add(p, &error);
        ASSERT_GT(personId, 0) << error.toStdString();
        b = Database::open(server->address(), &error);
        ASSERT_TRUE(b) << error.toStdString();
    }

    qint64 logContribution(Database& db)
    {
        Contribution x;
        x.personId = personId;
        x.date = fixedNow().date();
        x.kindId = ContributionService(db).kindIdByCode(u"appreciation"_s);
        QString error;
        const qint64 id = ContributionService(db).add(x, &error);
        EXPECT_GT(id, 0) << error.toStdString();
        return id;
    }

    std::optional<ServerDatabase> server;
    std::unique_ptr<Database> a;
    std::unique_ptr<Database> b;
    qint64 circleId = -1;
    qint64 memberId = -1;
    qint64 personId = -1;
};

} // namespace

TEST_F(LiveCircle, AContributionLoggedElsewhereRefreshesTheOpenWindow)
{
    OUTLOUD_POSTGRES_ONLY();
    LiveUpdates live(*b);
    EXPECT_TRUE(live.channels().contains(u"circle_%1"_s.arg(circleId)))
        << live.channels().join(u' ').toStdString();
    ContributionModel model(*b);
    model.setMemberId(memberId);
    model.reload();
    ASSERT_EQ(model.rowCount(), 0);
    QSignalSpy heard(&live, &LiveUpdates::othersChanged);

    logContribution(*a);
    ASSERT_TRUE(heard.wait(5000)) << "no notification reached the other window";
    const auto tables = heard.first().first().value<Database::Tables>();
    EXPECT_TRUE(tables & Database::Contributions);
    QTRY_COMPARE(model.rowCount(), 1);
}

TEST_F(LiveCircle, AttendanceRecordedByTheFacilitatorReachesTheMembers)
{
    OUTLOUD_POSTGRES_ONLY();
    LiveUpdates live(*b);
    QSignalSpy changed(b.get(), &Database::changed);
    const QList<Meeting> meetings = MeetingService(*a).meetings(circleId);
    ASSERT_FALSE(meetings.isEmpty());
    QString error;
    ASSERT_TRUE(MeetingService(*a).setAttendance(meetings.first().id, memberId, true, &error))
        << error.toStdString();
    QTRY_VERIFY(!changed.isEmpty());
    EXPECT_TRUE(changed.last().first().value<Database::Tables>() & Database::Meetings);
    EXPECT_TRUE(MeetingService(*b).attendance(meetings.first().id).value(memberId));
}

TEST_F(LiveCircle, NotificationsCarryTheCircleAndTableFlagsOnly)
{
    OUTLOUD_POSTGRES_ONLY();
    // A raw listener on its own connection sees exactly what any role could.
    QSqlDatabase spy = b->connection();
    QSignalSpy got(spy.driver(), &QSqlDriver::notification);
    ASSERT_TRUE(spy.driver()->subscribeToNotification(u"circle_%1"_s.arg(circleId)));
    Contribution x;
    x.personId = personId;
    x.date = fixedNow().date();
    x.kindId = ContributionService(*a).kindIdByCode(u"appreciation"_s);
    x.note = u"Thanked Carla for the secret roadmap"_s;
    QString error;
    ASSERT_GT(ContributionService(*a).add(x, &error), 0) << error.toStdString();
    ASSERT_TRUE(got.wait(5000));
    const QString payload = got.first().at(2).toString();
    bool numeric = false;
    payload.toUInt(&numeric);
    EXPECT_TRUE(numeric) << payload.toStdString();
    EXPECT_FALSE(payload.contains(u"Carla"_s));
    EXPECT_EQ(got.first().at(0).toString(), u"circle_%1"_s.arg(circleId));
}

TEST_F(LiveCircle, AfterTheServerDropsTheWindowNotificationsStillArrive)
{
    OUTLOUD_POSTGRES_ONLY();
    LiveUpdates live(*b);
    ContributionModel model(*b);
    model.setMemberId(memberId);
    model.reload();
    QVariant pid;
    {
        QSqlQuery q(b->connection());
        ASSERT_TRUE(q.exec(u"SELECT pg_backend_pid()"_s) && q.next());
        pid = q.value(0);
    }
    QString error;
    ASSERT_TRUE(
        serverExec(server->name(), u"SELECT pg_terminate_backend(%1)"_s.arg(pid.toInt()), &error))
        << error.toStdString();
    // Written while B is away: nobody hears it, B re-reads everything on reconnecting.
    logContribution(*a);
    QSignalSpy back(&live, &LiveUpdates::reconnected);
    ASSERT_TRUE(back.wait(10000)) << "the window did not reconnect";
    EXPECT_EQ(live.reconnects(), 1);
    EXPECT_TRUE(live.channels().contains(u"circle_%1"_s.arg(circleId)));
    QTRY_COMPARE(model.rowCount(), 1);

    QSignalSpy heard(&live, &LiveUpdates::othersChanged);
    logContribution(*a);
    ASSERT_TRUE(heard.wait(5000)) << "no notification after the reconnect";
    QTRY_COMPARE(model.rowCount(), 2);
}

TEST_F(LiveCircle, ANewCircleGetsItsChannel)
{
    OUTLOUD_POSTGRES_ONLY();
    LiveUpdates live(*b);
    Circle c;
    c.name = u"Porto"_s;
    c.startDate = fixedNow().date();
    QString error;
    const qint64 porto = CircleService(*a).createCircle(c, {u"Dora"_s}, 0, 0, &error);
    ASSERT_GT(porto, 0) << error.toStdString();
    QTRY_VERIFY(live.channels().contains(u"circle_%1"_s.arg(porto)));
}

TEST_F(LiveCircle, ASerializationFailureIsRetriedAndNeverShown)
{
    OUTLOUD_POSTGRES_ONLY();
    // The first attempt of B's write fails as a lost race would (SQLSTATE 40001); the
    // retry succeeds.
    QString error;
    ASSERT_TRUE(serverExec(server->name(),
        u"CREATE FUNCTION lose_a_race() RETURNS int LANGUAGE plpgsql AS"
        " $$BEGIN RAISE EXCEPTION 'race' USING ERRCODE = '40001'; END$$"_s,
        &error))
        << error.toStdString();
    int attempts = 0;
    const bool ok = b->write(
        Database::People,
        [&](QSqlQuery& q) {
            ++attempts;
            if (attempts == 1)
                return execPrepared(q, u"SELECT lose_a_race()"_s, {}, u"rate"_s, &error);
            return execPrepared(q, u"UPDATE person SET closeness = 3 WHERE id = ?"_s, {personId},
                u"rate"_s, &error);
        },
        &error);
    EXPECT_TRUE(ok) << error.toStdString();
    EXPECT_EQ(attempts, 2);
    EXPECT_EQ(b->retriedWrites(), 1);
    EXPECT_EQ(scalar(*a, u"SELECT closeness FROM person WHERE id = %1"_s.arg(personId)).toInt(), 3);

    // Any other failure is reported at once.
    attempts = 0;
    EXPECT_FALSE(b->write(
        Database::People,
        [&](QSqlQuery& q) {
            ++attempts;
            return execPrepared(q, u"UPDATE person SET closeness = 9 WHERE id = ?"_s, {personId},
                u"rate"_s, &error);
        },
        &error));
    EXPECT_EQ(attempts, 1);
}

TEST_F(LiveCircle, EachCommitIsAnnouncedOnceAndARollbackOrAFailedCommitNever)
{
    OUTLOUD_POSTGRES_ONLY();
    // The announcement travels with the COMMIT (in the same round trip): it must reach the
    // others once per committed transaction, and never for one that did not commit.
    QSqlDatabase spy = b->connection();
    QSignalSpy got(spy.driver(), &QSqlDriver::notification);
    ASSERT_TRUE(spy.driver()->subscribeToNotification(u"circle_%1"_s.arg(circleId)));
    QString error;
    // Refused by the database (no such person): one statement, rolled back.
    Contribution stray;
    stray.personId = personId + 1000;
    stray.date = fixedNow().date();
    stray.kindId = ContributionService(*a).kindIdByCode(u"appreciation"_s);
    EXPECT_LT(ContributionService(*a).add(stray, &error), 0);
    EXPECT_FALSE(error.isEmpty());
    // Work that gives up after writing: rolled back.
    EXPECT_FALSE(a->write(
        Database::People,
        [&](QSqlQuery& q) {
            return execPrepared(q, u"UPDATE person SET closeness = 2 WHERE id = ?"_s, {personId},
                       u"rate"_s, &error)
                && fail(&error, u"changed my mind"_s);
        },
        &error));
    // A commit the server refuses (a deferred check fails at COMMIT): said, and unheard.
    ASSERT_TRUE(serverExec(server->name(),
        u"CREATE FUNCTION refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS"
        " $$BEGIN IF NEW.closeness = 4 THEN RAISE EXCEPTION 'not four'; END IF; RETURN NULL;"
        " END$$;"
        " CREATE CONSTRAINT TRIGGER refuse_four AFTER UPDATE ON person DEFERRABLE INITIALLY"
        " DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_at_commit()"_s,
        &error))
        << error.toStdString();
    EXPECT_FALSE(a->write(
        Database::People,
        [&](QSqlQuery& q) {
            return execPrepared(q, u"UPDATE person SET closeness = ? WHERE id = ?"_s, {4, personId},
                u"rate"_s, &error);
        },
        &error));
    EXPECT_TRUE(error.contains(u"not four"_s)) << error.toStdString();
    EXPECT_FALSE(a->write(Database::People, u"UPDATE person SET closeness = ? WHERE id = ?"_s,
        {4, personId}, u"rate"_s, &error));
    EXPECT_TRUE(error.contains(u"not four"_s)) << error.toStdString();
    EXPECT_NE(scalar(*b, u"SELECT closeness FROM person WHERE id = %1"_s.arg(personId)).toInt(), 4);

    // Two commits: one single statement, one transaction of several.
    logContribution(*a);
    ASSERT_TRUE(a->write(
        Database::People | Database::Contributions,
        [&](QSqlQuery& q) {
            return execPrepared(q, u"UPDATE person SET closeness = ? WHERE id = ?"_s, {3, personId},
                       u"rate"_s, &error)
                && ContributionService(*a).add(
                       [&] {
                           Contribution c = stray;
                           c.personId = personId;
                           return c;
                       }(),
                       &error)
                > 0;
        },
        &error))
        << error.toStdString();
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 2, 5000);
    QTest::qWait(300); // nothing more arrives
    ASSERT_EQ(got.size(), 2);
    EXPECT_EQ(LiveUpdates::tablesFor(got.at(0).at(2).toString()),
        Database::Tables(Database::Contributions));
    EXPECT_EQ(LiveUpdates::tablesFor(got.at(1).at(2).toString()),
        Database::People | Database::Contributions);
}

TEST(LiveUpdatesPayload, TableFlagsAndTriggerTableNamesMapToWhatChanged)
{
    EXPECT_EQ(LiveUpdates::tablesFor(u"16"_s), Database::Tables(Database::Contributions));
    EXPECT_EQ(LiveUpdates::tablesFor(u"contribution"_s), Database::Tables(Database::Contributions));
    EXPECT_EQ(LiveUpdates::tablesFor(u"attendance"_s), Database::Tables(Database::Meetings));
    EXPECT_EQ(LiveUpdates::tablesFor(u"closeness_change"_s), Database::Tables(Database::People));
    EXPECT_EQ(LiveUpdates::tablesFor(u"something new"_s), Database::Tables(Database::AllTables));
    // One announcement of a whole transaction names every table it changed.
    EXPECT_EQ(LiveUpdates::tablesFor(u"contribution,person"_s),
        Database::Contributions | Database::People);
    EXPECT_EQ(LiveUpdates::tablesFor(u"attendance,something new"_s),
        Database::Tables(Database::AllTables));
}
