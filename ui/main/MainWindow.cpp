// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "SetupPage.h"
#include "WelcomePage.h"
#include "circle/CircleService.h"
#include "contributions/ContributionModel.h"
#include "demo/DemoGenerator.h"
#include "people/RelationshipModel.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace outloud {

MainWindow::MainWindow(const QString& databasePath, QWidget* parent)
    : QMainWindow(parent)
    , m_path(databasePath)
    , m_demoPath(QFileInfo(databasePath).absolutePath() + u"/outloud-demo.sqlite"_s)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Outloud"));
    resize(1100, 720);
    m_stack = new QStackedWidget(this);
    setCentralWidget(m_stack);
    m_welcome = new WelcomePage(m_stack);
    m_stack->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::openDemoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::startOwnRequested, this, &MainWindow::startOwnCircle);

    m_statusCircle = new QLabel(this);
    m_statusCircle->setObjectName(u"statusCircle"_s);
    m_statusWeek = new QLabel(this);
    m_statusWeek->setObjectName(u"statusWeek"_s);
    statusBar()->addWidget(m_statusCircle);
    statusBar()->addPermanentWidget(m_statusWeek);

    if (QFileInfo::exists(m_path))
        openDatabase(m_path);
    else
        showWelcome();
}

MainWindow::~MainWindow()
{
    // Models refer to the database: delete the widgets first.
    delete m_workspace;
    m_workspace = nullptr;
}

void MainWindow::showWelcome(const QString& message)
{
    m_welcome->setMessage(message);
    m_stack->setCurrentWidget(m_welcome);
}

bool MainWindow::openDatabase(const QString& path)
{
    QString error;
    std::unique_ptr<Database> db = Database::open(path, &error);
    if (!db) {
        showWelcome(error);
        return false;
    }
    delete m_workspace;
    m_workspace = nullptr;
    m_people = nullptr;
    m_contributions = nullptr;
    m_db = std::move(db);
    m_path = path;
    CircleService circles(*m_db);
    m_circleId = circles.defaultCircleId();
    if (m_circleId < 0) {
        startOwnCircle();
        return true;
    }
    m_memberId = circles.meId(m_circleId);
    if (m_memberId < 0) {
        const QList<Member> members = circles.members(m_circleId);
        m_memberId = members.isEmpty() ? -1 : members.first().id;
    }
    buildWorkspace();
    return true;
}

void MainWindow::openDemo()
{
    if (!QFileInfo::exists(m_demoPath)) {
        QString error;
        std::unique_ptr<Database> db = Database::open(m_demoPath, &error);
        if (!db) {
            showWelcome(error);
            return;
        }
        DemoGenerator demo(*db, DemoGenerator::Scale::Small, 7, QDate::currentDate());
        if (!demo.generate(&error)) {
            showWelcome(error);
            return;
        }
    }
    openDatabase(m_demoPath);
}

void MainWindow::startOwnCircle()
{
    if (!m_db) {
        QString error;
        m_db = Database::open(m_path, &error);
        if (!m_db) {
            showWelcome(error);
            return;
        }
    }
    if (!m_setup) {
        m_setup = new SetupPage(m_stack);
        m_stack->addWidget(m_setup);
        connect(m_setup, &SetupPage::finished, this, &MainWindow::onSetupFinished);
    }
    m_setup->setDatabase(m_db.get());
    m_stack->setCurrentWidget(m_setup);
}

void MainWindow::onSetupFinished()
{
    openDatabase(m_path);
}

void MainWindow::buildWorkspace()
{
    auto* tabs = new QTabWidget(m_stack);
    tabs->setObjectName(u"workspaceTabs"_s);
    m_workspace = tabs;

    m_people = new RelationshipModel(*m_db, tabs);
    m_people->setMemberId(m_memberId);
    m_peopleView = new QTableView(tabs);
    m_peopleView->setObjectName(u"relationshipsView"_s);
    m_peopleView->setModel(m_people);
    m_peopleView->setSortingEnabled(true);
    m_peopleView->sortByColumn(RelationshipModel::Name, Qt::AscendingOrder);
    m_peopleView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_peopleView->horizontalHeader()->setStretchLastSection(true);
    m_peopleView->verticalHeader()->hide();
    tabs->addTab(m_peopleView, tr("Relationships"));

    m_contributions = new ContributionModel(*m_db, tabs);
    m_contributions->setCalendar(CircleService(*m_db).calendar(m_circleId));
    m_contributions->setMemberId(m_memberId);
    m_contributionsView = new QTableView(tabs);
    m_contributionsView->setObjectName(u"contributionsView"_s);
    m_contributionsView->setModel(m_contributions);
    m_contributionsView->setSortingEnabled(true);
    m_contributionsView->sortByColumn(ContributionModel::Date, Qt::DescendingOrder);
    m_contributionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contributionsView->horizontalHeader()->setStretchLastSection(true);
    m_contributionsView->verticalHeader()->hide();
    tabs->addTab(m_contributionsView, tr("Contributions"));

    m_stack->addWidget(tabs);
    m_stack->setCurrentWidget(tabs);
    updateStatus();
}

void MainWindow::updateStatus()
{
    CircleService circles(*m_db);
    const std::optional<Circle> circle = circles.circle(m_circleId);
    if (!circle) {
        m_statusCircle->clear();
        m_statusWeek->clear();
        return;
    }
    const std::optional<Member> me = circles.member(m_memberId);
    m_statusCircle->setText(me ? tr("%1 · %2").arg(circle->name, me->name) : circle->name);
    setWindowTitle(tr("%1 – Outloud").arg(circle->name));
    const WeekCalendar calendar = circles.calendar(m_circleId);
    const int week = calendar.currentWeek(QDate::currentDate());
    if (week == 0)
        m_statusWeek->setText(tr("Starts %1").arg(QLocale().toString(calendar.weekStart(1), QLocale::ShortFormat)));
    else if (week > circle->lengthWeeks)
        m_statusWeek->setText(tr("Finished after %1 weeks").arg(circle->lengthWeeks));
    else
        m_statusWeek->setText(tr("Week %1 of %2").arg(week).arg(circle->lengthWeeks));
}

} // namespace outloud
