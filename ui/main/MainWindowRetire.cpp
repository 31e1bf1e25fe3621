// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Taking a workspace down: at once when the window closes or reopens, or retired when another
// circle takes its place (out of the window at once, deleted a page per pass afterwards).
#include "MainWindow.h"
#include "analytics/DashboardWidget.h"
#include "meetings/MeetingModeWidget.h"
#include "network/NetworkMapDialog.h"
#include "nudge/NudgeScheduler.h"
#include "sharing/CardPublisher.h"
#include "storage/Database.h"
#include "storage/LiveUpdates.h"
#include "undo/Editor.h"

#include <QAction>
#include <QStackedWidget>
#include <QUndoStack>

namespace outloud {

void MainWindow::clearWorkspace()
{
    flushCard();
    deleteRetired();
    delete m_spareOverview;
    delete m_networkMap;
    delete m_nudge;
    m_nudge = nullptr;
    delete m_workspace;
    delete m_editor;
    forgetWorkspace();
}

void MainWindow::keepOverview()
{
    if (!m_dashboard || !m_pages)
        return;
    // Out of the workspace before it is retired, so it keeps listening to the database;
    // hidden until the next circle's workspace takes it (buildOverview).
    delete m_spareOverview;
    m_pages->removeWidget(m_dashboard);
    m_dashboard->setParent(this);
    m_dashboard->hide();
    m_spareOverview = m_dashboard;
    m_dashboard = nullptr;
}

void MainWindow::retireWorkspace()
{
    flushCard();
    delete m_networkMap;
    delete m_nudge;
    m_nudge = nullptr;
    // Typed notes of the meeting are kept, as when leaving meeting mode.
    if (m_meetingMode && m_meetingMode->hasUnsavedChanges())
        m_meetingMode->save();
    if (m_workspace) {
        // What acts on its own (sharing my card, following the server) stops now.
        delete m_publisher;
        qDeleteAll(m_workspace->findChildren<LiveUpdates*>());
        m_stack->removeWidget(m_workspace);
        m_workspace->hide();
        // Out of the window (nobody finds its pages any more), deaf to the database and mute
        // to the window (its sidebar, torn down, must not choose a page of the new one).
        m_workspace->setParent(nullptr);
        QList<QObject*> inside = m_workspace->findChildren<QObject*>();
        inside << m_workspace;
        for (QObject* object : std::as_const(inside)) {
            QObject::disconnect(m_db.get(), nullptr, object, nullptr);
            QObject::disconnect(object, nullptr, this, nullptr);
        }
        for (int i = 0; m_pages && i < m_pages->count(); ++i)
            m_retired << m_pages->widget(i);
        m_retired << m_workspace;
    }
    if (m_editor) {
        const QUndoStack* stack = m_editor->undoStack();
        for (const QObject* receiver : {static_cast<QObject*>(this), static_cast<QObject*>(m_undo),
                 static_cast<QObject*>(m_redo)})
            QObject::disconnect(stack, nullptr, receiver, nullptr);
        m_retired << m_editor; // the retired pages may still refer to it
    }
    forgetWorkspace();
}

void MainWindow::deleteRetired()
{
    while (!m_retired.isEmpty())
        delete m_retired.takeFirst().data();
}

void MainWindow::forgetWorkspace()
{
    m_workspace = nullptr;
    m_relationships = nullptr;
    m_contributions = nullptr;
    m_goal = nullptr;
    m_circle = nullptr;
    m_dashboard = nullptr;
    m_meetingMode = nullptr;
    m_program = nullptr;
    m_schedule = nullptr;
    m_publisher = nullptr; // deleted with the workspace
    m_pages = nullptr;
    m_sidebar = nullptr;
    m_editor = nullptr;
    m_notifierDue = false; // the nudge went with the workspace
    for (QAction* a : std::as_const(m_workspaceActions))
        a->setEnabled(false);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
}

} // namespace outloud
