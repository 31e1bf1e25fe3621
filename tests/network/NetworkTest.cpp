// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Between meetings, in the window: the network map, keeping in touch and the weekly nudge.
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "demo/DemoGenerator.h"
#include "main/MainWindow.h"
#include "network/NetworkMapDialog.h"
#include "network/NetworkMapWidget.h"
#include "nudge/Notifier.h"
#include "nudge/NudgeScheduler.h"
#include "nudge/WeeklyNudge.h"
#include "people/KeepInTouch.h"
#include "people/PeopleService.h"
#include "people/PersonDialog.h"
#include "people/RelationshipsPage.h"
#include "undo/Editor.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <algorithm>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
struct Between : ::testing::Test
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
    NetworkMapDialog* openMap()
    {
        action(u"networkMapAction"_s)->trigger();
        auto* dialog = window->findChild<NetworkMapDialog*>(u"networkMapDialog"_s);
        EXPECT_TRUE(dialog);
        if (dialog) {
            EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog));
        }
        return dialog;
    }
};

QSizeF roughMeasure(const QString& text)
{
    return QSizeF(7.0 * text.size(), 14);
}

void expectNoLabelOverlap(const NetworkMap& map)
{
    QList<QRectF> labels {map.meLabel};
    for (const NetworkNode& n : map.nodes) {
        if (n.labelled)
            labels.append(n.label);
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        for (qsizetype j = i + 1; j < labels.size(); ++j)
            ASSERT_FALSE(labels.at(i).intersects(labels.at(j))) << "labels " << i << " and " << j;
    }
}

// A fake desktop: records what it was asked to show.
class FakeNotifier : public Notifier
{
public:
    QString title;
    QString body;
    int shown = 0;
    bool notify(const QString& t, const QString& b) override
    {
        title = t;
        body = b;
        ++shown;
        return true;
    }
};
} // namespace

TEST_F(Between, TheMapLayoutIsTheSameForTheSameList)
{
    QList<NetworkPerson> people = loadNetwork(db(), me);
    ASSERT_GT(people.size(), 30);
    const NetworkMap first = layoutNetwork(people, {}, roughMeasure, u"Me"_s);
    std::shuffle(people.begin(), people.end(), *QRandomGenerator::global());
    const NetworkMap second = layoutNetwork(people, {}, roughMeasure, u"Me"_s);
    ASSERT_EQ(first.nodes.size(), second.nodes.size());
    for (qsizetype i = 0; i < first.nodes.size(); ++i) {
        EXPECT_EQ(first.nodes.at(i).person.id, second.nodes.at(i).person.id);
        EXPECT_EQ(first.nodes.at(i).x, second.nodes.at(i).x);
        EXPECT_EQ(first.nodes.at(i).y, second.nodes.at(i).y);
        EXPECT_EQ(first.nodes.at(i).label, second.nodes.at(i).label);
    }
    EXPECT_EQ(first.links, second.links);
    // Closer people sit nearer the centre.
    for (const NetworkNode& a : first.nodes) {
        for (const NetworkNode& b : first.nodes) {
            if (a.person.closeness > b.person.closeness) {
                ASSERT_LT(std::hypot(a.x, a.y), std::hypot(b.x, b.y));
            }
        }
    }
}

TEST_F(Between, EveryPersonIsDrawnAndNoTwoNamesOverlapOnTheSmallDemo)
{
    NetworkMapDialog* dialog = openMap();
    ASSERT_TRUE(dialog);
    const NetworkMap& map = dialog->mapWidget()->map();
    EXPECT_EQ(
        map.nodes.size(), count(u"SELECT count(*) FROM person WHERE member_id = %1"_s.arg(me)));
    EXPECT_FALSE(map.grouped);
    for (const NetworkNode& n : map.nodes)
        EXPECT_TRUE(n.labelled) << n.person.name.toStdString();
    expectNoLabelOverlap(map);
    EXPECT_EQ(map.links.size(),
        count(
            u"SELECT count(*) FROM person WHERE member_id = %1 AND introduced_by IS NOT NULL"_s.arg(
                me)));
    // Drawn: each dot shows its colour on screen, inside the widget.
    const QImage shot = dialog->mapWidget()->grab().toImage();
    const double ratio = dialog->mapWidget()->devicePixelRatioF();
    for (const NetworkNode& n : map.nodes) {
        const QPointF at = dialog->mapWidget()->toWidget(n.x, n.y) * ratio;
        ASSERT_TRUE(shot.rect().contains(at.toPoint())) << n.person.name.toStdString();
        const QColor seen = shot.pixelColor(at.toPoint());
        const QColor expected = NetworkMapWidget::balanceColor(n.person);
        EXPECT_LT(std::abs(seen.red() - expected.red()) + std::abs(seen.green() - expected.green())
                + std::abs(seen.blue() - expected.blue()),
            60)
            << n.person.name.toStdString();
    }
}

