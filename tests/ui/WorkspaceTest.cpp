// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace driven as a user would, with the keyboard and mouse, checked against
// what the database holds afterwards.
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
#include "io/JsonArchive.h"
#include "main/MainWindow.h"
#include "meetings/MeetingModeWidget.h"
#include "people/PeopleService.h"
#include "people/PersonDialog.h"
#include "people/RelationshipModel.h"
#include "people/RelationshipsPage.h"
#include "undo/Editor.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

TEST_F(Workspace, AddAPersonThenUndoAndRedo)
{
    window->showPage(MainWindow::RelationshipsPageIndex);
    const int before = count(u"SELECT count(*) FROM person"_s);
    action(u"addPersonAction"_s)->trigger();
    PersonDialog* dialog = openDialog();
    ASSERT_TRUE(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"personName"_s), u"Grace Hopper"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"personOrganization"_s), u"Navy"_s);
    dialog->findChild<QComboBox*>(u"personCloseness"_s)->setCurrentIndex(1);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"personSave"_s), Qt::LeftButton);
    QTRY_VERIFY(!openDialog() || !openDialog()->isVisible());
    EXPECT_EQ(count(u"SELECT count(*) FROM person"_s), before + 1);
    EXPECT_EQ(
        scalar(db(), u"SELECT closeness FROM person WHERE name = 'Grace Hopper'"_s).toInt(), 1);
    const qint64 id
        = scalar(db(), u"SELECT id FROM person WHERE name = 'Grace Hopper'"_s).toLongLong();
    EXPECT_EQ(window->relationshipsPage()->selectedPersonId(), id) << "the new person is selected";
    EXPECT_EQ(find<QLabel>(u"personDetailName"_s)->text(), u"Grace Hopper"_s);

    QTest::keySequence(window.get(), QKeySequence::Undo);
    EXPECT_EQ(count(u"SELECT count(*) FROM person WHERE name = 'Grace Hopper'"_s), 0);
    QTest::keySequence(window.get(), QKeySequence::Redo);
    EXPECT_EQ(scalar(db(), u"SELECT id FROM person WHERE name = 'Grace Hopper'"_s).toLongLong(), id)
        << "same person back";
}

TEST_F(Workspace, AnEmptyNameOrADuplicateIsRefusedInline)
{
    window->showPage(MainWindow::RelationshipsPageIndex);
    const int before = count(u"SELECT count(*) FROM person"_s);
    window->relationshipsPage()->addPerson();
    PersonDialog* dialog = openDialog();
    ASSERT_TRUE(dialog);
    auto* error = dialog->findChild<QLabel*>(u"personError"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"personSave"_s), Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(error->isVisible());
    EXPECT_FALSE(error->text().isEmpty());
    const QString existing = scalar(
        db(), u"SELECT name FROM person WHERE member_id = %1 ORDER BY id LIMIT 1"_s.arg(me))
                                 .toString();
    const QString org = scalar(
        db(), u"SELECT organization FROM person WHERE member_id = %1 ORDER BY id LIMIT 1"_s.arg(me))
                            .toString();
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"personName"_s), existing);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"personOrganization"_s), org);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"personSave"_s), Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(error->text().contains(u"already on the list"_s)) << error->text().toStdString();
    EXPECT_EQ(count(u"SELECT count(*) FROM person"_s), before);
    EXPECT_FALSE(window->editor()->undoStack()->canUndo()) << "a refused edit leaves no undo step";
    dialog->reject();
}

