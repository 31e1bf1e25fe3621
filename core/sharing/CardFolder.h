// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Card.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace outloud::sharing {

/// What a reader found in the shared folder: the usable cards and why others were skipped.
struct FolderReading
{
    QList<Card> cards; ///< At most one per member, never this member's own.
    QStringList notes; ///< One line per skipped file or problem, for the member to see.
};

/// The one file a member writes: "<member id>.outloud-card".
QString cardFileName(const QString& memberUid);

/// Writes @p card into @p folder atomically (a file beside it, then a rename), so a reader
/// sees the old card or the new one, never half of one. Readable by the other members.
bool writeCard(const QString& folder, const Card& card, QString* error);

/// Removes this member's card from @p folder (leaving the circle or stopping sharing).
bool removeCard(const QString& folder, const QString& memberUid, QString* error);

/// Reads the other members' cards of circle @p circleUid in @p folder. Cards of another
/// circle, broken, truncated or newer ones, conflict copies and temporary files are
/// skipped with a note; nothing in the folder can make it fail or show a wrong figure.
FolderReading readFolder(
    const QString& folder, const QString& circleUid, const QString& ownMemberUid);

} // namespace outloud::sharing
