// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Meeting mode inside the window, by keyboard alone: from the sidebar, from the start page,
// after a dialog, in and out of presentation mode; and how it fits on real screen sizes.
#include "TestSupport.h"
#include "WindowSupport.h"
#include "circle/CircleService.h"
#include "demo/DemoGenerator.h"
#include "i18n/Language.h"
#include "main/MainWindow.h"
#include "meetings/MeetingModeWidget.h"
#include "meetings/MeetingRecord.h"
#include "meetings/MeetingService.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
QString grabPath(const QString& name)
{
    return qEnvironmentVariable("OUTLOUD_GRAB_DIR", QDir::tempPath()) + u'/' + name;
}

struct DemoFile
{
    QTemporaryDir dir;
    QString path;
    DemoFile()
    {
        // Window state and the last page go to a throw-away place.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        path = dir.filePath(u"demo.sqlite"_s);
        auto db = Database::open(path, nullptr);
        EXPECT_TRUE(db);
        QString error;
        EXPECT_TRUE(DemoGenerator(*db, DemoGenerator::Scale::Small, 1, QDate::currentDate())
                        .generate(&error))
            << error.toStdString();
    }
};

template <typename T> T* child(QWidget& parent, const QString& name)
{
    T* w = parent.findChild<T*>(name);
    EXPECT_NE(w, nullptr) << name.toStdString();
    return w;
}

QString text(QWidget& parent, const QString& name)
{
    QLabel* l = child<QLabel>(parent, name);
    return l ? l->text() : QString();
}

/// Presses @p key where the keyboard focus is, as a user would.
void press(QWidget& window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

/// Processes events until @p done holds, for up to two seconds (no QTRY_*: its failures do
/// not reach GoogleTest).
template <typename F> bool waitFor(F done)
{
    for (int i = 0; i < 200 && !done(); ++i)
        QTest::qWait(10);
    return done();
}

bool focusIsIn(QWidget* widget)
{
    QWidget* f = QApplication::focusWidget();
    return f && (f == widget || widget->isAncestorOf(f));
}

/// What a user would see as broken: a widget out of the window, text cut or elided.
QStringList layoutProblems(QWidget& window)
{
    QStringList problems;
    const QRect bounds = window.rect();
    const QList<QWidget*> widgets = window.findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (w->isWindow() || !w->isVisibleTo(&window) || w->width() == 0)
            continue;
        const QString name = w->objectName().isEmpty()
            ? QString::fromLatin1(w->metaObject()->className())
            : w->objectName();
        const QRect r(w->mapTo(&window, QPoint(0, 0)), w->size());
        if (!bounds.contains(r))
            problems.append(u"%1 lies outside the window (%2,%3 %4x%5)"_s.arg(name)
                                .arg(r.x())
                                .arg(r.y())
                                .arg(r.width())
                                .arg(r.height()));
        if (auto* label = qobject_cast<QLabel*>(w); label && !label->text().isEmpty()) {
            const QRect c = label->contentsRect();
            const QFontMetrics fm = label->fontMetrics();
            if (label->wordWrap()) {
                if (label->heightForWidth(label->width()) > label->height() + 1)
                    problems.append(u"%1 is cut: needs %2 px, has %3: %4"_s.arg(name)
                                        .arg(label->heightForWidth(label->width()))
                                        .arg(label->height())
                                        .arg(label->text()));
                for (const QString& word : label->text().split(u' ', Qt::SkipEmptyParts)) {
                    if (fm.horizontalAdvance(word) > c.width())
                        problems.append(
                            u"%1: the word '%2' is wider than the label"_s.arg(name, word));
                }
            } else if (fm.horizontalAdvance(label->text()) > c.width() + 1) {
                problems.append(u"%1 is elided: %2"_s.arg(name, label->text()));
            }
        }
        if (auto* button = qobject_cast<QPushButton*>(w)) {
            if (button->fontMetrics().horizontalAdvance(button->text()) + 6 > button->width())
                problems.append(u"%1's text is cut: %2"_s.arg(name, button->text()));
        }
    }
    // Names in the round stay on one line and every member shows without scrolling.
    if (auto* members = window.findChild<QListWidget*>(u"memberList"_s);
        members && members->isVisibleTo(&window)) {
        for (int i = 0; i < members->count(); ++i) {
            const QRect item = members->visualItemRect(members->item(i));
            if (item.height() >= 2 * members->fontMetrics().lineSpacing())
                problems.append(u"memberList: '%1' wraps"_s.arg(members->item(i)->text()));
            if (!members->viewport()->rect().contains(item))
                problems.append(
                    u"memberList: '%1' is out of sight"_s.arg(members->item(i)->text()));
        }
    }
    return problems;
}
} // namespace

