// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One truth: for every member and every week so far, the figures the Overview shows (set to
// the week's reference day) are the figures the weekly summary PDF prints, read back from the
// PDF's text.
#include "ReportFixture.h"
#include "analytics/DashboardCharts.h"
#include "analytics/DashboardWidget.h"
#include "circle/CircleService.h"
#include "contributions/ContributionService.h"
#include "demo/DemoGenerator.h"
#include "goal/GoalService.h"
#include "people/PeopleService.h"
#include "report/ReportNumbers.h"
#include "report/SummaryBuilder.h"
#include "report/SummaryPdf.h"

#include <QLabel>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {

int firstNumber(const QString& text)
{
    const QRegularExpressionMatch m = QRegularExpression(u"([+-]?\\d+)"_s).match(text);
    EXPECT_TRUE(m.hasMatch()) << text.toStdString();
    return m.captured(1).toInt();
}

int numberAfter(const QString& text, const QString& caption)
{
    const QRegularExpressionMatch m
        = QRegularExpression(QRegularExpression::escape(caption) + u"\\s*([+-]?\\d+)"_s)
              .match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

/// What the PDF prints for a member's week, read from pdftotext's layout text.
struct PrintedFigures
{
    int given = -1;
    int received = -1;
    int balance = 0;
    int soFar = 0;
    int streak = -1;
    int scorePercent = -1;
    int closer = -1;
    int contributionRows = -1;
    int closerRows = 0; ///< Rows of the closeness-changes table with after > before.
    int changedRows = 0;
};

PrintedFigures readPdf(const QString& pdf)
{
    const QString text = pdfText(pdf);
    const QStringList lines = text.split(u'\n');
    PrintedFigures f;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const QString captions = lines.at(i).simplified();
        if (!captions.startsWith(u"given received balance week streak"_s))
            continue;
        const QStringList values = lines.at(i - 1).simplified().split(u' ');
        EXPECT_EQ(values.size(), 6) << lines.at(i - 1).toStdString();
        if (values.size() != 6)
            break;
        f.given = values.at(0).toInt();
        f.received = values.at(1).toInt();
        f.balance = values.at(2).toInt();
        f.streak = values.at(3).toInt();
        f.scorePercent = firstNumber(values.at(4));
        f.closer = values.at(5).toInt();
        const QRegularExpressionMatch soFar
            = QRegularExpression(u"([+-]?\\d+) so far"_s).match(lines.at(i + 1));
        EXPECT_TRUE(soFar.hasMatch()) << lines.at(i + 1).toStdString();
        f.soFar = soFar.captured(1).toInt();
        break;
    }
    const QRegularExpressionMatch rows
        = QRegularExpression(u"Contributions of the week \\((\\d+)\\)"_s).match(text);
    if (rows.hasMatch())
        f.contributionRows = rows.captured(1).toInt();
    // The closeness table: each row prints "N · meaning" before and after.
    const qsizetype from = text.indexOf(u"Closeness changes"_s);
    const qsizetype to = text.indexOf(u"Contributions of the week"_s);
    if (from >= 0 && to > from) {
        QList<int> levels;
        const QString section = text.mid(from, to - from);
        QRegularExpressionMatchIterator it = QRegularExpression(u"(\\d) · "_s).globalMatch(section);
        while (it.hasNext())
            levels.append(it.next().captured(1).toInt());
        EXPECT_EQ(levels.size() % 2, 0) << section.toStdString();
        for (qsizetype k = 0; k + 1 < levels.size(); k += 2) {
            ++f.changedRows;
            f.closerRows += levels.at(k + 1) > levels.at(k) ? 1 : 0;
        }
    }
    return f;
}

