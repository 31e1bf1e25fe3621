// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The contributions page driven as a user would: logging with the keyboard, correcting,
// filtering, and catching up with edits made while it was hidden; checked against the database.
#include "TestSupport.h"
#include "WindowSupport.h"
#include "WorkspaceFixture.h"
#include "analytics/DashboardWidget.h"
#include "circle/CircleService.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "contributions/ContributionModel.h"
#include "contributions/ContributionService.h"
#include "contributions/ContributionsPage.h"
#include "contributions/QuickAddBar.h"
#include "demo/DemoGenerator.h"
#include "goal/GoalPage.h"
#include "goal/GoalService.h"
#include "io/ImportDialog.h"
#include "main/MainWindow.h"
#include "meetings/MeetingModeWidget.h"
#include "people/PeopleService.h"
#include "people/PersonDialog.h"
#include "people/RelationshipModel.h"
#include "people/RelationshipsPage.h"
#include "undo/Editor.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStringListModel>
#include <QTableView>
#include <QTest>
#include <QThreadPool>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

TEST_F(Workspace, LogAContributionWithTheKeyboard)
{
    const QString name = scalar(
        db(), u"SELECT name FROM person WHERE member_id = %1 ORDER BY id LIMIT 1"_s.arg(me))
                             .toString();
    const qint64 personId
        = scalar(db(), u"SELECT id FROM person WHERE member_id = %1 ORDER BY id LIMIT 1"_s.arg(me))
              .toLongLong();
    const int before
        = count(u"SELECT count(*) FROM contribution WHERE person_id = %1"_s.arg(personId));
    QTest::keySequence(window.get(), QKeySequence::New);
    auto* person = find<QLineEdit>(u"quickPerson"_s);
    QTRY_VERIFY(person->hasFocus());
    QTest::keyClicks(person, name);
    auto* direction = find<QComboBox>(u"quickDirection"_s);
    QTest::keyClick(direction, Qt::Key_R);
    EXPECT_EQ(direction->currentIndex(), 1) << "R picks received";
    auto* kind = find<QComboBox>(u"quickKind"_s);
    kind->setCurrentIndex(kind->findText(u"Offer help"_s));
    find<QComboBox>(u"quickBrought"_s)->setCurrentIndex(2); // Inspiration
    QTest::keyClicks(find<QLineEdit>(u"quickNote"_s), u"Sent me <b>her</b> notes"_s);
    QTest::keyClick(find<QLineEdit>(u"quickNote"_s), Qt::Key_Return);
    EXPECT_EQ(count(u"SELECT count(*) FROM contribution WHERE person_id = %1"_s.arg(personId)),
        before + 1);
    QSqlQuery q(db().connection());
    q.exec(u"SELECT c.direction, k.code, c.brought, c.note FROM contribution c JOIN "
           u"contribution_kind k ON k.id = c.kind_id"
           " ORDER BY c.id DESC LIMIT 1"_s);
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    EXPECT_EQ(q.value(1).toString(), u"help"_s);
    EXPECT_EQ(q.value(2).toInt(), 1);
    EXPECT_EQ(q.value(3).toString(), u"Sent me <b>her</b> notes"_s);
    EXPECT_TRUE(person->text().isEmpty()) << "ready for the next one";
    EXPECT_EQ(window->contributionsPage()->view()->model()->index(0, 2).data().toString(), name)
        << "newest at the top";
}

TEST_F(Workspace, ANewNameCreatesThePersonAndOneUndoTakesBothBack)
{
    const int people = count(u"SELECT count(*) FROM person"_s);
    const int contributions = count(u"SELECT count(*) FROM contribution"_s);
    window->showPage(MainWindow::ContributionsPageIndex);
    QTest::keyClicks(find<QLineEdit>(u"quickPerson"_s), u"Zora Neale"_s);
    QTest::keyClick(find<QLineEdit>(u"quickPerson"_s), Qt::Key_Return);
    EXPECT_EQ(count(u"SELECT count(*) FROM person"_s), people + 1);
    EXPECT_EQ(count(u"SELECT count(*) FROM contribution"_s), contributions + 1);
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM person WHERE name = 'Zora Neale' AND member_id = %1"_s.arg(me)),
        1);
    action(u"undoAction"_s)->trigger();
    EXPECT_EQ(count(u"SELECT count(*) FROM person"_s), people);
    EXPECT_EQ(count(u"SELECT count(*) FROM contribution"_s), contributions);
}

TEST_F(Workspace, ADateOutsideAnySensibleRangeSavesNothingHalf)
{
    window->showPage(MainWindow::ContributionsPageIndex);
    const int people = count(u"SELECT count(*) FROM person"_s);
    const int contributions = count(u"SELECT count(*) FROM contribution"_s);
    find<QDateEdit>(u"quickDate"_s)->setDate(QDate(1970, 1, 1));
    QTest::keyClicks(find<QLineEdit>(u"quickPerson"_s), u"Someone New"_s);
    QTest::keyClick(find<QLineEdit>(u"quickPerson"_s), Qt::Key_Return);
    auto* error = find<QLabel>(u"quickError"_s);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(u"date"_s)) << error->text().toStdString();
    EXPECT_EQ(count(u"SELECT count(*) FROM person"_s), people)
        << "no person created for a refused contribution";
    EXPECT_EQ(count(u"SELECT count(*) FROM contribution"_s), contributions);
}

