// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Program page of an organization database, driven as each login: a facilitator's
// overview of their circles and its check-in PDF, the admin's program totals without a
// name from anyone's list, and the page following a member's contribution live.
#include "org/ProgramPage.h"

#include "OrgFixture.h"
#include "TestSupport.h"
#include "common/FileDialog.h"
#include "contributions/ContributionService.h"
#include "i18n/Language.h"
#include "main/MainWindow.h"
#include "meetings/MeetingModeWidget.h"
#include "sharing/SharedOverview.h"
#include "storage/LiveUpdates.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace outloud;
using namespace outloud::test;

namespace {

class ProgramPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (serverAddress().isEmpty())
            GTEST_SKIP() << "organization mode needs the test server (.ci/with-postgres)";
        program = std::make_unique<OrgProgram>();
        ASSERT_TRUE(program->ready()) << program->failure.toStdString();
    }
    std::unique_ptr<Database> openAs(const QString& who)
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(program->urlAs(who), &error);
        EXPECT_TRUE(db) << error.toStdString();
        return db;
    }
    // Every text the page shows: labels and table cells.
    static QString shownText(QWidget& page)
    {
        QStringList texts;
        for (QLabel* l : page.findChildren<QLabel*>())
            texts.append(l->text());
        for (QTableWidget* t : page.findChildren<QTableWidget*>()) {
            for (int r = 0; r < t->rowCount(); ++r)
                for (int c = 0; c < t->columnCount(); ++c)
                    texts.append(t->item(r, c) ? t->item(r, c)->text() : QString());
        }
        return texts.join(u'\n');
    }
    std::unique_ptr<OrgProgram> program;
};

} // namespace

TEST_F(ProgramPageTest, TheFacilitatorSeesTheirCirclesAndWhoStalls)
{
    std::unique_ptr<Database> db = openAs(u"fran"_s);
    ASSERT_TRUE(db);
    ProgramPage page(*db, fixedNow().date());
    page.resize(1024, 700);
    page.show();
    EXPECT_TRUE(page.showsFacilitator());
    EXPECT_FALSE(page.showsAdmin());
    EXPECT_FALSE(page.findChild<QWidget*>(u"programTotals"_s)->isVisible());
    auto* table = page.findChild<QTableWidget*>(u"facilitatorCircles"_s);
    ASSERT_TRUE(table);
    ASSERT_EQ(table->rowCount(), 1) << "fran runs Circle A only";
    EXPECT_EQ(table->item(0, 0)->text(), u"Circle A"_s);
    EXPECT_EQ(table->item(0, 1)->text(), u"week 5 of 12"_s);
    // Alice gave on 24 February; Bob has never contributed.
    const QString stalled = page.findChild<QLabel*>(u"stalledMembers"_s)->text();
    EXPECT_TRUE(stalled.contains(u"Bob"_s)) << stalled.toStdString();
    EXPECT_FALSE(stalled.contains(u"Alice"_s)) << stalled.toStdString();
    // Nothing from Alice's own list reaches her facilitator.
    EXPECT_FALSE(shownText(page).contains(u"Secret"_s));
    EXPECT_FALSE(shownText(page).contains(u"secret"_s));
}