TEST_F(Workspace, RateClosenessInPlaceThenUndo)
{
    window->showPage(MainWindow::RelationshipsPageIndex);
    QTableView* view = window->relationshipsPage()->view();
    RelationshipModel* model = window->relationshipsPage()->model();
    const QModelIndex cell = model->index(0, RelationshipModel::Closeness);
    const qint64 id = model->idAt(0);
    const int old = cell.data(RelationshipModel::ClosenessRole).toInt();
    const int wanted = old == 5 ? 4 : old + 1;
    const int historyBefore
        = count(u"SELECT count(*) FROM closeness_change WHERE person_id = %1"_s.arg(id));
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto* editor = view->findChild<QComboBox*>(u"closenessEditor"_s);
    ASSERT_TRUE(editor);
    editor->setCurrentIndex(wanted);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(
        scalar(db(), u"SELECT closeness FROM person WHERE id = %1"_s.arg(id)).toInt(), wanted);
    EXPECT_EQ(count(u"SELECT count(*) FROM closeness_change WHERE person_id = %1"_s.arg(id)),
        historyBefore + 1);
    EXPECT_TRUE(model->index(model->rowOfId(id), RelationshipModel::Closeness)
                    .data()
                    .toString()
                    .startsWith(QString::number(wanted)));
    action(u"undoAction"_s)->trigger();
    EXPECT_EQ(scalar(db(), u"SELECT closeness FROM person WHERE id = %1"_s.arg(id)).toInt(), old);
    EXPECT_EQ(count(u"SELECT count(*) FROM closeness_change WHERE person_id = %1"_s.arg(id)),
        historyBefore);
}

TEST_F(Workspace, FilterTheRelationshipList)
{
    window->showPage(MainWindow::RelationshipsPageIndex);
    RelationshipModel* model = window->relationshipsPage()->model();
    const int all = count(u"SELECT count(*) FROM person WHERE member_id = %1"_s.arg(me));
    EXPECT_EQ(model->rowCount(), all);
    const QString name = scalar(
        db(), u"SELECT name FROM person WHERE member_id = %1 ORDER BY id LIMIT 1"_s.arg(me))
                             .toString();
    QTest::keyClicks(find<QLineEdit>(u"peopleFilter"_s), name);
    QTRY_VERIFY(model->rowCount() < all);
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_TRUE(model->index(row, RelationshipModel::Name)
                        .data()
                        .toString()
                        .contains(name, Qt::CaseInsensitive));
    find<QLineEdit>(u"peopleFilter"_s)->clear();
    QTRY_COMPARE(model->rowCount(), all);
    auto* closeness = find<QComboBox>(u"peopleClosenessFilter"_s);
    closeness->setCurrentIndex(closeness->findText(u"3–5: close"_s));
    EXPECT_EQ(model->rowCount(),
        count(u"SELECT count(*) FROM person WHERE member_id = %1 AND closeness >= 3"_s.arg(me)));
    EXPECT_EQ(find<QLabel>(u"peopleCount"_s)->text(), u"%1 people"_s.arg(model->rowCount()));
}

TEST_F(Workspace, IntroducedByLinksNavigate)
{
    window->showPage(MainWindow::RelationshipsPageIndex);
    QSqlQuery q(db().connection());
    q.exec(
        u"SELECT p.id, i.id, i.name FROM person p JOIN person i ON i.id = p.introduced_by WHERE p.member_id = %1 LIMIT 1"_s
            .arg(me));
    ASSERT_TRUE(q.next()) << "the demo has introductions";
    const qint64 person = q.value(0).toLongLong();
    const qint64 introducer = q.value(1).toLongLong();
    window->relationshipsPage()->selectPerson(person);
    auto* link = find<QLabel>(u"personIntroducedByLink"_s);
    EXPECT_TRUE(link->text().contains(u"person:%1"_s.arg(introducer)));
    Q_EMIT link->linkActivated(u"person:%1"_s.arg(introducer));
    EXPECT_EQ(window->relationshipsPage()->selectedPersonId(), introducer);
    EXPECT_EQ(find<QLabel>(u"personDetailName"_s)->text(), q.value(2).toString());
    EXPECT_TRUE(
        find<QLabel>(u"personIntroducedLinks"_s)->text().contains(u"person:%1"_s.arg(person)))
        << "and back: whom they introduced";
}

