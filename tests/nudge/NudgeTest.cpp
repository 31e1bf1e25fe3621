// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly nudge: the text built in the core, when it comes, and `outloud remind`.
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "contributions/ContributionService.h"
#include "goal/GoalService.h"
#include "nudge/NudgeSetting.h"
#include "nudge/WeeklyNudge.h"
#include "people/PeopleService.h"

#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
// A circle meeting on Mondays at 12:30 from 2026-03-02; my weekly target is 4. Emma and
// Farid (closeness 4: every 2 weeks) were added on 03-02, so both are due in week 3
// (from 03-16); Zoe (closeness 0) has no rhythm.
struct Nudge : ::testing::Test
{
    TempDatabase t;
    qint64 circleId = -1;
    qint64 me = -1;
    qint64 zoe = -1;
    QLocale saved;

    void SetUp() override
    {
        saved = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        Circle c;
        c.name = u"Lunch circle"_s;
        c.startDate = QDate(2026, 3, 2);
        c.meetingTime = QTime(12, 30);
        CircleService circles(t.db());
        circleId = circles.createCircle(c, {u"Me"_s, u"You"_s}, 0, 0, nullptr);
        me = circles.meId(circleId);
        GoalRevision g;
        g.memberId = me;
        g.accomplish = u"Learn in the open"_s;
        g.weeklyTarget = 4;
        ASSERT_GT(GoalService(t.db()).reviseGoal(g, nullptr), 0);
        add(u"Farid"_s, 4);
        add(u"Emma"_s, 4);
        zoe = add(u"Zoe"_s, 0);
    }
    void TearDown() override { QLocale::setDefault(saved); }
    qint64 add(const QString& name, int closeness)
    {
        Person p;
        p.memberId = me;
        p.name = name;
        p.closeness = closeness;
        p.createdOn = QDate(2026, 3, 2);
        return PeopleService(t.db()).add(p, nullptr);
    }
    void give(qint64 personId, QDate on, int times = 1)
    {
        ContributionService log(t.db());
        for (int i = 0; i < times; ++i) {
            Contribution c;
            c.personId = personId;
            c.date = on;
            c.kindId = log.kinds().first().id;
            ASSERT_GT(log.add(c, nullptr), 0);
        }
    }
    QString text(const QDateTime& now)
    {
        const auto standing = weekStanding(t.db(), circleId, now);
        EXPECT_TRUE(standing);
        return standing ? nudgeText(*standing, now) : QString();
    }
};
const QDateTime Wednesday3(QDate(2026, 3, 18), QTime(9, 0));
} // namespace

TEST_F(Nudge, SaysWhereTheWeekStands)
{
    give(zoe, QDate(2026, 3, 16));
    give(zoe, QDate(2026, 3, 17));
    give(zoe, QDate(2026, 3, 13)); // week 2: does not count for week 3
    EXPECT_EQ(
        text(Wednesday3), u"2 of 4 contributions; Emma and Farid are due; meeting Monday 12:30"_s);
    const auto standing = weekStanding(t.db(), circleId, Wednesday3);
    ASSERT_TRUE(standing);
    EXPECT_EQ(standing->week, 3);
    EXPECT_FALSE(standing->targetMet());
    EXPECT_EQ(nudgeTitle(*standing), u"Outloud · week 3 of 12"_s);
}

TEST_F(Nudge, NamesOneManyOrNoOneAndTheMeetingDay)
{
    const qint64 farid = PeopleService(t.db()).idByName(me, u"Farid"_s);
    give(farid, QDate(2026, 3, 17));
    EXPECT_EQ(text(Wednesday3), u"1 of 4 contributions; Emma is due; meeting Monday 12:30"_s);
    give(PeopleService(t.db()).idByName(me, u"Emma"_s), QDate(2026, 3, 17));
    EXPECT_EQ(text(QDateTime(QDate(2026, 3, 23), QTime(8, 0))),
        u"0 of 4 contributions; no one is due; meeting today 12:30"_s);
    for (const QString& name : {u"Ada"_s, u"Bo"_s, u"Cy"_s, u"Di"_s})
        add(name, 5);
    EXPECT_EQ(text(QDateTime(QDate(2026, 3, 25), QTime(8, 0))),
        u"0 of 4 contributions; Ada, Bo and 2 others are due; meeting Monday 12:30"_s)
        << "the most overdue first, then by name";
}

