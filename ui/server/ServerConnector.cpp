// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerConnector.h"

#include "storage/Database.h"

#include <QProgressDialog>
#include <QThread>
#include <QWidget>
#include <memory>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
struct Outcome
{
    bool ok = false;
    QString error;
};
} // namespace

ServerConnector::ServerConnector(QWidget* parent)
    : QObject(parent)
    , m_parent(parent)
{ }

ServerConnector::~ServerConnector()
{
    ++m_attempt; // a thread still running reports to nobody
    delete m_progress;
}

void ServerConnector::start(const QString& address)
{
    const int attempt = ++m_attempt;
    m_busy = true;
    auto outcome = std::make_shared<Outcome>();
    // The check opens (and, for an empty database, prepares) the database on a connection
    // that lives and dies on the thread: Qt's SQL connections belong to their thread.
    QThread* thread = QThread::create([outcome, address] {
        std::unique_ptr<Database> db = Database::open(address, &outcome->error);
        outcome->ok = db != nullptr;
    });
    thread->setObjectName(u"outloud-connect"_s);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, attempt, outcome, address] {
        if (attempt != m_attempt)
            return; // canceled, or another attempt started since
        m_busy = false;
        if (m_progress) {
            m_progress->hide();
            m_progress->deleteLater();
        }
        if (outcome->ok)
            Q_EMIT connected(address);
        else
            Q_EMIT failed(address, outcome->error);
    });

    delete m_progress;
    m_progress = new QProgressDialog(m_parent);
    m_progress->setObjectName(u"connectProgress"_s);
    m_progress->setWindowTitle(tr("Connect to a server"));
    m_progress->setLabelText(tr("Connecting to %1…").arg(address));
    m_progress->setRange(0, 0); // busy: libpq reports no progress
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setWindowModality(Qt::WindowModal);
    connect(m_progress, &QProgressDialog::canceled, this, &ServerConnector::cancel);
    m_progress->show();
    thread->start();
}

QProgressDialog* ServerConnector::progress() const
{
    return m_progress;
}

void ServerConnector::cancel()
{
    if (!m_busy)
        return;
    ++m_attempt;
    m_busy = false;
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    Q_EMIT canceled();
}

} // namespace outloud
