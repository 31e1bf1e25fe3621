// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace of an open circle: the sidebar, its pages and how they lead to each other.
#include "MainWindow.h"
#include "analytics/DashboardWidget.h"
#include "circle/CirclePage.h"
#include "circle/CircleService.h"
#include "common/PlainTextDelegate.h"
#include "common/TextWidths.h"
#include "contributions/ContributionsPage.h"
#include "contributions/QuickAddBar.h"
#include "goal/GoalPage.h"
#include "meetings/MeetingModeWidget.h"
#include "meetings/ScheduleWidget.h"
#include "network/NetworkMapDialog.h"
#include "nudge/Notifier.h"
#include "nudge/NudgeScheduler.h"
#include "org/OrgService.h"
#include "org/ProgramPage.h"
#include "people/KeepInTouchPanel.h"
#include "people/RelationshipsPage.h"
#include "settings/UserSettings.h"
#include "sharing/CardPublisher.h"
#include "storage/Database.h"
#include "storage/LiveUpdates.h"
#include "undo/Editor.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace outloud {

void MainWindow::buildWorkspace(int page)
{
    createEditor();
    m_workspace = new QWidget(m_stack);
    m_workspace->setObjectName(u"workspace"_s);
    createSidebar();
    createPages();

    auto* layout = new QHBoxLayout(m_workspace);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    m_stack->addWidget(m_workspace);
    m_stack->setCurrentWidget(m_workspace);

    for (QAction* a : std::as_const(m_workspaceActions))
        a->setEnabled(true);
    applyAccess();
    if (m_access == Access::Member)
        startCardPublisher();
    setToday(m_today);
    if (page < 0)
        page = openUserSettings()->value(u"window/page"_s, int(RelationshipsPageIndex)).toInt();
    // Not built yet unless the window shows: the caller may still choose another start page.
    // A facilitator or the support team opens on the program; a member where they left.
    page = std::clamp(page, 0, int(PageCount) - 1);
    const bool available = page < m_sidebar->count() && !m_sidebar->item(page)->isHidden();
    m_sidebar->setCurrentRow(available ? page : int(defaultPage()));
    // The workspace as context: a circle switched away from stops following.
    connect(m_db.get(), &Database::changed, m_workspace, [this](Database::Tables t) {
        if (t & (Database::Circles | Database::Members | Database::Meetings))
            updateStatus();
    });
    // A second connection to the server, for the others' changes: after the first paint.
    m_liveDue = m_db->isServer();
    deferUntilWorkspacePainted();
}

void MainWindow::chooseMe()
{
    CircleService circles(*m_db);
    m_access = Access::Member;
    m_memberId = circles.meId(m_circleId);
    if (m_memberId > 0)
        return;
    if (m_db->isOrganization()) {
        // A login without a member row here is nobody's "me": it runs the circle, or the
        // program (the server says which).
        OrgSession session;
        const bool known = OrgService(*m_db).session(&session, nullptr);
        m_access = known && session.isAdmin && !session.facilitatedCircles.contains(m_circleId)
            ? Access::ProgramAdmin
            : Access::Facilitator;
        return;
    }
    // A laptop file whose "me" was never chosen: its first member, as before.
    const QList<Member> members = circles.members(m_circleId);
    m_memberId = members.isEmpty() ? -1 : members.first().id;
}

MainWindow::Page MainWindow::defaultPage() const
{
    if (m_access != Access::Member && m_program)
        return ProgramPageIndex;
    return m_access == Access::Member ? RelationshipsPageIndex : CirclePageIndex;
}

void MainWindow::applyAccess()
{
    const bool member = m_access == Access::Member;
    const bool admin = m_access == Access::ProgramAdmin && m_program;
    // Pages about "my" goal, list and contributions; the admin has the program page only.
    for (int page = 0; page < m_sidebar->count() && page < int(ProgramPageIndex); ++page) {
        const bool circlePage = page == int(CirclePageIndex) || page == int(MeetingModePage);
        const bool shown = member || (circlePage && !admin);
        m_sidebar->item(page)->setHidden(!shown);
        if (page < m_pageActions.size()) {
            m_pageActions.at(page)->setVisible(shown);
            m_pageActions.at(page)->setEnabled(shown);
        }
    }
    for (QAction* a : std::as_const(m_memberActions)) {
        a->setVisible(member);
        a->setEnabled(member);
    }
}

