// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The relationship list and the contributions log as the page the window opens on, on both
// engines: the first paint shows the list's real first rows and count; the selected person's
// story, the tags to filter by and whom to reach out to follow right after, and what the
// user does before they arrive is neither lost nor overwritten.
#include "TestSupport.h"
#include "WindowSupport.h"
#include "contributions/ContributionModel.h"
#include "contributions/ContributionService.h"
#include "contributions/ContributionsPage.h"
#include "demo/DemoGenerator.h"
#include "main/MainWindow.h"
#include "people/PeopleService.h"
#include "people/RelationshipModel.h"
#include "people/RelationshipsPage.h"
#include "settings/UserSettings.h"
#include "storage/Database.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QResizeEvent>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <functional>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {

/// Runs @p atPaint inside the first paint of the widget named @p name (on a server the window
/// builds its pages once connected, after it shows), and @p afterPaint as the very next thing
/// the event loop does: an application's filter sees an event before the widget's own ones, so
/// this goes before any work the page left for after its first paint.
class OnFirstPaint : public QObject
{
public:
    OnFirstPaint(const QString& name, std::function<void(QWidget*)> atPaint,
        std::function<void(QWidget*)> afterPaint = nullptr)
        : m_name(name)
        , m_atPaint(std::move(atPaint))
        , m_afterPaint(std::move(afterPaint))
    {
        qApp->installEventFilter(this);
    }
    ~OnFirstPaint() override { qApp->removeEventFilter(this); }
    bool seen() const { return m_seen; }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint || m_seen)
            return false;
        // The page's first paint is the first paint of anything on it: Qt sends the page
        // itself none where opaque children (the table's viewport, the fields) cover all of
        // the region being painted.
        QObject* page = watched;
        while (page && page->objectName() != m_name)
            page = page->parent();
        if (page) {
            m_seen = true;
            auto* widget = static_cast<QWidget*>(page);
            m_atPaint(widget);
            if (m_afterPaint) {
                QMetaObject::invokeMethod(
                    this, [this, widget] { m_afterPaint(widget); }, Qt::QueuedConnection);
            }
        }
        return false;
    }

private:
    QString m_name;
    std::function<void(QWidget*)> m_atPaint;
    std::function<void(QWidget*)> m_afterPaint;
    bool m_seen = false;
};

/// The page the window opens on, as where the user left it; the setting is put back after.
/// (On a server the window builds its pages once connected: a page asked for before that is
/// not the one it opens on.)
class StartPage
{
public:
    explicit StartPage(MainWindow::Page page)
    {
        const auto settings = openUserSettings();
        m_before = settings->value(Key);
        settings->setValue(Key, int(page));
    }
    ~StartPage()
    {
        const auto settings = openUserSettings();
        if (m_before.isValid())
            settings->setValue(Key, m_before);
        else
            settings->remove(Key);
    }

private:
    static inline const QString Key = u"window/page"_s;
    QVariant m_before;
};

/// A small demo's file (or server database) for a window to open.
QString demoPath(TempDatabase& t)
{
    EXPECT_TRUE(
        DemoGenerator(t.db(), DemoGenerator::Scale::Small, 1, QDate(2026, 3, 2)).generate(nullptr));
    const QString path = t.path();
    t.close();
    return path;
}

bool openWindow(MainWindow& window)
{
    window.resize(1280, 800);
    window.show();
    return QTest::qWaitForWindowExposed(&window)
        && QTest::qWaitFor([&window] { return window.editor() != nullptr; }, 30000);
}