/// For every member and every week that has started, the Overview on the week's reference
/// day against the member's weekly summary PDF. Returns how many weeks were compared.
int expectFiguresAgree(Database& db, qint64 circleId, const QString& dir, const char* where)
{
    CircleService circles(db);
    const WeekCalendar calendar = circles.calendar(circleId);
    const QDate today = db.now().date();
    const int last = std::min(calendar.currentWeek(today), calendar.lengthWeeks());
    int compared = 0;
    for (const Member& member : circles.members(circleId)) {
        DashboardWidget dashboard(db, circleId, member.id);
        dashboard.resize(1280, 800);
        for (int week = 1; week <= last; ++week) {
            SCOPED_TRACE(QStringLiteral("%1, %2, week %3")
                             .arg(QString::fromLatin1(where), member.name)
                             .arg(week)
                             .toStdString());
            const QDate asOf = reportnumbers::referenceDate(calendar, week, today);
            dashboard.setToday(asOf);
            const auto label = [&](const char* name) {
                const auto* l = dashboard.findChild<QLabel*>(QString::fromLatin1(name));
                EXPECT_NE(l, nullptr) << name;
                return l ? l->text() : QString();
            };
            // What the Overview shows: the tiles, and the hovered week's tooltip.
            const QString tip = dashboard::weekToolTip(dashboard.figures(), week);
            const int shownGiven = numberAfter(tip, u"Given:"_s);
            const int shownReceived = numberAfter(tip, u"Received:"_s);
            const int shownSoFar = numberAfter(tip, u"Balance so far:"_s);
            const int shownCloser = numberAfter(tip, u"People who grew closer:"_s);
            const int balanceTile = firstNumber(label("balanceValue"));
            const int streakTile = firstNumber(label("streakValue"));
            const int scoreTile = firstNumber(label("scoreValue"));
            EXPECT_TRUE(
                label("periodNote").contains(QLocale().toString(asOf, QLocale::LongFormat)));

            SummaryBuilder builder(db);
            builder.setToday(today);
            QString error;
            const std::optional<MemberWeekSummary> summary
                = builder.memberWeek(member.id, week, &error);
            EXPECT_TRUE(summary) << error.toStdString();
            if (!summary)
                continue;
            const QString pdf = dir + u"/figures-%1-%2.pdf"_s.arg(member.id).arg(week);
            EXPECT_TRUE(summarypdf::writeMember(*summary, pdf, QPageSize::A4, &error))
                << error.toStdString();
            const PrintedFigures printed = readPdf(pdf);

            EXPECT_EQ(printed.given, shownGiven);
            EXPECT_EQ(printed.received, shownReceived);
            EXPECT_EQ(printed.balance, shownGiven - shownReceived);
            EXPECT_EQ(printed.contributionRows, shownGiven + shownReceived);
            EXPECT_EQ(printed.soFar, shownSoFar);
            // The week is the latest the Overview covers on that day: the balance tile is the
            // balance so far, the same number the PDF prints under "balance".
            EXPECT_EQ(printed.soFar, balanceTile);
            EXPECT_EQ(printed.streak, streakTile);
            EXPECT_EQ(printed.scorePercent, scoreTile);
            EXPECT_EQ(printed.closer, shownCloser);
            // The PDF agrees with itself: the "closer" tile counts the table's rises.
            EXPECT_EQ(printed.closer, printed.closerRows);
            ++compared;
        }
    }
    return compared;
}

} // namespace

TEST(FiguresAgree, OnEveryWeekOfTheSmallDemo)
{
    TempDatabase t;
    const QDate today(2026, 11, 30); // week 7 of the demo circle
    t->setClock([today] { return QDateTime(today, QTime(12, 0)); });
    QString error;
    ASSERT_TRUE(DemoGenerator(t.db(), DemoGenerator::Scale::Small, 1, today).generate(&error))
        << error.toStdString();
    const qint64 circleId = CircleService(t.db()).defaultCircleId();
    const int compared = expectFiguresAgree(t.db(), circleId, t.dir(), "small demo");
    EXPECT_GE(compared, 5 * 6); // five members, at least six weeks each
}

