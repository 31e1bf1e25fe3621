// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "SetupPage.h"
#include "WelcomePage.h"
#include "analytics/DashboardWidget.h"
#include "circle/CirclePage.h"
#include "circle/CircleService.h"
#include "common/FileDialog.h"
#include "common/Format.h"
#include "common/MessageBox.h"
#include "contributions/ContributionsPage.h"
#include "contributions/QuickAddBar.h"
#include "demo/DemoGenerator.h"
#include "goal/GoalPage.h"
#include "io/BackupService.h"
#include "io/BackupsDialog.h"
#include "io/CsvExport.h"
#include "io/FileIo.h"
#include "io/ImportDialog.h"
#include "io/ImportPeopleCommand.h"
#include "io/JsonArchive.h"
#include "meetings/MeetingModeWidget.h"
#include "meetings/MeetingService.h"
#include "meetings/ScheduleWidget.h"
#include "network/NetworkMapDialog.h"
#include "nudge/Notifier.h"
#include "nudge/NudgeScheduler.h"
#include "nudge/NudgeSettingWidget.h"
#include "people/KeepInTouchDefaultsWidget.h"
#include "people/KeepInTouchPanel.h"
#include "people/RelationshipsPage.h"
#include "report/ExportSummaryDialog.h"
#include "report/SummaryPrint.h"
#include "server/ServerSession.h"
#include "settings/LanguageSettingWidget.h"
#include "settings/UserSettings.h"
#include "sharing/CardPublisher.h"
#include "sharing/JoinCircleDialog.h"
#include "sharing/ShareDialog.h"
#include "sharing/SharingService.h"
#include "storage/Database.h"
#include "undo/Editor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
// One settings file for window state: ~/.config/outloud/outloud.conf on Linux.
std::unique_ptr<QSettings> settings()
{
    return openUserSettings();
}
} // namespace

MainWindow::MainWindow(const QString& databasePath, QWidget* parent)
    : QMainWindow(parent)
    , m_path(databasePath)
    , m_demoPath(QFileInfo(Database::isServerLocation(databasePath) ? Database::defaultPath()
                                                                    : databasePath)
                     .absolutePath()
          + u"/outloud-demo.sqlite"_s)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Outloud"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral(OUTLOUD_APP_ID)));
    // Meeting mode is laid out for 1280x800; smaller screens get what they have, frame
    // included (its real size is known once shown: fitIntoScreen()).
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        resize(screen->availableSize().shrunkBy(QMargins(4, 36, 4, 4)).boundedTo(QSize(1280, 800)));
    else
        resize(1280, 800);
    m_stack = new QStackedWidget(this);
    setCentralWidget(m_stack);
    m_welcome = new WelcomePage(m_stack);
    m_stack->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::openDemoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::startOwnRequested, this, &MainWindow::startOwnCircle);

    m_statusCircle = new QLabel(this);
    m_statusCircle->setObjectName(u"statusCircle"_s);
    m_statusCircle->setTextFormat(Qt::PlainText);
    m_statusWeek = new QLabel(this);
    m_statusWeek->setObjectName(u"statusWeek"_s);
    m_statusNext = new QLabel(this);
    m_statusNext->setObjectName(u"statusNextMeeting"_s);
    statusBar()->addPermanentWidget(m_statusCircle);
    statusBar()->addPermanentWidget(m_statusWeek);
    statusBar()->addPermanentWidget(m_statusNext);
    m_server = new ServerSession(this);
    connect(m_server, &ServerSession::openRequested, this, &MainWindow::openDatabase);
    createMenus();
    // Undo and redo stay at hand with the menu bar hidden (presentation mode).
    addActions({m_undo, m_redo});

    {
        const auto s = settings();
        restoreGeometry(s->value(u"window/geometry"_s).toByteArray());
        restoreState(s->value(u"window/state"_s).toByteArray());
    }

    // A server address is connected to in the background (the welcome page shows meanwhile).
    if (QFileInfo::exists(m_path) && !Database::isServerLocation(m_path)) {
        openDatabase(m_path);
    } else {
        showWelcome();
        if (Database::isServerLocation(m_path))
            m_server->connectTo(m_path);
    }
}

MainWindow::~MainWindow()
{
    // Pages and models refer to the database: they go first.
    clearWorkspace();
}

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
    }
    view->addSeparator();
    QAction* map = view->addAction(tr("Network &map…"), this, [this] { showNetworkMap(); });
    map->setObjectName(u"networkMapAction"_s);
    map->setShortcut(QKeySequence(u"Ctrl+Alt+M"_s)); // Ctrl+M is meeting mode's next member
    m_workspaceActions << map;
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

