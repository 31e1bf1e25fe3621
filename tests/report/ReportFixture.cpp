// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFixture.h"

#include "circle/CircleService.h"
#include "contributions/ContributionService.h"
#include "goal/GoalService.h"
#include "meetings/MeetingService.h"
#include "people/PeopleService.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace outloud::test {

const QString ReportFixture::AnnName = uR"(<b>Ann & "Bob"</b>)"_s;
const QString ReportFixture::Goal = u"Grow the onboarding guild to three teams"_s;

ReportFixture::ReportFixture(Database& db)
{
    QString error;
    CircleService circles(db);
    Circle c;
    c.name = u"Thursday Circle"_s;
    c.startDate = QDate(2026, 1, 5); // a Monday: week 3 runs 19 to 25 January
    c.meetingWeekday = 1;
    circleId = circles.createCircle(c, {AnnName, u"Carl Weber"_s, u"Dora Quist"_s}, 0, 1, &error);
    EXPECT_GT(circleId, 0) << error.toStdString();
    const QList<Member> members = circles.members(circleId);
    annId = members.at(0).id;
    carlId = members.at(1).id;

    GoalRevision goal;
    goal.memberId = annId;
    goal.revisedAt = QDateTime(QDate(2026, 1, 5), QTime(13, 0));
    goal.accomplish = Goal;
    goal.why = u"Newcomers need a place to ask"_s;
    goal.weeklyTarget = 2;
    EXPECT_GT(GoalService(db).reviseGoal(goal, &error), 0) << error.toStdString();

    PeopleService people(db);
    ContributionService contributions(db);
    auto person = [&](const QString& name, int closeness) {
        Person p;
        p.memberId = annId;
        p.name = name;
        p.closeness = closeness;
        const qint64 id = people.add(p, &error);
        EXPECT_GT(id, 0) << error.toStdString();
        return id;
    };
    auto contribute = [&](qint64 personId, QDate day, Direction direction, const QString& note) {
        Contribution k;
        k.personId = personId;
        k.date = day;
        k.direction = direction;
        k.kindId = contributions.kindIdByCode(u"help"_s);
        k.channelId = contributions.channelIdByName(u"E-mail"_s);
        k.brought = direction == Direction::Received ? Brought::Inspiration : Brought::Nothing;
        k.note = note;
        EXPECT_GT(contributions.add(k, &error), 0) << error.toStdString();
    };
    const qint64 eve = person(u"Eve Marsh"_s, 2);
    const qint64 finn = person(u"Finn <i>Oak</i>"_s, 1);
    // Week 2: one given (not in week 3's table).
    contribute(eve, QDate(2026, 1, 14), Direction::Given, u"Thanked Eve for the wiki page"_s);
    week3Notes = {u"Shared the checklist with Eve"_s, u"Finn sent me his & her slides"_s,
        u"Asked Eve about \"buddy\" rules"_s};
    contribute(eve, QDate(2026, 1, 19), Direction::Given, week3Notes.at(0));
    contribute(finn, QDate(2026, 1, 21), Direction::Received, week3Notes.at(1));
    contribute(eve, QDate(2026, 1, 25), Direction::Given, week3Notes.at(2));
    // Outside week 3 on both sides.
    contribute(eve, QDate(2026, 1, 26), Direction::Given, u"Week four already"_s);

    // Week 5: a table long enough for several pages, each row wrapping over lines.
    for (int i = 1; i <= LongWeekRows; ++i) {
        const qint64 id = person(u"Person %1"_s.arg(i, 3, 10, QChar(u'0')), 1);
        contribute(id, QDate(2026, 2, 2).addDays(i % 7), Direction::Given,
            u"row-%1 begins a note long enough to wrap onto a second line of its cell end-%1"_s.arg(
                i, 3, 10, QChar(u'0')));
    }

    MeetingService meetings(db);
    EXPECT_GT(meetings.addCommitment(
                  {-1, annId, u"Invite two newcomers to the guild"_s, 2, 3, true}, &error),
        0);
    EXPECT_GT(meetings.addCommitment(
                  {-1, annId, u"Write the FAQ's first page"_s, 3, 4, std::nullopt}, &error),
        0);
    const std::optional<Meeting> week3 = meetings.meeting(circleId, 3);
    EXPECT_TRUE(week3);
    EXPECT_TRUE(meetings.setNotes(week3->id,
        u"We practised asking for help; Ann's <b>guild</b> idea got applause."_s, &error));
    EXPECT_TRUE(meetings.setAttendance(week3->id, annId, true, &error));
    EXPECT_TRUE(meetings.setAttendance(week3->id, carlId, false, &error));
}

QString pdfText(const QString& pdf, int page, bool layout)
{
    QStringList args;
    if (layout)
        args << u"-layout"_s;
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    args << pdf << u"-"_s;
    const ProcessResult r = runProcess(u"pdftotext"_s, args);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.out;
}

QString pdfSearchText(const QString& pdf)
{
    const ProcessResult r = runProcess(u"pdftotext"_s, {u"-raw"_s, pdf, u"-"_s});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.out.simplified();
}

QHash<QString, QString> pdfInfo(const QString& pdf)
{
    const ProcessResult r = runProcess(u"pdfinfo"_s, {pdf});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QHash<QString, QString> info;
    for (const QString& line : r.out.split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            info.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    return info;
}

} // namespace outloud::test