TEST_F(Workspace, CorrectALoggedContributionThenUndo)
{
    window->showPage(MainWindow::ContributionsPageIndex);
    QTableView* view = window->contributionsPage()->view();
    const QModelIndex first = view->model()->index(0, 0);
    const qint64 id = first.data(Qt::UserRole + 1).toLongLong();
    const QString oldNote
        = scalar(db(), u"SELECT note FROM contribution WHERE id = %1"_s.arg(id)).toString();
    window->contributionsPage()->editContribution(first);
    auto* dialog = window->findChild<QDialog*>(u"contributionDialog"_s);
    ASSERT_TRUE(dialog);
    auto* note = dialog->findChild<QLineEdit*>(u"editNote"_s);
    note->clear();
    QTest::keyClicks(note, u"Corrected note"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"editSave"_s), Qt::LeftButton);
    EXPECT_EQ(scalar(db(), u"SELECT note FROM contribution WHERE id = %1"_s.arg(id)).toString(),
        u"Corrected note"_s);
    action(u"undoAction"_s)->trigger();
    EXPECT_EQ(
        scalar(db(), u"SELECT note FROM contribution WHERE id = %1"_s.arg(id)).toString(), oldNote);
}

TEST_F(Workspace, FilterTheContributionsByTyping)
{
    window->showPage(MainWindow::ContributionsPageIndex);
    ContributionModel* model = window->contributionsPage()->model();
    const int all = count(u"SELECT count(*) FROM contribution c JOIN person p ON p.id = "
                          u"c.person_id WHERE p.member_id = %1"_s.arg(me));
    ASSERT_GT(all, 0);
    // The count is the whole count at once; the rows past the first page follow its paint.
    EXPECT_EQ(find<QLabel>(u"contributionsCount"_s)->text(), u"%1 contributions"_s.arg(all));
    QTRY_COMPARE(model->rowCount(), all);
    const QString name = scalar(db(),
        u"SELECT p.name FROM contribution c JOIN person p ON p.id = c.person_id "
        u"WHERE p.member_id = %1 ORDER BY c.id LIMIT 1"_s.arg(me))
                             .toString();
    const int matching = count(u"SELECT count(*) FROM contribution c JOIN person p ON p.id = "
                               u"c.person_id WHERE p.member_id = %1 AND (p.name LIKE '%%2%' OR "
                               u"c.note LIKE '%%2%')"_s.arg(me)
                                   .arg(QString(name).replace(u'\'', u"''"_s)));
    QTest::keyClicks(find<QLineEdit>(u"contributionsTextFilter"_s), name);
    QTRY_COMPARE(model->rowCount(), matching);
    // Every row read by id in the sorted order: newest first, all of them matching.
    QDate previous = QDate(9999, 12, 31);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QDate date = model->index(row, ContributionModel::Date).data(Qt::EditRole).toDate();
        EXPECT_LE(date, previous) << row;
        previous = date;
    }
    find<QLineEdit>(u"contributionsTextFilter"_s)->clear();
    QTRY_COMPARE(model->rowCount(), all);
}

// A filter matching more than a page shows its rows at once and its count when known; the
// count below the list is never that of the filter typed before.
TEST_F(Workspace, TheCountBelowTheLogIsTheTypedFiltersOnceKnown)
{
    window->showPage(MainWindow::ContributionsPageIndex);
    ContributionModel* model = window->contributionsPage()->model();
    auto* label = find<QLabel>(u"contributionsCount"_s);
    Person p;
    p.memberId = me;
    p.name = u"Qxalpha"_s;
    const qint64 person = PeopleService(db()).add(p, nullptr);
    for (int i = 0; i < 300; ++i) {
        Contribution c;
        c.personId = person;
        c.date = fixedNow().date().addDays(-(i % 3));
        c.kindId = ContributionService(db()).kinds().first().id;
        ASSERT_GT(ContributionService(db()).add(c, nullptr), 0);
    }
    const QString all = u"%1 contributions"_s.arg(model->rowsTotal());
    auto* filter = find<QLineEdit>(u"contributionsTextFilter"_s);
    QTest::keyClicks(filter, u"qxalpha"_s);
    QTRY_COMPARE(label->text(), u"300 contributions"_s);
    EXPECT_EQ(model->rowCount(), 300);
    EXPECT_FALSE(model->isCounting());
    // Typed on as soon as a filter applies: the label ends on the last filter's count.
    filter->clear();
    QTRY_COMPARE(label->text(), all);
    QTest::keyClicks(filter, u"qxalph"_s);
    QTRY_VERIFY(label->text() != all);
    QTest::keyClicks(filter, u"zz"_s);
    QTRY_COMPARE(label->text(), u"0 contributions"_s);
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(200);
    EXPECT_EQ(label->text(), u"0 contributions"_s);
    EXPECT_EQ(model->rowCount(), 0);
}

