// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeepInTouch.h"

#include <QDate>
#include <QList>
#include <QString>

namespace outloud {

class Database;

/// Someone worth contacting this week, and a contribution that fits how close we are.
struct ReachOutSuggestion
{
    qint64 personId = -1;
    QString name;
    int closeness = 0;
    QDate lastContact; ///< Invalid when there never was one.
    int weeksSinceContact = -1; ///< -1: never in touch.
    qint64 kindId = -1; ///< The suggested kind of contribution.
    QString kindName;
    TouchStatus touch = TouchStatus::NoRhythm; ///< Due or Overdue when the rhythm asks for it.
    QDate due; ///< When the rhythm made them due; invalid for a plain silence.
};

/**
 * A network needs maintaining, not only growing. Suggests first the people whose
 * keep-in-touch rhythm is due or overdue this week (see KeepInTouchService), the most
 * overdue first; then people without a rhythm on @p memberId's list with no contribution
 * either way for
 * at least @p staleWeeks weeks (or never), closest relationships first (they are the
 * ones that fade unnoticed), then the longest silence.
 *
 * The suggested kind fits the closeness: light, low-intimacy gifts (attention,
 * appreciation) for 0-1; recognition, sharing their work or a question for 2; deeper
 * ones (help, connecting people, collaborating, advocating) for 3 and more. The kind
 * rotates through the fitting ones so the list does not read as one repeated idea.
 */
QList<ReachOutSuggestion> reachOutSuggestions(
    Database& db, qint64 memberId, QDate today, int staleWeeks = 3, int limit = 7);

/// The catalogue codes that fit a closeness level, lightest first.
QStringList fittingKindCodes(int closeness);

} // namespace outloud
