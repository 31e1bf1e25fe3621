// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/BackupJob.h"

#include <QDialog>
#include <QPointer>
#include <functional>

class QLabel;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QTableWidget;

namespace outloud {
class BackupRunner;
class Database;

/**
 * Lists the backups of the open database (newest first), makes one on request, and
 * restores a backup or an Outloud JSON export after the user confirms. A restore keeps a
 * backup of what it replaces and runs in one transaction; afterwards the dialog emits
 * restored(), after which the undo history no longer applies.
 *
 * Each of them runs on a thread and connection of its own (BackupRunner): the dialog shows
 * it is working (its buttons off, a busy bar or, for a restore, a window-modal progress
 * dialog after a second) while the window paints. A backup goes on when the dialog is
 * closed (its runner belongs to the dialog's parent, the window); a restore keeps the
 * dialog open until it is done, and then tells the window's models to read everything
 * again.
 */
class BackupsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BackupsDialog(Database& db, QWidget* parent = nullptr);

    void reload();
    /// The task running, if any (for tests).
    BackupRunner* runner() const;
    /// The restore's progress dialog once shown (for tests).
    QProgressDialog* progressDialog() const;

    /// While a restore runs the dialog stays open: it cannot be stopped halfway.
    void reject() override;

Q_SIGNALS:
    void restored();
    /// A task started on @p runner (not yet running: a test may hold it). A backup may end
    /// after this dialog closed.
    void taskStarted(outloud::BackupRunner* runner);

private:
    using Then = std::function<void(bool ok, const QString& made, const QString& error)>;

    void backupNow();
    void restoreSelected();
    void restoreJson();
    void startTask(io::BackupTask task, const QString& source, const QString& working, Then then);
    void finishRestore(const QString& message, const QString& savedAs);
    void setWorking(bool working);
    void report(const QString& message, bool isError);
    bool confirm(const QString& question);

    Database& m_db;
    QTableWidget* m_list = nullptr;
    QLabel* m_folder = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_now = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_json = nullptr;
    QPointer<BackupRunner> m_runner;
    QPointer<QProgressDialog> m_progress;
    bool m_restoring = false;
};

} // namespace outloud
