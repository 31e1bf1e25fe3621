// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupsDialog.h"

#include "BackupRunner.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "io/BackupService.h"
#include "io/FileIo.h"
#include "io/JsonArchive.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
// Work shorter than this shows no progress: nothing flashes.
constexpr int ShowProgressAfterMs = 1000;
} // namespace

BackupsDialog::BackupsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(u"backupsDialog"_s);
    setWindowTitle(tr("Backups"));

    auto* layout = new QVBoxLayout(this);
    // A server database is kept by the server's own backups: no daily copy here, and the
    // copies made on request are JSON archives of Outloud's data.
    auto* intro = new QLabel(db.isServer()
            ? tr("The server's own backups keep this database; Outloud makes no daily copy of it. "
                 "Back Up Now saves Outloud's data as a JSON archive in the folder below and "
                 "keeps the last %1. Restoring replaces everything with an archive; what it "
                 "replaces is kept as an archive too.")
                  .arg(io::BackupService::DefaultKeep)
            : tr("Outloud copies your data once a day when you open it and keeps the last %1 "
                 "copies. Restoring replaces everything with the copy; what it replaces is kept "
                 "as a backup too.")
                  .arg(io::BackupService::DefaultKeep));
    intro->setObjectName(u"intro"_s);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    m_folder = new QLabel;
    m_folder->setObjectName(u"folder"_s);
    m_folder->setTextFormat(Qt::PlainText);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setWordWrap(true);
    layout->addWidget(m_folder);

    m_list = new QTableWidget(0, 3);
    m_list->setObjectName(u"backupList"_s);
    m_list->setHorizontalHeaderLabels({tr("Made"), tr("Size"), tr("Kind")});
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_list->verticalHeader()->hide();
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_list, 1);

    m_status = new QLabel;
    m_status->setObjectName(u"status"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_busy = new QProgressBar;
    m_busy->setObjectName(u"busy"_s);
    m_busy->setRange(0, 0); // busy: a backup's progress cannot be read
    m_busy->setTextVisible(false);
    m_busy->hide();
    layout->addWidget(m_busy);

    auto* row = new QHBoxLayout;
    m_now = new QPushButton(tr("Back Up Now"));
    m_now->setObjectName(u"backupNow"_s);
    m_restore = new QPushButton(tr("Restore This Backup…"));
    m_restore->setObjectName(u"restoreBackup"_s);
    m_json = new QPushButton(tr("Restore from Export…"));
    m_json->setObjectName(u"restoreJson"_s);
    row->addWidget(m_now);
    row->addWidget(m_restore);
    row->addWidget(m_json);
    row->addStretch(1);
    layout->addLayout(row);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    layout->addWidget(buttons);

    connect(m_now, &QPushButton::clicked, this, &BackupsDialog::backupNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(m_json, &QPushButton::clicked, this, &BackupsDialog::restoreJson);
    connect(buttons, &QDialogButtonBox::rejected, this, &BackupsDialog::reject);
    connect(m_list, &QTableWidget::itemSelectionChanged, this,
        [this] { m_restore->setEnabled(!m_runner && !m_list->selectedItems().isEmpty()); });
    reload();
    resize(620, 440);
}

bool BackupsDialog::confirm(const QString& question)
{
    return MessageBox::question(this, tr("Restore"), question) == QMessageBox::Yes;
}

void BackupsDialog::reload()
{
    const io::BackupService service(m_db);
    m_folder->setText(tr("Folder: %1").arg(QDir::toNativeSeparators(service.folder())));
    const QList<io::BackupInfo> backups = service.backups();
    m_list->setRowCount(int(backups.size()));
    const QLocale locale;
    for (int i = 0; i < backups.size(); ++i) {
        const io::BackupInfo& b = backups.at(i);
        auto* made = new QTableWidgetItem(locale.toString(b.madeAt, QLocale::ShortFormat));
        made->setData(Qt::UserRole, b.path);
        made->setToolTip(QDir::toNativeSeparators(b.path));
        m_list->setItem(i, 0, made);
        m_list->setItem(i, 1, new QTableWidgetItem(locale.formattedDataSize(b.bytes)));
        m_list->setItem(
            i, 2, new QTableWidgetItem(b.beforeRestore ? tr("Before a restore") : tr("Daily")));
    }
    if (backups.isEmpty())
        m_status->setText(tr("No backups yet."));
    m_restore->setEnabled(!m_runner && !m_list->selectedItems().isEmpty());
}

BackupRunner* BackupsDialog::runner() const
{
    return m_runner;
}

QProgressDialog* BackupsDialog::progressDialog() const
{
    return m_progress;
}

void BackupsDialog::reject()
{
    if (m_restoring)
        return;
    QDialog::reject();
}

void BackupsDialog::setWorking(bool working)
{
    m_now->setEnabled(!working);
    m_json->setEnabled(!working);
    m_restore->setEnabled(!working && !m_list->selectedItems().isEmpty());
    if (!working)
        m_busy->hide();
}

void BackupsDialog::startTask(
    io::BackupTask task, const QString& source, const QString& working, Then then)
{
    const bool restore
        = task == io::BackupTask::RestoreBackup || task == io::BackupTask::RestoreExport;
    // A backup outlives the dialog under the window (closing the dialog does not stop it);
    // a restore keeps the dialog open until it is done.
    QObject* owner = parentWidget() ? static_cast<QObject*>(parentWidget()) : this;
    auto* runner = new BackupRunner(m_db.path(), m_db.clock(), task, source, owner);
    m_runner = runner;
    m_restoring = restore;
    setWorking(true);
    report(working, false);
    QTimer::singleShot(ShowProgressAfterMs, this, [this, runner, restore, working] {
        if (m_runner != runner)
            return;
        if (!restore) {
            m_busy->show();
            return;
        }
        // The window still paints, but takes no edit that the restore would overwrite.
        auto* progress = new QProgressDialog(working, QString(), 0, 0, this);
        progress->setObjectName(u"restoreProgress"_s);
        progress->setWindowTitle(tr("Restore"));
        progress->setCancelButton(nullptr); // a restore cannot stop halfway
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(0);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        progress->setMinimumWidth(480); // the label names the backup whole
        m_progress = progress;
        progress->show();
    });
    connect(runner, &BackupRunner::finished, this,
        [this, then = std::move(then)](bool ok, const QString& made, const QString& error) {
            m_restoring = false;
            m_runner = nullptr;
            delete m_progress;
            setWorking(false);
            then(ok, made, error);
        });
    Q_EMIT taskStarted(runner);
    runner->start();
}

void BackupsDialog::finishRestore(const QString& message, const QString& savedAs)
{
    // The restore wrote through a connection of its own: the window's pages read
    // everything again, as after a write on the window's connection.
    m_db.notifyChanged(Database::AllTables);
    if (m_db.isServer())
        m_db.refreshCirclesToAnnounce();
    reload();
    report(message, false);
    m_status->setToolTip(QDir::toNativeSeparators(savedAs));
    Q_EMIT restored();
}

void BackupsDialog::report(const QString& message, bool isError)
{
    m_status->setStyleSheet(isError ? u"color: #b00020;"_s : QString());
    m_status->setText(message);
}

void BackupsDialog::backupNow()
{
    startTask(io::BackupTask::BackupNow, QString(), tr("Backing up…"),
        [this](bool ok, const QString& path, const QString& error) {
            if (!ok) {
                report(error, true);
                return;
            }
            reload();
            report(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)), false);
        });
}

