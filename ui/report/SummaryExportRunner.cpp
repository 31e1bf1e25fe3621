// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryExportRunner.h"

#include <QThread>

namespace outloud {

SummaryExportRunner::SummaryExportRunner(summarypdf::Request request, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
{ }

SummaryExportRunner::~SummaryExportRunner()
{
    if (m_thread) {
        // The dialog or the window is going: stop at the next page; the scratch file goes.
        m_progress.canceled = true;
        m_thread->wait();
        delete m_thread;
    }
}

void SummaryExportRunner::start()
{
    if (m_thread)
        return;
    // The thread reads only the request (copied, never changed) and writes the progress
    // (atomics), m_error and m_canceled, which are read after it finished.
    m_thread = QThread::create([this] {
        if (summarypdf::exportAside(m_request, &m_progress, &m_canceled, &m_error))
            m_error.clear();
    });
    connect(m_thread, &QThread::finished, this, &SummaryExportRunner::done);
    m_thread->start();
}

void SummaryExportRunner::cancel()
{
    m_progress.canceled = true;
}

void SummaryExportRunner::done()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    Q_EMIT finished(m_canceled, m_error);
}

} // namespace outloud