TEST(MeetingWindow, KeysWorkFromTheSidebarAfterADialogAndInPresentation)
{
    DemoFile demo;
    MainWindow window(demo.path);
    window.resize(1280, 800);
    window.showPage(MainWindow::OverviewPage);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_TRUE(waitForAllPages(window));
    auto* meeting = child<MeetingModeWidget>(window, u"meetingMode"_s);
    auto* sidebar = child<QListWidget>(window, u"sidebar"_s);

    // Down the sidebar by keyboard to meeting mode: the keys work at once.
    sidebar->setFocus();
    QTest::keyClick(sidebar, Qt::Key_End);
    ASSERT_EQ(window.currentPage(), MainWindow::MeetingModePage);
    EXPECT_TRUE(waitFor([&] { return focusIsIn(meeting); }));
    EXPECT_EQ(QApplication::focusWidget()->objectName(), u"roundNotesEdit"_s)
        << "typing goes into the round's notes";
    const QString first = text(window, u"segmentLabel"_s);
    press(window, Qt::Key_Space, Qt::ControlModifier);
    EXPECT_EQ(child<QPushButton>(window, u"startPauseButton"_s)->text(), u"Pause"_s);
    EXPECT_EQ(sidebar->currentRow(), int(MainWindow::MeetingModePage)) << "the sidebar stays";
    press(window, Qt::Key_PageDown);
    EXPECT_NE(text(window, u"segmentLabel"_s), first);

    // After a dialog closes, the keys still work.
    child<QAction>(window, u"settingsAction"_s)->trigger();
    auto* settings = window.findChild<QDialog*>(u"settingsDialog"_s);
    ASSERT_TRUE(settings);
    QTest::keyClick(settings, Qt::Key_Escape);
    EXPECT_TRUE(waitFor([&] { return !settings->isVisible(); }));
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    press(window, Qt::Key_PageUp);
    EXPECT_EQ(text(window, u"segmentLabel"_s), first);

    // Presentation mode: full screen, no menus, sidebar or status bar; the label says how
    // to leave; keys go on working; Escape and F11 leave.
    QPushButton* present = child<QPushButton>(window, u"fullScreenButton"_s);
    EXPECT_EQ(present->text(), u"Present"_s);
    press(window, Qt::Key_F11);
    EXPECT_TRUE(window.isFullScreen());
    EXPECT_TRUE(meeting->isPresenting());
    EXPECT_FALSE(window.menuBar()->isVisible());
    EXPECT_FALSE(window.statusBar()->isVisible());
    EXPECT_FALSE(sidebar->isVisible());
    EXPECT_EQ(present->text(), u"Leave presentation"_s);
    EXPECT_TRUE(waitFor([&] { return meeting->width() >= window.width() - 1; }));
    EXPECT_EQ(meeting->width(), window.width()) << "meeting mode alone on the screen";
    press(window, Qt::Key_PageDown);
    EXPECT_NE(text(window, u"segmentLabel"_s), first) << "keys work in presentation";
    window.grab().save(grabPath(u"meeting-presentation.png"_s));
    press(window, Qt::Key_Escape);
    EXPECT_FALSE(window.isFullScreen());
    EXPECT_FALSE(meeting->isPresenting());
    EXPECT_TRUE(window.menuBar()->isVisible());
    EXPECT_TRUE(sidebar->isVisible());
    EXPECT_EQ(present->text(), u"Present"_s);
    press(window, Qt::Key_F11);
    EXPECT_TRUE(window.isFullScreen());
    press(window, Qt::Key_F11);
    EXPECT_FALSE(window.isFullScreen());
    press(window, Qt::Key_PageUp);
    EXPECT_EQ(text(window, u"segmentLabel"_s), first) << "and after it";

    // Undo (a window key) works with the focus outside a text field, even presenting.
    press(window, Qt::Key_F11);
    child<QListWidget>(window, u"memberList"_s)->setFocus();
    press(window, Qt::Key_D, Qt::ControlModifier);
    const qint64 member = CircleService(*window.database())
                              .members(CircleService(*window.database()).defaultCircleId())
                              .first()
                              .id;
    const QString present0
        = u"SELECT coalesce((SELECT present FROM attendance WHERE member_id = %1"
          " AND meeting_id = (SELECT id FROM meeting WHERE week = %2)), 1)"_s.arg(member)
              .arg(meeting->week());
    EXPECT_EQ(scalar(*window.database(), present0).toInt(), 0);
    press(window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(scalar(*window.database(), present0).toInt(), 1) << "undone";
    press(window, Qt::Key_Escape);
}

TEST(MeetingWindow, OpenedAsTheStartPageTheKeysWork)
{
    DemoFile demo;
    MainWindow window(demo.path);
    window.showPage(MainWindow::MeetingModePage); // what --page meeting does
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    auto* meeting = child<MeetingModeWidget>(window, u"meetingMode"_s);
    EXPECT_TRUE(waitFor([&] { return focusIsIn(meeting); }));
    press(window, Qt::Key_F5);
    EXPECT_EQ(child<QPushButton>(window, u"startPauseButton"_s)->text(), u"Pause"_s);
}

TEST(MeetingWindow, TheShortcutOverlayListsEveryKeyAndNoneClashesWithTheWindow)
{
    DemoFile demo;
    MainWindow window(demo.path);
    window.showPage(MainWindow::MeetingModePage);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    auto* meeting = child<MeetingModeWidget>(window, u"meetingMode"_s);

    QSet<QString> windowKeys;
    for (QAction* a : window.findChildren<QAction*>()) {
        if (meeting->keyActions().contains(a))
            continue;
        for (const QKeySequence& k : a->shortcuts())
            windowKeys.insert(k.toString());
    }
    ASSERT_TRUE(windowKeys.contains(u"Ctrl+Z"_s)) << "the window's own keys are seen";
    QSet<QString> meetingKeys;
    for (QAction* a : meeting->keyActions()) {
        EXPECT_FALSE(a->shortcuts().isEmpty()) << a->text().toStdString();
        for (const QKeySequence& k : a->shortcuts()) {
            EXPECT_FALSE(windowKeys.contains(k.toString()))
                << k.toString().toStdString() << " clashes with the window";
            EXPECT_FALSE(meetingKeys.contains(k.toString()))
                << k.toString().toStdString() << " is used twice";
            meetingKeys.insert(k.toString());
        }
    }

    child<QListWidget>(window, u"memberList"_s)->setFocus();
    press(window, Qt::Key_F1);
    auto* overlay = window.findChild<QDialog*>(u"shortcutOverlay"_s);
    ASSERT_TRUE(overlay);
    EXPECT_TRUE(overlay->isVisible());
    QStringList shown;
    for (QLabel* l : overlay->findChildren<QLabel*>())
        shown.append(l->text());
    for (QAction* a : meeting->keyActions()) {
        EXPECT_TRUE(shown.contains(a->text())) << a->text().toStdString();
        EXPECT_TRUE(shown.contains(a->shortcuts().first().toString(QKeySequence::NativeText),
                        Qt::CaseInsensitive)
            || std::any_of(shown.begin(), shown.end(),
                [&](const QString& s) {
                    return s.startsWith(a->shortcuts().first().toString(QKeySequence::NativeText));
                }))
            << a->text().toStdString();
    }
    overlay->grab().save(grabPath(u"meeting-keys.png"_s));
    QTest::keyClick(overlay, Qt::Key_Escape);
    EXPECT_TRUE(
        waitFor([&] { return window.findChild<QDialog*>(u"shortcutOverlay"_s) == nullptr; }));
    // "?" opens it too, where "?" is not typed into a text field.
    window.activateWindow(); // what the window manager does when a dialog closes
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    press(window, Qt::Key_Question);
    ASSERT_TRUE(window.findChild<QDialog*>(u"shortcutOverlay"_s));
    QTest::keyClick(window.findChild<QDialog*>(u"shortcutOverlay"_s), Qt::Key_F1);
    EXPECT_TRUE(
        waitFor([&] { return window.findChild<QDialog*>(u"shortcutOverlay"_s) == nullptr; }));
}

TEST(MeetingWindow, NextMeetingCountsOneLaterToday)
{
    DemoFile demo;
    {
        auto db = Database::open(demo.path, nullptr);
        const qint64 circle = CircleService(*db).defaultCircleId();
        // The next meeting not held yet moves to later today.
        for (const Meeting& m : MeetingService(*db).meetings(circle)) {
            if (m.status == Meeting::Status::Planned) {
                // An hour later, or halfway to midnight late in the evening: still today.
                const QDateTime now = QDateTime::currentDateTime();
                const QDateTime midnight(now.date().addDays(1), QTime(0, 0));
                const QDateTime later = now.addSecs(qMin<qint64>(3600, now.secsTo(midnight) / 2));
                ASSERT_TRUE(MeetingService(*db).reschedule(m.id, later, nullptr));
                break;
            }
        }
    }
    MainWindow window(demo.path);
    window.show();
    auto* next = child<QLabel>(window, u"statusNextMeeting"_s);
    EXPECT_TRUE(
        next->text().contains(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat))
        || next->text().contains(QDate::currentDate().toString(u"d"_s)))
        << next->text().toStdString();
}

