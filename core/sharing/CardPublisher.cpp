// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardPublisher.h"

#include "CardBuilder.h"
#include "CardFolder.h"
#include "SharingService.h"
#include "circle/CircleService.h"

namespace outloud::sharing {

CardPublisher::CardPublisher(Database& db, qint64 circleId, qint64 memberId, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_circleId(circleId)
    , m_memberId(memberId)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { publishNow(); });
    // A burst of edits (an import, a meeting saved) becomes one write when it settles.
    connect(&m_db, &Database::changed, this, [this](Database::Tables tables) {
        const Database::Tables shown = Database::Circles | Database::Members | Database::Goals
            | Database::Contributions | Database::Meetings | Database::Commitments;
        if ((tables & shown) && !m_timer.isActive())
            m_timer.start();
    });
}

bool CardPublisher::publishNow(QString* error)
{
    m_timer.stop();
    const ShareSettings settings = SharingService(m_db).settings(m_circleId);
    // Only the owner of the file shares, and only once they agreed to what leaves it.
    if (!settings.isSharing() || m_memberId < 0
        || CircleService(m_db).meId(m_circleId) != m_memberId)
        return true;
    QString message;
    const std::optional<Card> card
        = buildCard(m_db, m_circleId, m_memberId, settings.parts, m_db.now());
    if (!card || !writeCard(settings.folder, *card, &message)) {
        if (error)
            *error = message;
        Q_EMIT failed(message);
        return false;
    }
    m_lastWritten = card->writtenAt;
    Q_EMIT published();
    return true;
}

} // namespace outloud::sharing
