// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Keys a user presses on the Relationships page and in the quick-add bar, and what the
// database holds afterwards.
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "common/MessageBox.h"
#include "demo/DemoGenerator.h"
#include "main/MainWindow.h"
#include "people/PeopleService.h"
#include "people/PersonDialog.h"
#include "people/RelationshipsPage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
struct Keys : ::testing::Test
{
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
    qint64 me = -1;
    QDate today = QDate::currentDate();

    void SetUp() override
    {
        const QString path = dir.filePath(u"demo.sqlite"_s);
        {
            auto db = Database::open(path, nullptr);
            ASSERT_TRUE(db);
            ASSERT_TRUE(
                DemoGenerator(*db, DemoGenerator::Scale::Small, 1, today).generate(nullptr));
        }
        window = std::make_unique<MainWindow>(path);
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        CircleService circles(db());
        me = circles.meId(circles.defaultCircleId());
    }
    void TearDown() override { MessageBox::setNextAnswer(QMessageBox::NoButton); }
    Database& db() { return *window->database(); }
    int count(const QString& sql) { return scalar(db(), sql).toInt(); }
    template <typename T> T* find(const QString& name)
    {
        T* w = window->findChild<T*>(name);
        EXPECT_TRUE(w) << "no widget " << name.toStdString();
        return w;
    }
    PersonDialog* openDialog() { return window->findChild<PersonDialog*>(u"personDialog"_s); }
    QString status() { return window->statusBar()->currentMessage(); }
};
} // namespace

TEST_F(Keys, CtrlShiftNAddsAPersonFromTheRelationshipList)
{
    window->showPage(MainWindow::RelationshipsPageIndex);
    auto* view = find<QTableView>(u"relationshipsView"_s);
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    // An ambiguous key (two actions on it) triggers neither: the dialog opening is the proof.
    QTest::keySequence(view, QKeySequence(u"Ctrl+Shift+N"_s));
    QTRY_VERIFY(openDialog() && openDialog()->isVisible());
    openDialog()->reject();
}

TEST_F(Keys, TabInTheAddPersonDialogReachesClosenessAfterTheRelation)
{
    window->showPage(MainWindow::RelationshipsPageIndex);
    QTest::keySequence(window.get(), QKeySequence(u"Ctrl+Shift+N"_s));
    QTRY_VERIFY(openDialog() && openDialog()->isVisible());
    PersonDialog* dialog = openDialog();
    auto* name = dialog->findChild<QLineEdit*>(u"personName"_s);
    QTRY_VERIFY(name->hasFocus());
    const QStringList expected = {u"personOrganization"_s, u"personRole"_s, u"personRelation"_s,
        u"personCloseness"_s, u"personEmail"_s};
    for (const QString& next : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        ASSERT_TRUE(QApplication::focusWidget());
        EXPECT_EQ(QApplication::focusWidget()->objectName(), next);
    }
    dialog->reject();
}

TEST_F(Keys, DeleteRemovesTheSelectedPersonAfterAskingAndUndoBringsThemBack)
{
    window->showPage(MainWindow::RelationshipsPageIndex);
    const qint64 id = scalar(db(),
        u"SELECT p.id FROM person p WHERE p.member_id = %1 AND"
        " (SELECT count(*) FROM contribution c WHERE c.person_id = p.id) > 0 LIMIT 1"_s.arg(me))
                          .toLongLong();
    const int contributions
        = count(u"SELECT count(*) FROM contribution WHERE person_id = %1"_s.arg(id));
    window->relationshipsPage()->selectPerson(id);
    auto* view = find<QTableView>(u"relationshipsView"_s);
    view->setFocus();

    MessageBox::setNextAnswer(QMessageBox::No); // "Cancel": nothing happens
    QTest::keyClick(view, Qt::Key_Delete);
    EXPECT_TRUE(MessageBox::lastText().contains(u"contribution"_s))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(count(u"SELECT count(*) FROM person WHERE id = %1"_s.arg(id)), 1);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(view, Qt::Key_Delete);
    EXPECT_EQ(count(u"SELECT count(*) FROM person WHERE id = %1"_s.arg(id)), 0);
    EXPECT_TRUE(status().contains(u"Removed"_s)) << status().toStdString();
    QTest::keySequence(window.get(), QKeySequence::Undo);
    EXPECT_EQ(count(u"SELECT count(*) FROM person WHERE id = %1"_s.arg(id)), 1);
    EXPECT_EQ(
        count(u"SELECT count(*) FROM contribution WHERE person_id = %1"_s.arg(id)), contributions);

    // The menu's own key, from anywhere on the page.
    window->relationshipsPage()->selectPerson(id);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keySequence(window.get(), QKeySequence(u"Ctrl+Del"_s));
    EXPECT_EQ(count(u"SELECT count(*) FROM person WHERE id = %1"_s.arg(id)), 0);
}