TEST(MeetingWindow, NeverOpensLargerThanTheScreen)
{
    const QSize screen = QGuiApplication::primaryScreen()->availableSize();
    if (screen.width() < 1024 || screen.height() < 700)
        GTEST_SKIP() << "smaller than the smallest screen Outloud is laid out for";
    DemoFile demo;
    MainWindow window(demo.path);
    window.showPage(MainWindow::MeetingModePage);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    EXPECT_TRUE(waitFor([&] { return available.contains(window.frameGeometry()); }))
        << window.frameGeometry().width() << "x" << window.frameGeometry().height() << " on "
        << available.width() << "x" << available.height();
}

TEST(MeetingLayout, FitsEveryScreenSizeInEnglishAndGerman)
{
    DemoFile demo;
    // A screen of that size less a title bar and a panel.
    const QList<QSize> screens = {{1024, 768}, {1280, 800}, {1366, 768}, {1920, 1080}};
    QStringList problems;
    for (const QString& language : {u"en"_s, u"de"_s}) {
        i18n::installTranslations(language);
        MainWindow window(demo.path);
        window.showPage(MainWindow::MeetingModePage);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        auto* meeting = child<MeetingModeWidget>(window, u"meetingMode"_s);
        meeting->setWeek(8);
        for (const QSize& screen : screens) {
            const QSize size = screen - QSize(0, 70);
            window.resize(size);
            QApplication::processEvents();
            QApplication::processEvents();
            const QString name = u"meeting-%1-%2x%3-dpr%4.png"_s.arg(language)
                                     .arg(screen.width())
                                     .arg(screen.height())
                                     .arg(window.devicePixelRatio());
            window.grab().save(grabPath(name));
            if (window.size() != size)
                problems.append(
                    u"%1: the window is %2x%3, larger than the screen allows"_s.arg(name)
                        .arg(window.width())
                        .arg(window.height()));
            for (const QString& p : layoutProblems(window))
                problems.append(name + u": "_s + p);
        }
    }
    i18n::installTranslations(u"en"_s);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
}

