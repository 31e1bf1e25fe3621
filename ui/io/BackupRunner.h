// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/BackupJob.h"

#include <QObject>
#include <functional>

class QThread;

namespace outloud {

/**
 * One task of File > Backups (io::runBackupTask: Back Up Now, a restore, reading an export
 * through) on a thread and connection of its own, so that the window paints meanwhile.
 * Emits finished() from the GUI thread, then deletes itself. Destroyed earlier (the window
 * closing), it waits for the task: a backup ends whole or leaves nothing, a restore is
 * committed whole or rolled back; neither can be stopped halfway.
 */
class BackupRunner : public QObject
{
    Q_OBJECT
public:
    BackupRunner(
        QString location, Clock clock, io::BackupTask task, QString source, QObject* parent);
    ~BackupRunner() override;

    void start();
    io::BackupTask task() const { return m_task; }
    /// For tests: runs on the worker thread before the task.
    void setBeforeTask(std::function<void()> hook) { m_beforeTask = std::move(hook); }

Q_SIGNALS:
    /// @p made: the new backup, or the backup of what a restore replaced.
    void finished(bool ok, const QString& made, const QString& error);

private:
    QString m_location;
    Clock m_clock;
    io::BackupTask m_task;
    QString m_source;
    std::function<void()> m_beforeTask;
    QThread* m_thread = nullptr;
    bool m_ok = false;
    QString m_made;
    QString m_error;
};

} // namespace outloud
