// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupsDialog.h"

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
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

BackupsDialog::BackupsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(u"backupsDialog"_s);
    setWindowTitle(tr("Backups"));

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Outloud copies your data once a day when you open it and keeps the last %1 copies. "
           "Restoring replaces everything with the copy; what it replaces is kept as a backup too.")
            .arg(io::BackupService::DefaultKeep));
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

    auto* row = new QHBoxLayout;
    auto* now = new QPushButton(tr("Back Up Now"));
    now->setObjectName(u"backupNow"_s);
    m_restore = new QPushButton(tr("Restore This Backup…"));
    m_restore->setObjectName(u"restoreBackup"_s);
    auto* json = new QPushButton(tr("Restore from Export…"));
    json->setObjectName(u"restoreJson"_s);
    row->addWidget(now);
    row->addWidget(m_restore);
    row->addWidget(json);
    row->addStretch(1);
    layout->addLayout(row);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    layout->addWidget(buttons);

    connect(now, &QPushButton::clicked, this, &BackupsDialog::backupNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(json, &QPushButton::clicked, this, &BackupsDialog::restoreJson);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTableWidget::itemSelectionChanged, this,
        [this] { m_restore->setEnabled(!m_list->selectedItems().isEmpty()); });
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
    m_restore->setEnabled(!m_list->selectedItems().isEmpty());
}

void BackupsDialog::report(const QString& message, bool isError)
{
    m_status->setStyleSheet(isError ? u"color: #b00020;"_s : QString());
    m_status->setText(message);
}

void BackupsDialog::backupNow()
{
    io::BackupService service(m_db);
    QString path;
    QString error;
    if (!service.backupNow(&path, &error)) {
        report(error, true);
        return;
    }
    reload();
    report(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)), false);
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
    io::BackupService service(m_db);
    QString savedAs;
    QString error;
    if (!service.restoreBackup(path, &savedAs, &error)) {
        report(error, true);
        return;
    }
    reload();
    report(tr("Restored the backup made %1. What it replaced is the newest backup in the list.")
               .arg(when),
        false);
    m_status->setToolTip(QDir::toNativeSeparators(savedAs));
    Q_EMIT restored();
}

void BackupsDialog::restoreJson()
{
    const QString path = FileDialog::openFileName(this, tr("Restore from an Outloud export"),
        QDir::homePath(), tr("Outloud export (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    // Checked whole before the question, read as it streams: any size fits in memory.
    if (!io::json::checkFile(path, nullptr, &error)) {
        report(error, true);
        return;
    }
    if (!confirm(tr("Replace everything in Outloud with the export %1? What it replaces is kept "
                    "as a backup.")
                     .arg(QDir::toNativeSeparators(path))))
        return;
    QString savedAs;
    if (!io::BackupService(m_db).restoreJsonFile(path, &savedAs, &error)) {
        report(error, true);
        return;
    }
    reload();
    report(tr("Restored %1. What it replaced is the newest backup in the list.")
               .arg(QFileInfo(path).fileName()),
        false);
    m_status->setToolTip(QDir::toNativeSeparators(savedAs));
    Q_EMIT restored();
}

} // namespace outloud