// A circle as a new user builds it, one day at a time: week 1 counts from the first gift, a
// person added in a week and re-rated in it is "closer", a gift dated ahead is not counted.
TEST(FiguresAgree, OnACircleBuiltStepByStep)
{
    TempDatabase t;
    QDate day(2026, 3, 2); // Monday, the first meeting
    t->setClock([&day] { return QDateTime(day, QTime(12, 0)); });
    QString error;
    CircleService circles(t.db());
    Circle c;
    c.name = u"From scratch"_s;
    c.startDate = day;
    c.meetingWeekday = 1;
    const qint64 circleId = circles.createCircle(c, {u"Mia"_s, u"Noor"_s}, 0, 0, &error);
    ASSERT_GT(circleId, 0) << error.toStdString();
    const qint64 mia = circles.members(circleId).at(0).id;
    GoalRevision goal;
    goal.memberId = mia;
    goal.accomplish = u"Start a reading group"_s;
    goal.weeklyTarget = 2;
    ASSERT_GT(GoalService(t.db()).reviseGoal(goal, &error), 0) << error.toStdString();

    PeopleService people(t.db());
    ContributionService contributions(t.db());
    const qint64 kind = contributions.kindIdByCode(u"appreciation"_s);
    auto add = [&](const QString& name, int closeness) {
        Person p;
        p.memberId = mia;
        p.name = name;
        p.closeness = closeness;
        const qint64 id = people.add(p, &error);
        EXPECT_GT(id, 0) << error.toStdString();
        return id;
    };
    auto give = [&](qint64 person, QDate when, Direction direction) {
        Contribution k;
        k.personId = person;
        k.date = when;
        k.direction = direction;
        k.kindId = kind;
        EXPECT_GT(contributions.add(k, &error), 0) << error.toStdString();
    };

    // Week 1: Eva added at 0 and re-rated 3 the same week; one gift today, one dated ahead.
    const qint64 eva = add(u"Eva Green"_s, 0);
    give(eva, day, Direction::Given);
    give(eva, day.addDays(20), Direction::Given); // in week 3, not counted before it comes
    give(eva, day.addDays(4), Direction::Given); // later this week: not yet either
    day = day.addDays(2);
    ASSERT_TRUE(people.setCloseness(eva, 3, &error)) << error.toStdString();
    expectFiguresAgree(t.db(), circleId, t.dir(), "step week 1");
    {
        const auto s = SummaryBuilder(t.db()).memberWeek(mia, 1, &error);
        ASSERT_TRUE(s);
        EXPECT_EQ(s->numbers.given, 1);
        EXPECT_EQ(s->numbers.closer, 1);
        ASSERT_EQ(s->closenessChanges.size(), 1);
        EXPECT_EQ(s->closenessChanges.first().to, 3);
    }
    // Week 2: week 1's second gift has come; target reached; someone new gives back.
    day = QDate(2026, 3, 10);
    const qint64 ben = add(u"Ben Ode"_s, 1);
    give(ben, day, Direction::Received);
    give(ben, day, Direction::Given);
    give(eva, day.addDays(1), Direction::Given);
    day = day.addDays(2);
    expectFiguresAgree(t.db(), circleId, t.dir(), "step week 2");
    // Week 3: the gift logged ahead now counts; Ben grows closer, Eva less close.
    day = QDate(2026, 3, 22);
    ASSERT_TRUE(people.setCloseness(ben, 2, &error));
    ASSERT_TRUE(people.setCloseness(eva, 2, &error));
    const int compared = expectFiguresAgree(t.db(), circleId, t.dir(), "step week 3");
    EXPECT_EQ(compared, 2 * 3);
    const auto week3 = SummaryBuilder(t.db()).memberWeek(mia, 3, &error);
    ASSERT_TRUE(week3);
    EXPECT_EQ(week3->numbers.given, 1); // the one logged in week 1 for this week
    EXPECT_EQ(week3->numbers.cumulativeBalance, 5 - 1);
    EXPECT_EQ(week3->numbers.closer, 1);
    EXPECT_EQ(week3->numbers.further, 1);
}