// The contributions list does not reload on every edit made while another page shows; it
// catches up when it shows again, with the new contribution in it.
TEST_F(Workspace, AContributionLoggedElsewhereIsListedWhenTheLogShowsAgain)
{
    window->showPage(MainWindow::ContributionsPageIndex);
    ContributionModel* model = window->contributionsPage()->model();
    QTRY_COMPARE(model->rowCount(), model->rowsTotal());
    const int before = model->rowCount();
    window->showPage(MainWindow::OverviewPage);
    const qint64 person
        = scalar(db(), u"SELECT id FROM person WHERE member_id = %1 ORDER BY id LIMIT 1"_s.arg(me))
              .toLongLong();
    Contribution c;
    c.personId = person;
    c.date = fixedNow().date();
    c.kindId = ContributionService(db()).kinds().first().id;
    c.note = u"logged from the overview"_s;
    QString error;
    ASSERT_GT(window->editor()->addContribution(c, &error), 0) << error.toStdString();
    window->showPage(MainWindow::ContributionsPageIndex);
    EXPECT_EQ(model->rowCount(), before + 1);
    bool listed = false;
    for (int row = 0; row < model->rowCount() && !listed; ++row)
        listed = model->index(row, ContributionModel::Note).data().toString() == c.note;
    EXPECT_TRUE(listed);
    EXPECT_EQ(find<QLabel>(u"contributionsCount"_s)->text(), u"%1 contributions"_s.arg(before + 1));
}

// Pages behind another one only note that the database changed; what they show is read again
// when they come up: a person added while the Overview shows is in the relationship list's
// tag filter and among the names the contributions page's quick-add bar completes.
TEST_F(Workspace, AnEditMadeWhileAPageIsHiddenShowsWhenItComesUp)
{
    ASSERT_TRUE(waitForAllPages(*window));
    window->showPage(MainWindow::OverviewPage);
    QCoreApplication::processEvents();
    Person p;
    p.memberId = me;
    p.name = u"Zoë Hidden-Edit"_s;
    p.tags = u"seen-when-shown"_s;
    QString error;
    ASSERT_GT(window->editor()->addPerson(p, &error), 0) << error.toStdString();
    QCoreApplication::processEvents();

    window->showPage(MainWindow::RelationshipsPageIndex);
    EXPECT_GE(find<QComboBox>(u"peopleTagFilter"_s)->findText(u"seen-when-shown"_s), 1);

    // The bar reads its names when it is first used (or after its first paint): start typing.
    window->showPage(MainWindow::ContributionsPageIndex);
    auto* person = find<QLineEdit>(u"quickPerson"_s);
    QTest::keyClicks(person, u"Zo"_s);
    QCompleter* completer = person->completer();
    ASSERT_TRUE(completer);
    const auto* names = qobject_cast<QStringListModel*>(completer->model());
    ASSERT_TRUE(names);
    EXPECT_TRUE(names->stringList().contains(p.name));

    // And an undo made while they are hidden again takes the person out of both.
    window->showPage(MainWindow::OverviewPage);
    window->editor()->undoStack()->undo();
    QCoreApplication::processEvents();
    window->showPage(MainWindow::ContributionsPageIndex);
    EXPECT_FALSE(names->stringList().contains(p.name));
    window->showPage(MainWindow::RelationshipsPageIndex);
    EXPECT_EQ(find<QComboBox>(u"peopleTagFilter"_s)->findText(u"seen-when-shown"_s), -1);
}

// The log paints its first page first and gives its view every row right after: the count
// below it is the whole count from the start, and the end of the list is its oldest row.
TEST_F(Workspace, TheLogsCountIsWholeFromTheStartAndItsEndIsReached)
{
    window->showPage(MainWindow::ContributionsPageIndex);
    ContributionModel* model = window->contributionsPage()->model();
    const QString mine
        = u"FROM contribution c JOIN person p ON p.id = c.person_id WHERE p.member_id = %1"_s.arg(
            me);
    const int all = count(u"SELECT count(*) "_s + mine);
    ASSERT_GT(all, ContributionModel::PageSize);
    EXPECT_EQ(find<QLabel>(u"contributionsCount"_s)->text(), u"%1 contributions"_s.arg(all));
    auto* view = find<QTableView>(u"contributionsView"_s);
    QTRY_COMPARE(model->rowCount(), all);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QTRY_COMPARE(view->currentIndex().row(), all - 1);
    const qint64 oldest
        = scalar(db(), u"SELECT c.id "_s + mine + u" ORDER BY c.happened_on, c.id LIMIT 1"_s)
              .toLongLong();
    EXPECT_EQ(model->idAt(view->currentIndex().row()), oldest);
    EXPECT_EQ(find<QLabel>(u"contributionsCount"_s)->text(), u"%1 contributions"_s.arg(all));
}