void MainWindow::addProgramPage()
{
    // Only an organization database has a program; only its facilitators and its support
    // team get the page (the server decides who is who).
    OrgService org(*m_db);
    OrgSession session;
    if (!m_db->isServer() || !org.isOrganization() || !org.session(&session, nullptr)
        || (session.facilitatedCircles.isEmpty() && !session.isAdmin))
        return;
    m_program = new ProgramPage(*m_db, m_today, m_pages);
    m_pages->addWidget(m_program);
    m_sidebar->addItem(session.facilitatedCircles.isEmpty() ? tr("Program") : tr("My circles"));
    m_sidebar->setFixedWidth(m_sidebar->sizeHintForColumn(0) + 40);
    connect(m_program, &ProgramPage::message, this, &MainWindow::showMessage);
}

void MainWindow::followOthers()
{
    if (!m_db->isServer())
        return;
    // What the rest of the circle commits reaches every page through Database::changed.
    auto* live = new LiveUpdates(*m_db, m_workspace);
    live->setObjectName(u"liveUpdates"_s);
    // The program page counts every circle's changes, not only this one's.
    live->setFollowProgram(m_program != nullptr);
    connect(live, &LiveUpdates::connectionLost, this, [this](const QString& message) {
        showMessage(
            tr("The connection to the server was lost; Outloud keeps trying. %1").arg(message));
    });
    connect(live, &LiveUpdates::reconnected, this,
        [this] { showMessage(tr("Connected to the server again.")); });
}

void MainWindow::createEditor()
{
    m_editor = new Editor(*m_db, this);
    connect(m_editor, &Editor::failed, this, &MainWindow::showMessage);
    // The weekly nudge: no timer at all unless the user turned it on.
    // The desktop's notifications are looked up on the session bus after the first paint
    // (runDeferredStep): a nudge is never due within the first second.
    m_nudge = new NudgeScheduler(*m_db, m_circleId, nullptr, this);
    m_notifierDue = true;
    m_nudge->setSetting(NudgeSetting::load(*openUserSettings()));
    connect(m_nudge, &NudgeScheduler::openRequested, this, [this] {
        showPage(OverviewPage);
        showNormal();
        activateWindow();
        raise();
    });
    QUndoStack* stack = m_editor->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, [this](const QString& text) {
        m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, this, [this](const QString& text) {
        m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
}

void MainWindow::createSidebar()
{
    m_sidebar = new QListWidget(m_workspace);
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setItemDelegate(new PlainTextDelegate(m_sidebar)); // each name laid out once
    m_sidebar->addItems({tr("Overview"), tr("Goal"), tr("Relationships"), tr("Contributions"),
        tr("Circle & meetings"), tr("Meeting mode")});
    // One line of one font each: laid out as one, not item by item through the style.
    m_sidebar->setUniformItemSizes(true);
    // As wide as sizeHintForColumn() makes it, from the names' characters.
    TextWidths widths;
    int widest = 0;
    for (int i = 0; i < m_sidebar->count(); ++i)
        widest = std::max(widest, widths.width(m_sidebar->item(i)->text(), m_sidebar->font()));
    const int margin = 2
        * (m_sidebar->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_sidebar) + 1);
    m_sidebar->setFixedWidth(widest + margin + 40);
    // In the window's own font, with room between the rows: a larger face of its own cost
    // every start a font and its letters loaded (3 M instructions, 2 % of a first paint).
    m_sidebar->setSpacing(4);
}

void MainWindow::sidebarRowChanged(int row)
{
    // Leaving meeting mode keeps what was captured.
    if (m_meetingMode && m_pages->currentWidget() == m_meetingMode
        && m_meetingMode->hasUnsavedChanges())
        m_meetingMode->save();
    // Built now if it was not yet, unless the window is still on its way: then the page
    // on show when it shows is built (showEvent), not every page chosen on the way.
    if (isVisible() && row >= 0)
        ensurePage(Page(row));
    m_pages->setCurrentIndex(row);
    // Only the page on show sets the window's minimum size: a wide page elsewhere must
    // not push meeting mode off a small screen.
    for (int i = 0; i < m_pages->count(); ++i) {
        const auto policy = i == row ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(i)->setSizePolicy(policy, policy);
    }
    // Hidden pages do not pass the change up themselves; every layout up to the window
    // recomputes its minimum.
    for (QWidget* w = m_pages; w; w = w->parentWidget()) {
        if (w->layout())
            w->layout()->invalidate();
        w->updateGeometry();
    }
    // A stray Ctrl+N must not pull the facilitator out of a meeting.
    const bool meeting = row == int(MeetingModePage);
    m_logAction->setEnabled(!meeting && m_access == Access::Member);
    m_addPersonAction->setEnabled(!meeting && m_access == Access::Member);
}

void MainWindow::createPages()
{
    m_pages = new QStackedWidget(m_workspace);
    m_pages->setObjectName(u"pages"_s);
    // Placeholders keep every page's index; a page is built when it is first shown or asked
    // for, the rest after the first paint (runDeferredStep).
    for (int page = 0; page < int(ProgramPageIndex); ++page)
        m_pages->addWidget(new QWidget(m_pages));
    addProgramPage();
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::sidebarRowChanged);
}

