// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the window as a user notices it, on both engines: the pages not on show are built
// after the first paint without holding up what the user types, switching circles shows the
// new circle at once (its old pages go in the background), and the daily backup made while
// the user edits is whole and loses nothing.
#include "TestSupport.h"
#include "WindowSupport.h"
#include "analytics/DashboardWidget.h"
#include "circle/CircleService.h"
#include "contributions/Contribution.h"
#include "contributions/ContributionService.h"
#include "demo/DemoGenerator.h"
#include "main/MainWindow.h"
#include "meetings/MeetingModeWidget.h"
#include "meetings/MeetingRecord.h"
#include "meetings/Schedule.h"
#include "people/PeopleService.h"
#include "people/RelationshipModel.h"
#include "people/RelationshipsPage.h"
#include "storage/Database.h"
#include "undo/Editor.h"

#include <QCompleter>
#include <QDateTimeEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {

/// Posts a key to @p target once the first page built after the first paint is in place.
class KeyAfterFirstLazyPage : public QObject
{
public:
    KeyAfterFirstLazyPage(QWidget* pages, QWidget* target, char letter)
        : m_target(target)
        , m_letter(letter)
    {
        pages->installEventFilter(this);
    }
    bool posted() const { return m_posted; }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ChildAdded && !m_posted) {
            m_posted = true;
            watched->removeEventFilter(this);
            QCoreApplication::postEvent(m_target,
                new QKeyEvent(QEvent::KeyPress, Qt::Key_A + (m_letter - 'a'), Qt::NoModifier,
                    QString(QLatin1Char(m_letter))));
        }
        return false;
    }

private:
    QPointer<QWidget> m_target;
    char m_letter;
    bool m_posted = false;
};

/// A second circle in @p db, with "me" and one person on my list; its id.
qint64 secondCircle(Database& db, const QString& person)
{
    Circle c;
    c.name = u"Second round"_s;
    c.startDate = QDate(2026, 3, 2);
    c.meetingWeekday = Qt::Thursday;
    QString error;
    CircleService circles(db);
    const qint64 id = circles.createCircle(c, {u"Robin"_s, u"Sam"_s}, 0, 0, &error);
    EXPECT_GT(id, 0) << error.toStdString();
    Person p;
    p.memberId = circles.meId(id);
    p.name = person;
    EXPECT_GT(PeopleService(db).add(p, &error), 0) << error.toStdString();
    return id;
}

/// The window on @p path, on screen, with its workspace (a server is connected to in the
/// background first).
bool openWindow(MainWindow& window)
{
    window.resize(1280, 800);
    window.show();
    return QTest::qWaitForWindowExposed(&window)
        && QTest::qWaitFor([&window] { return window.editor() != nullptr; }, 30000);
}

} // namespace

TEST(StartUp, WhatIsTypedIsAnsweredWhileTheOtherPagesAreBuilt)
{
    TempDatabase t;
    ASSERT_TRUE(
        DemoGenerator(t.db(), DemoGenerator::Scale::Small, 1, QDate(2026, 3, 2)).generate(nullptr));
    const QString path = t.path();
    t.close();
    MainWindow window(path);
    window.showPage(MainWindow::RelationshipsPageIndex);
    ASSERT_TRUE(openWindow(window));
    window.showPage(MainWindow::RelationshipsPageIndex);
    auto* filter = window.findChild<QLineEdit*>(u"peopleFilter"_s);
    auto* pages = window.findChild<QStackedWidget*>(u"pages"_s);
    ASSERT_TRUE(filter && pages);
    if (window.allPagesBuilt())
        GTEST_SKIP() << "every page was built before the test could type";
    // A letter that narrows the list (the rows a list filtered by it from the start has).
    RelationshipModel expected(*window.database());
    expected.setMemberId(window.memberId());
    const int all = expected.rowCount();
    char letter = 'z';
    for (; letter > 'a'; --letter) {
        expected.setTextFilter(QString(QLatin1Char(letter)));
        if (expected.rowCount() > 0 && expected.rowCount() < all)
            break;
    }
    ASSERT_GT(letter, 'a') << "no letter narrows the demo's list";
    // A key pressed while the pages not on show are built, one per pass: it is answered
    // between two of them, not once all are there.
    bool builtWhenTyped = true;
    QObject::connect(
        filter, &QLineEdit::textChanged, filter, [&] { builtWhenTyped = window.allPagesBuilt(); });
    KeyAfterFirstLazyPage key(pages, filter, letter);
    ASSERT_TRUE(waitForAllPages(window, 30000));
    ASSERT_TRUE(key.posted());
    EXPECT_EQ(filter->text(), QString(QLatin1Char(letter)));
    EXPECT_FALSE(builtWhenTyped) << "the key waited for every page";
    // And the list follows what was typed.
    const QAbstractItemModel* list = window.relationshipsPage()->view()->model();
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), expected.rowCount(), 5000);
}