TEST_F(Workspace, RemovingAPersonIsUndoneWithTheirHistory)
{
    window->showPage(MainWindow::RelationshipsPageIndex);
    const qint64 id = scalar(db(),
        u"SELECT p.id FROM person p WHERE p.member_id = %1 AND"
        " (SELECT count(*) FROM contribution c WHERE c.person_id = p.id) > 1 LIMIT 1"_s.arg(me))
                          .toLongLong();
    const int contributions
        = count(u"SELECT count(*) FROM contribution WHERE person_id = %1"_s.arg(id));
    const int history
        = count(u"SELECT count(*) FROM closeness_change WHERE person_id = %1"_s.arg(id));
    window->relationshipsPage()->selectPerson(id);
    MessageBox::setNextAnswer(QMessageBox::Yes); // "Remove" in the question that comes first
    action(u"removePersonAction"_s)->trigger();
    EXPECT_EQ(count(u"SELECT count(*) FROM person WHERE id = %1"_s.arg(id)), 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM contribution WHERE person_id = %1"_s.arg(id)), 0);
    action(u"undoAction"_s)->trigger();
    EXPECT_EQ(count(u"SELECT count(*) FROM person WHERE id = %1"_s.arg(id)), 1);
    EXPECT_EQ(
        count(u"SELECT count(*) FROM contribution WHERE person_id = %1"_s.arg(id)), contributions);
    EXPECT_EQ(
        count(u"SELECT count(*) FROM closeness_change WHERE person_id = %1"_s.arg(id)), history);
}

TEST_F(Workspace, ReviseTheGoalAndTheTarget)
{
    window->showPage(MainWindow::GoalPageIndex);
    const int revisions
        = count(u"SELECT count(*) FROM goal_revision WHERE member_id = %1"_s.arg(me));
    auto* text = find<QPlainTextEdit>(u"goalAccomplish"_s);
    text->setPlainText(u"Run onboarding pilots in two teams"_s);
    find<QSpinBox>(u"goalTarget"_s)->setValue(6);
    QTest::mouseClick(find<QPushButton>(u"goalSave"_s), Qt::LeftButton);
    EXPECT_EQ(
        count(u"SELECT count(*) FROM goal_revision WHERE member_id = %1"_s.arg(me)), revisions + 1);
    EXPECT_EQ(GoalService(db()).currentGoal(me)->weeklyTarget, 6);
    EXPECT_EQ(find<QTreeWidget>(u"goalHistory"_s)->topLevelItemCount(), revisions + 1);
    EXPECT_EQ(find<QTreeWidget>(u"goalHistory"_s)->topLevelItem(0)->text(1),
        u"Run onboarding pilots in two teams"_s);
    action(u"undoAction"_s)->trigger();
    EXPECT_EQ(
        count(u"SELECT count(*) FROM goal_revision WHERE member_id = %1"_s.arg(me)), revisions);
    EXPECT_NE(find<QPlainTextEdit>(u"goalAccomplish"_s)->toPlainText(),
        u"Run onboarding pilots in two teams"_s);
}

TEST_F(Workspace, ReachOutSuggestionsLeadToLogging)
{
    window->showPage(MainWindow::RelationshipsPageIndex);
    auto* list = find<QListWidget>(u"reachOutList"_s);
    // The list fills just after the page first paints.
    ASSERT_TRUE(QTest::qWaitFor([list] { return list->count() > 0; }));
    QListWidgetItem* first = list->item(0);
    const qint64 personId = first->data(Qt::UserRole).toLongLong();
    ASSERT_GT(personId, 0);
    Q_EMIT list->itemActivated(first);
    EXPECT_EQ(window->currentPage(), MainWindow::ContributionsPageIndex);
    const QString name
        = scalar(db(), u"SELECT name FROM person WHERE id = %1"_s.arg(personId)).toString();
    EXPECT_EQ(find<QLineEdit>(u"quickPerson"_s)->text(), name);
    EXPECT_TRUE(first->text().contains(find<QComboBox>(u"quickKind"_s)->currentText()))
        << "the suggested kind is preselected";
}

TEST_F(Workspace, TheLastViewIsRestored)
{
    window->showPage(MainWindow::GoalPageIndex);
    const QString path = window->database()->path();
    window->close();
    window.reset();
    MainWindow again(path);
    EXPECT_EQ(again.currentPage(), MainWindow::GoalPageIndex);
}

TEST_F(Workspace, TheCircleCanBeRenamedAndGrowWithAWarningPastFive)
{
    window->showPage(MainWindow::CirclePageIndex);
    auto* name = find<QLineEdit>(u"circleName"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Friday Circle"_s);
    Q_EMIT name->editingFinished();
    EXPECT_EQ(scalar(db(), u"SELECT name FROM circle"_s).toString(), u"Friday Circle"_s);
    auto* newMember = find<QLineEdit>(u"circleNewMember"_s);
    QTest::keyClicks(newMember, u"Sixth Person"_s);
    QTest::keyClick(newMember, Qt::Key_Return);
    EXPECT_EQ(count(u"SELECT count(*) FROM member"_s), 6) << "allowed";
    auto* warning = find<QLabel>(u"circleWarning"_s);
    EXPECT_TRUE(warning->isVisible());
    EXPECT_TRUE(warning->text().contains(u"6"_s)) << warning->text().toStdString();
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    Q_EMIT name->editingFinished();
    EXPECT_EQ(scalar(db(), u"SELECT name FROM circle"_s).toString(), u"Friday Circle"_s)
        << "an empty name is refused";
    EXPECT_TRUE(find<QLabel>(u"circleError"_s)->isVisible());
    EXPECT_TRUE(find<QLabel>(u"statusCircle"_s)->text().startsWith(u"Friday Circle"_s));
}

TEST_F(Workspace, ClickingAWeekInTheOverviewOpensThatWeeksContributions)
{
    window->showPage(MainWindow::OverviewPage);
    auto* dashboard = window->findChild<DashboardWidget*>();
    ASSERT_TRUE(dashboard);
    Q_EMIT dashboard->weekActivated(3);
    EXPECT_EQ(window->currentPage(), MainWindow::ContributionsPageIndex);
    QAbstractItemModel* model = window->contributionsPage()->view()->model();
    ASSERT_GT(model->rowCount(), 0);
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_EQ(model->index(row, 1).data().toInt(), 3);
    EXPECT_EQ(find<QComboBox>(u"contributionsWeekFilter"_s)->currentText(), u"Week 3"_s);
}

TEST_F(Workspace, MeetingModeKeepsItsOwnKeys)
{
    window->showPage(MainWindow::MeetingModePage);
    auto* segment = find<QLabel>(u"segmentLabel"_s);
    const QString first = segment->text();
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), MainWindow::MeetingModePage)
        << "Ctrl+N does not leave the meeting";
    EXPECT_EQ(segment->text(), first);
    QTest::keyClick(window.get(), Qt::Key_PageDown);
    EXPECT_NE(segment->text(), first) << "Page Down moves to the next agenda segment";
    window->showPage(MainWindow::ContributionsPageIndex);
    QTest::keySequence(window.get(), QKeySequence::New);
    EXPECT_TRUE(find<QLineEdit>(u"quickPerson"_s)->hasFocus())
        << "elsewhere Ctrl+N logs a contribution";
}

