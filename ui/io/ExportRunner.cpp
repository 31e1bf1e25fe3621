// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportRunner.h"

#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
// The dialog's range: per mille, since a row count may not fit an int.
constexpr int Steps = 1000;
} // namespace

ExportRunner::ExportRunner(
    QString location, io::ExportKind kind, qint64 memberId, QString path, QWidget* parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_kind(kind)
    , m_memberId(memberId)
    , m_path(std::move(path))
    , m_parent(parent)
{ }

ExportRunner::~ExportRunner()
{
    if (m_thread) {
        // The window is closing: stop at the next piece; the writer removes its temporary.
        m_progress.canceled = true;
        m_thread->wait();
        delete m_thread;
    }
    delete m_dialog;
}

void ExportRunner::start()
{
    m_dialog = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, Steps, m_parent);
    m_dialog->setObjectName(u"exportProgress"_s);
    m_dialog->setWindowTitle(tr("Export data"));
    // Not modal: the window stays usable, the export reads its own snapshot. Shown only
    // when the export is still running after a second.
    m_dialog->setMinimumDuration(1000);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, &ExportRunner::cancel);
    m_thread = QThread::create([this] {
        io::exportAside(m_location, m_kind, m_memberId, m_path, &m_progress, &m_canceled, &m_error);
    });
    connect(m_thread, &QThread::finished, this, &ExportRunner::done);
    // The counts are read a few times a second, not sent per row: the window stays free.
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ExportRunner::showProgress);
    m_poll->start();
    m_thread->start();
}

void ExportRunner::cancel()
{
    m_progress.canceled = true;
    if (m_dialog)
        m_dialog->setLabelText(tr("Stopping the export…"));
}

void ExportRunner::showProgress()
{
    const qint64 total = m_progress.total.load();
    const qint64 rows = m_progress.rows.load(std::memory_order_relaxed);
    if (total > 0 && !m_progress.canceled.load()) {
        m_dialog->setLabelText(tr("Exporting %L1 of %L2 rows…").arg(rows).arg(total));
        m_dialog->setValue(int(std::min<qint64>(Steps - 1, rows * Steps / total)));
    }
}

void ExportRunner::done()
{
    m_poll->stop();
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_dialog)
        m_dialog->hide();
    Q_EMIT finished(m_canceled, m_error);
    deleteLater();
}

} // namespace outloud