void MainWindow::inviteMembers()
{
    if (!m_db)
        return;
    QString error;
    const std::optional<sharing::Invitation> invitation
        = sharing::SharingService(*m_db).invitation(m_circleId, &error);
    if (!invitation) {
        MessageBox::warning(this, tr("Invite members"), error);
        return;
    }
    const QString suggested
        = QDir::home().filePath(invitation->circle.name.simplified().replace(u'/', u'-')
            + QStringView(sharing::InvitationSuffix).toString());
    const QString path = FileDialog::saveFileName(
        this, tr("Invite members"), suggested, tr("Outloud invitations (*.outloud-invitation)"));
    if (path.isEmpty())
        return;
    if (!io::writePrivateFile(path, sharing::invitationToJson(*invitation), &error)) {
        MessageBox::warning(this, tr("Invite members"), error);
        return;
    }
    showMessage(tr("Saved %1: send it to the members; opening it in Outloud joins the circle.")
                    .arg(QDir::toNativeSeparators(path)));
}

void MainWindow::joinCircle(const QString& path)
{
    QString error;
    const std::optional<sharing::Invitation> invitation
        = JoinCircleDialog::readInvitation(path, &error);
    if (!invitation) {
        MessageBox::warning(this, tr("Join a circle"), error);
        return;
    }
    if (!m_db) {
        m_db = Database::open(m_path, &error);
        if (!m_db) {
            showWelcome(error);
            return;
        }
    }
    auto* dialog = new JoinCircleDialog(*m_db, *invitation, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const sharing::JoinOutcome outcome = *dialog->outcome();
        // Show the joined circle (remembered for the next start), then say what happened.
        if (!m_workspace)
            openDatabase(m_path);
        if (m_circleId != outcome.circleId || m_memberId != outcome.meId)
            switchCircle(outcome.circleId, outcome.meId);
        showMessage(outcome.result == sharing::JoinOutcome::Result::Unchanged
                ? tr("You are already in this circle; nothing changed.")
                : outcome.result == sharing::JoinOutcome::Result::Updated
                ? tr("The circle's meetings and members are updated.")
                : tr("You joined the circle. Choose File > Share through a folder to share "
                     "your figures with it."));
    });
    dialog->open();
}

void MainWindow::showBackups()
{
    if (!m_db)
        return;
    auto* dialog = new BackupsDialog(*m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BackupsDialog::restored, this, [this] {
        // The file's contents were replaced: earlier edits can no longer be undone.
        if (m_editor)
            m_editor->undoStack()->clear();
        updateStatus();
    });
    dialog->open();
}

void MainWindow::shareThroughFolder()
{
    if (!m_db)
        return;
    // Only "me" shares: a file without one has nobody whose card it could write.
    const qint64 me = CircleService(*m_db).meId(m_circleId);
    if (me < 0) {
        MessageBox::information(this, tr("Share through a folder"),
            tr("Nobody in this circle is marked as you, so there is no card to share."));
        return;
    }
    auto* dialog = new ShareDialog(*m_db, m_circleId, me, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::exportWeekSummary()
{
    if (!m_db)
        return;
    auto* dialog = new ExportSummaryDialog(*m_db, m_circleId, m_memberId, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(dialog->writtenPath())));
    });
    dialog->open();
}

void MainWindow::printWeekSummary()
{
    if (!m_db)
        return;
    const int week = std::max(1, CircleService(*m_db).calendar(m_circleId).currentWeek(m_today));
    summaryprint::printWeekSummary(this, *m_db, m_memberId, week);
}

void MainWindow::importPeople()
{
    if (!m_db || !m_editor)
        return;
    auto* dialog = new ImportDialog(*m_db, m_memberId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &ImportDialog::imported, this, [this, dialog](const io::ImportOutcome& outcome) {
            // The import already ran in one transaction; this makes it one undo step.
            QString error;
            m_editor->push(
                std::make_unique<ImportPeopleCommand>(*m_db, dialog->plan(), outcome), &error);
            showPage(RelationshipsPageIndex);
        });
    dialog->open();
}

