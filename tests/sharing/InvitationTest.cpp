// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharingFixture.h"
#include "circle/CircleService.h"
#include "meetings/PlanService.h"
#include "meetings/Schedule.h"
#include "meetings/WeekPlan.h"
#include "sharing/SharingService.h"

#include <QFile>
#include <QTemporaryDir>

using namespace outloud;
using namespace outloud::test;
using namespace outloud::sharing;
using namespace Qt::StringLiterals;

namespace {
QStringList memberNames(Database& db, qint64 circleId)
{
    QStringList names;
    for (const Member& m : CircleService(db).members(circleId))
        names.append(m.name + (m.isMe ? u" (me)"_s : QString()));
    return names;
}

QString tableDump(Database& db)
{
    QString dump;
    for (const QString& sql :
        {u"SELECT group_concat(name || uid || ifnull(invitation_issued_at, '-')) FROM circle"_s,
            u"SELECT group_concat(name || uid || is_me) FROM member"_s,
            u"SELECT group_concat(week || scheduled_at || status || sequence) FROM meeting"_s,
            u"SELECT count(*) FROM circle_plan"_s})
        dump += scalar(db, sql).toString() + u'\n';
    return dump;
}
} // namespace

using Invite = CircleSimulation;

TEST_F(Invite, JoiningBringsTheSameCircleWithMeAsMe)
{
    CircleService circles(bob.db());
    EXPECT_EQ(
        memberNames(bob.db(), bob.circleId), (QStringList {u"Alice"_s, u"Bob (me)"_s, u"Carol"_s}));
    EXPECT_EQ(memberNames(carol.db(), carol.circleId),
        (QStringList {u"Alice"_s, u"Bob"_s, u"Carol (me)"_s}));
    const Circle c = *circles.circle(bob.circleId);
    EXPECT_EQ(c.name, u"Lisbon Circle"_s);
    EXPECT_EQ(c.meetingWeekday, int(Qt::Monday));
    EXPECT_EQ(c.meetingTime, QTime(18, 0));
    EXPECT_EQ(c.timeZone, u"Europe/Lisbon"_s);
    EXPECT_EQ(c.facilitatorId, bob.member(u"Alice"_s));
    EXPECT_EQ(SharingService(bob.db()).circleUid(bob.circleId),
        SharingService(alice.db()).circleUid(alice.circleId));
    EXPECT_EQ(SharingService(bob.db()).memberUid(bob.meId),
        SharingService(alice.db()).memberUid(alice.member(u"Bob"_s)));
    EXPECT_EQ(Schedule(bob.db()).meetings(bob.circleId).size(), 12);
}

TEST_F(Invite, JoiningTwiceChangesNothing)
{
    const QString before = tableDump(bob.db());
    QString error;
    const auto again
        = SharingService(bob.db()).join(invitation, invitation.members.at(1).uid, &error);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(again->result, JoinOutcome::Result::Unchanged);
    EXPECT_EQ(again->circleId, bob.circleId);
    EXPECT_EQ(tableDump(bob.db()), before);
    EXPECT_EQ(scalar(bob.db(), u"SELECT count(*) FROM circle"_s).toInt(), 1);
    // The facilitator opening her own invitation changes nothing either.
    const auto own
        = SharingService(alice.db()).join(invitation, invitation.members.at(0).uid, &error);
    ASSERT_TRUE(own);
    EXPECT_EQ(own->result, JoinOutcome::Result::Unchanged);
}