bool MainWindow::allPagesBuilt() const
{
    return m_pages && m_dashboard && m_goal && m_relationships && m_contributions && m_circle
        && m_meetingMode;
}

void MainWindow::ensurePage(Page page)
{
    if (!m_pages)
        return;
    switch (page) {
    case OverviewPage:
        if (!m_dashboard)
            buildOverview();
        break;
    case GoalPageIndex:
        if (!m_goal)
            buildGoal();
        break;
    case RelationshipsPageIndex:
        if (!m_relationships)
            buildRelationships();
        break;
    case ContributionsPageIndex:
        if (!m_contributions)
            buildContributions();
        break;
    case CirclePageIndex:
        if (!m_circle)
            buildCircle();
        break;
    case MeetingModePage:
        if (!m_meetingMode)
            buildMeetingMode();
        break;
    default:
        break;
    }
}

void MainWindow::installPage(Page page, QWidget* widget)
{
    QWidget* placeholder = m_pages->widget(int(page));
    const bool current = m_pages->currentIndex() == int(page);
    const auto policy = current ? QSizePolicy::Preferred : QSizePolicy::Ignored;
    widget->setSizePolicy(policy, policy);
    m_pages->insertWidget(int(page), widget);
    if (current)
        m_pages->setCurrentIndex(int(page));
    m_pages->removeWidget(placeholder);
    delete placeholder;
}

void MainWindow::buildOverview()
{
    if (m_spareOverview) {
        // The previous circle's, refilled: connected to this window already.
        m_dashboard = m_spareOverview.data();
        m_spareOverview = nullptr;
        m_dashboard->setCircle(m_circleId, m_memberId);
        m_dashboard->setParent(m_pages);
        installPage(OverviewPage, m_dashboard);
        return;
    }
    m_dashboard = new DashboardWidget(*m_db, m_circleId, m_memberId, m_today, m_pages);
    installPage(OverviewPage, m_dashboard);
    // Clicking a week's bars opens that week's contributions.
    connect(m_dashboard, &DashboardWidget::weekActivated, this, [this](int week) {
        showPage(ContributionsPageIndex);
        m_contributions->showWeek(week);
    });
    connect(m_dashboard->keepInTouchPanel(), &KeepInTouchPanel::personActivated, this,
        [this](qint64 id) {
            showPage(RelationshipsPageIndex);
            m_relationships->selectPerson(id);
        });
}

void MainWindow::buildGoal()
{
    m_goal = new GoalPage(*m_editor, m_memberId, m_pages);
    installPage(GoalPageIndex, m_goal);
    connect(m_goal, &GoalPage::message, this, &MainWindow::showMessage);
}

void MainWindow::buildRelationships()
{
    m_relationships = new RelationshipsPage(*m_editor, m_memberId, m_today, m_pages);
    installPage(RelationshipsPageIndex, m_relationships);
    connect(m_relationships, &RelationshipsPage::logRequested, this,
        [this](qint64 id, Direction d, qint64 kind) { logContribution(id, int(d), kind); });
    connect(m_relationships, &RelationshipsPage::message, this, &MainWindow::showMessage);
}