TEST_F(Between, ClickingAPersonOpensThem)
{
    NetworkMapDialog* dialog = openMap();
    ASSERT_TRUE(dialog);
    NetworkMapWidget* map = dialog->mapWidget();
    const NetworkNode& node = map->map().nodes.at(3);
    QTest::mouseClick(map, Qt::LeftButton, {}, map->toWidget(node.x, node.y).toPoint());
    EXPECT_EQ(window->currentPage(), MainWindow::RelationshipsPageIndex);
    auto* view = find<QTableView>(u"relationshipsView"_s);
    ASSERT_TRUE(view->currentIndex().isValid());
    EXPECT_EQ(view->currentIndex().siblingAtColumn(0).data().toString(), node.person.name);
}

TEST_F(Between, TheMapFiltersByClosenessAndTag)
{
    NetworkMapDialog* dialog = openMap();
    ASSERT_TRUE(dialog);
    auto* closeness = dialog->findChild<QComboBox*>(u"networkClosenessFilter"_s);
    closeness->setCurrentIndex(3); // 3-5
    const NetworkMap& map = dialog->mapWidget()->map();
    EXPECT_EQ(map.nodes.size(),
        count(u"SELECT count(*) FROM person WHERE member_id = %1 AND closeness >= 3"_s.arg(me)));
    for (const NetworkNode& n : map.nodes)
        EXPECT_GE(n.person.closeness, 3);
    closeness->setCurrentIndex(0);
    auto* tag = dialog->findChild<QComboBox*>(u"networkTagFilter"_s);
    ASSERT_GT(tag->count(), 1);
    tag->setCurrentIndex(1);
    const QString chosen = tag->currentText();
    ASSERT_FALSE(dialog->mapWidget()->map().nodes.isEmpty());
    for (const NetworkNode& n : dialog->mapWidget()->map().nodes)
        EXPECT_TRUE(n.person.tags.contains(chosen)) << n.person.name.toStdString();
    EXPECT_LT(dialog->mapWidget()->map().nodes.size(),
        count(u"SELECT count(*) FROM person WHERE member_id = %1"_s.arg(me)));
}

