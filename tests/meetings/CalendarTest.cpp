// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "meetings/CalendarExport.h"
#include "meetings/MeetingService.h"
#include "meetings/Schedule.h"
#include "meetings/WeekPlan.h"

#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
// A small RFC 5545 reader for the test: unfolds lines, splits components and properties.
struct Component
{
    QString name;
    QMultiMap<QString, QString> props;
    QList<Component> children;
};

QString unescape(const QString& text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size()) {
            const QChar c = text.at(++i);
            out += (c == u'n' || c == u'N') ? QChar(u'\n') : c;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

// Checks the octet rules and returns the unfolded content lines.
QStringList contentLines(const QByteArray& data)
{
    EXPECT_TRUE(data.endsWith("\r\n"));
    const QList<QByteArray> physical = data.split('\n');
    QList<QByteArray> logical;
    for (qsizetype i = 0; i + 1 < physical.size(); ++i) {
        QByteArray line = physical.at(i);
        EXPECT_TRUE(line.endsWith('\r')) << "line " << i + 1 << " ends with CRLF";
        line.chop(1);
        EXPECT_LE(line.size(), 75) << "line " << i + 1 << " is folded at 75 octets";
        EXPECT_TRUE(QString::fromUtf8(line).toUtf8() == line)
            << "line " << i + 1 << " is whole UTF-8";
        if (line.startsWith(' ')) {
            EXPECT_FALSE(logical.isEmpty());
            logical.last() += line.mid(1);
        } else {
            logical.append(line);
        }
    }
    QStringList result;
    for (const QByteArray& l : logical)
        result.append(QString::fromUtf8(l));
    return result;
}

Component parse(const QByteArray& data)
{
    QList<Component> stack {Component {}};
    for (const QString& line : contentLines(data)) {
        const qsizetype colon = line.indexOf(u':');
        EXPECT_GT(colon, 0) << line.toStdString();
        const QString name = line.left(colon);
        const QString value = line.mid(colon + 1);
        if (name == u"BEGIN"_s) {
            stack.append(Component {value, {}, {}});
        } else if (name == u"END"_s) {
            EXPECT_EQ(stack.last().name, value);
            const Component done = stack.takeLast();
            stack.last().children.append(done);
        } else {
            stack.last().props.insert(name, value);
        }
    }
    EXPECT_EQ(stack.size(), 1);
    return stack.first().children.value(0);
}

Circle berlinCircle()
{
    Circle c;
    c.name = u"Circle, the first; Berlin"_s;
    c.startDate = QDate(2026, 3, 16);
    c.meetingWeekday = Qt::Monday;
    c.meetingTime = QTime(18, 0);
    c.timeZone = u"Europe/Berlin"_s;
    return c;
}
} // namespace

TEST(Calendar, EscapingAndFolding)
{
    EXPECT_EQ(CalendarExport::escapeText(u"a,b;c\\d\ne\r\nf"_s), u"a\\,b\\;c\\\\d\\ne\\nf"_s);
    const QByteArray folded = CalendarExport::foldLine(u"SUMMARY:"_s + QString(100, u'ü'));
    for (const QByteArray& line : folded.split('\n')) {
        if (!line.isEmpty()) {
            EXPECT_LE(line.size() - 1, 75);
        }
    }
    EXPECT_EQ(CalendarExport::foldLine(u"SHORT:x"_s), QByteArray("SHORT:x\r\n"));
}

