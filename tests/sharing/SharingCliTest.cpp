// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `outloud circle invite` and `outloud circle join`, run as a member would.
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "sharing/SharingService.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
class CircleCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Circle c;
        c.name = u"Harbour Circle"_s;
        c.startDate = QDate(2026, 2, 5);
        c.meetingWeekday = Qt::Thursday;
        c.meetingTime = QTime(8, 30);
        QString error;
        circleId = CircleService(facilitator.db())
                       .createCircle(c, {u"Mara"_s, u"Nils"_s, u"Odile"_s}, 0, 0, &error);
        ASSERT_GT(circleId, 0) << error.toStdString();
        invitationPath = dir.filePath(u"harbour.outloud-invitation"_s);
        memberPath = dir.filePath(u"nils.sqlite"_s);
    }

    ProcessResult run(const QStringList& arguments)
    {
        return runProcess(outloudBinary(), QStringList {u"circle"_s} + arguments);
    }

    TempDatabase facilitator;
    QTemporaryDir dir;
    qint64 circleId = -1;
    QString invitationPath;
    QString memberPath;
};
} // namespace

TEST_F(CircleCli, InviteThenJoinThenJoinAgain)
{
    facilitator.reopen();
    ProcessResult r
        = run({u"invite"_s, u"--output"_s, invitationPath, u"--database"_s, facilitator.path()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"3 members"_s)) << r.out.toStdString();
    EXPECT_EQ(
        QFile::permissions(invitationPath) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
        QFileDevice::Permissions());

    r = run({u"join"_s, invitationPath, u"--me"_s, u"nils"_s, u"--database"_s, memberPath});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Joined Harbour Circle as Nils"_s)) << r.out.toStdString();
    const QByteArray before = fileBytes(memberPath);
    r = run({u"join"_s, invitationPath, u"--me"_s, u"Nils"_s, u"--database"_s, memberPath});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"nothing changed"_s)) << r.out.toStdString();

    QString error;
    auto db = Database::open(memberPath, &error, Database::OpenMode::MustExist);
    ASSERT_TRUE(db) << error.toStdString();
    CircleService circles(*db);
    const qint64 joined = circles.defaultCircleId();
    EXPECT_EQ(circles.circle(joined)->name, u"Harbour Circle"_s);
    EXPECT_EQ(circles.member(circles.meId(joined))->name, u"Nils"_s);
    EXPECT_EQ(circles.members(joined).size(), 3);
    EXPECT_EQ(sharing::SharingService(*db).circleUid(joined),
        sharing::SharingService(facilitator.db()).circleUid(circleId));
}

TEST_F(CircleCli, BadInvitationsAndMissingChoicesFailClearlyAndChangeNothing)
{
    ASSERT_EQ(run({u"invite"_s, u"--output"_s, invitationPath, u"--database"_s, facilitator.path()})
                  .exitCode,
        0);
    ProcessResult r
        = run({u"join"_s, invitationPath, u"--me"_s, u"Zoe"_s, u"--database"_s, memberPath});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"Mara, Nils, Odile"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(memberPath)) << "no database made for a refused join";

    const QByteArray whole = fileBytes(invitationPath);
    const QString broken = dir.filePath(u"broken.outloud-invitation"_s);
    const QString newer = dir.filePath(u"newer.outloud-invitation"_s);
    const QString empty = dir.filePath(u"empty.outloud-invitation"_s);
    for (const auto& [path, bytes] : {std::pair {broken, whole.left(whole.size() / 2)},
             std::pair {newer, QByteArray(whole).replace("\"version\": 1", "\"version\": 2")},
             std::pair {empty, QByteArray()}}) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    ASSERT_EQ(run({u"join"_s, invitationPath, u"--me"_s, u"Odile"_s, u"--database"_s, memberPath})
                  .exitCode,
        0);
    const QByteArray before = fileBytes(memberPath);
    for (const auto& [path, words] : {std::pair {broken, u"incomplete or damaged"_s},
             std::pair {newer, u"newer Outloud"_s}, std::pair {empty, u"empty"_s}}) {
        r = run({u"join"_s, path, u"--me"_s, u"Odile"_s, u"--database"_s, memberPath});
        EXPECT_EQ(r.exitCode, 1) << path.toStdString();
        EXPECT_TRUE(r.err.contains(words)) << r.err.toStdString();
    }
    EXPECT_EQ(fileBytes(memberPath), before);
    r = run({u"invite"_s, u"--database"_s, facilitator.path()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"--output"_s));
    r = run({u"frobnicate"_s});
    EXPECT_EQ(r.exitCode, 2);
}

TEST_F(CircleCli, ShareShowsTheCardFirstAndWritesItOnlyWithYes)
{
    ASSERT_EQ(run({u"invite"_s, u"--output"_s, invitationPath, u"--database"_s, facilitator.path()})
                  .exitCode,
        0);
    ASSERT_EQ(run({u"join"_s, invitationPath, u"--me"_s, u"Nils"_s, u"--database"_s, memberPath})
                  .exitCode,
        0);
    const QString shared = dir.filePath(u"shared"_s);
    ASSERT_TRUE(QDir().mkpath(shared));
    ProcessResult r = run({u"share"_s, u"--folder"_s, shared, u"--without"_s, u"goal,habit"_s,
        u"--database"_s, memberPath});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"\"format\": \"outloud-card\""_s)) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(u"habitStrength"_s));
    EXPECT_TRUE(r.out.contains(u"Nothing was written"_s));
    EXPECT_TRUE(QDir(shared).isEmpty());

    r = run({u"share"_s, u"--folder"_s, shared, u"--without"_s, u"goal,habit"_s, u"--yes"_s,
        u"--database"_s, memberPath});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList files = QDir(shared).entryList(QDir::Files);
    ASSERT_EQ(files.size(), 1);
    EXPECT_TRUE(files.first().endsWith(u".outloud-card"_s));
    const QByteArray card = fileBytes(QDir(shared).filePath(files.first()));
    EXPECT_TRUE(card.contains("\"weeks\""));
    EXPECT_FALSE(card.contains("habitStrength"));
    EXPECT_FALSE(card.contains("Nils")) << "never a name";

    r = run({u"share"_s, u"--without"_s, u"moods"_s, u"--folder"_s, shared, u"--database"_s,
        memberPath});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"moods"_s));
    r = run({u"share"_s, u"--stop"_s, u"--database"_s, memberPath});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QDir(shared).isEmpty());
}