// Meeting mode is read from across the table: on the smallest laptop screen and on a large one,
// every text it shows is whole and at least 10 points, its type comes in a few sizes, and the
// theme and the member in the round stand out above the body text and the notes.
TEST(MeetingLayout, TypeIsReadableAcrossTheTableInFewSizes)
{
    DemoFile demo;
    QStringList problems;
    for (const QString& language : {u"en"_s, u"de"_s}) {
        i18n::installTranslations(language);
        MainWindow window(demo.path);
        window.showPage(MainWindow::MeetingModePage);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        auto* meeting = child<MeetingModeWidget>(window, u"meetingMode"_s);
        meeting->setWeek(8);
        qreal smallBody = 0;
        for (const QSize& screen : {QSize(1024, 768), QSize(1920, 1080)}) {
            window.resize(screen - QSize(0, 70));
            QApplication::processEvents();
            QApplication::processEvents();
            const QString where
                = u"%1 %2x%3: "_s.arg(language).arg(screen.width()).arg(screen.height());
            for (const QString& p : layoutProblems(window))
                problems.append(where + p);
            QSet<qreal> sizes;
            for (QLabel* label : meeting->findChildren<QLabel*>()) {
                if (!label->isVisibleTo(meeting) || label->text().isEmpty())
                    continue;
                sizes.insert(label->font().pointSizeF());
                if (label->font().pointSizeF() < 10)
                    problems.append(where
                        + u"%1 is %2 pt: %3"_s.arg(label->objectName())
                              .arg(label->font().pointSizeF())
                              .arg(label->text()));
            }
            if (sizes.size() > 4)
                problems.append(where + u"%1 type sizes"_s.arg(sizes.size()));
            const auto points = [&](const QString& name) {
                return child<QWidget>(window, name)->font().pointSizeF();
            };
            const qreal body = points(u"memberList"_s);
            EXPECT_EQ(points(u"numbersLabel"_s), body) << qPrintable(where);
            EXPECT_GT(points(u"themeLabel"_s), 1.4 * body) << qPrintable(where);
            EXPECT_GT(points(u"memberNameLabel"_s), 1.4 * body) << qPrintable(where);
            EXPECT_GT(points(u"countdownLabel"_s), points(u"themeLabel"_s)) << qPrintable(where);
            EXPECT_LT(points(u"nextLabel"_s), body) << qPrintable(where);
            EXPECT_GE(points(u"nextLabel"_s), 10) << qPrintable(where);
            if (smallBody > 0) {
                EXPECT_GT(body, 1.3 * smallBody) << "larger type in a larger window";
            }
            smallBody = body;
        }
    }
    i18n::installTranslations(u"en"_s);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
}