TEST_F(Invite, ANewerInvitationUpdatesTheScheduleAndMembers)
{
    QString error;
    // Alice moves meeting 6 to Wednesday 19:30, skips week 9, adds Dan, uses her own plan.
    ASSERT_TRUE(
        Schedule(alice.db())
            .moveMeeting(alice.circleId, 6, QDateTime(QDate(2026, 3, 11), QTime(19, 30)), &error))
        << error.toStdString();
    ASSERT_TRUE(Schedule(alice.db()).skipWeek(alice.circleId, 9, &error));
    ASSERT_GT(CircleService(alice.db()).addMember(alice.circleId, u"Dan"_s, &error), 0);
    ASSERT_TRUE(
        PlanService(alice.db()).setOwnPlan(alice.circleId, WeekPlan::builtInText(u"de"_s), &error));
    alice.db().setClock([] { return fixedNow().addDays(1); });
    const auto newer = SharingService(alice.db()).invitation(alice.circleId, &error);
    ASSERT_TRUE(newer);
    const auto outcome = SharingService(bob.db()).join(*newer, newer->members.at(1).uid, &error);
    ASSERT_TRUE(outcome) << error.toStdString();
    EXPECT_EQ(outcome->result, JoinOutcome::Result::Updated);
    EXPECT_EQ(scalar(bob.db(), u"SELECT scheduled_at FROM meeting WHERE week = 6"_s).toString(),
        u"2026-03-11T19:30"_s);
    for (int week = 1; week <= 12; ++week) {
        const QString sql
            = u"SELECT scheduled_at || (status = 3) FROM meeting WHERE week = %1"_s.arg(week);
        EXPECT_EQ(scalar(bob.db(), sql).toString(), scalar(alice.db(), sql).toString()) << week;
    }
    EXPECT_EQ(memberNames(bob.db(), bob.circleId),
        (QStringList {u"Alice"_s, u"Bob (me)"_s, u"Carol"_s, u"Dan"_s}));
    EXPECT_TRUE(PlanService(bob.db()).hasOwnPlan(bob.circleId));
    EXPECT_EQ(PlanService(bob.db()).plan(bob.circleId).language, u"de"_s);
    // The older invitation, opened again afterwards, does not undo the update.
    const auto stale
        = SharingService(bob.db()).join(invitation, invitation.members.at(1).uid, &error);
    ASSERT_TRUE(stale);
    EXPECT_EQ(stale->result, JoinOutcome::Result::Unchanged);
    EXPECT_EQ(scalar(bob.db(), u"SELECT scheduled_at FROM meeting WHERE week = 6"_s).toString(),
        u"2026-03-11T19:30"_s);
}

TEST(InvitationFile, BrokenNewerAndEmptyFilesAreRefusedClearly)
{
    QString error;
    EXPECT_FALSE(parseInvitation(QByteArray(), &error));
    EXPECT_TRUE(error.contains(u"empty"_s)) << error.toStdString();
    EXPECT_FALSE(parseInvitation("{\"format\": \"outloud-invitation\", \"vers", &error));
    EXPECT_TRUE(error.contains(u"incomplete or damaged"_s)) << error.toStdString();
    EXPECT_FALSE(parseInvitation("{\"format\": \"outloud-invitation\", \"version\": 4}", &error));
    EXPECT_TRUE(error.contains(u"newer Outloud"_s)) << error.toStdString();
    EXPECT_FALSE(parseInvitation("{\"format\": \"outloud-card\", \"version\": 1}", &error));
    EXPECT_TRUE(error.contains(u"not an Outloud invitation"_s)) << error.toStdString();
    EXPECT_FALSE(parseInvitation("[1, 2, 3]", &error));
}

TEST_F(Invite, ABadInvitationChangesNothing)
{
    Invitation bad = invitation;
    bad.circleUid = u"00000000000000000000000000000001"_s;
    bad.circle.name = u"   "_s; // refused by the circle's own checks
    const QString before = tableDump(bob.db());
    QString error;
    EXPECT_FALSE(SharingService(bob.db()).join(bad, bad.members.at(1).uid, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(tableDump(bob.db()), before);
    EXPECT_FALSE(
        SharingService(bob.db()).join(invitation, u"ffffffffffffffffffffffffffffffff"_s, &error));
    EXPECT_TRUE(error.contains(u"which member"_s)) << error.toStdString();
}

TEST(SharingMigration, AnOlderFileGetsStableIdsForItsCirclesAndMembers)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v2.sqlite"_s);
    ASSERT_TRUE(QFile::copy(dataPath(u"schema-v2.sqlite"_s), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString error;
    auto db = Database::open(path, &error, Database::OpenMode::MustExist);
    ASSERT_TRUE(db) << error.toStdString();
    EXPECT_GE(db->schemaVersion(), 3);
    EXPECT_EQ(scalar(*db, u"SELECT count(*) FROM member WHERE length(uid) = 32"_s),
        scalar(*db, u"SELECT count(*) FROM member"_s));
    EXPECT_EQ(scalar(*db, u"SELECT count(DISTINCT uid) FROM member"_s),
        scalar(*db, u"SELECT count(*) FROM member"_s));
    const qint64 circleId = CircleService(*db).defaultCircleId();
    EXPECT_TRUE(isValidUid(SharingService(*db).circleUid(circleId)));
    // Members added later get one too.
    const qint64 added = CircleService(*db).addMember(circleId, u"Newcomer"_s, &error);
    EXPECT_TRUE(isValidUid(SharingService(*db).memberUid(added)));
    EXPECT_EQ(SharingService(*db).settings(circleId).isSharing(), false);
}
