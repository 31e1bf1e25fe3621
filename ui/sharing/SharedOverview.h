// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sharing/CircleFigures.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QComboBox;

namespace outloud {

class Database;

/// What the overview shows of the members' shared cards: the age of each card beside the
/// member's name in the selector, and the selected member's card figures in a note.
class SharedOverview
{
    // tr() in members uses the context lupdate gives them, so their messages get translated.
    Q_DECLARE_TR_FUNCTIONS(outloud::SharedOverview)

public:
    /// Where each member's figures come from as of @p today (cards, the server), without
    /// counting anything: what labelSelector() and note() read, once per refresh.
    static sharing::CircleFigures figures(Database& db, qint64 circleId, QDate today);

    /// labelSelector() and note() from figures() already read; @p now: the database's clock.
    static void labelSelector(QComboBox* selector, const QStringList& names,
        const sharing::CircleFigures& figures, const QDateTime& now);
    static QString note(
        const sharing::CircleFigures& figures, qint64 memberId, const QDateTime& now);

    /// Adds "· card as of Tuesday 14:02" to members in @p selector (item data: member id)
    /// whose card is in the circle's folder; @p names are the plain item texts.
    static void labelSelector(
        QComboBox* selector, const QStringList& names, Database& db, qint64 circleId, QDate today);

    /// The selected member's card figures, or empty without a card.
    static QString note(Database& db, qint64 circleId, qint64 memberId, QDate today);
};

} // namespace outloud
