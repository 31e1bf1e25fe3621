// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NudgeScheduler.h"

#include "Notifier.h"
#include "nudge/WeeklyNudge.h"
#include "storage/Database.h"

#include <QTimer>
#include <algorithm>

namespace outloud {

NudgeScheduler::NudgeScheduler(
    Database& db, qint64 circleId, std::unique_ptr<Notifier> notifier, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_circleId(circleId)
    , m_notifier(std::move(notifier))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] {
        // Timers drift over a suspend; fire only when the moment really came.
        if (m_next.isValid() && m_db.now() >= m_next)
            nudge();
        schedule();
    });
    setNotifier(std::move(m_notifier));
}

void NudgeScheduler::setNotifier(std::unique_ptr<Notifier> notifier)
{
    m_notifier = std::move(notifier);
    if (m_notifier)
        connect(m_notifier.get(), &Notifier::clicked, this, &NudgeScheduler::openRequested);
}

NudgeScheduler::~NudgeScheduler() = default;

void NudgeScheduler::setSetting(const NudgeSetting& setting)
{
    m_setting = setting;
    schedule();
}

bool NudgeScheduler::isScheduled() const
{
    return m_timer->isActive();
}

void NudgeScheduler::schedule()
{
    m_next = m_setting.nextAfter(m_db.now());
    if (!m_next.isValid()) {
        m_timer->stop();
        return;
    }
    // Wake at least hourly so a clock change or a suspend cannot push the nudge far off.
    const qint64 ms = std::clamp<qint64>(m_db.now().msecsTo(m_next), 1000, 3600 * 1000);
    m_timer->start(int(ms));
}

bool NudgeScheduler::nudge()
{
    const QDateTime now = m_db.now();
    const std::optional<WeekStanding> standing = weekStanding(m_db, m_circleId, now);
    if (!standing || !m_notifier)
        return false;
    m_lastTitle = nudgeTitle(*standing);
    m_lastText = nudgeText(*standing, now);
    return m_notifier->notify(m_lastTitle, m_lastText);
}

} // namespace outloud