TEST_F(Workspace, SettingsOfferTheLanguage)
{
    action(u"settingsAction"_s)->trigger();
    auto* dialog = window->findChild<QDialog*>(u"settingsDialog"_s);
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    auto* language = dialog->findChild<QComboBox*>(u"languageCombo"_s);
    ASSERT_TRUE(language);
    EXPECT_GE(language->count(), 3) << "system, English, German";
    dialog->reject();
}

TEST_F(Workspace, OpeningTheDatabaseKeepsADailyPrivateBackup)
{
    // Made after the window shows, in the background: the window takes input meanwhile.
    const QDir backups(QFileInfo(db().path()).absolutePath() + u"/backups"_s);
    QTRY_COMPARE_WITH_TIMEOUT(backups.entryList({u"*.sqlite"_s}, QDir::Files).size(), 1, 20000);
    const QStringList files = backups.entryList({u"*.sqlite"_s}, QDir::Files);
    const auto perms = QFileInfo(backups.filePath(files.first())).permissions();
    EXPECT_FALSE(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        << "readable by the owner alone";
    MainWindow again(db().path());
    QSignalSpy done(&again, &MainWindow::dailyBackupDone);
    ASSERT_TRUE(done.wait(20000));
    EXPECT_EQ(backups.entryList({u"*.sqlite"_s}, QDir::Files).size(), 1) << "at most one a day";
}

TEST_F(Workspace, ImportLinkedInConnectionsAsOneUndoStep)
{
    const int before = count(u"SELECT count(*) FROM person WHERE member_id = %1"_s.arg(me));
    action(u"importAction"_s)->trigger();
    auto* dialog = window->findChild<ImportDialog*>();
    ASSERT_TRUE(dialog);
    RelationshipModel* model = window->relationshipsPage()->model();
    const int shownBefore = model->rowsTotal();
    dialog->setFile(sharedFixture(u"linkedin-Connections.csv"_s));
    // The preview and the import run on a thread and a connection of their own.
    auto* import = dialog->findChild<QPushButton*>(u"importButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(import->isEnabled(), 30000);
    QTest::mouseClick(import, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        count(u"SELECT count(*) FROM person WHERE member_id = %1"_s.arg(me)), before + 6, 30000);
    EXPECT_EQ(count(u"SELECT count(*) FROM person WHERE name = 'Jürgen Müller'"_s), 1);
    QTRY_COMPARE(window->currentPage(), MainWindow::RelationshipsPageIndex);
    // The list shows them, though another connection wrote them.
    QTRY_COMPARE(model->rowsTotal(), shownBefore + 6);
    action(u"undoAction"_s)->trigger();
    EXPECT_EQ(count(u"SELECT count(*) FROM person WHERE member_id = %1"_s.arg(me)), before);
    QTRY_COMPARE(model->rowsTotal(), shownBefore);
    action(u"redoAction"_s)->trigger();
    EXPECT_EQ(count(u"SELECT count(*) FROM person WHERE member_id = %1"_s.arg(me)), before + 6);
}

TEST_F(Workspace, MeetingModeOpensOnTheComingMeeting)
{
    window->showPage(MainWindow::MeetingModePage);
    auto* meeting = window->findChild<MeetingModeWidget*>();
    ASSERT_TRUE(meeting);
    const int coming = meeting->defaultWeek();
    EXPECT_GE(coming, 7) << "the demo is in week 7";
    EXPECT_EQ(meeting->week(), coming);
}

TEST_F(Workspace, AnExportThatCannotBeWrittenIsExplainedInAMessageBox)
{
    // Both questions answered as a user would: a folder that does not exist, then OK.
    const QString nowhere = dir.filePath(u"no-such-folder/outloud-export.json"_s);
    FileDialog::setNextFileName(nowhere);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(u"exportJsonAction"_s)->trigger();
    // The export runs on a thread of its own: the message comes when it has failed.
    QTRY_VERIFY(MessageBox::lastText().contains(u"no-such-folder"_s));
    EXPECT_FALSE(QFileInfo::exists(nowhere));
}

TEST_F(Workspace, AnExportIsSavedAfterTheWindowHandledWhatCameMeanwhile)
{
    const QString path = dir.filePath(u"outloud-export.json"_s);
    QByteArray expected;
    ASSERT_TRUE(io::json::exportDatabase(db(), &expected, nullptr));
    FileDialog::setNextFileName(path);
    QStringList order;
    // Posted before the export starts, so before its end is: a window that exports on a
    // thread of its own handles it first; one that exported on the GUI thread, after.
    QMetaObject::invokeMethod(
        window.get(), [&] { order.append(u"event"_s); }, Qt::QueuedConnection);
    QObject::connect(
        window->statusBar(), &QStatusBar::messageChanged, window.get(), [&](const QString& text) {
            if (text.startsWith(u"Saved"_s))
                order.append(u"saved"_s);
        });
    action(u"exportJsonAction"_s)->trigger();
    QTRY_VERIFY(order.contains(u"saved"_s));
    EXPECT_EQ(order, (QStringList {u"event"_s, u"saved"_s}));
    EXPECT_EQ(fileBytes(path), expected);
}