TEST_F(Keys, QuickAddAsksBeforeAFutureDateAndDoesNotKeepIt)
{
    window->showPage(MainWindow::ContributionsPageIndex);
    // A plain-ASCII name: QTest types only those.
    const QString name = scalar(db(),
        u"SELECT name FROM person WHERE member_id = %1 AND name NOT GLOB '*[^ -~]*' LIMIT 1"_s.arg(
            me))
                             .toString();
    ASSERT_FALSE(name.isEmpty());
    const int before = count(u"SELECT count(*) FROM contribution"_s);
    auto* date = find<QDateEdit>(u"quickDate"_s);
    auto* person = find<QLineEdit>(u"quickPerson"_s);
    date->setDate(today.addDays(3));
    QTest::keyClicks(person, name);
    if (QWidget* popup = person->completer()->popup(); popup->isVisible())
        QTest::keyClick(popup, Qt::Key_Escape); // the name is typed in full

    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(person, Qt::Key_Return);
    EXPECT_EQ(count(u"SELECT count(*) FROM contribution"_s), before);
    EXPECT_TRUE(find<QLabel>(u"quickError"_s)->isVisible());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(person, Qt::Key_Return);
    EXPECT_EQ(count(u"SELECT count(*) FROM contribution"_s), before + 1);
    EXPECT_EQ(date->date(), today) << "the future day is not kept for the next entry";
    EXPECT_TRUE(status().contains(u"Logged: given to %1"_s.arg(name))) << status().toStdString();
}

TEST_F(Keys, QuickAddAsksBeforeCreatingSomeoneWithANameCloseToOneOnTheList)
{
    QString error;
    Person eva;
    eva.memberId = me;
    eva.name = u"Eva Green"_s;
    ASSERT_GT(PeopleService(db()).add(eva, &error), 0) << error.toStdString();
    window->showPage(MainWindow::ContributionsPageIndex);
    const int people = count(u"SELECT count(*) FROM person"_s);
    const int contributions = count(u"SELECT count(*) FROM contribution"_s);
    auto* person = find<QLineEdit>(u"quickPerson"_s);
    QTest::keyClicks(person, u"Eva Gren"_s);

    MessageBox::setNextAnswer(QMessageBox::No); // not a new person: offered "Eva Green" instead
    QTest::keyClick(person, Qt::Key_Return);
    EXPECT_EQ(count(u"SELECT count(*) FROM person"_s), people);
    EXPECT_EQ(count(u"SELECT count(*) FROM contribution"_s), contributions);
    EXPECT_EQ(person->text(), u"Eva Green"_s);
    QTest::keyClick(person, Qt::Key_Return); // logs for Eva Green, nobody new
    EXPECT_EQ(count(u"SELECT count(*) FROM person"_s), people);
    EXPECT_EQ(count(u"SELECT count(*) FROM contribution"_s), contributions + 1);

    QTest::keyClicks(person, u"Eva Gren"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes); // yes, someone new
    QTest::keyClick(person, Qt::Key_Return);
    EXPECT_EQ(count(u"SELECT count(*) FROM person WHERE name = 'Eva Gren'"_s), 1);
    EXPECT_EQ(count(u"SELECT count(*) FROM contribution"_s), contributions + 2);
    EXPECT_TRUE(status().contains(u"new on your list"_s)) << status().toStdString();
    find<QAction>(u"undoAction"_s)->trigger(); // one step takes both back
    EXPECT_EQ(count(u"SELECT count(*) FROM person WHERE name = 'Eva Gren'"_s), 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM contribution"_s), contributions + 1);
}