void MainWindow::exportData(const QString& what)
{
    if (!m_db)
        return;
    const bool json = what == u"json"_s;
    const QString suggested = QDir::home().filePath(json ? u"outloud-export.json"_s
            : what == u"people"_s                        ? u"relationships.csv"_s
                                                         : u"contributions.csv"_s);
    const QString path = FileDialog::saveFileName(this, tr("Export data"), suggested,
        json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    bool ok = false;
    if (json)
        ok = io::json::writeExport(*m_db, path, &error);
    else if (what == u"people"_s)
        ok = io::writePeopleCsv(*m_db, m_memberId, path, &error);
    else
        ok = io::writeContributionsCsv(*m_db, m_memberId, path, &error);
    if (ok)
        showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    else
        MessageBox::warning(this, tr("Export data"), error);
}

void MainWindow::showSettings()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(u"settingsDialog"_s);
    dialog->setWindowTitle(tr("Settings"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new LanguageSettingWidget(dialog));
    auto* nudge = new NudgeSettingWidget(dialog);
    layout->addWidget(nudge);
    connect(nudge, &NudgeSettingWidget::settingChanged, this, [this](const NudgeSetting& setting) {
        if (m_nudge)
            m_nudge->setSetting(setting);
    });
    if (m_editor) {
        auto* rhythms = new KeepInTouchDefaultsWidget(*m_editor, dialog);
        connect(rhythms, &KeepInTouchDefaultsWidget::message, this, &MainWindow::showMessage);
        layout->addWidget(rhythms);
    }
    layout->addStretch(1);
    layout->addWidget(buttons);
    dialog->open();
}

void MainWindow::setToday(QDate today)
{
    m_today = today;
    if (m_relationships)
        m_relationships->setToday(today);
    if (m_contributions)
        m_contributions->quickAdd()->setToday(today);
    if (m_dashboard)
        m_dashboard->setToday(today);
    updateStatus();
}

void MainWindow::showWelcome(const QString& message)
{
    m_welcome->setMessage(message);
    m_stack->setCurrentWidget(m_welcome);
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
            showPage(RelationshipsPageIndex);
            m_relationships->selectPerson(id);
            activateWindow();
            raise();
        });
    }
    m_networkMap->show();
    m_networkMap->raise();
    return m_networkMap;
}

void MainWindow::clearWorkspace()
{
    flushCard();
    delete m_networkMap;
    delete m_nudge;
    m_nudge = nullptr;
    delete m_workspace;
    m_workspace = nullptr;
    m_relationships = nullptr;
    m_contributions = nullptr;
    m_goal = nullptr;
    m_circle = nullptr;
    m_dashboard = nullptr;
    m_meetingMode = nullptr;
    m_publisher = nullptr; // deleted with the workspace
    m_pages = nullptr;
    m_sidebar = nullptr;
    delete m_editor;
    m_editor = nullptr;
    for (QAction* a : std::as_const(m_workspaceActions))
        a->setEnabled(false);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
}