TEST_F(ProgramPageTest, TheCheckInPdfIsWrittenForTheOwnerOnly)
{
    std::unique_ptr<Database> db = openAs(u"fran"_s);
    ASSERT_TRUE(db);
    ProgramPage page(*db, fixedNow().date());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"check-in.pdf"_s);
    FileDialog::setNextFileName(path);
    QTest::mouseClick(page.findChild<QPushButton*>(u"saveCheckIn"_s), Qt::LeftButton);
    ASSERT_TRUE(QFile::exists(path));
    const QFile::Permissions others
        = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    EXPECT_FALSE(QFile::permissions(path) & others) << "the check-in names members";
    EXPECT_TRUE(QFile::permissions(path) & QFile::ReadOwner);
    const QByteArray bytes = fileBytes(path);
    EXPECT_TRUE(bytes.startsWith("%PDF"));
    const ProcessResult text = runProcess(u"pdftotext"_s, {path, u"-"_s});
    // The PDF says what the page says.
    if (text.exitCode == 0) {
        EXPECT_TRUE(text.out.contains(u"Circle A"_s)) << text.out.toStdString();
        EXPECT_TRUE(text.out.contains(u"Bob"_s)) << text.out.toStdString();
    }
    if (const QString grab = qEnvironmentVariable("OUTLOUD_GRAB_DIR"); !grab.isEmpty())
        QFile::copy(path, QDir(grab).filePath(u"check-in.pdf"_s));
    // Cancelling writes nothing.
    QFile::remove(path);
    FileDialog::setNextFileName(QString());
    EXPECT_FALSE(page.saveCheckIn());
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(ProgramPageTest, TheAdminSeesProgramTotalsAndNoNames)
{
    std::unique_ptr<Database> db = openAs(u"ada"_s);
    ASSERT_TRUE(db);
    ProgramPage page(*db, fixedNow().date());
    page.show();
    EXPECT_TRUE(page.showsAdmin());
    EXPECT_FALSE(page.showsFacilitator());
    const QString totals = page.findChild<QLabel*>(u"totals"_s)->text();
    EXPECT_TRUE(totals.contains(u": 2 running"_s)) << totals.toStdString();
    EXPECT_EQ(page.findChild<QTableWidget*>(u"programCircles"_s)->rowCount(), 2);
    EXPECT_EQ(page.findChild<QTableWidget*>(u"participation"_s)->rowCount(), 12);
    if (const QString dir = qEnvironmentVariable("OUTLOUD_GRAB_DIR"); !dir.isEmpty()) {
        page.resize(1024, 700);
        page.grab().save(QDir(dir).filePath(u"program-admin.png"_s));
    }
    const QString shown = shownText(page);
    for (const QString& name : {u"Alice"_s, u"Bob"_s, u"Carol"_s, u"Secret"_s, u"secret"_s})
        EXPECT_FALSE(shown.contains(name)) << name.toStdString();
}

TEST_F(ProgramPageTest, AMembersContributionReachesTheOpenOverview)
{
    std::unique_ptr<Database> fran = openAs(u"fran"_s);
    std::unique_ptr<Database> alice = openAs(u"alice"_s);
    ASSERT_TRUE(fran && alice);
    LiveUpdates live(*fran);
    live.setFollowProgram(true);
    // "Today" is the real date here: the contribution is logged today.
    ProgramPage page(*fran, QDate::currentDate());
    auto* table = page.findChild<QTableWidget*>(u"facilitatorCircles"_s);
    ASSERT_EQ(table->rowCount(), 1);
    const QString before = table->item(0, 6)->text();
    Contribution c;
    c.personId = program->id(u"person"_s);
    c.date = QDate::currentDate();
    c.kindId = 1;
    QString error;
    ASSERT_GT(ContributionService(*alice).add(c, &error), 0) << error.toStdString();
    QTRY_VERIFY(table->item(0, 6)->text() != before);
    EXPECT_EQ(table->item(0, 6)->text(), u"1 / 0"_s);
}

TEST_F(ProgramPageTest, TheWindowOffersThePageToFacilitatorsOnly)
{
    // OUTLOUD_GRAB_DIR keeps the screenshots (English and German, two screen sizes).
    const QString grabDir = qEnvironmentVariable("OUTLOUD_GRAB_DIR");
    for (const QString& language : {u"en"_s, u"de"_s}) {
        i18n::installTranslations(language);
        MainWindow window(program->urlAs(u"fran"_s));
        // A server address connects in the background: the workspace comes when it answers.
        QTRY_VERIFY_WITH_TIMEOUT(window.database() && window.editor(), 30000);
        window.setToday(fixedNow().date());
        auto* sidebar = window.findChild<QListWidget*>(u"sidebar"_s);
        ASSERT_TRUE(sidebar);
        ASSERT_EQ(sidebar->count(), int(MainWindow::PageCount));
        EXPECT_EQ(sidebar->item(MainWindow::ProgramPageIndex)->text(),
            language == u"en"_s ? u"My circles"_s : u"Meine Circles"_s);
        window.showPage(MainWindow::ProgramPageIndex);
        auto* page = window.findChild<ProgramPage*>(u"programPage"_s);
        ASSERT_TRUE(page);
        EXPECT_TRUE(page->isVisibleTo(&window));
        for (const QSize size : {QSize(1280, 800), QSize(1024, 768)}) {
            window.resize(size);
            window.show();
            QCoreApplication::processEvents();
            EXPECT_LE(window.minimumSizeHint().width(), 1024);
            if (!grabDir.isEmpty())
                window.grab().save(QDir(grabDir).filePath(
                    u"program-%1-%2x%3.png"_s.arg(language).arg(size.width()).arg(size.height())));
        }
    }
    i18n::installTranslations(u"en"_s);
    MainWindow member(program->urlAs(u"alice"_s));
    QTRY_VERIFY_WITH_TIMEOUT(member.database() && member.editor(), 30000);
    auto* sidebar = member.findChild<QListWidget*>(u"sidebar"_s);
    ASSERT_TRUE(sidebar);
    EXPECT_EQ(sidebar->count(), int(MainWindow::ProgramPageIndex))
        << "a member has no program page";
    EXPECT_FALSE(member.findChild<ProgramPage*>());
}