void MainWindow::buildContributions()
{
    const WeekCalendar calendar = CircleService(*m_db).calendar(m_circleId);
    m_contributions = new ContributionsPage(*m_editor, m_memberId, calendar, m_pages);
    m_contributions->quickAdd()->setToday(m_today);
    installPage(ContributionsPageIndex, m_contributions);
    connect(m_contributions, &ContributionsPage::message, this, &MainWindow::showMessage);
}

void MainWindow::buildCircle()
{
    QUndoStack* stack = m_editor->undoStack();
    m_circle = new CirclePage(*m_db, m_circleId, m_pages);
    // The schedule (move, skip, the plan, the calendar file) sits under the circle.
    m_schedule = new ScheduleWidget(*m_db, m_circleId, m_circle);
    m_circle->extensionLayout()->addWidget(m_schedule);
    m_circle->setUndoStack(stack);
    m_schedule->setUndoStack(stack);
    installPage(CirclePageIndex, m_circle);
    connect(m_schedule, &ScheduleWidget::scheduleChanged, this, &MainWindow::updateStatus);
    // A past meeting opened from the circle's history, to correct it.
    connect(m_schedule, &ScheduleWidget::openMeetingRequested, this, [this](int week) {
        showPage(MeetingModePage);
        m_meetingMode->setWeek(week);
    });
    connect(m_circle, &CirclePage::message, this, &MainWindow::showMessage);
}

void MainWindow::buildMeetingMode()
{
    m_meetingMode = new MeetingModeWidget(*m_db, m_circleId, m_pages); // on the next meeting
    m_meetingMode->setUndoStack(m_editor->undoStack());
    installPage(MeetingModePage, m_meetingMode);
    connect(
        m_meetingMode, &MeetingModeWidget::presentationChanged, this, &MainWindow::setPresentation);
}

void MainWindow::startCardPublisher()
{
    auto* publisher = new sharing::CardPublisher(
        *m_db, m_circleId, CircleService(*m_db).meId(m_circleId), m_workspace);
    connect(publisher, &sharing::CardPublisher::failed, this, [this](const QString& message) {
        showMessage(tr("Your card was not shared: %1").arg(message));
    });
    m_publisher = publisher;
    publisher->schedule();
}

void MainWindow::showPage(Page page)
{
    if (!m_sidebar)
        return;
    // The program page exists for facilitators and the admin only; a member's own pages
    // for members only.
    const int row = int(page);
    const bool available = row < m_sidebar->count() && !m_sidebar->item(row)->isHidden();
    const Page shown = available ? page : defaultPage();
    ensurePage(shown); // asked for by name: there at once, shown or not
    m_sidebar->setCurrentRow(int(shown));
}

RelationshipsPage* MainWindow::relationshipsPage()
{
    ensurePage(RelationshipsPageIndex);
    return m_relationships;
}

ContributionsPage* MainWindow::contributionsPage()
{
    ensurePage(ContributionsPageIndex);
    return m_contributions;
}

GoalPage* MainWindow::goalPage()
{
    ensurePage(GoalPageIndex);
    return m_goal;
}

MainWindow::Page MainWindow::currentPage() const
{
    return m_pages ? Page(m_pages->currentIndex()) : OverviewPage;
}

void MainWindow::logContribution(qint64 personId, int direction, qint64 kindId)
{
    showPage(ContributionsPageIndex); // builds it
    m_contributions->quickAdd()->start(personId, Direction(direction), kindId);
}

NetworkMapDialog* MainWindow::showNetworkMap()
{
    if (!m_db || m_memberId <= 0)
        return nullptr;
    if (!m_networkMap) {
        const QString me = CircleService(*m_db).member(m_memberId).value_or(Member {}).name;
        m_networkMap = new NetworkMapDialog(*m_db, m_memberId, me, this);
        m_networkMap->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_networkMap, &NetworkMapDialog::personActivated, this, [this](qint64 id) {
            showPage(RelationshipsPageIndex); // builds it
            m_relationships->selectPerson(id);
            activateWindow();
            raise();
        });
    }
    m_networkMap->show();
    m_networkMap->raise();
    return m_networkMap;
}

} // namespace outloud