bool MainWindow::openDatabase(const QString& path)
{
    QString error;
    std::unique_ptr<Database> db = Database::open(path, &error);
    if (!db) {
        if (m_db)
            showMessage(error);
        else
            showWelcome(error);
        return false;
    }
    clearWorkspace();
    m_db = std::move(db);
    m_path = path;
    m_server->watch(m_db.get());
    {
        // A copy a day, kept beside the database; failing to make one does not stop work.
        bool made = false;
        QString backupError;
        if (!io::BackupService(*m_db).backupIfDue(&made, &backupError))
            showMessage(tr("No backup was made today: %1").arg(backupError));
    }
    CircleService circles(*m_db);
    m_circleId = rememberedCircle();
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

void MainWindow::openOtherFile()
{
    const QString path = FileDialog::openFileName(this, tr("Open an Outloud database"),
        QFileInfo(m_path).absolutePath(), tr("Outloud databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
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
        DemoGenerator demo(*db, DemoGenerator::Scale::Small, 7, m_today);
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
        connect(m_setup, &SetupPage::finished, this, [this] {
            // A second circle opens as the chosen one.
            rememberCircle(m_setup->createdCircleId());
            openDatabase(m_path);
        });
        connect(m_setup, &SetupPage::canceled, this, [this] {
            if (m_workspace)
                m_stack->setCurrentWidget(m_workspace);
        });
        connect(m_setup, &SetupPage::openDemoRequested, this, &MainWindow::openDemo);
    }
    m_setup->setDatabase(m_db.get());
    m_setup->setCancelable(m_workspace != nullptr);
    m_stack->setCurrentWidget(m_setup);
}

void MainWindow::buildWorkspace()
{
    m_editor = new Editor(*m_db, this);
    connect(m_editor, &Editor::failed, this, &MainWindow::showMessage);
    // The weekly nudge: no timer at all unless the user turned it on.
    m_nudge = new NudgeScheduler(*m_db, m_circleId, createDesktopNotifier(), this);
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

    m_workspace = new QWidget(m_stack);
    m_workspace->setObjectName(u"workspace"_s);
    m_sidebar = new QListWidget(m_workspace);
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->addItems({tr("Overview"), tr("Goal"), tr("Relationships"), tr("Contributions"),
        tr("Circle & meetings"), tr("Meeting mode")});
    m_sidebar->setFixedWidth(m_sidebar->sizeHintForColumn(0) + 40);
    QFont sideFont = m_sidebar->font();
    sideFont.setPointSizeF(sideFont.pointSizeF() * 1.1);
    m_sidebar->setFont(sideFont);
    m_sidebar->setSpacing(3);

    m_pages = new QStackedWidget(m_workspace);
    m_pages->setObjectName(u"pages"_s);
    const WeekCalendar calendar = CircleService(*m_db).calendar(m_circleId);
    m_dashboard = new DashboardWidget(*m_db, m_circleId, m_memberId, m_pages);
    auto* overview = m_dashboard;
    // Clicking a week's bars opens that week's contributions.
    connect(overview, &DashboardWidget::weekActivated, this, [this](int week) {
        m_contributions->showWeek(week);
        showPage(ContributionsPageIndex);
    });
    connect(m_dashboard->keepInTouchPanel(), &KeepInTouchPanel::personActivated, this,
        [this](qint64 id) {
            showPage(RelationshipsPageIndex);
            m_relationships->selectPerson(id);
        });
    m_goal = new GoalPage(*m_editor, m_memberId, m_pages);
    m_relationships = new RelationshipsPage(*m_editor, m_memberId, m_pages);
    m_contributions = new ContributionsPage(*m_editor, m_memberId, calendar, m_pages);
    m_circle = new CirclePage(*m_db, m_circleId, m_pages);
    m_pages->addWidget(overview);
    m_pages->addWidget(m_goal);
    m_pages->addWidget(m_relationships);
    m_pages->addWidget(m_contributions);
    m_pages->addWidget(m_circle);
    // The schedule (move, skip, the plan, the calendar file) sits under the circle.
    auto* schedule = new ScheduleWidget(*m_db, m_circleId, m_circle);
    m_circle->extensionLayout()->addWidget(schedule);
    m_circle->setUndoStack(stack);
    schedule->setUndoStack(stack);
    connect(schedule, &ScheduleWidget::scheduleChanged, this, &MainWindow::updateStatus);
    m_meetingMode = new MeetingModeWidget(*m_db, m_circleId, m_pages);
    m_meetingMode->setUndoStack(stack);
    connect(
        m_meetingMode, &MeetingModeWidget::presentationChanged, this, &MainWindow::setPresentation);
    m_meetingMode->setWeek(m_meetingMode->defaultWeek()); // the meeting that comes next
    // A past meeting opened from the circle's history, to correct it.
    connect(schedule, &ScheduleWidget::openMeetingRequested, this, [this](int week) {
        showPage(MeetingModePage);
        m_meetingMode->setWeek(week);
    });
    m_pages->addWidget(m_meetingMode);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        // Leaving meeting mode keeps what was captured.
        if (m_meetingMode && m_pages->currentWidget() == m_meetingMode
            && m_meetingMode->hasUnsavedChanges())
            m_meetingMode->save();
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
        m_logAction->setEnabled(!meeting);
        m_addPersonAction->setEnabled(!meeting);
    });
    connect(m_relationships, &RelationshipsPage::logRequested, this,
        [this](qint64 id, Direction d, qint64 kind) { logContribution(id, int(d), kind); });
    connect(m_relationships, &RelationshipsPage::message, this, &MainWindow::showMessage);
    connect(m_contributions, &ContributionsPage::message, this, &MainWindow::showMessage);
    connect(m_goal, &GoalPage::message, this, &MainWindow::showMessage);
    connect(m_circle, &CirclePage::message, this, &MainWindow::showMessage);

    auto* layout = new QHBoxLayout(m_workspace);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    m_stack->addWidget(m_workspace);
    m_stack->setCurrentWidget(m_workspace);

    for (QAction* a : std::as_const(m_workspaceActions))
        a->setEnabled(true);
    auto* publisher = new sharing::CardPublisher(
        *m_db, m_circleId, CircleService(*m_db).meId(m_circleId), m_workspace);
    connect(publisher, &sharing::CardPublisher::failed, this, [this](const QString& message) {
        showMessage(tr("Your card was not shared: %1").arg(message));
    });
    m_publisher = publisher;
    publisher->schedule();
    setToday(m_today);
    const int last = settings()->value(u"window/page"_s, int(RelationshipsPageIndex)).toInt();
    showPage(Page(std::clamp(last, 0, int(PageCount) - 1)));
    connect(m_db.get(), &Database::changed, this, [this](Database::Tables t) {
        if (t & (Database::Circles | Database::Members | Database::Meetings))
            updateStatus();
    });
}