void BackupsDialog::restoreSelected()
{
    const QList<QTableWidgetItem*> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const QTableWidgetItem* made = m_list->item(selected.first()->row(), 0);
    const QString path = made->data(Qt::UserRole).toString();
    const QString when = made->text(); // the item goes away with reload()
    if (!confirm(tr("Replace everything in Outloud with the backup made %1? What it replaces is "
                    "kept as a backup.")
                     .arg(when)))
        return;
    startTask(io::BackupTask::RestoreBackup, path, tr("Restoring the backup made %1…").arg(when),
        [this, when](bool ok, const QString& savedAs, const QString& error) {
            if (!ok) {
                report(error, true);
                return;
            }
            finishRestore(tr("Restored the backup made %1. What it replaced is the newest backup "
                             "in the list.")
                              .arg(when),
                savedAs);
        });
}

void BackupsDialog::restoreJson()
{
    const QString path = FileDialog::openFileName(this, tr("Restore from an Outloud export"),
        QDir::homePath(), tr("Outloud export (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString name = QFileInfo(path).fileName();
    // Checked whole before the question, read as it streams: any size fits in memory.
    startTask(io::BackupTask::CheckExport, path, tr("Reading %1…").arg(name),
        [this, path, name](bool ok, const QString&, const QString& error) {
            if (!ok) {
                report(error, true);
                return;
            }
            report(QString(), false);
            if (!confirm(tr("Replace everything in Outloud with the export %1? What it replaces "
                            "is kept as a backup.")
                             .arg(QDir::toNativeSeparators(path))))
                return;
            startTask(io::BackupTask::RestoreExport, path, tr("Restoring %1…").arg(name),
                [this, name](bool restored, const QString& savedAs, const QString& failure) {
                    if (!restored) {
                        report(failure, true);
                        return;
                    }
                    finishRestore(
                        tr("Restored %1. What it replaced is the newest backup in the list.")
                            .arg(name),
                        savedAs);
                });
        });
}

} // namespace outloud