// A facilitator or the program's support team has no member row: the window never shows
// someone else's goal, list or name as theirs, and offers nothing only a member can do.
TEST_F(ProgramPageTest, AFacilitatorOrAdminWithoutAMemberRowIsNobodysMe)
{
    i18n::installTranslations(u"en"_s);
    const auto hidden
        = [](QListWidget* sidebar, int row) { return sidebar->item(row)->isHidden(); };
    const auto statusText = [](MainWindow& window) {
        QStringList texts {window.windowTitle(), window.statusBar()->currentMessage()};
        for (QLabel* l : window.statusBar()->findChildren<QLabel*>())
            texts.append(l->text());
        return texts.join(u'\n');
    };
    {
        MainWindow window(program->urlAs(u"fran"_s));
        QTRY_VERIFY_WITH_TIMEOUT(window.database() && window.editor(), 30000);
        window.setToday(fixedNow().date());
        EXPECT_EQ(window.access(), MainWindow::Access::Facilitator);
        EXPECT_EQ(window.memberId(), -1) << "not Alice, the circle's first member";
        EXPECT_EQ(window.currentPage(), MainWindow::ProgramPageIndex) << "opens on My circles";
        auto* sidebar = window.findChild<QListWidget*>(u"sidebar"_s);
        ASSERT_TRUE(sidebar);
        for (int page : {int(MainWindow::OverviewPage), int(MainWindow::GoalPageIndex),
                 int(MainWindow::RelationshipsPageIndex), int(MainWindow::ContributionsPageIndex)})
            EXPECT_TRUE(hidden(sidebar, page)) << "page " << page;
        for (int page : {int(MainWindow::CirclePageIndex), int(MainWindow::MeetingModePage),
                 int(MainWindow::ProgramPageIndex)})
            EXPECT_FALSE(hidden(sidebar, page)) << "page " << page;
        // Asking for a member's page lands on the facilitator's own.
        window.showPage(MainWindow::RelationshipsPageIndex);
        EXPECT_EQ(window.currentPage(), MainWindow::ProgramPageIndex);
        window.showPage(MainWindow::MeetingModePage);
        EXPECT_EQ(window.currentPage(), MainWindow::MeetingModePage);
        for (const QString& action : {u"logContributionAction"_s, u"addPersonAction"_s,
                 u"importAction"_s, u"exportSummaryAction"_s, u"networkMapAction"_s}) {
            QAction* a = window.findChild<QAction*>(action);
            ASSERT_TRUE(a) << action.toStdString();
            EXPECT_FALSE(a->isEnabled()) << action.toStdString();
            EXPECT_FALSE(a->isVisible()) << action.toStdString();
        }
        QString status = statusText(window);
        EXPECT_TRUE(status.contains(u"Circle A · facilitating"_s)) << status.toStdString();
        for (const QString& name : {u"Alice"_s, u"Bob"_s})
            EXPECT_FALSE(status.contains(name)) << status.toStdString();
        // Switching circles never makes the facilitator one of the members.
        window.switchCircle(program->id(u"circleA"_s), program->id(u"alice"_s));
        EXPECT_EQ(window.access(), MainWindow::Access::Facilitator);
        EXPECT_EQ(window.memberId(), -1);
        status = statusText(window);
        EXPECT_TRUE(status.contains(u"Showing Circle A."_s)) << status.toStdString();
        EXPECT_FALSE(status.contains(u"Alice"_s)) << status.toStdString();
    }
    {
        MainWindow window(program->urlAs(u"ada"_s));
        QTRY_VERIFY_WITH_TIMEOUT(window.database() && window.editor(), 30000);
        window.setToday(fixedNow().date());
        EXPECT_EQ(window.access(), MainWindow::Access::ProgramAdmin);
        EXPECT_EQ(window.memberId(), -1);
        EXPECT_EQ(window.currentPage(), MainWindow::ProgramPageIndex);
        auto* sidebar = window.findChild<QListWidget*>(u"sidebar"_s);
        ASSERT_TRUE(sidebar);
        for (int page = 0; page < int(MainWindow::ProgramPageIndex); ++page)
            EXPECT_TRUE(hidden(sidebar, page)) << "page " << page;
        EXPECT_FALSE(hidden(sidebar, MainWindow::ProgramPageIndex));
        window.showPage(MainWindow::MeetingModePage);
        EXPECT_EQ(window.currentPage(), MainWindow::ProgramPageIndex);
        EXPECT_FALSE(window.findChild<QAction*>(u"logContributionAction"_s)->isEnabled());
        const QString status = statusText(window);
        EXPECT_TRUE(status.contains(u"support team"_s)) << status.toStdString();
        for (const QString& name : {u"Alice"_s, u"Bob"_s, u"Carol"_s, u"Circle A"_s})
            EXPECT_FALSE(status.contains(name)) << status.toStdString();
    }
    {
        // A member is themself, with every page of their own.
        MainWindow window(program->urlAs(u"bob"_s));
        QTRY_VERIFY_WITH_TIMEOUT(window.database() && window.editor(), 30000);
        EXPECT_EQ(window.access(), MainWindow::Access::Member);
        EXPECT_EQ(window.memberId(), program->id(u"bob"_s));
        EXPECT_FALSE(hidden(window.findChild<QListWidget*>(u"sidebar"_s), 0));
        EXPECT_TRUE(window.findChild<QAction*>(u"logContributionAction"_s)->isVisible());
        EXPECT_TRUE(statusText(window).contains(u"Circle A · Bob"_s))
            << statusText(window).toStdString();
    }
}