TEST_F(Nudge, ATargetMetIsSaid)
{
    give(zoe, QDate(2026, 3, 16), 5);
    const auto standing = weekStanding(t.db(), circleId, Wednesday3);
    ASSERT_TRUE(standing);
    EXPECT_TRUE(standing->targetMet());
    EXPECT_TRUE(nudgeText(*standing, Wednesday3).startsWith(u"5 of 4 contributions;"_s));
}

TEST(NudgeSetting, IsOffByDefaultAndComesAtTheChosenTime)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"outloud.conf"_s), QSettings::IniFormat);
    NudgeSetting s = NudgeSetting::load(settings);
    EXPECT_FALSE(s.enabled);
    EXPECT_FALSE(s.nextAfter(QDateTime(QDate(2026, 3, 18), QTime(9, 0))).isValid());
    s.enabled = true;
    s.weekday = 5; // Friday
    s.time = QTime(16, 30);
    s.save(settings);
    const NudgeSetting back = NudgeSetting::load(settings);
    EXPECT_TRUE(back.enabled);
    EXPECT_EQ(back.weekday, 5);
    EXPECT_EQ(back.time, QTime(16, 30));
    EXPECT_EQ(back.nextAfter(QDateTime(QDate(2026, 3, 18), QTime(9, 0))),
        QDateTime(QDate(2026, 3, 20), QTime(16, 30)));
    EXPECT_EQ(back.nextAfter(QDateTime(QDate(2026, 3, 20), QTime(16, 30))),
        QDateTime(QDate(2026, 3, 27), QTime(16, 30)))
        << "strictly after: the nudge just shown is not shown again";
    EXPECT_EQ(back.nextAfter(QDateTime(QDate(2026, 3, 20), QTime(16, 0))),
        QDateTime(QDate(2026, 3, 20), QTime(16, 30)));
}

// The command as a terminal or a systemd timer runs it: no display, the real binary.
TEST_F(Nudge, RemindPrintsTheSameAndExitsByTheTarget)
{
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qunsetenv("QT_QPA_PLATFORM");
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8()); // no language setting of the user's
    qputenv("LC_ALL", "en_GB.UTF-8");
    qputenv("LANGUAGE", "en");
    give(zoe, QDate(2026, 3, 16), 2);
    const QStringList arguments
        = {u"remind"_s, u"--database"_s, t.path(), u"--now"_s, u"2026-03-18T09:00"_s};
    const auto behind = runProcess(outloudBinary(), arguments);
    EXPECT_EQ(behind.exitCode, 1) << behind.err.toStdString();
    EXPECT_TRUE(
        behind.out.startsWith(u"2 of 4 contributions; Emma and Farid are due; meeting Monday"_s))
        << behind.out.toStdString();
    EXPECT_TRUE(behind.out.contains(u"12:30"_s));

    give(zoe, QDate(2026, 3, 17), 2);
    const auto met = runProcess(outloudBinary(), arguments);
    EXPECT_EQ(met.exitCode, 0) << met.err.toStdString();
    EXPECT_TRUE(met.out.startsWith(u"4 of 4 contributions;"_s)) << met.out.toStdString();

    const auto missing = runProcess(
        outloudBinary(), {u"remind"_s, u"--database"_s, t.dir() + u"/nothing.sqlite"_s});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_FALSE(missing.err.isEmpty());
    EXPECT_TRUE(missing.out.isEmpty());
    const auto badTime = runProcess(
        outloudBinary(), {u"remind"_s, u"--database"_s, t.path(), u"--now"_s, u"tomorrow"_s});
    EXPECT_EQ(badTime.exitCode, 2);
    EXPECT_TRUE(badTime.err.contains(u"--now"_s)) << badTime.err.toStdString();
    const auto help = runProcess(outloudBinary(), {u"remind"_s, u"--help"_s});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(u"--database"_s));
}