// Presentation mode fills the screen it runs on; CTest runs this on screens of each size
// (tests/data/screen-*.json), at 200 % too.
TEST(MeetingLayout, PresentationFitsTheScreenInEnglishAndGerman)
{
    const QSize available = QGuiApplication::primaryScreen()->availableSize();
    if (available.width() < 1024 || available.height() < 700)
        GTEST_SKIP() << "smaller than the smallest screen Outloud is laid out for";
    DemoFile demo;
    QStringList problems;
    for (const QString& language : {u"en"_s, u"de"_s}) {
        i18n::installTranslations(language);
        MainWindow window(demo.path);
        window.showPage(MainWindow::MeetingModePage);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        auto* meeting = child<MeetingModeWidget>(window, u"meetingMode"_s);
        meeting->setWeek(8);
        meeting->setPresenting(true);
        const QRect screen = window.screen()->geometry();
        EXPECT_TRUE(waitFor([&] { return window.geometry() == screen; }));
        QApplication::processEvents();
        QApplication::processEvents();
        const QString name = u"meeting-%1-%2x%3-dpr%4-presenting.png"_s.arg(language)
                                 .arg(screen.width())
                                 .arg(screen.height())
                                 .arg(window.devicePixelRatio());
        window.grab().save(grabPath(name));
        EXPECT_EQ(meeting->size(), screen.size()) << "nothing but meeting mode";
        if (screen.height() >= 1000) {
            EXPECT_GT(meeting->scale(), 1.3) << "large type on a large screen";
        }
        for (const QString& p : layoutProblems(window))
            problems.append(name + u": "_s + p);
        meeting->setPresenting(false);
    }
    i18n::installTranslations(u"en"_s);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
}

// With a second screen attached (CTest's meeting_screen_two-screens), presenting moves there
// and leaving comes back.
TEST(MeetingScreens, PresentationGoesToTheSecondScreen)
{
    if (QGuiApplication::screens().size() < 2)
        GTEST_SKIP() << "one screen only";
    DemoFile demo;
    MainWindow window(demo.path);
    window.showPage(MainWindow::MeetingModePage);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QScreen* laptop = window.screen();
    auto* meeting = child<MeetingModeWidget>(window, u"meetingMode"_s);
    meeting->setPresenting(true);
    EXPECT_TRUE(waitFor([&] { return window.screen() != laptop; }));
    EXPECT_TRUE(waitFor([&] { return window.geometry() == window.screen()->geometry(); }));
    meeting->setPresenting(false);
    EXPECT_TRUE(waitFor([&] { return window.screen() == laptop; }));
    EXPECT_TRUE(laptop->availableGeometry().contains(window.frameGeometry()));
}

