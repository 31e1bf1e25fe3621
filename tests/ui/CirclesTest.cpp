// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A hundred circles in one file (the large demo): switching circle and saying who "me" is,
// by keyboard, and every page, the status bar and the exports following the choice.
#include "TestSupport.h"
#include "WindowSupport.h"
#include "analytics/DashboardWidget.h"
#include "circle/CircleService.h"
#include "main/MainWindow.h"
#include "people/RelationshipModel.h"
#include "people/RelationshipsPage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
QWidget* activeDialog(const QString& name)
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->objectName() == name && w->isVisible())
            return w;
    }
    return nullptr;
}
} // namespace

TEST(Circles, SwitchCircleAndWhoIAmByKeyboardOnTheLargeDemo)
{
    QTemporaryDir dir;
    const QString path = demoCopy(true, dir.path());
    MainWindow window(path);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    Database& db = *window.database();
    CircleService circles(db);
    const QList<Circle> all = circles.circles();
    ASSERT_EQ(all.size(), 100);
    const qint64 first = window.circleId();
    // A circle far down the list, and its second member as "me".
    const Circle target = all.at(72);
    ASSERT_NE(target.id, first);
    const QList<Member> members = circles.members(target.id);
    ASSERT_GE(members.size(), 2);
    const Member newMe = members.at(1);
    ASSERT_FALSE(newMe.isMe);

    QTest::keySequence(&window, QKeySequence(u"Ctrl+Shift+O"_s));
    QWidget* dialog = nullptr;
    QTRY_VERIFY((dialog = activeDialog(u"circleSwitchDialog"_s)));
    auto* filter = dialog->findChild<QLineEdit*>(u"circleFilter"_s);
    auto* list = dialog->findChild<QListWidget*>(u"circleList"_s);
    auto* me = dialog->findChild<QComboBox*>(u"circleMe"_s);
    ASSERT_TRUE(filter && list && me);
    QTRY_VERIFY(filter->hasFocus());
    EXPECT_EQ(list->count(), 100);
    // The circle by a member's name: typing narrows the hundred down.
    filter->setText(newMe.name); // names may hold letters QTest cannot type
    ASSERT_GE(list->count(), 1);
    EXPECT_LT(list->count(), 100);
    int row = -1;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toLongLong() == target.id)
            row = i;
    }
    ASSERT_GE(row, 0);
    for (int i = list->currentRow(); i < row; ++i)
        QTest::keyClick(filter, Qt::Key_Down); // Down in the filter moves through the list
    EXPECT_EQ(list->currentRow(), row);
    QTest::keyClick(filter, Qt::Key_Tab); // to the list
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // to "I am"
    EXPECT_EQ(QApplication::focusWidget(), me);
    me->setCurrentIndex(me->findData(newMe.id));
    QTest::keyClick(me, Qt::Key_Return);
    QTRY_VERIFY(!activeDialog(u"circleSwitchDialog"_s));
    ASSERT_TRUE(waitForAllPages(window));

    // Every page follows the chosen circle and member.
    EXPECT_EQ(window.circleId(), target.id);
    EXPECT_EQ(window.memberId(), newMe.id);
    EXPECT_EQ(circles.meId(target.id), newMe.id) << "who I am is stored";
    auto* status = window.findChild<QLabel*>(u"statusCircle"_s);
    EXPECT_TRUE(status->text().contains(target.name)) << status->text().toStdString();
    EXPECT_TRUE(status->text().contains(newMe.name)) << status->text().toStdString();
    auto* dashboard = window.findChild<DashboardWidget*>(u"dashboard"_s);
    ASSERT_TRUE(dashboard);
    EXPECT_EQ(dashboard->circleId(), target.id);
    EXPECT_EQ(dashboard->memberId(), newMe.id);
    const int people
        = scalar(db, u"SELECT count(*) FROM person WHERE member_id = %1"_s.arg(newMe.id)).toInt();
    auto* view = window.findChild<QTableView*>(u"relationshipsView"_s);
    ASSERT_TRUE(view);
    EXPECT_EQ(view->model()->rowCount(), people);
    // The export dialog offers this circle's members.
    window.findChild<QAction*>(u"exportSummaryAction"_s)->trigger();
    QWidget* exportDialog = nullptr;
    QTRY_VERIFY((exportDialog = activeDialog(u"exportSummaryDialog"_s)));
    auto* memberCombo = exportDialog->findChild<QComboBox*>(u"memberCombo"_s);
    ASSERT_TRUE(memberCombo);
    EXPECT_GE(memberCombo->findData(newMe.id), 0);
    EXPECT_EQ(memberCombo->currentData().toLongLong(), newMe.id);
    static_cast<QDialog*>(exportDialog)->reject();

    // The next start with this file opens the same circle.
    window.close();
    MainWindow again(path);
    EXPECT_EQ(again.circleId(), target.id);
    EXPECT_EQ(again.memberId(), newMe.id);
}

TEST(Circles, StartASecondCircleFromTheMenu)
{
    QTemporaryDir dir;
    const QString path = demoCopy(false, dir.path());
    MainWindow window(path);
    window.resize(1024, 768);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const qint64 first = window.circleId();
    auto* pages = window.findChild<QStackedWidget*>(u"pages"_s);
    ASSERT_TRUE(pages);
    QWidget* before = pages->currentWidget();
    ASSERT_TRUE(before && before->isVisible());
    window.findChild<QAction*>(u"newCircleAction"_s)->trigger();
    auto* name = window.findChild<QLineEdit*>(u"setupMyName"_s);
    ASSERT_TRUE(name);
    QTRY_VERIFY(name->isVisible());
    EXPECT_FALSE(window.findChild<QPushButton*>(u"setupSkipButton"_s)->isVisible())
        << "no skipping step 1";
    // Cancel goes back to the circle that was open.
    QTest::mouseClick(window.findChild<QPushButton*>(u"setupCancelButton"_s), Qt::LeftButton);
    EXPECT_EQ(window.circleId(), first);
    ASSERT_TRUE(waitForAllPages(window));
    // ...on the page that was open, with the setup gone.
    QTRY_VERIFY(pages->currentWidget() == before && before->isVisible());
    EXPECT_FALSE(name->isVisible());

    window.findChild<QAction*>(u"newCircleAction"_s)->trigger();
    QTest::keyClicks(window.findChild<QLineEdit*>(u"setupCircleName"_s), u"Second round"_s);
    QTest::keyClicks(name, u"Alex Morgan"_s);
    QTest::mouseClick(window.findChild<QPushButton*>(u"setupNextButton"_s), Qt::LeftButton);
    QTest::mouseClick(window.findChild<QPushButton*>(u"setupNextButton"_s), Qt::LeftButton);
    QTest::mouseClick(window.findChild<QPushButton*>(u"setupCreateButton"_s), Qt::LeftButton);
    CircleService circles(*window.database());
    const qint64 second = circles.circleIdByName(u"Second round"_s);
    ASSERT_GT(second, 0);
    EXPECT_EQ(window.circleId(), second);
    EXPECT_EQ(circles.circles().size(), 2);
    EXPECT_TRUE(window.findChild<QLabel*>(u"statusCircle"_s)->text().contains(u"Second round"_s));
}
