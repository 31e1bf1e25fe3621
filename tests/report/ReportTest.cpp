// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly summary: what it gathers, and the PDF as pdftotext, pdfinfo and pdffonts see it.
#include "ReportFixture.h"
#include "contributions/ContributionService.h"
#include "io/FileIo.h"
#include "people/PeopleService.h"
#include "report/SummaryBuilder.h"
#include "report/SummaryPdf.h"
#include "report/SummaryPrint.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <cerrno>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
/// The fixture's long week 5 of Ann as an A4 PDF at @p pdf: every row of it gathered, three
/// pages or more; @p summary is what was written.
void writeLongWeek(
    TempDatabase& t, const QString& pdf, int* pages, std::optional<MemberWeekSummary>* summary)
{
    ReportFixture f(t.db());
    QString error;
    *summary = SummaryBuilder(t.db()).memberWeek(f.annId, 5, &error);
    ASSERT_TRUE(*summary);
    ASSERT_EQ((*summary)->contributions.size(), ReportFixture::LongWeekRows);
    ASSERT_TRUE(summarypdf::writeMember(**summary, pdf, QPageSize::A4, &error, pages))
        << error.toStdString();
    ASSERT_GE(*pages, 3);
}
} // namespace

TEST(SummaryBuilder, GathersOneMembersWeek)
{
    TempDatabase t;
    ReportFixture f(t.db());
    QString error;
    const auto s = SummaryBuilder(t.db()).memberWeek(f.annId, 3, &error);
    ASSERT_TRUE(s) << error.toStdString();
    EXPECT_EQ(s->circleName, u"Thursday Circle"_s);
    EXPECT_EQ(s->memberName, ReportFixture::AnnName);
    EXPECT_EQ(s->week, 3);
    EXPECT_EQ(s->meetingDate, QDate(2026, 1, 19));
    EXPECT_EQ(s->nextMeetingDate, QDate(2026, 1, 26));
    ASSERT_TRUE(s->goal);
    EXPECT_EQ(s->goal->accomplish, ReportFixture::Goal);
    EXPECT_EQ(s->numbers.given, 2);
    EXPECT_EQ(s->numbers.received, 1);
    EXPECT_EQ(s->numbers.balance, 1);
    EXPECT_EQ(s->numbers.cumulativeBalance, 2); // week 2's gift too
    EXPECT_EQ(s->numbers.weeklyTarget, 2);
    EXPECT_EQ(s->numbers.streak, 1); // week 2 had 1 of 2, week 3 reached it
    EXPECT_GT(s->numbers.score, 0.0);
    ASSERT_EQ(s->weeks.size(), 12);
    EXPECT_EQ(s->weeks.at(2).given, 2);
    EXPECT_EQ(s->weeks.at(1).balanceToDate, 1);
    EXPECT_EQ(s->weeks.at(2).balanceToDate, 2);
    // As the week stood at its end: the long week 5 is not there yet, and is in week 5's.
    EXPECT_EQ(s->numbers.asOf, QDate(2026, 1, 25));
    EXPECT_EQ(s->weeks.at(4).given, 0);
    EXPECT_EQ(SummaryBuilder(t.db()).memberWeek(f.annId, 5, &error)->weeks.at(4).given,
        ReportFixture::LongWeekRows);
    ASSERT_EQ(s->contributions.size(), 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(s->contributions.at(i).note, f.week3Notes.at(i));
    EXPECT_EQ(s->contributions.at(1).person, u"Finn <i>Oak</i>"_s);
    EXPECT_EQ(s->contributions.at(1).brought, Brought::Inspiration);
    ASSERT_EQ(s->commitmentsDue.size(), 1);
    EXPECT_EQ(s->commitmentsDue.first().kept, std::optional<bool>(true));
    ASSERT_EQ(s->commitmentsNew.size(), 1);
    EXPECT_EQ(s->commitmentsNew.first().text, u"Write the FAQ's first page"_s);
    EXPECT_TRUE(s->meetingNotes.contains(u"<b>guild</b>"_s));
}

TEST(SummaryBuilder, EachRowOfTheWeekNamesItsOwnPersonKindAndChannel)
{
    // The rows share each name, kind and channel they repeat: each row still shows its own.
    TempDatabase t;
    ReportFixture f(t.db());
    QString error;
    ContributionService log(t.db());
    const QList<ContributionKind> kinds = log.kinds();
    const QList<Channel> channels = log.channels();
    ASSERT_GE(kinds.size(), 3);
    ASSERT_GE(channels.size(), 3);
    PeopleService people(t.db());
    QList<qint64> who;
    for (const QString& name : {u"Ida Lund"_s, u"Jon Berg"_s, u"Ida Lund Jr"_s}) {
        Person p;
        p.memberId = f.annId;
        p.name = name;
        who << people.add(p, &error);
        ASSERT_GT(who.last(), 0) << error.toStdString();
    }
    QStringList expected;
    for (int i = 0; i < 12; ++i) {
        Contribution k;
        k.personId = who.at(i % 3);
        k.date = QDate(2026, 2, 9).addDays(i % 7); // week 6
        k.direction = Direction::Given;
        k.kindId = kinds.at(i % 3).id;
        k.channelId = i % 4 == 3 ? -1 : channels.at(i % 3).id;
        k.note = u"note %1"_s.arg(i);
        ASSERT_GT(log.add(k, &error), 0) << error.toStdString();
        expected << u"%1|%2|%3|%4"_s.arg(people.person(k.personId)->name,
            kinds.at(i % 3).displayName(),
            k.channelId > 0 ? channels.at(i % 3).displayName() : QString(), k.note);
    }
    const auto s = SummaryBuilder(t.db()).memberWeek(f.annId, 6, &error);
    ASSERT_TRUE(s) << error.toStdString();
    QStringList shown;
    for (const SummaryContribution& c : s->contributions)
        shown << u"%1|%2|%3|%4"_s.arg(c.person, c.kind, c.channel, c.note);
    expected.sort();
    shown.sort();
    EXPECT_EQ(shown, expected);
}

TEST(SummaryBuilder, RefusesUnknownWeeksAndMembers)
{
    TempDatabase t;
    ReportFixture f(t.db());
    QString error;
    SummaryBuilder builder(t.db());
    EXPECT_FALSE(builder.memberWeek(f.annId, 13, &error));
    EXPECT_TRUE(error.contains(u"Week 13"_s) && error.contains(u"week 12"_s))
        << error.toStdString();
    EXPECT_FALSE(builder.memberWeek(f.annId, 0, &error));
    EXPECT_FALSE(builder.memberWeek(99999, 3, &error));
    EXPECT_TRUE(error.contains(u"member"_s));
    EXPECT_FALSE(builder.circleWeek(99999, 3, &error));
}

TEST(SummaryBuilder, CircleWeekHasAttendanceAndEveryMember)
{
    TempDatabase t;
    ReportFixture f(t.db());
    QString error;
    const auto s = SummaryBuilder(t.db()).circleWeek(f.circleId, 3, &error);
    ASSERT_TRUE(s) << error.toStdString();
    ASSERT_EQ(s->members.size(), 3);
    EXPECT_EQ(s->facilitatorName, u"Carl Weber"_s);
    EXPECT_EQ(s->members.at(0).present, std::optional<bool>(true));
    EXPECT_EQ(s->members.at(1).present, std::optional<bool>(false));
    EXPECT_FALSE(s->members.at(2).present.has_value());
    EXPECT_EQ(s->members.at(0).numbers.given, 2);
    EXPECT_EQ(s->members.at(0).commitmentsDue, 1);
    EXPECT_EQ(s->members.at(0).commitmentsKept, 1);
    EXPECT_EQ(s->weeks.at(4).given, 0); // week 5 is after the summary's week
    EXPECT_EQ(SummaryBuilder(t.db()).circleWeek(f.circleId, 5, &error)->weeks.at(4).given,
        ReportFixture::LongWeekRows);
}

TEST(SummaryPdf, PaperFollowsTheLocale)
{
    EXPECT_EQ(summarypdf::localePageSize(QLocale(QLocale::English, QLocale::UnitedStates)),
        QPageSize::Letter);
    EXPECT_EQ(
        summarypdf::localePageSize(QLocale(QLocale::French, QLocale::Canada)), QPageSize::Letter);
    EXPECT_EQ(
        summarypdf::localePageSize(QLocale(QLocale::German, QLocale::Germany)), QPageSize::A4);
    EXPECT_EQ(summarypdf::localePageSize(QLocale(QLocale::English, QLocale::UnitedKingdom)),
        QPageSize::A4);
    EXPECT_EQ(summarypdf::parsePageSize(u"A4"_s), QPageSize::A4);
    EXPECT_EQ(summarypdf::parsePageSize(u"letter"_s), QPageSize::Letter);
    EXPECT_EQ(summarypdf::parsePageSize(u"legal"_s), QPageSize::Custom);
}

TEST(SummaryPdf, TextIsRealEscapedAndSearchable)
{
    TempDatabase t;
    ReportFixture f(t.db());
    QString error;
    const auto s = SummaryBuilder(t.db()).memberWeek(f.annId, 3, &error);
    ASSERT_TRUE(s) << error.toStdString();
    const QString pdf = t.dir() + u"/week3.pdf"_s;
    int pages = 0;
    ASSERT_TRUE(summarypdf::writeMember(*s, pdf, QPageSize::A4, &error, &pages))
        << error.toStdString();
    EXPECT_EQ(QFileInfo(pdf).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::Permissions());

    const QString text = pdfSearchText(pdf);
    EXPECT_TRUE(text.contains(ReportFixture::AnnName)) << text.toStdString();
    EXPECT_TRUE(text.contains(ReportFixture::Goal));
    EXPECT_TRUE(text.contains(u"Week 3 of 12"_s));
    EXPECT_TRUE(text.contains(u"Thursday Circle"_s));
    for (const QString& note : f.week3Notes)
        EXPECT_TRUE(text.contains(note)) << note.toStdString();
    EXPECT_TRUE(text.contains(u"Finn <i>Oak</i>"_s));
    EXPECT_FALSE(text.contains(u"Thanked Eve for the wiki page"_s)); // week 2
    EXPECT_FALSE(text.contains(u"Week four already"_s)); // week 4
    EXPECT_TRUE(text.contains(u"Invite two newcomers to the guild"_s));
    EXPECT_TRUE(text.contains(u"Write the FAQ's first page"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Ann's <b>guild</b> idea"_s));

    const auto info = pdfInfo(pdf);
    EXPECT_EQ(info.value(u"Pages"_s).toInt(), pages);
    EXPECT_LE(pages, 2);
    EXPECT_TRUE(info.value(u"Page size"_s).contains(u"(A4)"_s))
        << info.value(u"Page size"_s).toStdString();
    EXPECT_EQ(info.value(u"Author"_s), ReportFixture::AnnName);
    EXPECT_TRUE(info.value(u"Title"_s).contains(u"Thursday Circle, week 3 of 12"_s))
        << info.value(u"Title"_s).toStdString();
    EXPECT_TRUE(info.value(u"Title"_s).contains(ReportFixture::AnnName));
}

TEST(SummaryPdf, EmojiInNamesAndNotesAreDrawnAndInTheTextLayer)
{
    TempDatabase t;
    ReportFixture f(t.db());
    QString error;
    auto s = SummaryBuilder(t.db()).memberWeek(f.annId, 3, &error);
    ASSERT_TRUE(s) << error.toStdString();
    // Beyond U+FFFF: Qt 6.4 drew these but left them out of copy, search and pdftotext.
    s->memberName = u"Ana 🌱"_s;
    s->circleName = u"Thursday Circle 🚀"_s;
    ASSERT_GE(s->contributions.size(), 2);
    s->contributions[0].note = u"Thanks 🎉 for the intro"_s;
    s->goal->accomplish = u"Plant 🌱 ideas in the guild"_s; // bold, the same emoji
    const QString pdf = t.dir() + u"/emoji.pdf"_s;
    ASSERT_TRUE(summarypdf::writeMember(*s, pdf, QPageSize::A4, &error)) << error.toStdString();
    const QString text = pdfSearchText(pdf);
    for (const QString& expected : {u"Ana 🌱"_s, u"Thursday Circle 🚀"_s, u"Thanks 🎉 for the intro"_s,
             u"Plant 🌱 ideas in the guild"_s})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n"
                                             << text.toStdString();
    // Found in the text layer means drawn by a real glyph of an emoji face, not the empty
    // box of a missing one (glyph 0 never maps to text); the face is embedded as well.
    const ProcessResult fonts = runProcess(u"pdffonts"_s, {pdf});
    EXPECT_TRUE(fonts.out.contains(u"Symbola"_s)) << fonts.out.toStdString();
    EXPECT_EQ(pdfInfo(pdf).value(u"Author"_s), u"Ana 🌱"_s);

    auto circle = SummaryBuilder(t.db()).circleWeek(f.circleId, 3, &error);
    ASSERT_TRUE(circle) << error.toStdString();
    circle->circleName = u"Thursday Circle 🚀"_s;
    const QString circlePdf = t.dir() + u"/circle-emoji.pdf"_s;
    ASSERT_TRUE(summarypdf::writeCircle(*circle, circlePdf, QPageSize::A4, &error))
        << error.toStdString();
    EXPECT_TRUE(pdfSearchText(circlePdf).contains(u"Thursday Circle 🚀"_s));
}

TEST(SummaryPdf, EveryFontIsEmbedded)
{
    TempDatabase t;
    ReportFixture f(t.db());
    QString error;
    const auto s = SummaryBuilder(t.db()).memberWeek(f.annId, 3, &error);
    ASSERT_TRUE(s);
    const QString pdf = t.dir() + u"/fonts.pdf"_s;
    ASSERT_TRUE(summarypdf::writeMember(*s, pdf, QPageSize::Letter, &error)) << error.toStdString();
    EXPECT_TRUE(pdfInfo(pdf).value(u"Page size"_s).contains(u"612 x 792"_s));
    const ProcessResult r = runProcess(u"pdffonts"_s, {pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines
        = r.out.split(u'\n', Qt::SkipEmptyParts).mid(2); // below the header and rule
    ASSERT_FALSE(lines.isEmpty()) << r.out.toStdString();
    for (const QString& line : lines) {
        // name type... encoding emb sub uni object ID: emb is the fifth column from the right.
        const QStringList cols = line.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        ASSERT_GE(cols.size(), 6);
        EXPECT_EQ(cols.at(cols.size() - 5), u"yes"_s) << line.toStdString();
    }
}

TEST(SummaryPdf, LongTablesBreakBetweenRowsAndRepeatTheHeader)
{
    TempDatabase t;
    const QString pdf = t.dir() + u"/long.pdf"_s;
    int pages = 0;
    std::optional<MemberWeekSummary> s;
    ASSERT_NO_FATAL_FAILURE(writeLongWeek(t, pdf, &pages, &s));
    QStringList pageTexts;
    for (int p = 1; p <= pages; ++p) {
        pageTexts << pdfText(pdf, p);
        EXPECT_TRUE(pageTexts.constLast().contains(u"Page %1 of %2"_s.arg(p).arg(pages)))
            << "footer of page " << p;
    }
    int pagesWithRows = 0;
    for (int i = 1; i <= ReportFixture::LongWeekRows; ++i) {
        const QString n = QString::number(i).rightJustified(3, u'0');
        int found = 0;
        for (const QString& page : pageTexts) {
            const int starts = int(page.count(u"row-"_s + n));
            found += starts;
            if (starts == 1) {
                // The rest of the row is on the same page: its person, its note's last word.
                EXPECT_EQ(page.count(u"end-"_s + n), 1) << "row " << i << " was cut";
                EXPECT_EQ(page.count(u"Person "_s + n), 1) << "row " << i << " was cut";
            }
        }
        EXPECT_EQ(found, 1) << "row " << i;
    }
    for (const QString& page : pageTexts) {
        if (page.contains(u"row-"_s)) {
            ++pagesWithRows;
            EXPECT_TRUE(page.contains(u"Channel"_s) && page.contains(u"Brought"_s))
                << "header missing";
        }
    }
    EXPECT_GE(pagesWithRows, 2);
}

TEST(SummaryPdf, CircleSummaryListsEveryMember)
{
    TempDatabase t;
    ReportFixture f(t.db());
    QString error;
    const auto s = SummaryBuilder(t.db()).circleWeek(f.circleId, 3, &error);
    ASSERT_TRUE(s);
    const QString pdf = t.dir() + u"/circle.pdf"_s;
    ASSERT_TRUE(summarypdf::writeCircle(*s, pdf, QPageSize::A4, &error)) << error.toStdString();
    const QString text = pdfSearchText(pdf);
    EXPECT_TRUE(text.contains(ReportFixture::AnnName));
    EXPECT_TRUE(text.contains(u"Carl Weber (facilitator)"_s));
    EXPECT_TRUE(text.contains(u"Dora Quist"_s));
    EXPECT_TRUE(text.contains(u"present"_s));
    EXPECT_TRUE(text.contains(u"absent"_s));
    EXPECT_TRUE(text.contains(u"1 of 3 members at the meeting"_s)) << text.toStdString();
    EXPECT_EQ(pdfInfo(pdf).value(u"Author"_s), u"Carl Weber"_s);
}

TEST(SummaryPdf, PrintsThroughAPrinterToo)
{
    TempDatabase t;
    ReportFixture f(t.db());
    QString error;
    const auto s = SummaryBuilder(t.db()).memberWeek(f.annId, 3, &error);
    ASSERT_TRUE(s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = t.dir() + u"/printed.pdf"_s;
    printer.setOutputFileName(pdf);
    printer.setPageSize(QPageSize(QPageSize::A4));
    EXPECT_GE(summaryprint::printMember(printer, *s), 1);
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(ReportFixture::Goal));
    EXPECT_TRUE(text.contains(ReportFixture::AnnName));
}

TEST(SummaryPdf, AFailedWriteLeavesTheTargetAlone)
{
    TempDatabase t;
    ReportFixture f(t.db());
    QString error;
    const auto s = SummaryBuilder(t.db()).memberWeek(f.annId, 3, &error);
    ASSERT_TRUE(s);
    EXPECT_FALSE(
        summarypdf::writeMember(*s, t.dir() + u"/no/such/folder/x.pdf"_s, QPageSize::A4, &error));
    EXPECT_TRUE(error.contains(u"no/such/folder"_s)) << error.toStdString();
    // A folder where the file should go.
    QDir(t.dir()).mkdir(u"taken.pdf"_s);
    EXPECT_FALSE(summarypdf::writeMember(*s, t.dir() + u"/taken.pdf"_s, QPageSize::A4, &error));
    EXPECT_TRUE(QFileInfo(t.dir() + u"/taken.pdf"_s).isDir());
}

TEST(SummaryPdf, ALongWeekHasEveryContributionInTheTextInOrder)
{
    TempDatabase t;
    const QString pdf = t.dir() + u"/long.pdf"_s;
    int pages = 0;
    std::optional<MemberWeekSummary> s;
    ASSERT_NO_FATAL_FAILURE(writeLongWeek(t, pdf, &pages, &s));
    // The whole document's text: each contribution once, in the summary's order, the
    // beginning and the end of its note both there (written to a file as it was painted).
    const QString text = pdfSearchText(pdf);
    qsizetype last = -1;
    for (const SummaryContribution& c : s->contributions) {
        const QString first = c.note.section(u' ', 0, 0);
        const QString end = c.note.section(u' ', -1);
        ASSERT_TRUE(first.startsWith(u"row-"_s)) << c.note.toStdString();
        const qsizetype at = text.indexOf(first);
        ASSERT_GE(at, 0) << first.toStdString();
        EXPECT_EQ(text.count(first), 1) << first.toStdString();
        EXPECT_GT(at, last) << first.toStdString() << " out of order";
        EXPECT_GT(text.indexOf(end, at), at) << end.toStdString();
        last = at;
    }
}

TEST(SummaryPdf, AFailedWriteKeepsTheOldFileAndLeavesNoPartialFile)
{
    TempDatabase t;
    ReportFixture f(t.db());
    QString error;
    const auto small = SummaryBuilder(t.db()).memberWeek(f.annId, 3, &error);
    const auto large = SummaryBuilder(t.db()).memberWeek(f.annId, 5, &error);
    ASSERT_TRUE(small && large);
    QTemporaryDir out;
    const QString pdf = out.path() + u"/week.pdf"_s;
    ASSERT_TRUE(summarypdf::writeMember(*small, pdf, QPageSize::A4, &error)) << error.toStdString();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray old = file.readAll();
    file.close();
    ASSERT_FALSE(old.isEmpty());
    EXPECT_EQ(QFileInfo(pdf).permissions() & (QFile::ReadGroup | QFile::ReadOther), 0);

    // The disk fills up, then the folder turns read-only, while the longer week is written.
    for (const int failure : {ENOSPC, EROFS}) {
        io::injectWriteFailure(failure);
        error.clear();
        const bool written = summarypdf::writeMember(*large, pdf, QPageSize::A4, &error);
        io::injectWriteFailure(0);
        EXPECT_FALSE(written);
        EXPECT_TRUE(error.contains(u"week.pdf"_s)) << error.toStdString();
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(file.readAll(), old) << "the old file changed";
        file.close();
        // Neither a half-written PDF nor a scratch file stays behind, hidden or not.
        EXPECT_EQ(
            QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList {u"week.pdf"_s});
    }

    // A folder the user may not write to (root may write anywhere: checked as a user only).
    const QString locked = out.path() + u"/locked"_s;
    ASSERT_TRUE(QDir(out.path()).mkdir(u"locked"_s));
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
    if (::geteuid() != 0) {
        EXPECT_FALSE(
            summarypdf::writeMember(*large, locked + u"/week.pdf"_s, QPageSize::A4, &error));
        EXPECT_TRUE(error.contains(u"locked"_s)) << error.toStdString();
        EXPECT_TRUE(QDir(locked).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST(SummaryPdf, ARowTallerThanAPageContinuesWithoutLosingText)
{
    TempDatabase t;
    ReportFixture f(t.db());
    QString error;
    auto s = SummaryBuilder(t.db()).memberWeek(f.annId, 3, &error);
    ASSERT_TRUE(s);
    // A pasted essay as a note: far taller than a page in its narrow column.
    QStringList words;
    for (int i = 0; i < 1500; ++i)
        words << u"w%1"_s.arg(i);
    s->contributions[1].note = words.join(u' ');
    const QString pdf = t.dir() + u"/tall.pdf"_s;
    int pages = 0;
    ASSERT_TRUE(summarypdf::writeMember(*s, pdf, QPageSize::A4, &error, &pages))
        << error.toStdString();
    EXPECT_GE(pages, 3);
    const QString text = pdfSearchText(pdf);
    for (const QString& w : {u"w0"_s, u"w777"_s, u"w1499"_s})
        EXPECT_TRUE(text.contains(u' ' + w + u' ')) << w.toStdString();
    EXPECT_TRUE(text.contains(f.week3Notes.at(2))); // the row after it
    EXPECT_TRUE(text.contains(u"Write the FAQ's first page"_s));
}

TEST(SummaryPdf, RendersToAPageWithInkInEveryPart)
{
    TempDatabase t;
    ReportFixture f(t.db());
    QString error;
    const auto s = SummaryBuilder(t.db()).memberWeek(f.annId, 3, &error);
    ASSERT_TRUE(s);
    const QString pdf = t.dir() + u"/render.pdf"_s;
    ASSERT_TRUE(summarypdf::writeMember(*s, pdf, QPageSize::A4, &error)) << error.toStdString();
    // Charts are vector drawings: the file holds no raster image at all.
    const ProcessResult images = runProcess(u"pdfimages"_s, {u"-list"_s, pdf});
    ASSERT_EQ(images.exitCode, 0) << images.err.toStdString();
    EXPECT_EQ(images.out.split(u'\n', Qt::SkipEmptyParts).size(), 2)
        << images.out.toStdString(); // the header only

    const QString prefix = t.dir() + u"/page"_s;
    const ProcessResult r = runProcess(u"pdftoppm"_s,
        {u"-png"_s, u"-r"_s, u"60"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-singlefile"_s, pdf,
            prefix});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QImage page(prefix + u".png"_s);
    ASSERT_FALSE(page.isNull());
    EXPECT_NEAR(page.width(), 496, 2); // A4 at 60 dpi
    EXPECT_NEAR(page.height(), 702, 2);
    // Title, numbers, chart, table and footer: ink in each fifth of the page's height, and
    // the chart's blue bars somewhere.
    bool blue = false;
    for (int band = 0; band < 5; ++band) {
        int ink = 0;
        for (int y = band * page.height() / 5; y < (band + 1) * page.height() / 5; ++y) {
            for (int x = 0; x < page.width(); ++x) {
                const QColor c = page.pixelColor(x, y);
                ink += c.lightness() < 200 ? 1 : 0;
                blue = blue || (c.blue() > 150 && c.red() < 90);
            }
        }
        EXPECT_GT(ink, 100) << "band " << band;
    }
    EXPECT_TRUE(blue);
}