TEST(MeetingWindow, TheCirclePageShowsTheHistoryAndOpensAMeetingToCorrectIt)
{
    DemoFile demo;
    MainWindow window(demo.path);
    window.resize(1024, 698);
    window.showPage(MainWindow::CirclePageIndex);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    Database& db = *window.database();
    const qint64 circle = CircleService(db).defaultCircleId();

    // One schedule, one facilitator field, every week in sight.
    EXPECT_EQ(window.findChildren<QComboBox*>(u"circleFacilitator"_s).size(), 1);
    EXPECT_EQ(window.findChild<QComboBox*>(u"facilitatorCombo"_s), nullptr);
    EXPECT_EQ(window.findChild<QWidget*>(u"circleMeetings"_s), nullptr);
    auto* table = child<QTableWidget>(window, u"meetingTable"_s);
    ASSERT_EQ(table->rowCount(), 12);
    QApplication::processEvents();
    for (int row = 0; row < 12; ++row) {
        EXPECT_TRUE(table->viewport()->rect().contains(table->visualItemRect(table->item(row, 0))))
            << "week " << row + 1 << " is out of sight";
    }

    // A held meeting shows who was there and what was committed; a meeting recorded in
    // meeting mode shows its notes.
    const QList<MeetingSummary> history = MeetingRecorder(db).history(circle);
    const int held = 2; // week 3, held in the demo
    ASSERT_EQ(history.at(held).meeting.status, Meeting::Status::Held);
    EXPECT_EQ(table->item(held, 3)->text(), u"Held"_s);
    EXPECT_EQ(table->item(held, 4)->text(),
        u"%1 of %2"_s.arg(history.at(held).present.size())
            .arg(history.at(held).present.size() + history.at(held).absent.size()));
    EXPECT_TRUE(table->item(held, 4)->toolTip().contains(history.at(held).present.first()));
    EXPECT_EQ(table->item(11, 3)->text(), u"Planned"_s);
    EXPECT_EQ(table->item(11, 4)->text(), QString()) << "nobody was there yet";
    window.grab().save(grabPath(u"circle-1024x768.png"_s));

    // Enter on week 3 opens it in meeting mode; a note typed there shows in the history.
    table->setFocus();
    table->setCurrentCell(held, 0);
    press(window, Qt::Key_Return);
    ASSERT_EQ(window.currentPage(), MainWindow::MeetingModePage);
    auto* meeting = child<MeetingModeWidget>(window, u"meetingMode"_s);
    EXPECT_EQ(meeting->week(), 3);
    auto* notes = child<QPlainTextEdit>(window, u"roundNotesEdit"_s);
    notes->setFocus();
    QTest::keyClicks(notes, u"Late note"_s);
    press(window, Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(table->item(held, 6)->text().contains(u"Late note"_s))
        << table->item(held, 6)->text().toStdString();

    // The facilitator and the name are undo steps too.
    window.showPage(MainWindow::CirclePageIndex);
    auto* facilitator = child<QComboBox>(window, u"circleFacilitator"_s);
    const qint64 before = CircleService(db).circle(circle)->facilitatorId;
    facilitator->setFocus();
    QTest::keyClick(facilitator,
        facilitator->currentIndex() + 1 < facilitator->count() ? Qt::Key_Down : Qt::Key_Up);
    EXPECT_NE(CircleService(db).circle(circle)->facilitatorId, before);
    table->setFocus();
    press(window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(CircleService(db).circle(circle)->facilitatorId, before);
    auto* name = child<QLineEdit>(window, u"circleName"_s);
    const QString oldName = name->text();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, u"Tuesday Circle"_s);
    QTest::keyClick(name, Qt::Key_Return);
    EXPECT_EQ(CircleService(db).circle(circle)->name, u"Tuesday Circle"_s);
    table->setFocus();
    press(window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(CircleService(db).circle(circle)->name, oldName);

    // A member added by mistake leaves again with Ctrl+Z, and comes back with redo.
    auto* newMember = child<QLineEdit>(window, u"circleNewMember"_s);
    const int members = int(CircleService(db).members(circle).size());
    newMember->setFocus();
    QTest::keyClicks(newMember, u"Sam Okafor"_s);
    QTest::keyClick(newMember, Qt::Key_Return);
    EXPECT_EQ(CircleService(db).members(circle).size(), members + 1);
    EXPECT_EQ(child<QTreeWidget>(window, u"circleMembers"_s)->topLevelItemCount(), members + 1);
    table->setFocus();
    press(window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(CircleService(db).members(circle).size(), members);
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Redo);
    EXPECT_EQ(CircleService(db).members(circle).last().name, u"Sam Okafor"_s);
}