TEST(StartUp, SwitchingCircleShowsTheNewCircleAtOnceAndFollowsItsChanges)
{
    TempDatabase t;
    ASSERT_TRUE(
        DemoGenerator(t.db(), DemoGenerator::Scale::Small, 1, QDate(2026, 3, 2)).generate(nullptr));
    const qint64 second = secondCircle(t.db(), u"Quinn Quartz"_s);
    const QString path = t.path();
    t.close();
    MainWindow window(path);
    ASSERT_TRUE(openWindow(window));
    ASSERT_NE(window.circleId(), second);
    window.showPage(MainWindow::RelationshipsPageIndex);
    ASSERT_TRUE(waitForAllPages(window, 30000));
    QPointer<RelationshipsPage> oldList = window.relationshipsPage();
    ASSERT_TRUE(oldList);

    window.switchCircle(second);
    // At once: the new circle's list, its name in the status bar, nothing of the old one left
    // in the window.
    auto* status = window.findChild<QLabel*>(u"statusCircle"_s);
    EXPECT_TRUE(status->text().contains(u"Second round"_s)) << status->text().toStdString();
    RelationshipsPage* list = window.relationshipsPage();
    ASSERT_NE(list, oldList.data());
    ASSERT_EQ(list->view()->model()->rowCount(), 1);
    EXPECT_EQ(list->view()->model()->index(0, RelationshipModel::Name).data().toString(),
        u"Quinn Quartz"_s);
    for (auto* page : window.findChildren<RelationshipsPage*>())
        EXPECT_EQ(page, list) << "only the new circle's list is in the window";
    // The old circle's pages go in the background, and the new ones all come.
    QTRY_VERIFY_WITH_TIMEOUT(window.settled(), 30000);
    EXPECT_TRUE(oldList.isNull());
    // The Overview is refilled for the new circle rather than built again: one, the new
    // circle's (its figures: SmallDemo.SwitchingCircleShowsTheNewCirclesOverview).
    const QList<DashboardWidget*> overviews = window.findChildren<DashboardWidget*>();
    ASSERT_EQ(overviews.size(), 1);
    EXPECT_EQ(overviews.first()->circleId(), second);

    // An edit after the switch reaches the new list (and the old pages, gone, miss nothing).
    Person p;
    p.memberId = window.memberId();
    p.name = u"Rene Rivers"_s;
    QString error;
    ASSERT_GT(window.editor()->addPerson(p, &error), 0) << error.toStdString();
    QTRY_COMPARE_WITH_TIMEOUT(list->view()->model()->rowCount(), 2, 5000);
    // On a server, what another member commits reaches the window of the new circle too.
    if (engine() == Database::Engine::Postgres) {
        std::unique_ptr<Database> other = Database::open(path, &error);
        ASSERT_TRUE(other) << error.toStdString();
        Circle renamed = *CircleService(*other).circle(second);
        renamed.name = u"Second round, renamed"_s;
        ASSERT_TRUE(CircleService(*other).updateCircle(renamed, &error)) << error.toStdString();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"renamed"_s), 15000);
    }
    // Back again: the first circle's list, whole.
    const qint64 first = CircleService(*window.database()).defaultCircleId();
    window.switchCircle(first);
    EXPECT_EQ(window.circleId(), first);
    EXPECT_EQ(window.relationshipsPage()->view()->model()->rowCount(),
        scalar(*window.database(),
            u"SELECT count(*) FROM person WHERE member_id = %1"_s.arg(window.memberId()))
            .toInt());
    QTRY_VERIFY_WITH_TIMEOUT(window.settled(), 30000);
}