TEST_F(Between, TheMapExportsAsPngAndSvg)
{
    NetworkMapDialog* dialog = openMap();
    ASSERT_TRUE(dialog);
    QString error;
    const QString png = dir.filePath(u"map.png"_s);
    const QString svg = dir.filePath(u"map.svg"_s);
    ASSERT_TRUE(dialog->exportTo(png, &error)) << error.toStdString();
    ASSERT_TRUE(dialog->exportTo(svg, &error)) << error.toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 300);
    const QByteArray drawing = fileBytes(svg);
    EXPECT_TRUE(drawing.contains("<svg"));
    const QString someone = dialog->mapWidget()->map().nodes.first().person.name;
    EXPECT_TRUE(QString::fromUtf8(drawing).contains(someone.toHtmlEscaped()))
        << "names are text in the SVG";
    for (const QString& path : {png, svg})
        EXPECT_EQ(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
    EXPECT_FALSE(dialog->exportTo(dir.filePath(u"missing/folder/map.png"_s), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(NetworkLayout, ALargeListIsGroupedNotAHairball)
{
    QList<NetworkPerson> people;
    for (int i = 1; i <= 2000; ++i) {
        NetworkPerson p;
        p.id = i;
        p.name = u"Person %1"_s.arg(i);
        p.closeness = i % 6;
        p.given = i % 7;
        p.received = i % 5;
        p.introducedBy = i > 10 && i % 9 == 0 ? i - 5 : -1;
        people.append(p);
    }
    const NetworkMap map = layoutNetwork(people, {}, roughMeasure, u"Me"_s);
    EXPECT_TRUE(map.grouped);
    EXPECT_EQ(map.nodes.size(), 2000) << "every person still has a dot";
    const auto named = std::count_if(
        map.nodes.cbegin(), map.nodes.cend(), [](const NetworkNode& n) { return n.labelled; });
    EXPECT_GT(named, 0);
    EXPECT_LE(named, 40);
    expectNoLabelOverlap(map);
    // Dots do not sit on each other.
    for (qsizetype i = 0; i + 1 < map.nodes.size(); ++i) {
        const NetworkNode& a = map.nodes.at(i);
        const NetworkNode& b = map.nodes.at(i + 1);
        EXPECT_GT(std::hypot(a.x - b.x, a.y - b.y), 4.0);
    }
    NetworkFilter close;
    close.minCloseness = 4;
    const NetworkMap filtered = layoutNetwork(people, close, roughMeasure, u"Me"_s);
    EXPECT_EQ(filtered.total, 2000);
    EXPECT_EQ(filtered.nodes.size(), 2000 / 3);
}

TEST_F(Between, APersonsRhythmIsSetInTheDialogAndUndone)
{
    window->showPage(MainWindow::RelationshipsPageIndex);
    const qint64 id = scalar(
        db(), u"SELECT id FROM person WHERE member_id = %1 ORDER BY name LIMIT 1"_s.arg(me))
                          .toLongLong();
    const Person before = *PeopleService(db()).person(id);
    EXPECT_EQ(before.keepInTouchWeeks, -1);
    window->relationshipsPage()->editPerson(id);
    auto* dialog = window->findChild<PersonDialog*>(u"personDialog"_s);
    ASSERT_TRUE(dialog);
    auto* rhythm = dialog->findChild<QComboBox*>(u"personKeepInTouch"_s);
    rhythm->setCurrentIndex(rhythm->findData(2));
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"personSave"_s), Qt::LeftButton);
    EXPECT_EQ(scalar(db(), u"SELECT keep_in_touch_weeks FROM person WHERE id = %1"_s.arg(id)), 2);
    action(u"undoAction"_s)->trigger();
    EXPECT_TRUE(
        scalar(db(), u"SELECT keep_in_touch_weeks FROM person WHERE id = %1"_s.arg(id)).isNull());
    action(u"redoAction"_s)->trigger();
    EXPECT_EQ(scalar(db(), u"SELECT keep_in_touch_weeks FROM person WHERE id = %1"_s.arg(id)), 2);
}

TEST_F(Between, TheDefaultRhythmsAreSetInTheSettingsAndUndone)
{
    action(u"settingsAction"_s)->trigger();
    auto* dialog = window->findChild<QDialog*>(u"settingsDialog"_s);
    ASSERT_TRUE(dialog);
    auto* level3 = dialog->findChild<QComboBox*>(u"keepInTouchDefault3"_s);
    ASSERT_TRUE(level3);
    EXPECT_EQ(level3->currentData().toInt(), 4);
    const int index = level3->findData(13);
    level3->setCurrentIndex(index);
    Q_EMIT level3->activated(index);
    EXPECT_EQ(
        scalar(db(), u"SELECT every_weeks FROM keep_in_touch_default WHERE closeness = 3"_s), 13);
    action(u"undoAction"_s)->trigger();
    EXPECT_EQ(
        scalar(db(), u"SELECT every_weeks FROM keep_in_touch_default WHERE closeness = 3"_s), 4);
    EXPECT_EQ(level3->currentData().toInt(), 4) << "the settings show the undone value";
    dialog->close();
}

TEST_F(Between, TheOverviewAndTheListShowWhoIsDue)
{
    const TouchWeek week
        = keepintouch::weekOf(db(), CircleService(db()).defaultCircleId(), QDate::currentDate());
    const QList<TouchEntry> due = KeepInTouchService(db()).due(me, week);
    ASSERT_FALSE(due.isEmpty()) << "the demo has people to get back in touch with";
    window->showPage(MainWindow::OverviewPage);
    auto* summary = find<QLabel>(u"keepInTouchSummary"_s);
    EXPECT_TRUE(summary->text().contains(due.first().name)) << summary->text().toStdString();
    auto* tabs = find<QTabWidget>(u"dashboardTabs"_s);
    EXPECT_TRUE(tabs->tabText(tabs->count() - 1).contains(QString::number(due.size())));

    window->showPage(MainWindow::RelationshipsPageIndex);
    auto* filter = find<QComboBox>(u"peopleTouchFilter"_s);
    filter->setCurrentIndex(1); // due this week, losing touch included
    auto* view = find<QTableView>(u"relationshipsView"_s);
    EXPECT_EQ(view->model()->rowCount(), due.size());
}

TEST_F(Between, TheWeeklyNudgeIsOffUntilChosenAndOpensTheWeek)
{
    NudgeScheduler* nudge = window->nudgeScheduler();
    ASSERT_TRUE(nudge);
    EXPECT_FALSE(nudge->isScheduled()) << "off by default: no timer";
    auto fake = std::make_unique<FakeNotifier>();
    FakeNotifier* desktop = fake.get();
    nudge->setNotifier(std::move(fake));
    NudgeSetting on;
    on.enabled = true;
    on.weekday = 3;
    on.time = QTime(9, 30);
    nudge->setSetting(on);
    EXPECT_TRUE(nudge->isScheduled());
    EXPECT_EQ(nudge->nextNudge().date().dayOfWeek(), 3);
    EXPECT_EQ(nudge->nextNudge().time(), QTime(9, 30));

    window->showPage(MainWindow::ContributionsPageIndex);
    ASSERT_TRUE(nudge->nudge());
    const QDateTime now = db().now();
    const auto standing = weekStanding(db(), CircleService(db()).defaultCircleId(), now);
    ASSERT_TRUE(standing);
    EXPECT_EQ(desktop->shown, 1);
    EXPECT_EQ(desktop->body, nudgeText(*standing, now));
    EXPECT_TRUE(desktop->body.contains(u"contributions"_s));
    Q_EMIT desktop->clicked();
    EXPECT_EQ(window->currentPage(), MainWindow::OverviewPage);

    nudge->setSetting(NudgeSetting {});
    EXPECT_FALSE(nudge->isScheduled());
}