TEST(Calendar, EveryMeetingIsAnEventWithAStableUidAndUtcTimes)
{
    TempDatabase t;
    const qint64 id
        = CircleService(t.db()).createCircle(berlinCircle(), {u"Ana"_s, u"Ben"_s}, 0, 0, nullptr);
    const WeekPlan plan = WeekPlan::builtIn(u"en"_s);
    const QString path = t.dir() + u"/circle.ics"_s;
    QString error;
    ASSERT_TRUE(CalendarExport::exportToFile(t.db(), id, plan, path, &error))
        << error.toStdString();
    EXPECT_EQ(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), 0);

    const Component cal = parse(fileBytes(path));
    EXPECT_EQ(cal.name, u"VCALENDAR"_s);
    EXPECT_EQ(cal.props.value(u"VERSION"_s), u"2.0"_s);
    EXPECT_TRUE(cal.props.value(u"PRODID"_s).startsWith(u"-//Outloud//"_s));
    EXPECT_EQ(unescape(cal.props.value(u"X-WR-CALNAME"_s)), berlinCircle().name);
    ASSERT_EQ(cal.children.size(), 12);
    QSet<QString> uids;
    for (int i = 0; i < 12; ++i) {
        const Component& e = cal.children.at(i);
        SCOPED_TRACE(i + 1);
        EXPECT_EQ(e.name, u"VEVENT"_s);
        uids.insert(e.props.value(u"UID"_s));
        EXPECT_EQ(
            e.props.value(u"DTSTAMP"_s), fixedNow().toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s));
        EXPECT_EQ(e.props.value(u"SEQUENCE"_s), u"0"_s);
        EXPECT_EQ(e.props.value(u"STATUS"_s), u"CONFIRMED"_s);
        const QString summary = unescape(e.props.value(u"SUMMARY"_s));
        EXPECT_TRUE(summary.startsWith(berlinCircle().name + u", week %1: "_s.arg(i + 1)))
            << summary.toStdString();
        EXPECT_TRUE(summary.endsWith(plan.week(i + 1)->theme));
        const QStringList description = unescape(e.props.value(u"DESCRIPTION"_s)).split(u'\n');
        EXPECT_EQ(description.size(), plan.week(i + 1)->agenda.size());
    }
    EXPECT_EQ(uids.size(), 12) << "one UID per meeting";
    // 18:00 in Berlin: 17:00Z before the change on 29 March, 16:00Z after it.
    EXPECT_EQ(cal.children.at(1).props.value(u"DTSTART"_s), u"20260323T170000Z"_s);
    EXPECT_EQ(cal.children.at(1).props.value(u"DTEND"_s), u"20260323T180000Z"_s);
    EXPECT_EQ(cal.children.at(2).props.value(u"DTSTART"_s), u"20260330T160000Z"_s);

    // Re-export after a move and a skip: same UIDs, the changed events have a higher SEQUENCE.
    Schedule schedule(t.db());
    ASSERT_TRUE(schedule.moveMeeting(id, 2, QDateTime(QDate(2026, 3, 24), QTime(8, 15)), &error));
    ASSERT_TRUE(schedule.skipWeek(id, 10, &error));
    ASSERT_TRUE(CalendarExport::exportToFile(t.db(), id, plan, path, &error));
    const Component again = parse(fileBytes(path));
    ASSERT_EQ(again.children.size(), 12);
    for (int i = 0; i < 12; ++i) {
        EXPECT_EQ(
            again.children.at(i).props.value(u"UID"_s), cal.children.at(i).props.value(u"UID"_s));
        const QString expected = (i == 1 || i >= 9) ? u"1"_s : u"0"_s;
        EXPECT_EQ(again.children.at(i).props.value(u"SEQUENCE"_s), expected) << i + 1;
    }
    EXPECT_EQ(again.children.at(1).props.value(u"DTSTART"_s), u"20260324T071500Z"_s);
    EXPECT_EQ(again.children.at(9).props.value(u"DTSTART"_s), u"20260525T160000Z"_s);
    EXPECT_FALSE(QFile::exists(path + u".tmp"_s));

    // A cancelled meeting stays in the file as CANCELLED, with a higher SEQUENCE.
    MeetingService meetings(t.db());
    ASSERT_TRUE(meetings.setStatus(meetings.meeting(id, 12)->id, Meeting::Status::Skipped, &error));
    ASSERT_TRUE(meetings.setStatus(meetings.meeting(id, 1)->id, Meeting::Status::Held, &error));
    ASSERT_TRUE(CalendarExport::exportToFile(t.db(), id, plan, path, &error));
    const Component third = parse(fileBytes(path));
    ASSERT_EQ(third.children.size(), 12);
    EXPECT_EQ(third.children.at(11).props.value(u"STATUS"_s), u"CANCELLED"_s);
    EXPECT_EQ(third.children.at(11).props.value(u"SEQUENCE"_s), u"2"_s);
    EXPECT_EQ(third.children.at(0).props.value(u"STATUS"_s), u"CONFIRMED"_s);
    EXPECT_EQ(third.children.at(0).props.value(u"SEQUENCE"_s), u"0"_s)
        << "holding a meeting changes nothing in calendars";
}

