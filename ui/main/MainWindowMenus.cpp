// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The menu bar: File, Edit, View and Help (the Circle menu is in MainWindowCircles.cpp).
#include "MainWindow.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "contributions/ContributionsPage.h"
#include "contributions/QuickAddBar.h"
#include "meetings/ScheduleWidget.h"
#include "people/RelationshipsPage.h"
#include "server/ServerSession.h"
#include "undo/Editor.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace outloud {

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createCircleMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::openOtherFile);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open another Outloud database"));
    m_server->addMenuEntries(file);
    QAction* import = file->addAction(tr("&Import people…"), this, &MainWindow::importPeople);
    import->setObjectName(u"importAction"_s);
    import->setShortcut(QKeySequence(u"Ctrl+I"_s));
    import->setToolTip(
        tr("Bring people in from LinkedIn's Connections.csv, another CSV file or vCards"));
    QMenu* exportMenu = file->addMenu(tr("Export &data"));
    QAction* exportPeople = exportMenu->addAction(
        tr("Relationship list as CSV…"), this, [this] { exportData(u"people"_s); });
    QAction* exportLog = exportMenu->addAction(
        tr("Contributions as CSV…"), this, [this] { exportData(u"contributions"_s); });
    QAction* exportAll
        = exportMenu->addAction(tr("Everything as JSON…"), this, [this] { exportData(u"json"_s); });
    exportAll->setObjectName(u"exportJsonAction"_s);
    QAction* backups = file->addAction(tr("&Backups…"), this, &MainWindow::showBackups);
    backups->setObjectName(u"backupsAction"_s);
    m_fileActions << import << exportPeople << exportLog << exportAll << backups;
    file->addSeparator();
    QAction* summary
        = file->addAction(tr("&Export week summary…"), this, &MainWindow::exportWeekSummary);
    summary->setObjectName(u"exportSummaryAction"_s);
    summary->setShortcut(QKeySequence(u"Ctrl+E"_s));
    summary->setToolTip(tr("A one- or two-page PDF of a member's week, or the whole circle's"));
    QAction* print
        = file->addAction(tr("&Print week summary…"), this, &MainWindow::printWeekSummary);
    print->setObjectName(u"printSummaryAction"_s);
    print->setShortcut(QKeySequence::Print);
    m_fileActions << summary << print;
    m_memberActions << import << exportPeople << exportLog << summary << print;
    QAction* calendar = file->addAction(tr("Export &calendar…"), this, [this] {
        if (m_db)
            ScheduleWidget::exportCalendar(this, *m_db, m_circleId);
    });
    calendar->setObjectName(u"exportCalendarAction"_s);
    calendar->setToolTip(tr("Save the meetings as an iCalendar file that calendar apps import"));
    m_fileActions << calendar;
    file->addSeparator();
    QAction* invite = file->addAction(tr("&Invite members…"), this, &MainWindow::inviteMembers);
    invite->setObjectName(u"inviteAction"_s);
    invite->setToolTip(tr("Save an invitation file for the members: the circle, its meetings "
                          "and members, nothing private"));
    QAction* join = file->addAction(tr("&Join a circle…"), this, [this] {
        const QString path = FileDialog::openFileName(this, tr("Join a circle"), QDir::homePath(),
            tr("Outloud invitations (*.outloud-invitation);;All files (*)"));
        if (!path.isEmpty())
            joinCircle(path);
    });
    join->setObjectName(u"joinCircleAction"_s);
    QAction* share
        = file->addAction(tr("&Share through a folder…"), this, &MainWindow::shareThroughFolder);
    share->setObjectName(u"shareAction"_s);
    share->setToolTip(tr("Share your figures with the circle through a synced or network "
                         "folder, and see theirs"));
    m_fileActions << invite << share;
    m_memberActions << share;
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::createEditMenu()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setObjectName(u"undoAction"_s);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setObjectName(u"redoAction"_s);
    m_redo->setShortcut(QKeySequence::Redo);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_editor)
            m_editor->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_editor)
            m_editor->undoStack()->redo();
    });
    edit->addSeparator();
    QAction* log = edit->addAction(tr("&Log a contribution"), this, [this] {
        showPage(ContributionsPageIndex);
        m_contributions->quickAdd()->focusPerson();
    });
    log->setObjectName(u"logContributionAction"_s);
    log->setShortcut(QKeySequence::New);
    QAction* addPerson = edit->addAction(tr("&Add a person…"), this, [this] {
        showPage(RelationshipsPageIndex);
        m_relationships->addPerson();
    });
    addPerson->setObjectName(u"addPersonAction"_s);
    addPerson->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    QAction* remove = edit->addAction(tr("&Remove selected person"), this, [this] {
        if (currentPage() == RelationshipsPageIndex)
            m_relationships->removeSelected();
    });
    remove->setObjectName(u"removePersonAction"_s);
    // Delete itself acts in the list (and in the contributions list on theirs); the menu
    // needs a key of its own so the two never compete.
    remove->setShortcut(QKeySequence(u"Ctrl+Del"_s));
    m_workspaceActions = {log, addPerson, remove};
    m_memberActions << log << addPerson << remove;
    m_logAction = log;
    m_addPersonAction = addPerson;
    m_workspaceActions << m_fileActions;

    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    preferences->setObjectName(u"settingsAction"_s);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
}

void MainWindow::createViewMenu()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QStringList names = {tr("&Overview"), tr("&Goal"), tr("&Relationships"),
        tr("&Contributions"), tr("Circle && &meetings"), tr("Meeting mo&de")};
    for (int i = 0; i < names.size(); ++i) {
        QAction* a = view->addAction(names.at(i), this, [this, i] { showPage(Page(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_workspaceActions << a;
        m_pageActions << a;
    }
    view->addSeparator();
    QAction* map = view->addAction(tr("Network &map…"), this, [this] { showNetworkMap(); });
    map->setObjectName(u"networkMapAction"_s);
    map->setShortcut(QKeySequence(u"Ctrl+Alt+M"_s)); // Ctrl+M is meeting mode's next member
    m_workspaceActions << map;
    m_memberActions << map;
    for (QAction* a : std::as_const(m_workspaceActions))
        a->setEnabled(false);
}

void MainWindow::createHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Outloud"), this, [this] {
        MessageBox::about(this, tr("About Outloud"),
            tr("Outloud %1\nA companion for Working Out Loud circles: your goal, your "
               "relationships, "
               "what you give and receive, week by week.")
                .arg(QCoreApplication::applicationVersion()));
    });
}

} // namespace outloud
