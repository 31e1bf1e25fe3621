// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMainWindow>
#include <QPointer>
#include <memory>

class QThread;

class QLabel;
class QListWidget;
class QStackedWidget;

namespace outloud {

class CirclePage;
class ContributionsPage;
class DashboardWidget;
class MeetingModeWidget;
class Database;
class Editor;
class GoalPage;
class NetworkMapDialog;
class NudgeScheduler;
class ProgramPage;
class RelationshipsPage;
class ScheduleWidget;
class ServerSession;
class SetupPage;
class WelcomePage;

/**
 * The main window. Without a database file it welcomes a newcomer (demo or own circle);
 * with one it shows the workspace: a sidebar to Overview, Goal, Relationships,
 * Contributions and Circle & meetings. Every edit is saved at once and undoable.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page {
        OverviewPage,
        GoalPageIndex,
        RelationshipsPageIndex,
        ContributionsPageIndex,
        CirclePageIndex,
        MeetingModePage,
        ProgramPageIndex, ///< Organization databases, for facilitators and the admin only.
        PageCount
    };

    /// Who the login is in the open circle. On a laptop always a member; on an organization
    /// database a facilitator or the program's support team may have no member row, and
    /// then nothing in the window speaks as if they were one of the members.
    enum class Access {
        Member, ///< Has a member row: their own goal, list and contributions.
        Facilitator, ///< Runs the circle: its meetings and the Program page, no list.
        ProgramAdmin, ///< The program's support team: the Program page only.
    };

    /// @p databasePath is opened if it exists; otherwise the welcome page offers to create it.
    explicit MainWindow(const QString& databasePath, QWidget* parent = nullptr);
    ~MainWindow() override;

    Database* database() const { return m_db.get(); }
    Editor* editor() const { return m_editor; }
    /// Where "Open a demo circle" writes its demo (beside the database by default).
    void setDemoPath(const QString& path) { m_demoPath = path; }
    /// The day the workspace treats as today (tests pin it).
    void setToday(QDate today);

    /// Opens @p path and shows the workspace; on failure shows the message and returns false.
    bool openDatabase(const QString& path);
    void showPage(Page page);
    Page currentPage() const;

    /// Opens the invitation file @p path and asks whom to join as (File > Join a circle).
    void joinCircle(const QString& path);
    /// The circle every page, the status bar and the exports follow.
    qint64 circleId() const { return m_circleId; }
    /// "Me" in circleId(), whose goal, list and contributions the pages show.
    qint64 memberId() const { return m_memberId; }
    Access access() const { return m_access; }
    /// Shows @p circleId with @p meId as "me" (-1: keep who is marked as me); remembered for
    /// the next start with this file.
    void switchCircle(qint64 circleId, qint64 meId = -1);

    /// The pages, built on first use (only the start page exists before the first paint; the
    /// others follow one per event-loop pass after it).
    RelationshipsPage* relationshipsPage();
    ContributionsPage* contributionsPage();
    GoalPage* goalPage();
    /// Every page of the workspace exists (tests wait for it before looking for their widgets).
    bool allPagesBuilt() const;
    /// Nothing is left for later passes: every page built, the pages of a circle switched away
    /// from gone (benchmarks watch input until then).
    bool settled() const;
    /// The weekly nudge of the open circle (null without one).
    NudgeScheduler* nudgeScheduler() const { return m_nudge; }
    /// Opens (or raises) the network map of my relationship list.
    NetworkMapDialog* showNetworkMap();
    /// File > Connect to a server, File > Recent, reconnecting (ui/server).
    ServerSession* serverSession() const { return m_server; }

Q_SIGNALS:
    /// The daily backup of the file just opened was checked (and made when due).
    void dailyBackupDone();

protected:
    bool event(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void setVisible(bool visible) override;

private Q_SLOTS:
    /// Meeting mode's presentation: hides (or shows again) menus, sidebar and status bar.
    void setPresentation(bool on);

private:
    /// Shows the workspace of @p db, opened from @p path, in place of the one shown.
    void adoptDatabase(std::unique_ptr<Database> db, const QString& path);
    void startDailyBackup();
    /// Shrinks and moves the window so that it, frame included, lies on its screen;
    /// @p place false: shrinks only (before the window manager has placed it).
    void fitIntoScreen(bool place = true);
    void showSettings();
    void updateStatus();
    void showMessage(const QString& text);

    // The menu bar (MainWindowMenus.cpp).
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createHelpMenu();

    // Circle > Switch circle, Start a new circle (MainWindowCircles.cpp).
    void createCircleMenu();
    void chooseCircle();
    void startNewCircle();
    /// The circle chosen last time with this file, if it still exists; else the default.
    qint64 rememberedCircle() const;
    void rememberCircle(qint64 circleId) const;

    // Opening a file, and the File menu's dialogs (MainWindowFiles.cpp).
    void showWelcome(const QString& message = {});
    void openDemo();
    void startOwnCircle();
    void openOtherFile();
    void showBackups();
    void importPeople();
    /// "people", "contributions" (CSV) or "json" (everything).
    void exportData(const QString& what);
    void exportWeekSummary();
    void printWeekSummary();

    // The workspace of an open circle, built in named parts (MainWindowWorkspace.cpp).
    /// @p page: the page to show, -1 for the one shown last with this file.
    void buildWorkspace(int page = -1);
    /// Sets memberId() and access() for m_circleId: "me", or on an organization database
    /// the facilitator or admin without a member row (never someone else).
    void chooseMe();
    /// Hides the pages and disables the actions that only a member has.
    void applyAccess();
    /// The page a login opens on when the one asked for is not theirs.
    Page defaultPage() const;
    void addProgramPage();
    void followOthers();
    void createEditor();
    void createSidebar();
    void createPages();
    /// Builds @p page unless it exists; the built widget takes its placeholder's place.
    void ensurePage(Page page);
    void installPage(Page page, QWidget* widget);
    void buildOverview();
    void buildGoal();
    void buildRelationships();
    void buildContributions();
    void buildCircle();
    void buildMeetingMode();
    /// What waits for the first paint (the daily backup, the pages not shown), one piece
    /// per event-loop pass so that input is never held up for long.
    void scheduleDeferredWork();
    void runDeferredStep();
    /// The workspace just built paints before the other pages are built (after a short pause,
    /// so that the first click on the new workspace is not held up either).
    void deferUntilWorkspacePainted();
    /// Takes the Overview out of the workspace for the next circle (m_spareOverview).
    void keepOverview();
    /// Takes the workspace off the screen at once and deletes it a page per pass (switching
    /// circles): only pages of the same database may wait, so clearWorkspace() ends the wait.
    void retireWorkspace();
    void deleteRetired();
    /// Clears the pointers to the workspace just deleted or retired.
    void forgetWorkspace();
    void startCardPublisher();
    void sidebarRowChanged(int row);
    void clearWorkspace();
    void logContribution(qint64 personId, int direction, qint64 kindId);

    // Invitations and the shared folder (MainWindowSharing.cpp).
    void inviteMembers();
    void shareThroughFolder();
    void flushCard();

    QString m_path;
    QString m_demoPath;
    QDate m_today = QDate::currentDate();
    std::unique_ptr<Database> m_db;
    Editor* m_editor = nullptr;
    qint64 m_circleId = -1;
    qint64 m_memberId = -1;
    Access m_access = Access::Member;

    QStackedWidget* m_stack = nullptr;
    WelcomePage* m_welcome = nullptr;
    SetupPage* m_setup = nullptr;
    QWidget* m_workspace = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    RelationshipsPage* m_relationships = nullptr;
    ContributionsPage* m_contributions = nullptr;
    GoalPage* m_goal = nullptr;
    CirclePage* m_circle = nullptr;
    DashboardWidget* m_dashboard = nullptr;
    /// The Overview of the circle switched away from, out of its workspace: the next
    /// circle's Overview, refilled instead of built (its charts cost most to make).
    QPointer<DashboardWidget> m_spareOverview;
    MeetingModeWidget* m_meetingMode = nullptr;
    ProgramPage* m_program = nullptr;
    ScheduleWidget* m_schedule = nullptr;
    QLabel* m_statusCircle = nullptr;
    QLabel* m_statusWeek = nullptr;
    QLabel* m_statusNext = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_logAction = nullptr;
    QAction* m_addPersonAction = nullptr;
    QList<QAction*> m_workspaceActions;
    QList<QAction*> m_memberActions; ///< Only for a login with a member row.
    QList<QAction*> m_pageActions; ///< View > page, by Page.
    QList<QAction*> m_fileActions; ///< File menu entries that need an open circle.
    QObject* m_publisher = nullptr; ///< Writes this member's card to the shared folder.
    NudgeScheduler* m_nudge = nullptr;
    QPointer<NetworkMapDialog> m_networkMap;
    /// The daily backup, made after the window shows, on its own connection and thread.
    QThread* m_backupThread = nullptr;
    bool m_backupDue = false;
    bool m_painted = false; ///< The window has painted once.
    bool m_deferredScheduled = false;
    bool m_workspacePainted = false; ///< The workspace on show has painted once.
    bool m_liveDue = false; ///< Following the others' changes (a server) starts after the paint.
    bool m_notifierDue = false; ///< The nudge's desktop notifier is found after the paint.
    /// A circle's pages, workspace and editor switched away from, deleted in this order.
    QList<QPointer<QObject>> m_retired;
    ServerSession* m_server = nullptr;
};

} // namespace outloud