TEST(StartUp, TheDailyBackupMadeWhileTheUserEditsIsWholeAndLosesNothing)
{
    OUTLOUD_SQLITE_ONLY(); // a server's own backups keep a server database
    TempDatabase t;
    ASSERT_TRUE(
        DemoGenerator(t.db(), DemoGenerator::Scale::Large, 1, QDate(2026, 3, 2)).generate(nullptr));
    const QString path = t.path();
    const int before = scalar(t.db(), u"SELECT count(*) FROM contribution"_s).toInt();
    t.close();
    MainWindow window(path);
    QSignalSpy done(&window, &MainWindow::dailyBackupDone);
    ASSERT_TRUE(openWindow(window));
    Database& db = *window.database();
    Contribution c;
    c.personId = scalar(db,
        u"SELECT id FROM person WHERE member_id = %1 ORDER BY id LIMIT 1"_s.arg(window.memberId()))
                     .toLongLong();
    c.date = QDate(2026, 3, 2);
    c.kindId = ContributionService(db).kinds().first().id;
    // Logging goes on, in the window, until the copy is made.
    int logged = 0;
    QString error;
    QElapsedTimer clock;
    clock.start();
    while (done.isEmpty() && clock.elapsed() < 60000) {
        c.note = u"logged during the backup %1"_s.arg(logged + 1);
        ASSERT_GT(window.editor()->addContribution(c, &error), 0) << error.toStdString();
        ++logged;
        QTest::qWait(5);
    }
    ASSERT_EQ(done.size(), 1);
    ASSERT_GT(logged, 0);
    EXPECT_EQ(scalar(db, u"SELECT count(*) FROM contribution"_s).toInt(), before + logged)
        << "every edit is in the file";

    const QDir backups(QFileInfo(path).absolutePath() + u"/backups"_s);
    const QStringList files = backups.entryList({u"*.sqlite"_s}, QDir::Files);
    ASSERT_EQ(files.size(), 1);
    std::unique_ptr<Database> copy
        = Database::open(backups.filePath(files.first()), &error, Database::OpenMode::MustExist);
    ASSERT_TRUE(copy) << error.toStdString();
    EXPECT_EQ(scalar(*copy, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    // One moment's state: the file as it stood before some edit, with the edits before it in
    // order and none after.
    const int copied = scalar(*copy, u"SELECT count(*) FROM contribution"_s).toInt();
    EXPECT_GE(copied, before);
    EXPECT_LE(copied, before + logged);
    EXPECT_EQ(
        scalar(*copy,
            u"SELECT count(*) FROM contribution WHERE note LIKE 'logged during the backup %'"_s)
            .toInt(),
        copied - before);
    EXPECT_EQ(tallyMismatch(*copy), QString()) << "the copy's tallies agree with its rows";
}

TEST(StartUp, TheQuickAddBarCompletesEveryNameWhenUsedBeforeItsPageHasShown)
{
    TempDatabase t;
    ASSERT_TRUE(
        DemoGenerator(t.db(), DemoGenerator::Scale::Small, 1, QDate(2026, 3, 2)).generate(nullptr));
    const QString path = t.path();
    t.close();
    MainWindow window(path);
    window.showPage(MainWindow::OverviewPage);
    ASSERT_TRUE(openWindow(window));
    ASSERT_TRUE(waitForAllPages(window, 30000));
    // The log's page was built in the background and has never shown: its bar has not read
    // the names yet. Someone added meanwhile is among them all the same.
    Person p;
    p.memberId = window.memberId();
    p.name = u"Quentin Quickly"_s;
    QString error;
    ASSERT_GT(window.editor()->addPerson(p, &error), 0) << error.toStdString();
    // Ctrl+N and typing at once, before the page paints.
    QTest::keySequence(&window, QKeySequence::New);
    auto* person = window.findChild<QLineEdit*>(u"quickPerson"_s);
    ASSERT_TRUE(person);
    ASSERT_TRUE(person->hasFocus());
    QTest::keyClicks(person, u"Quentin Qu"_s);
    QCompleter* completer = person->completer();
    EXPECT_EQ(completer->completionCount(), 1);
    EXPECT_EQ(completer->currentCompletion(), u"Quentin Quickly"_s);
    const int onMyList = scalar(*window.database(),
        u"SELECT count(*) FROM person WHERE member_id = %1"_s.arg(window.memberId()))
                             .toInt();
    EXPECT_EQ(completer->model()->rowCount(), onMyList);
    // A name added later is offered too.
    p.name = u"Quinta Quarry"_s;
    ASSERT_GT(window.editor()->addPerson(p, &error), 0) << error.toStdString();
    EXPECT_EQ(completer->model()->rowCount(), onMyList + 1);
}

namespace {
/// A small demo in a file of its own, opened in a window on @p page (the window on screen).
struct StartOn
{
    TempDatabase t;
    QString path;
    std::unique_ptr<MainWindow> window;

    explicit StartOn(MainWindow::Page page)
    {
        EXPECT_TRUE(DemoGenerator(t.db(), DemoGenerator::Scale::Small, 1, QDate::currentDate())
                        .generate(nullptr));
        path = t.path();
        t.close();
        window = std::make_unique<MainWindow>(path);
        window->showPage(page);
    }
};
} // namespace

TEST(StartUp, TheCirclePageFirstShowsTheWholeCircleAndKeepsWhatIsTypedMeanwhile)
{
    StartOn start(MainWindow::CirclePageIndex);
    MainWindow& window = *start.window;
    ASSERT_TRUE(openWindow(window));
    window.showPage(MainWindow::CirclePageIndex); // a server's window opens once connected
    Database& db = *window.database();
    const qint64 circle = window.circleId();
    ASSERT_EQ(window.currentPage(), MainWindow::CirclePageIndex);
    // The page on show is whole from its first paint: the circle, its members, every meeting
    // with who was there.
    auto* summary = window.findChild<QLabel*>(u"circleSummary"_s);
    auto* members = window.findChild<QTreeWidget*>(u"circleMembers"_s);
    auto* table = window.findChild<QTableWidget*>(u"meetingTable"_s);
    auto* add = window.findChild<QLineEdit*>(u"circleNewMember"_s);
    ASSERT_TRUE(summary && members && table && add);
    EXPECT_TRUE(summary->text().startsWith(CircleService(db).circle(circle)->name));
    EXPECT_EQ(members->topLevelItemCount(), CircleService(db).members(circle).size());
    const QList<MeetingSummary> history = MeetingRecorder(db).history(circle);
    ASSERT_EQ(table->rowCount(), history.size());
    for (int row = 0; row < history.size(); ++row) {
        const MeetingSummary& h = history.at(row);
        EXPECT_EQ(table->item(row, 4)->text(),
            h.meeting.status == Meeting::Status::Held
                ? u"%1 of %2"_s.arg(h.present.size()).arg(h.present.size() + h.absent.size())
                : QString())
            << "week " << row + 1;
    }
    // The selected meeting's time stands ready to be moved.
    const QList<Meeting> times = Schedule(db).meetings(circle);
    ASSERT_FALSE(times.isEmpty());
    EXPECT_EQ(window.findChild<QDateTimeEdit*>(u"moveEdit"_s)->dateTime(),
        QDateTime(times.first().scheduledAt.date(), times.first().scheduledAt.time()));

    // A new member typed while the other pages are still being built: nothing is lost.
    auto* pages = window.findChild<QStackedWidget*>(u"pages"_s);
    if (window.allPagesBuilt())
        GTEST_SKIP() << "every page was built before the test could type";
    add->setFocus();
    KeyAfterFirstLazyPage key(pages, add, 'q');
    ASSERT_TRUE(waitForAllPages(window, 30000));
    ASSERT_TRUE(key.posted());
    QTRY_COMPARE_WITH_TIMEOUT(add->text(), u"q"_s, 5000);
    QTest::keyClicks(add, u"uinn"_s);
    QTest::keyClick(add, Qt::Key_Return);
    EXPECT_EQ(
        scalar(db,
            u"SELECT count(*) FROM member WHERE circle_id = %1 AND name = 'quinn'"_s.arg(circle))
            .toInt(),
        1);
    EXPECT_EQ(members->topLevelItemCount(), CircleService(db).members(circle).size());
}

TEST(StartUp, MeetingModeFirstShowsTheNextMeetingAndKeepsTheNotesTypedMeanwhile)
{
    StartOn start(MainWindow::MeetingModePage);
    MainWindow& window = *start.window;
    ASSERT_TRUE(openWindow(window));
    window.showPage(MainWindow::MeetingModePage); // a server's window opens once connected
    Database& db = *window.database();
    ASSERT_EQ(window.currentPage(), MainWindow::MeetingModePage);
    auto* meeting = window.findChild<MeetingModeWidget*>(u"meetingMode"_s);
    ASSERT_TRUE(meeting);
    // The meeting that comes next, its date, and every member in the round.
    EXPECT_EQ(meeting->week(), meeting->defaultWeek());
    const QList<Meeting> times = Schedule(db).meetings(window.circleId());
    const auto next = std::find_if(times.cbegin(), times.cend(),
        [meeting](const Meeting& m) { return m.week == meeting->week(); });
    ASSERT_NE(next, times.cend());
    EXPECT_TRUE(window.findChild<QLabel*>(u"infoLabel"_s)
                    ->text()
                    .contains(QLocale().toString(next->scheduledAt.date(), QLocale::LongFormat)));
    auto* list = window.findChild<QListWidget*>(u"memberList"_s);
    ASSERT_TRUE(list);
    EXPECT_EQ(list->count(), CircleService(db).members(window.circleId()).size());
    // The first member's figures are the ones read again when the round comes back to them.
    auto* numbers = window.findChild<QLabel*>(u"numbersLabel"_s);
    ASSERT_TRUE(numbers);
    const QString first = numbers->text();
    EXPECT_FALSE(first.isEmpty());

    // Notes typed while the other pages are still being built go into the round's notes.
    auto* notes = window.findChild<QPlainTextEdit*>(u"roundNotesEdit"_s);
    auto* pages = window.findChild<QStackedWidget*>(u"pages"_s);
    ASSERT_TRUE(notes && pages);
    if (window.allPagesBuilt())
        GTEST_SKIP() << "every page was built before the test could type";
    notes->setFocus();
    KeyAfterFirstLazyPage key(pages, notes, 'm');
    ASSERT_TRUE(waitForAllPages(window, 30000));
    ASSERT_TRUE(key.posted());
    QTRY_COMPARE_WITH_TIMEOUT(notes->toPlainText(), u"m"_s, 5000);
    QTest::keyClicks(notes, u"et a mentor"_s);
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(scalar(db,
                  u"SELECT count(*) FROM round_note r JOIN meeting m ON m.id = r.meeting_id"
                  " WHERE m.circle_id = %1 AND m.week = %2 AND r.notes = 'met a mentor'"_s
                      .arg(window.circleId())
                      .arg(meeting->week()))
                  .toInt(),
        1);
    list->setCurrentRow(1);
    list->setCurrentRow(0);
    EXPECT_EQ(numbers->text(), first);
}
