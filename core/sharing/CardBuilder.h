// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Card.h"

#include <QDateTime>

namespace outloud {

class Database;

namespace sharing {

/// This member's card for @p circleId with the parts in @p parts, written at @p now. The
/// figures come from the same analytics the overview shows (core/analytics), so a card
/// and the member's own overview always agree. Null when the circle or member is unknown.
std::optional<Card> buildCard(
    Database& db, qint64 circleId, qint64 memberId, int parts, const QDateTime& now);

} // namespace sharing
} // namespace outloud
