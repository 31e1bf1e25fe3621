// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupRunner.h"

#include <QThread>

namespace outloud {

BackupRunner::BackupRunner(
    QString location, Clock clock, io::BackupTask task, QString source, QObject* parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_clock(std::move(clock))
    , m_task(task)
    , m_source(std::move(source))
{ }

BackupRunner::~BackupRunner()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackupRunner::start()
{
    m_thread = QThread::create([this] {
        if (m_beforeTask)
            m_beforeTask();
        m_ok = io::runBackupTask(m_location, m_clock, m_task, m_source, &m_made, &m_error);
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished(m_ok, m_made, m_error);
        deleteLater();
    });
    m_thread->start();
}

} // namespace outloud