TEST(Calendar, CommandLineWritesTheFile)
{
    TempDatabase t;
    CircleService(t.db()).createCircle(berlinCircle(), {u"Ana"_s, u"Ben"_s}, 0, 0, nullptr);
    const QString db = t.path();
    t.reopen(); // the command opens the file on its own
    const QString ics = t.dir() + u"/out.ics"_s;
    const auto ok
        = runProcess(outloudBinary(), {u"calendar"_s, u"--database"_s, db, u"--output"_s, ics});
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_EQ(parse(fileBytes(ics)).children.size(), 12);

    const auto usage = runProcess(outloudBinary(), {u"calendar"_s, u"--database"_s, db});
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_TRUE(usage.err.contains(u"--output"_s));
    const auto unknown = runProcess(outloudBinary(),
        {u"calendar"_s, u"--database"_s, db, u"--output"_s, ics, u"--circle"_s, u"Nope"_s});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(u"Nope"_s));
    const auto missing = runProcess(outloudBinary(),
        {u"calendar"_s, u"--database"_s, t.dir() + u"/none.sqlite"_s, u"--output"_s,
            t.dir() + u"/x.ics"_s});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_FALSE(QFile::exists(t.dir() + u"/x.ics"_s));
    const auto named = runProcess(outloudBinary(),
        {u"calendar"_s, u"--database"_s, db, u"--output"_s, ics, u"--circle"_s,
            u"circle, the first; berlin"_s});
    EXPECT_EQ(named.exitCode, 0) << named.err.toStdString();
}

TEST(Calendar, NoControlCharacterOfAnyNameReachesTheFile)
{
    // Every C0 control, DEL and the C1 range, in a circle name, a summary and a description.
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    controls += QChar(0x7f);
    controls += QChar(0x85);
    controls += QChar(0x9b);
    CalendarEvent e;
    e.uid = u"circle-1-week-1@outloud"_s;
    e.start = QDateTime(QDate(2026, 3, 2), QTime(18, 0), Qt::UTC);
    e.minutes = 60;
    e.summary = u"Week 1 "_s + controls + u"end"_s;
    e.description = controls;
    const QByteArray ics = CalendarExport::write(
        {e}, u"Circle"_s + controls, QDateTime(QDate(2026, 3, 1), QTime(9, 0)));
    int found = 0;
    for (qsizetype i = 0; i < ics.size(); ++i) {
        const auto b = uchar(ics.at(i));
        const bool lineEnd = (b == '\r' && i + 1 < ics.size() && ics.at(i + 1) == '\n')
            || (b == '\n' && i > 0 && ics.at(i - 1) == '\r');
        const bool fold = b == ' ';
        const bool c1 = b == 0xC2 && i + 1 < ics.size() && uchar(ics.at(i + 1)) >= 0x80
            && uchar(ics.at(i + 1)) < 0xA0;
        if (((b < 0x20 || b == 0x7f) && !lineEnd && b != '\t' && !fold) || c1)
            ++found;
    }
    EXPECT_EQ(found, 0) << ics.toStdString();
    EXPECT_TRUE(ics.contains("SUMMARY:Week 1 \t\\n\\nend\r\n")) << ics.toStdString();
}
