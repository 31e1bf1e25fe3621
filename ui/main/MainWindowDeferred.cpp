// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a workspace does after its first paint, a step per timer pass so input is never held up:
// the daily backup, the desktop notifier, following others, deleting a retired circle's pages
// and building the pages not yet shown.
#include "MainWindow.h"
#include "common/AfterFirstPaint.h"
#include "nudge/Notifier.h"
#include "nudge/NudgeScheduler.h"

#include <QPointer>
#include <QStackedWidget>
#include <QTimer>

namespace outloud {

void MainWindow::deferUntilWorkspacePainted()
{
    // A window not on screen (yet) has nothing to wait for: its own first paint holds
    // runDeferredStep back.
    m_workspacePainted = !isVisible();
    if (m_workspacePainted) {
        scheduleDeferredWork();
        return;
    }
    // Another circle or file in a window on screen: its page shows first, and a click on it
    // right after is not held up by building the others.
    constexpr int PauseMs = 100;
    afterNextPaint(m_workspace, [this] {
        m_workspacePainted = true;
        QTimer::singleShot(PauseMs, this, &MainWindow::scheduleDeferredWork);
    });
    // A window that does not paint (minimized, covered) still makes its backup and pages.
    QTimer::singleShot(1000, this, [this, workspace = QPointer<QWidget>(m_workspace)] {
        if (workspace && workspace == m_workspace && !m_workspacePainted) {
            m_workspacePainted = true;
            scheduleDeferredWork();
        }
    });
}

void MainWindow::scheduleDeferredWork()
{
    if (m_deferredScheduled)
        return;
    m_deferredScheduled = true;
    // A timer, not a zero-time call: a zero-time call is a posted event, and posted events go
    // before the input that arrived meanwhile, so two passes could run back to back while a
    // key waited. Timers yield to input (Qt runs them again only once it is idle).
    QTimer::singleShot(1, this, &MainWindow::runDeferredStep);
}

void MainWindow::runDeferredStep()
{
    m_deferredScheduled = false;
    // A window on its way to the screen paints first; the paint schedules this again. So
    // does a workspace that has just taken another's place.
    if (isVisible() && (!m_painted || !m_workspacePainted))
        return;
    if (m_backupDue) {
        m_backupDue = false;
        startDailyBackup(); // a thread of its own: the step is only its start
    }
    if (m_notifierDue && m_nudge) {
        m_notifierDue = false;
        if (!m_nudge->hasNotifier()) // a test's own stays
            m_nudge->setNotifier(createDesktopNotifier());
        scheduleDeferredWork();
        return;
    }
    if (m_liveDue && m_workspace) {
        m_liveDue = false;
        followOthers();
        scheduleDeferredWork();
        return;
    }
    // The circle switched away from: a page per pass, then its workspace and editor.
    while (!m_retired.isEmpty()) {
        const QPointer<QObject> next = m_retired.takeFirst();
        if (next) {
            delete next.data();
            scheduleDeferredWork();
            return;
        }
    }
    if (!m_pages)
        return;
    // The page on show first, then the ones most often visited next.
    for (Page page : {currentPage(), RelationshipsPageIndex, ContributionsPageIndex, OverviewPage,
             GoalPageIndex, CirclePageIndex, MeetingModePage}) {
        if (page >= ProgramPageIndex)
            continue;
        QWidget* before = m_pages->widget(int(page));
        ensurePage(page);
        if (m_pages->widget(int(page)) != before) {
            scheduleDeferredWork(); // one page per pass
            return;
        }
    }
}

bool MainWindow::settled() const
{
    return (!m_pages || allPagesBuilt()) && m_retired.isEmpty() && !m_liveDue && !m_notifierDue;
}

} // namespace outloud