void MainWindow::showPage(Page page)
{
    if (!m_sidebar)
        return;
    m_sidebar->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return m_pages ? Page(m_pages->currentIndex()) : OverviewPage;
}

void MainWindow::logContribution(qint64 personId, int direction, qint64 kindId)
{
    showPage(ContributionsPageIndex);
    m_contributions->quickAdd()->start(personId, Direction(direction), kindId);
}

void MainWindow::showMessage(const QString& text)
{
    statusBar()->showMessage(text, 6000);
}

void MainWindow::updateStatus()
{
    if (!m_db)
        return;
    CircleService circles(*m_db);
    const std::optional<Circle> circle = circles.circle(m_circleId);
    if (!circle) {
        m_statusCircle->clear();
        m_statusWeek->clear();
        m_statusNext->clear();
        return;
    }
    const QLocale locale;
    const std::optional<Member> me = circles.member(m_memberId);
    m_statusCircle->setText(me ? tr("%1 · %2").arg(circle->name, me->name) : circle->name);
    setWindowTitle(tr("%1 – Outloud").arg(circle->name));
    const WeekCalendar calendar = circles.calendar(m_circleId);
    const int week = calendar.currentWeek(m_today);
    if (week == 0)
        m_statusWeek->setText(
            tr("Starts %1").arg(locale.toString(calendar.weekStart(1), QLocale::ShortFormat)));
    else if (week > circle->lengthWeeks)
        m_statusWeek->setText(tr("Finished after %1 weeks").arg(circle->lengthWeeks));
    else
        m_statusWeek->setText(tr("Week %1 of %2").arg(week).arg(circle->lengthWeeks));
    QString next;
    // From now on: a meeting later today is the next one (the day may be pinned by tests).
    const QDateTime clock = m_db->now();
    const QDateTime now(m_today, clock.date() == m_today ? clock.time() : QTime(0, 0));
    const QList<Meeting> meetings = MeetingService(*m_db).meetings(m_circleId);
    for (const Meeting& m : meetings) {
        if (m.status != Meeting::Status::Skipped && m.status != Meeting::Status::Held
            && m.scheduledAt >= now) {
            next = tr("Next meeting: %1").arg(format::shortDateTime(m.scheduledAt));
            break;
        }
    }
    m_statusNext->setText(next);
}

void MainWindow::flushCard()
{
    // Changes made in the last seconds still reach the circle.
    if (auto* publisher = qobject_cast<sharing::CardPublisher*>(m_publisher);
        publisher && publisher->isPending())
        publisher->publishNow();
}

void MainWindow::setPresentation(bool on)
{
    // Meeting mode alone on the screen: no menus, sidebar or status bar.
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    if (m_sidebar)
        m_sidebar->setVisible(!on);
    if (m_workspace && m_workspace->layout())
        m_workspace->layout()->setContentsMargins(on ? QMargins() : QMargins(6, 6, 6, 0));
}

void MainWindow::fitIntoScreen()
{
    const QScreen* s = screen();
    if (!s || isFullScreen() || isMaximized())
        return;
    // The frame counts: the title bar and the status bar both stay on the screen.
    const QRect available = s->availableGeometry();
    const QRect frame = frameGeometry();
    const QRect client = geometry();
    const QMargins margins(client.left() - frame.left(), client.top() - frame.top(),
        frame.right() - client.right(), frame.bottom() - client.bottom());
    const QSize room = available.size().shrunkBy(margins);
    if (client.width() > room.width() || client.height() > room.height())
        resize(client.size().boundedTo(room));
    QRect placed = frameGeometry();
    placed.moveRight(std::min(placed.right(), available.right()));
    placed.moveBottom(std::min(placed.bottom(), available.bottom()));
    placed.moveLeft(std::max(placed.left(), available.left()));
    placed.moveTop(std::max(placed.top(), available.top()));
    if (placed.topLeft() != frameGeometry().topLeft())
        move(placed.topLeft());
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // Once the window manager has framed the window, its real frame is known.
    QTimer::singleShot(0, this, &MainWindow::fitIntoScreen);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    flushCard();
    if (m_meetingMode && m_meetingMode->hasUnsavedChanges())
        m_meetingMode->save();
    const auto s = settings();
    s->setValue(u"window/geometry"_s, saveGeometry());
    s->setValue(u"window/state"_s, saveState());
    if (m_pages)
        s->setValue(u"window/page"_s, m_pages->currentIndex());
    QMainWindow::closeEvent(event);
}

} // namespace outloud