QStringList column(const QAbstractItemModel* model, int column, int rows)
{
    QStringList values;
    for (int row = 0; row < std::min(rows, model->rowCount()); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

} // namespace

TEST(StartUp, TheRelationshipListAsStartPagePaintsItsRowsAndThenEverythingBesideThem)
{
    TempDatabase t;
    const QString path = demoPath(t);
    const StartPage start(MainWindow::RelationshipsPageIndex);
    MainWindow window(path);
    window.showPage(MainWindow::RelationshipsPageIndex);
    QStringList namesAtPaint;
    QString countAtPaint;
    QString storyAtPaint;
    QString summaryAtPaint;
    int timelineAtPaint = -1;
    int selectedAtPaint = -1;
    OnFirstPaint watch(u"relationshipsPage"_s, [&](QWidget* widget) {
        auto* page = static_cast<RelationshipsPage*>(widget);
        namesAtPaint = column(page->view()->model(), RelationshipModel::Name, 10);
        countAtPaint = page->findChild<QLabel*>(u"peopleCount"_s)->text();
        selectedAtPaint = page->view()->currentIndex().row();
        storyAtPaint = page->findChild<QLabel*>(u"personDetailName"_s)->text();
        summaryAtPaint = page->findChild<QLabel*>(u"personDetailSummary"_s)->text();
        timelineAtPaint = page->findChild<QTreeWidget*>(u"personTimeline"_s)->topLevelItemCount();
    });
    ASSERT_TRUE(openWindow(window));
    ASSERT_TRUE(waitForAllPages(window, 30000));
    ASSERT_TRUE(watch.seen());

    // The first paint: the list's own first rows in name order, counted, the first selected.
    Database& db = *window.database();
    RelationshipModel expected(db);
    expected.setMemberId(window.memberId());
    ASSERT_GT(expected.rowCount(), 10);
    EXPECT_EQ(namesAtPaint, column(&expected, RelationshipModel::Name, 10));
    EXPECT_EQ(countAtPaint, u"%1 people"_s.arg(expected.rowCount()));
    EXPECT_EQ(selectedAtPaint, 0);
    // The selected person's story beside the list is in the same paint, with the
    // contributions both ways.
    const QString first = expected.index(0, RelationshipModel::Name).data().toString();
    EXPECT_EQ(storyAtPaint, first);
    const ExchangeCounts counts = PeopleService(db).counts(expected.idAt(0));
    EXPECT_EQ(timelineAtPaint, counts.given + counts.received);

    // Right after: the summary selectable (as it reads at the paint), every tag of the list,
    // whom to reach out to.
    EXPECT_EQ(window.findChild<QLabel*>(u"personDetailName"_s)->text(), first);
    auto* summary = window.findChild<QLabel*>(u"personDetailSummary"_s);
    EXPECT_FALSE(summary->text().isEmpty());
    EXPECT_EQ(summary->text(), summaryAtPaint);
    QTRY_VERIFY(summary->textInteractionFlags() & Qt::TextSelectableByMouse);
    summary->setSelection(0, 4);
    EXPECT_EQ(summary->selectedText(), summaryAtPaint.left(4));
    EXPECT_TRUE(window.findChild<QPushButton*>(u"personLogGiven"_s)->isEnabled());
    auto* tags = window.findChild<QComboBox*>(u"peopleTagFilter"_s);
    const QStringList all = PeopleService(db).tags(window.memberId());
    ASSERT_FALSE(all.isEmpty()) << "the demo tags people";
    QTRY_COMPARE(tags->count(), int(all.size()) + 1);
    for (int i = 0; i < all.size(); ++i)
        EXPECT_EQ(tags->itemText(i + 1), all.at(i));
    EXPECT_EQ(tags->currentIndex(), 0);
    QTRY_VERIFY(window.findChild<QListWidget*>(u"reachOutList"_s)->count() > 0);
}

TEST(StartUp, ALongHistoryShowsItsNewestContributionsAtOnceAndEveryOneRightAfter)
{
    TempDatabase t;
    const QString path = demoPath(t);
    const StartPage start(MainWindow::RelationshipsPageIndex);
    // The person the list opens on, with two years of weekly contributions more.
    qint64 person = -1;
    QStringList expected;
    {
        MainWindow first(path);
        first.showPage(MainWindow::RelationshipsPageIndex);
        ASSERT_TRUE(openWindow(first));
        person = first.relationshipsPage()->selectedPersonId();
        ASSERT_GT(person, 0);
        ContributionService log(*first.database());
        Contribution c;
        c.personId = person;
        c.kindId = log.kinds().value(0).id;
        ASSERT_GT(c.kindId, 0);
        for (int week = 0; week < 100; ++week) {
            c.date = QDate(2024, 1, 1).addDays(7 * week);
            ASSERT_GT(log.add(c, nullptr), 0);
        }
        const QList<Contribution> all = log.forPerson(person);
        ASSERT_GE(all.size(), 100);
        for (const Contribution& each : all)
            expected << QLocale().toString(each.date, QLocale::ShortFormat);
    }
    const auto dates = [](QWidget* page) {
        QStringList shown;
        auto* timeline = page->findChild<QTreeWidget*>(u"personTimeline"_s);
        for (int i = 0; i < timeline->topLevelItemCount(); ++i)
            shown << timeline->topLevelItem(i)->text(0);
        return shown;
    };
    MainWindow window(path);
    window.showPage(MainWindow::RelationshipsPageIndex);
    QStringList atPaint;
    OnFirstPaint watch(u"relationshipsPage"_s, [&](QWidget* page) { atPaint = dates(page); });
    ASSERT_TRUE(openWindow(window));
    // The first paint shows the newest screenful; the rest follows, newest first throughout.
    RelationshipsPage* page = window.relationshipsPage();
    ASSERT_EQ(page->selectedPersonId(), person);
    EXPECT_EQ(atPaint, expected.mid(0, 32));
    QTRY_COMPARE(dates(page).size(), expected.size());
    EXPECT_EQ(dates(page), expected);
    // The same when the person is chosen again on a list already on screen.
    ASSERT_TRUE(waitForAllPages(window, 30000));
    page->selectPerson(person);
    EXPECT_EQ(dates(page), expected.mid(0, 32));
    QTRY_COMPARE(dates(page).size(), expected.size());
    EXPECT_EQ(dates(page), expected);
}

TEST(StartUp, ARowChosenOrAFilterTypedBeforeTheStoryArrivesIsKept)
{
    TempDatabase t;
    const QString path = demoPath(t);
    const StartPage start(MainWindow::RelationshipsPageIndex);
    MainWindow window(path);
    window.showPage(MainWindow::RelationshipsPageIndex);
    // The user clicks the third row the moment the list shows, before its story follows.
    qint64 chosen = -1;
    OnFirstPaint watch(
        u"relationshipsPage"_s, [](QWidget*) {},
        [&](QWidget* widget) {
            auto* page = static_cast<RelationshipsPage*>(widget);
            page->view()->setCurrentIndex(page->model()->index(2, RelationshipModel::Name));
            chosen = page->model()->idAt(2);
        });
    ASSERT_TRUE(openWindow(window));
    ASSERT_TRUE(waitForAllPages(window, 30000));
    ASSERT_GT(chosen, 0);
    RelationshipsPage* page = window.relationshipsPage();
    auto* name = window.findChild<QLabel*>(u"personDetailName"_s);
    const QString chosenName
        = scalar(*window.database(), u"SELECT name FROM person WHERE id = %1"_s.arg(chosen))
              .toString();
    QTRY_COMPARE(name->text(), chosenName);
    QTest::qWait(50); // nothing that was due after the first paint shows the first row instead
    EXPECT_EQ(name->text(), chosenName);
    EXPECT_EQ(page->selectedPersonId(), chosen);
}

TEST(StartUp, WhatIsTypedInTheRelationshipFilterAtOnceFiltersTheList)
{
    TempDatabase t;
    const QString path = demoPath(t);
    const StartPage start(MainWindow::RelationshipsPageIndex);
    MainWindow window(path);
    window.showPage(MainWindow::RelationshipsPageIndex);
    // A word typed the moment the list shows, before the tags and the reach-out list are read:
    // the first name of the fourth person.
    QString word;
    OnFirstPaint watch(
        u"relationshipsPage"_s, [](QWidget*) {},
        [&](QWidget* widget) {
            auto* page = static_cast<RelationshipsPage*>(widget);
            word = page->model()
                       ->index(3, RelationshipModel::Name)
                       .data()
                       .toString()
                       .section(u' ', 0, 0);
            QTest::keyClicks(page->findChild<QLineEdit*>(u"peopleFilter"_s), word);
        });
    ASSERT_TRUE(openWindow(window));
    ASSERT_TRUE(waitForAllPages(window, 30000));
    ASSERT_FALSE(word.isEmpty());
    RelationshipsPage* page = window.relationshipsPage();
    auto* filter = window.findChild<QLineEdit*>(u"peopleFilter"_s);
    EXPECT_EQ(filter->text(), word);
    RelationshipModel expected(*window.database());
    expected.setMemberId(window.memberId());
    expected.setTextFilter(word);
    ASSERT_GT(expected.rowCount(), 0);
    QTRY_COMPARE(page->model()->rowCount(), expected.rowCount());
    EXPECT_EQ(column(page->model(), RelationshipModel::Name, 10),
        column(&expected, RelationshipModel::Name, 10));
    QTRY_COMPARE(window.findChild<QLabel*>(u"peopleCount"_s)->text(),
        u"%1 people"_s.arg(expected.rowCount()));
    // The tags came all the same, with "any tag" still chosen.
    auto* tags = window.findChild<QComboBox*>(u"peopleTagFilter"_s);
    QTRY_COMPARE(
        tags->count(), int(PeopleService(*window.database()).tags(window.memberId()).size()) + 1);
    EXPECT_EQ(tags->currentIndex(), 0);
}

TEST(StartUp, TheContributionsLogAsStartPagePaintsTheNewestFirstAndItsCount)
{
    TempDatabase t;
    const QString path = demoPath(t);
    const StartPage start(MainWindow::ContributionsPageIndex);
    MainWindow window(path);
    window.showPage(MainWindow::ContributionsPageIndex);
    QStringList datesAtPaint;
    QStringList peopleAtPaint;
    OnFirstPaint watch(u"contributionsPage"_s, [&](QWidget* widget) {
        auto* page = static_cast<ContributionsPage*>(widget);
        datesAtPaint = column(page->view()->model(), ContributionModel::Date, 20);
        peopleAtPaint = column(page->view()->model(), ContributionModel::Person, 20);
    });
    ASSERT_TRUE(openWindow(window));
    ASSERT_TRUE(waitForAllPages(window, 30000));
    ASSERT_TRUE(watch.seen());

    Database& db = *window.database();
    const int mine = scalar(db,
        u"SELECT count(*) FROM contribution c JOIN person p ON p.id = c.person_id"
        " WHERE p.member_id = %1"_s.arg(window.memberId()))
                         .toInt();
    ASSERT_GT(mine, 20);
    ContributionModel expected(db);
    expected.setMemberId(window.memberId());
    EXPECT_EQ(datesAtPaint, column(&expected, ContributionModel::Date, 20));
    EXPECT_EQ(peopleAtPaint, column(&expected, ContributionModel::Person, 20));
    for (int i = 1; i < datesAtPaint.size(); ++i)
        EXPECT_GE(expected.index(i - 1, ContributionModel::Date).data().toDate(),
            expected.index(i, ContributionModel::Date).data().toDate())
            << "newest first";
    QTRY_COMPARE(window.findChild<QLabel*>(u"contributionsCount"_s)->text(),
        u"%1 contributions"_s.arg(mine));
}

TEST(StartUp, AWindowLargerThanItsScreenShrinksBeforeItsPageIsLaidOut)
{
    TempDatabase t;
    const QString path = demoPath(t);
    const StartPage start(MainWindow::OverviewPage);
    MainWindow window(path);
    window.showPage(MainWindow::OverviewPage);
    // Taller than the screen, as a size remembered from a larger screen.
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    window.resize(available.size() + QSize(200, 150));

    // Every height the window's pages were laid out at before the first paint: laid out at
    // the remembered size first, the Overview's charts were laid out twice (each layout costs
    // about as much as the chart's paint).
    class Heights : public QObject
    {
    public:
        QWidget* pages = nullptr;
        QList<int> heights;
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            if (watched == pages && event->type() == QEvent::Resize)
                heights.append(static_cast<QResizeEvent*>(event)->size().height());
            return QObject::eventFilter(watched, event);
        }
    } laidOut;
    laidOut.pages = window.centralWidget();
    qApp->installEventFilter(&laidOut);
    QRect frameAtPaint;
    OnFirstPaint watch(u"dashboard"_s, [&](QWidget*) {
        qApp->removeEventFilter(&laidOut);
        frameAtPaint = window.frameGeometry();
    });
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(waitForAllPages(window, 30000));
    ASSERT_TRUE(watch.seen());

    // The window the user first sees is as tall as the screen allows, frame and all, and its
    // pages were never laid out taller (the offscreen test screen is narrower than the
    // window's smallest width, so the height tells).
    EXPECT_LE(frameAtPaint.height(), available.height());
    EXPECT_GT(frameAtPaint.height(), available.height() / 2);
    ASSERT_FALSE(laidOut.heights.isEmpty());
    for (int height : std::as_const(laidOut.heights))
        EXPECT_LT(height, available.height()) << "laid out at the remembered height first";
}
