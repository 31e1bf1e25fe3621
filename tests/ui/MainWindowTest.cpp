// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/MainWindow.h"

#include "TestSupport.h"
#include "WindowSupport.h"
#include "circle/CircleService.h"
#include "common/FontWarmup.h"
#include "common/LazyIconStyle.h"
#include "demo/DemoGenerator.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QStyleOptionFrame>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <thread>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
QString makeSmallDemo(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(u"demo.sqlite"_s);
    QString error;
    auto db = Database::open(path, &error);
    EXPECT_TRUE(db) << error.toStdString();
    EXPECT_TRUE(
        DemoGenerator(*db, DemoGenerator::Scale::Small, 1, QDate::currentDate()).generate(&error));
    return path;
}
} // namespace

TEST(MainWindow, ShowsTheDemoCirclesPeopleAndContributions)
{
    QTemporaryDir dir;
    const QString path = makeSmallDemo(dir);
    MainWindow window(path);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(waitForAllPages(window));
    auto* people = window.findChild<QTableView*>(u"relationshipsView"_s);
    auto* contributions = window.findChild<QTableView*>(u"contributionsView"_s);
    ASSERT_TRUE(people);
    ASSERT_TRUE(contributions);
    Database& db = *window.database();
    CircleService circles(db);
    const qint64 me = circles.meId(circles.defaultCircleId());
    EXPECT_EQ(people->model()->rowCount(),
        scalar(db, u"SELECT count(*) FROM person WHERE member_id = %1"_s.arg(me)).toInt());
    const QString firstByName = scalar(db,
        u"SELECT name FROM person WHERE member_id = %1 ORDER BY name COLLATE NOCASE LIMIT 1"_s.arg(
            me))
                                    .toString();
    EXPECT_EQ(people->model()->index(0, 0).data().toString(), firstByName);
    // The log's rows past its first page come with its first paint.
    window.showPage(MainWindow::ContributionsPageIndex);
    QTRY_COMPARE(contributions->model()->rowCount(),
        scalar(db,
            u"SELECT count(*) FROM contribution c JOIN person p ON p.id = c.person_id WHERE p.member_id = %1"_s
                .arg(me))
            .toInt());
    auto* week = window.findChild<QLabel*>(u"statusWeek"_s);
    ASSERT_TRUE(week);
    EXPECT_EQ(week->text(), u"Week 7 of 12"_s);
}

TEST(MainWindow, ANewcomerCanOpenTheDemo)
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(u"outloud.sqlite"_s));
    window.setDemoPath(dir.filePath(u"demo.sqlite"_s));
    window.show();
    auto* demo = window.findChild<QPushButton*>(u"openDemoButton"_s);
    ASSERT_TRUE(demo);
    EXPECT_TRUE(demo->isVisible());
    QTest::mouseClick(demo, Qt::LeftButton);
    ASSERT_TRUE(waitForAllPages(window));
    auto* people = window.findChild<QTableView*>(u"relationshipsView"_s);
    ASSERT_TRUE(people);
    EXPECT_GT(people->model()->rowCount(), 30);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(u"outloud.sqlite"_s)))
        << "the demo is not the user's own file";
}

TEST(MainWindow, ANewcomerCanStartTheirOwnCircle)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"outloud.sqlite"_s);
    MainWindow window(path);
    window.show();
    QTest::mouseClick(window.findChild<QPushButton*>(u"startOwnButton"_s), Qt::LeftButton);
    auto* create = window.findChild<QPushButton*>(u"setupCreateButton"_s);
    ASSERT_TRUE(create);
    QTest::mouseClick(create, Qt::LeftButton);
    auto* error = window.findChild<QLabel*>(u"setupError"_s);
    EXPECT_TRUE(error->isVisible()) << "my name is required";
    QTest::keyClicks(window.findChild<QLineEdit*>(u"setupCircleName"_s), u"Tuesday Circle"_s);
    QTest::keyClicks(window.findChild<QLineEdit*>(u"setupMyName"_s), u"Ana"_s);
    window.findChild<QPlainTextEdit*>(u"setupOthers"_s)->setPlainText(u"Ben\nChen"_s);
    QTest::keyClicks(
        window.findChild<QLineEdit*>(u"setupAccomplish"_s), u"Speak at a conference"_s);
    window.findChild<QPlainTextEdit*>(u"setupFirstPeople"_s)
        ->setPlainText(u"Ada Okafor\nMei Chen"_s);
    QTest::mouseClick(create, Qt::LeftButton);
    ASSERT_TRUE(waitForAllPages(window));
    auto* people = window.findChild<QTableView*>(u"relationshipsView"_s);
    ASSERT_TRUE(people);
    EXPECT_EQ(people->model()->rowCount(), 2);
    Database& db = *window.database();
    EXPECT_EQ(scalar(db, u"SELECT name FROM circle"_s).toString(), u"Tuesday Circle"_s);
    EXPECT_EQ(scalar(db, u"SELECT count(*) FROM member"_s).toInt(), 3);
    EXPECT_EQ(scalar(db, u"SELECT name FROM member WHERE is_me = 1"_s).toString(), u"Ana"_s);
    EXPECT_EQ(scalar(db, u"SELECT accomplish FROM goal_revision"_s).toString(),
        u"Speak at a conference"_s);
}

