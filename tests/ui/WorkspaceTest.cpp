// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace driven as a user would, with the keyboard and mouse, checked against
// what the database holds afterwards.
#include "TestSupport.h"
#include "WindowSupport.h"
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

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
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
#include <QStringListModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
struct Workspace : ::testing::Test
{
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
    qint64 me = -1;

    void SetUp() override
    {
        const QString path = dir.filePath(u"demo.sqlite"_s);
        {
            auto db = Database::open(path, nullptr);
            ASSERT_TRUE(db);
            ASSERT_TRUE(DemoGenerator(*db, DemoGenerator::Scale::Small, 1, QDate::currentDate())
                            .generate(nullptr));
        }
        window = std::make_unique<MainWindow>(path);
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        CircleService circles(db());
        me = circles.meId(circles.defaultCircleId());
    }
    Database& db() { return *window->database(); }
    int count(const QString& sql) { return scalar(db(), sql).toInt(); }
    template <typename T> T* find(const QString& name)
    {
        T* w = window->findChild<T*>(name);
        EXPECT_TRUE(w) << "no widget " << name.toStdString();
        return w;
    }
    QAction* action(const QString& name) { return find<QAction>(name); }
    PersonDialog* openDialog() { return window->findChild<PersonDialog*>(u"personDialog"_s); }
};
} // namespace

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
    dialog->setFile(sharedFixture(u"linkedin-Connections.csv"_s));
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"importButton"_s), Qt::LeftButton);
    EXPECT_EQ(count(u"SELECT count(*) FROM person WHERE member_id = %1"_s.arg(me)), before + 6);
    EXPECT_EQ(count(u"SELECT count(*) FROM person WHERE name = 'Jürgen Müller'"_s), 1);
    EXPECT_EQ(window->currentPage(), MainWindow::RelationshipsPageIndex);
    action(u"undoAction"_s)->trigger();
    EXPECT_EQ(count(u"SELECT count(*) FROM person WHERE member_id = %1"_s.arg(me)), before);
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
    EXPECT_TRUE(MessageBox::lastText().contains(QDir::toNativeSeparators(nowhere))
        || MessageBox::lastText().contains(u"no-such-folder"_s))
        << MessageBox::lastText().toStdString();
    EXPECT_FALSE(QFileInfo::exists(nowhere));
}

TEST_F(Workspace, FilterTheContributionsByTyping)
{
    window->showPage(MainWindow::ContributionsPageIndex);
    ContributionModel* model = window->contributionsPage()->model();
    const int all = count(u"SELECT count(*) FROM contribution c JOIN person p ON p.id = "
                          u"c.person_id WHERE p.member_id = %1"_s.arg(me));
    ASSERT_GT(all, 0);
    EXPECT_EQ(model->rowCount(), all);
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
    const QString all = u"%1 contributions"_s.arg(model->rowCount());
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