// Meeting mode as a member: the other member's round shows what the server shares of them
// (their list is hidden from Bob's login, their counts are not).
TEST_F(ProgramPageTest, MeetingModeShowsTheOtherMembersSharedFigures)
{
    i18n::installTranslations(u"en"_s);
    const QString person = QString::number(program->id(u"person"_s));
    // Alice's week 1 (2 to 8 February): two given, one received, reported at meeting 2.
    for (const auto& [day, direction] : QList<std::pair<QString, int>> {
             {u"2026-02-03"_s, 0}, {u"2026-02-04"_s, 0}, {u"2026-02-05"_s, 1}})
        program->superuser(u"INSERT INTO contribution (person_id, happened_on, direction, kind_id)"
                           " VALUES (%1, '%2', %3, 1)"_s.arg(person, day)
                               .arg(direction));
    std::unique_ptr<Database> bob = openAs(u"bob"_s);
    ASSERT_TRUE(bob);
    bob->setClock([] { return fixedNow(); });
    MeetingModeWidget meeting(*bob, program->id(u"circleA"_s));
    meeting.resize(1024, 700);
    meeting.show();
    meeting.setWeek(2);
    auto* list = meeting.findChild<QListWidget*>(u"memberList"_s);
    ASSERT_TRUE(list);
    int aliceRow = -1;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().contains(u"Alice"_s))
            aliceRow = row;
    }
    ASSERT_GE(aliceRow, 0);
    list->setCurrentRow(aliceRow);
    const QString numbers = meeting.findChild<QLabel*>(u"numbersLabel"_s)->text();
    EXPECT_TRUE(numbers.startsWith(u"Given 2  ·  Received 1"_s)) << numbers.toStdString();
    const QString source = meeting.findChild<QLabel*>(u"sharedSourceLabel"_s)->text();
    EXPECT_TRUE(source.contains(u"Shared on the server by Alice"_s)) << source.toStdString();
    EXPECT_TRUE(source.contains(u"goal: Find a mentor"_s)) << source.toStdString();
    // Nothing to type in for her: the figures are her own.
    EXPECT_FALSE(meeting.findChild<QPushButton*>(u"reportButton"_s)->isVisible());
    // Nothing from her list.
    EXPECT_FALSE(shownText(meeting).contains(u"Secret"_s));
    // Bob follows the meeting; its facilitator records it (the server would refuse him).
    EXPECT_FALSE(list->item(aliceRow)->flags() & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(meeting.findChild<QPushButton*>(u"saveButton"_s)->isEnabled());
    EXPECT_TRUE(meeting.findChild<QLabel*>(u"statusLabel"_s)->text().contains(u"facilitator"_s));
    EXPECT_FALSE(meeting.save());
    if (const QString dir = qEnvironmentVariable("OUTLOUD_GRAB_DIR"); !dir.isEmpty())
        meeting.grab().save(QDir(dir).filePath(u"meeting-member-org.png"_s));

    // Fran, who facilitates, records it, and sees the same figures of Alice's.
    std::unique_ptr<Database> fran = openAs(u"fran"_s);
    ASSERT_TRUE(fran);
    fran->setClock([] { return fixedNow(); });
    MeetingModeWidget facilitated(*fran, program->id(u"circleA"_s));
    facilitated.show();
    facilitated.setWeek(2);
    auto* franList = facilitated.findChild<QListWidget*>(u"memberList"_s);
    franList->setCurrentRow(aliceRow);
    EXPECT_TRUE(facilitated.findChild<QLabel*>(u"numbersLabel"_s)
                    ->text()
                    .startsWith(u"Given 2  ·  Received 1"_s));
    EXPECT_TRUE(franList->item(aliceRow)->flags() & Qt::ItemIsUserCheckable);
    EXPECT_TRUE(facilitated.findChild<QPushButton*>(u"saveButton"_s)->isEnabled());
    franList->item(aliceRow)->setCheckState(Qt::Unchecked); // Alice is away
    EXPECT_EQ(
        program
            ->superuser(u"SELECT present FROM attendance WHERE meeting_id = %1 AND member_id = %2"_s
                            .arg(program->id(u"meeting2"_s))
                            .arg(program->id(u"alice"_s)))
            .toInt(),
        0);
    // Who has gone quiet, from the shared figures (Alice last gave on 24 February): for
    // the facilitator only.
    facilitated.setWeek(5);
    const QString notices = facilitated.findChild<QLabel*>(u"noticesLabel"_s)->text();
    EXPECT_TRUE(notices.contains(u"Nothing logged for two weeks: Bob."_s)) << notices.toStdString();
    EXPECT_FALSE(notices.contains(u"Alice"_s)) << notices.toStdString();
    meeting.setWeek(5);
    EXPECT_FALSE(meeting.findChild<QLabel*>(u"noticesLabel"_s)->isVisible());
}

// The Overview's member picker: choosing another member says what the server shares of
// them (the charts cannot read their list).
TEST_F(ProgramPageTest, TheOverviewSaysWhatAnotherMemberSharesOnTheServer)
{
    i18n::installTranslations(u"en"_s);
    std::unique_ptr<Database> bob = openAs(u"bob"_s);
    ASSERT_TRUE(bob);
    bob->setClock([] { return fixedNow(); });
    const QString note = SharedOverview::note(
        *bob, program->id(u"circleA"_s), program->id(u"alice"_s), fixedNow().date());
    EXPECT_TRUE(note.startsWith(u"Shared on the server by Alice: 1 given, 0 received in all"_s))
        << note.toStdString();
    EXPECT_TRUE(note.contains(u"goal: Find a mentor"_s)) << note.toStdString();
    EXPECT_FALSE(note.contains(u"Secret"_s));
    // His own figures are his own: no note.
    EXPECT_TRUE(SharedOverview::note(
        *bob, program->id(u"circleA"_s), program->id(u"bob"_s), fixedNow().date())
                    .isEmpty());
}