TEST(MainWindow, AForeignFileShowsWhyItCannotBeOpened)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.txt"_s);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("just some notes");
    f.close();
    MainWindow window(path);
    window.show();
    auto* message = window.findChild<QLabel*>(u"welcomeMessage"_s);
    ASSERT_TRUE(message);
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(u"not an Outloud database"_s))
        << message->text().toStdString();
    EXPECT_EQ(fileBytes(path), QByteArray("just some notes"));
}

namespace {
/// Whether an image format plugin (imageformats/libq*.so) is loaded in this process.
bool imagePluginLoaded()
{
    QFile maps(u"/proc/self/maps"_s);
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("/imageformats/");
}
} // namespace

// The window's first paint loads no image format plugin (the first standard icon of a
// process loads all of them), and the icons made early look as the style draws them.
TEST(MainWindow, OpensWithoutLoadingImagePluginsAndItsIconsLookTheSame)
{
    if (imagePluginLoaded())
        GTEST_SKIP() << "an earlier test in this process loaded them";
    LazyIconStyle::install();
    QTemporaryDir dir;
    MainWindow window(makeSmallDemo(dir));
    window.showPage(MainWindow::RelationshipsPageIndex);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    EXPECT_FALSE(imagePluginLoaded());

    // The list filter's clear button, as a user sees it once they type.
    auto* filter = window.findChild<QLineEdit*>(u"peopleFilter"_s);
    ASSERT_TRUE(filter);
    auto* clear = filter->findChild<QAction*>();
    ASSERT_TRUE(clear);
    auto* lazy = qobject_cast<LazyIconStyle*>(QApplication::style());
    ASSERT_TRUE(lazy);
    auto* base = QStyleFactory::create(lazy->baseStyle()->name());
    ASSERT_TRUE(base);
    QStyleOptionFrame option;
    option.initFrom(filter);
    const QIcon expected = base->standardIcon(QStyle::SP_LineEditClearButton, &option, filter);
    EXPECT_FALSE(clear->icon().isNull());
    EXPECT_EQ(clear->icon().pixmap(16).toImage(), expected.pixmap(16).toImage());
    // The menu bar's overflow button, shown when the window is too narrow for its menus.
    const QIcon extension = base->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    EXPECT_EQ(QApplication::style()
                  ->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton)
                  .pixmap(16)
                  .toImage(),
        extension.pixmap(16).toImage());
    delete base;
}

namespace {
std::atomic<bool> slowFontsDone {false};
/// A font configuration that takes a while to load, as fontconfig's can on a cold start.
int slowFonts()
{
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    slowFontsDone = true;
    return 1;
}
} // namespace

// The fonts' configuration loads on a thread of its own (as main() starts the window) and
// the window waits for it before it makes its widgets; a wait with none under way changes
// nothing, and the window draws its text.
TEST(MainWindow, WaitsForTheFontsLoadedBesideItAndDrawsItsText)
{
    {
        FontWarmup fonts; // fontconfig's own
        FontWarmup::await();
        ASSERT_TRUE(fonts.started()) << "fontconfig's FcInit is not in this process";
        EXPECT_TRUE(fonts.loaded());
    }
    FontWarmup::await(); // none under way

    QTemporaryDir dir;
    const QString path = makeSmallDemo(dir);
    slowFontsDone = false;
    FontWarmup fonts(&slowFonts);
    MainWindow window(path);
    EXPECT_TRUE(slowFontsDone) << "the window made its widgets before the fonts were loaded";
    EXPECT_TRUE(fonts.loaded());
    window.resize(1024, 768);
    window.showPage(MainWindow::RelationshipsPageIndex);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* status = window.findChild<QLabel*>(u"statusCircle"_s);
    ASSERT_TRUE(status);
    ASSERT_FALSE(status->text().isEmpty());
    // The circle's name in the status bar is drawn: pixels in the text's colour, as wide as
    // the font says the name is.
    const QImage image = status->grab().toImage();
    const QColor text = status->palette().color(QPalette::WindowText);
    int left = image.width(), right = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.lightness() - text.lightness()) < 60) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
        }
    }
    ASSERT_GE(right, left) << "no text drawn";
    EXPECT_NEAR(right - left + 1, status->fontMetrics().horizontalAdvance(status->text()), 6);
}
