// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nudge/NudgeSetting.h"

#include <QObject>
#include <memory>

class QTimer;

namespace outloud {

class Database;
class Notifier;

/**
 * Shows the weekly nudge while Outloud runs: at the chosen weekday and time, a desktop
 * notification says where the week stands; clicking it asks to open that week. Does
 * nothing (no timer) while the nudge is off.
 */
class NudgeScheduler : public QObject
{
    Q_OBJECT
public:
    NudgeScheduler(Database& db, qint64 circleId, std::unique_ptr<Notifier> notifier,
        QObject* parent = nullptr);
    ~NudgeScheduler() override;

    void setSetting(const NudgeSetting& setting);
    /// Replaces the desktop's notifier (tests use a fake).
    void setNotifier(std::unique_ptr<Notifier> notifier);
    bool hasNotifier() const { return m_notifier != nullptr; }
    NudgeSetting setting() const { return m_setting; }
    /// When the next nudge is due; invalid while off.
    QDateTime nextNudge() const { return m_next; }
    bool isScheduled() const;

    /// Shows the nudge now; false when there is nothing to say or no desktop to say it on.
    bool nudge();
    /// The title and text of the last nudge shown.
    QString lastTitle() const { return m_lastTitle; }
    QString lastText() const { return m_lastText; }

Q_SIGNALS:
    /// The user clicked the notification: show the week it talked about.
    void openRequested();

private:
    void schedule();

    Database& m_db;
    qint64 m_circleId;
    std::unique_ptr<Notifier> m_notifier;
    NudgeSetting m_setting;
    QDateTime m_next;
    QTimer* m_timer;
    QString m_lastTitle;
    QString m_lastText;
};

} // namespace outloud
