// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a database (or the demo, or a new circle), and what the File menu does with it: backups,
// import, exports, the week summary.
#include "MainWindow.h"
#include "SetupPage.h"
#include "WelcomePage.h"
#include "circle/CircleService.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "demo/DemoGenerator.h"
#include "io/BackupRunner.h"
#include "io/BackupService.h"
#include "io/BackupsDialog.h"
#include "io/ExportRunner.h"
#include "io/ImportDialog.h"
#include "io/ImportPeopleCommand.h"
#include "report/ExportSummaryDialog.h"
#include "report/SummaryPrint.h"
#include "server/ServerSession.h"
#include "storage/Database.h"
#include "undo/Editor.h"

#include <QDir>
#include <QFileInfo>
#include <QStackedWidget>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace outloud {

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
    adoptDatabase(std::move(db), path);
    return true;
}

void MainWindow::adoptDatabase(std::unique_ptr<Database> db, const QString& path)
{
    clearWorkspace();
    m_db = std::move(db);
    m_path = path;
    m_server->watch(m_db.get());
    // A copy a day, kept beside the database: once the window is up, without holding it.
    m_backupDue = true;
    scheduleDeferredWork();
    m_circleId = rememberedCircle();
    if (m_circleId < 0) {
        startOwnCircle();
        return;
    }
    chooseMe();
    buildWorkspace();
}

void MainWindow::startDailyBackup()
{
    // The server's own backups keep a server database; one copy at a time.
    if (!m_db || m_db->isServer() || m_backupThread)
        return;
    // VACUUM INTO reads the whole file (seconds on a large one): on a connection of its own,
    // in a thread of its own, so the window paints and takes input meanwhile. Failing to make
    // a copy does not stop work.
    auto error = std::make_shared<QString>();
    m_backupThread = QThread::create([path = m_path, clock = m_db->clock(), error] {
        std::unique_ptr<Database> db
            = Database::open(path, error.get(), Database::OpenMode::MustExist);
        if (!db)
            return;
        db->setClock(clock);
        bool made = false;
        if (io::BackupService(*db).backupIfDue(&made, error.get()))
            error->clear();
    });
    connect(m_backupThread, &QThread::finished, this, [this, error] {
        m_backupThread->deleteLater();
        m_backupThread = nullptr;
        if (!error->isEmpty())
            showMessage(tr("No backup was made today: %1").arg(*error));
        Q_EMIT dailyBackupDone();
    });
    m_backupThread->start(QThread::LowPriority);
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

void MainWindow::showWelcome(const QString& message)
{
    if (!m_welcome) {
        m_welcome = new WelcomePage(m_stack);
        m_stack->addWidget(m_welcome);
        connect(m_welcome, &WelcomePage::openDemoRequested, this, &MainWindow::openDemo);
        connect(m_welcome, &WelcomePage::startOwnRequested, this, &MainWindow::startOwnCircle);
    }
    m_welcome->setMessage(message);
    m_stack->setCurrentWidget(m_welcome);
}

void MainWindow::showBackups()
{
    if (!m_db)
        return;
    auto* dialog = new BackupsDialog(*m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BackupsDialog::restored, this, [this] {
        // The file's contents were replaced (the dialog had the pages read them again):
        // earlier edits can no longer be undone.
        if (m_editor)
            m_editor->undoStack()->clear();
        updateStatus();
    });
    // Back Up Now goes on when the dialog is closed: its outcome shows here as well.
    connect(dialog, &BackupsDialog::taskStarted, this, [this](BackupRunner* runner) {
        if (runner->task() != io::BackupTask::BackupNow)
            return;
        connect(runner, &BackupRunner::finished, this,
            [this](bool ok, const QString& path, const QString& error) {
                showMessage(ok ? tr("Backed up to %1").arg(QDir::toNativeSeparators(path))
                               : tr("No backup was made: %1").arg(error));
            });
    });
    dialog->open();
}

void MainWindow::importPeople()
{
    if (!m_db || !m_editor)
        return;
    auto* dialog = new ImportDialog(*m_db, m_memberId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](const io::ImportOutcome& outcome) {
        // The import already ran in one transaction; this makes it one undo step.
        QString error;
        m_editor->push(std::make_unique<ImportPeopleCommand>(*m_db, outcome), &error);
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
    // On a thread and connection of its own: a large file takes seconds, and the window
    // paints and takes input meanwhile.
    const io::ExportKind kind = json ? io::ExportKind::Everything
        : what == u"people"_s        ? io::ExportKind::People
                                     : io::ExportKind::Contributions;
    auto* runner = new ExportRunner(m_db->path(), kind, m_memberId, path, this);
    connect(
        runner, &ExportRunner::finished, this, [this, path](bool canceled, const QString& error) {
            if (error.isEmpty())
                showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
            else if (canceled)
                showMessage(error);
            else
                MessageBox::warning(this, tr("Export data"), error);
        });
    runner->start();
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

} // namespace outloud
