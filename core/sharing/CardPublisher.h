// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace outloud::sharing {

/**
 * Keeps this member's card in the circle's shared folder current: after each change to
 * the database it writes the card once the changes settle, at most once per interval, and
 * only when the member has chosen a folder and confirmed what leaves the machine.
 */
class CardPublisher : public QObject
{
    Q_OBJECT
public:
    /// How long changes settle before the card is written (and the least time between writes).
    static constexpr int DefaultIntervalMs = 3000;

    CardPublisher(Database& db, qint64 circleId, qint64 memberId, QObject* parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    /// A write is waiting for the interval to pass.
    bool isPending() const { return m_timer.isActive(); }
    /// Writes the card once the interval passes (as after a change): at start-up, so the
    /// card's date and this week's streak are current even before the first edit.
    void schedule()
    {
        if (!m_timer.isActive())
            m_timer.start();
    }
    /// Writes the card now if the circle is shared; true when nothing needed writing.
    bool publishNow(QString* error = nullptr);
    QDateTime lastWritten() const { return m_lastWritten; }

Q_SIGNALS:
    void published();
    void failed(const QString& message);

private:
    Database& m_db;
    qint64 m_circleId;
    qint64 m_memberId;
    QTimer m_timer;
    QDateTime m_lastWritten;
};

} // namespace outloud::sharing
