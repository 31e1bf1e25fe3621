// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "demo/DemoGenerator.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
// A digest of every row of every table: equal digests mean equal contents.
QByteArray contentDigest(Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList tables = {u"circle"_s, u"member"_s, u"goal_revision"_s, u"person"_s,
        u"closeness_change"_s, u"contribution"_s, u"meeting"_s, u"attendance"_s, u"commitment"_s};
    for (const QString& table : tables) {
        QSqlQuery q(db.connection());
        q.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1, 2"_s);
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + '\x1f');
            hash.addData("\n");
        }
    }
    return hash.result();
}
} // namespace

TEST(Demo, SmallIsOneCircleOfFiveInWeekSeven)
{
    TempDatabase t;
    DemoGenerator demo(t.db(), DemoGenerator::Scale::Small, 1, fixedNow().date());
    QString error;
    ASSERT_TRUE(demo.generate(&error)) << error.toStdString();
    CircleService circles(t.db());
    ASSERT_EQ(circles.circles().size(), 1);
    const qint64 id = circles.defaultCircleId();
    EXPECT_EQ(circles.members(id).size(), 5);
    EXPECT_GT(circles.meId(id), 0);
    EXPECT_EQ(circles.calendar(id).weekOf(fixedNow().date()), 7);
    const int people = scalar(t.db(), u"SELECT count(*) FROM person"_s).toInt();
    EXPECT_GE(people, 5 * 36);
    EXPECT_LE(people, 5 * 44);
    const int contributions = scalar(t.db(), u"SELECT count(*) FROM contribution"_s).toInt();
    EXPECT_GE(contributions, 250);
    EXPECT_LE(contributions, 350);
    EXPECT_EQ(demo.counts().contributions, contributions);
    EXPECT_EQ(
        scalar(t.db(), u"SELECT max(happened_on) <= '2026-03-02' FROM contribution"_s).toInt(), 1)
        << "nothing in the future";
}

TEST(Demo, SmallHasTheVariedPatterns)
{
    TempDatabase t;
    ASSERT_TRUE(
        DemoGenerator(t.db(), DemoGenerator::Scale::Small, 1, fixedNow().date()).generate(nullptr));
    auto ratio = [&](const QString& member) {
        QSqlQuery q(t->connection());
        q.prepare(u"SELECT sum(CASE WHEN c.direction = 0 THEN 1 ELSE 0 END),"
                  " sum(CASE WHEN c.direction = 1 THEN 1 ELSE 0 END) FROM contribution c JOIN "
                  u"person p ON p.id = c.person_id"
                  " JOIN member m ON m.id = p.member_id WHERE m.name = ?"_s);
        q.addBindValue(member);
        q.exec();
        q.next();
        return std::pair {q.value(0).toInt(), q.value(1).toInt()};
    };
    const auto [priyaGiven, priyaReceived] = ratio(u"Priya Raman"_s);
    EXPECT_GT(priyaGiven, 3 * priyaReceived) << "a generous giver";
    const auto [tomasGiven, tomasReceived] = ratio(u"Tomás Ortega"_s);
    EXPECT_GT(tomasReceived, 2 * tomasGiven) << "one who mostly receives";
    // Hannah stalls after week 3: next to nothing given from week 4 on.
    const WeekCalendar cal = CircleService(t.db()).calendar(1);
    QSqlQuery q(t->connection());
    q.prepare(u"SELECT count(*) FROM contribution c JOIN person p ON p.id = c.person_id JOIN "
              u"member m ON m.id = p.member_id"
              " WHERE m.name = 'Hannah Weber' AND c.direction = 0 AND c.happened_on >= ?"_s);
    q.addBindValue(cal.weekStart(5).toString(Qt::ISODate));
    q.exec();
    q.next();
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST(Demo, SameSeedSameDemoOtherSeedOtherDemo)
{
    TempDatabase a, b, c;
    ASSERT_TRUE(DemoGenerator(a.db(), DemoGenerator::Scale::Small, 42, fixedNow().date())
                    .generate(nullptr));
    ASSERT_TRUE(DemoGenerator(b.db(), DemoGenerator::Scale::Small, 42, fixedNow().date())
                    .generate(nullptr));
    ASSERT_TRUE(DemoGenerator(c.db(), DemoGenerator::Scale::Small, 43, fixedNow().date())
                    .generate(nullptr));
    EXPECT_EQ(contentDigest(a.db()), contentDigest(b.db()));
    EXPECT_NE(contentDigest(a.db()), contentDigest(c.db()));
}

TEST(Demo, LargeHasTheCompanyProgramScale)
{
    TempDatabase t;
    DemoGenerator demo(t.db(), DemoGenerator::Scale::Large, 1, fixedNow().date());
    QString error;
    ASSERT_TRUE(demo.generate(&error)) << error.toStdString();
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM circle"_s).toInt(), 100);
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM person"_s).toInt(), 10000);
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM contribution"_s).toInt(), 200000);
    if (!t->isServer()) {
        EXPECT_EQ(scalar(t.db(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    }
}

TEST(Demo, RefusesANonEmptyDatabase)
{
    TempDatabase t;
    ASSERT_TRUE(
        DemoGenerator(t.db(), DemoGenerator::Scale::Small, 1, fixedNow().date()).generate(nullptr));
    const int before = scalar(t.db(), u"SELECT count(*) FROM person"_s).toInt();
    QString error;
    EXPECT_FALSE(
        DemoGenerator(t.db(), DemoGenerator::Scale::Small, 2, fixedNow().date()).generate(&error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM person"_s).toInt(), before);
}
