// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "analytics/DashboardWidget.h"
#include "circle/CircleService.h"
#include "common/FontWarmup.h"
#include "common/Format.h"
#include "contributions/ContributionsPage.h"
#include "contributions/QuickAddBar.h"
#include "meetings/MeetingModeWidget.h"
#include "meetings/MeetingService.h"
#include "nudge/NudgeScheduler.h"
#include "nudge/NudgeSettingWidget.h"
#include "org/ProgramPage.h"
#include "people/KeepInTouchDefaultsWidget.h"
#include "people/RelationshipsPage.h"
#include "server/ServerSession.h"
#include "settings/LanguageSettingWidget.h"
#include "settings/UserSettings.h"
#include "storage/Database.h"
#include "undo/Editor.h"

#include <QAction>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
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
    // The file is opened before the first child widget: meanwhile the fonts' configuration
    // loads on another core (FontWarmup, started by main()), which is awaited here.
    const bool local = QFileInfo::exists(m_path) && !Database::isServerLocation(m_path);
    QString openError;
    std::unique_ptr<Database> opened = local ? Database::open(m_path, &openError) : nullptr;
    FontWarmup::await();

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
    // The welcome page is made when a newcomer needs it (showWelcome), not on every start.

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
    if (local) {
        if (opened)
            adoptDatabase(std::move(opened), m_path);
        else
            showWelcome(openError);
    } else {
        showWelcome();
        if (Database::isServerLocation(m_path))
            m_server->connectTo(m_path);
    }
}

MainWindow::~MainWindow()
{
    if (m_backupThread)
        m_backupThread->wait();
    // Pages and models refer to the database: they go first.
    clearWorkspace();
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
    if (m_program)
        m_program->setToday(today);
    updateStatus();
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
    if (m_access == Access::ProgramAdmin) {
        // The support team looks at the program, not at one circle.
        m_statusCircle->setText(tr("The program (support team)"));
        m_statusWeek->clear();
        m_statusNext->clear();
        setWindowTitle(tr("Program – Outloud"));
        return;
    }
    const std::optional<Member> me
        = m_access == Access::Member ? circles.member(m_memberId) : std::nullopt;
    m_statusCircle->setText(me                ? tr("%1 · %2").arg(circle->name, me->name)
            : m_access == Access::Facilitator ? tr("%1 · facilitating").arg(circle->name)
                                              : circle->name);
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

void MainWindow::fitIntoScreen(bool place)
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
    if (!place)
        return;
    QRect placed = frameGeometry();
    placed.moveRight(std::min(placed.right(), available.right()));
    placed.moveBottom(std::min(placed.bottom(), available.bottom()));
    placed.moveLeft(std::max(placed.left(), available.left()));
    placed.moveTop(std::max(placed.top(), available.top()));
    if (placed.topLeft() != frameGeometry().topLeft())
        move(placed.topLeft());
}

bool MainWindow::event(QEvent* event)
{
    const bool done = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        scheduleDeferredWork(); // after this paint has reached the screen
    }
    return done;
}

void MainWindow::setVisible(bool visible)
{
    // Shown: the native window made now if it is not yet, so that its frame is known, and the
    // window fitted into its screen before the layout lays the page out on show.
    // Fitted after that (a window larger than its screen's room, such as 1280 x 800 on a
    // screen of 1280 x 800), the Overview's charts were laid out twice before the first paint.
    if (visible && !isVisible()) {
        if (!testAttribute(Qt::WA_WState_Created))
            create();
        fitIntoScreen(false);
    }
    QMainWindow::setVisible(visible);
}

void MainWindow::showEvent(QShowEvent* event)
{
    // Its size fitted now, before the event loop lays out the page on show: the Overview's
    // charts laid out at a size the window is about to leave cost as much again before the
    // first paint.
    fitIntoScreen(false);
    // The page on show, and only it, before the first paint.
    if (m_pages)
        ensurePage(currentPage());
    QMainWindow::showEvent(event);
    // Once the window manager has framed the window, its real frame is known.
    QTimer::singleShot(0, this, [this] { fitIntoScreen(); });
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
