// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Card.h"
#include "org/OrgService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace outloud {

class Database;

namespace sharing {

/// One member's figures for a meeting, and where they come from.
struct MemberFigures
{
    enum class Source {
        Local, ///< This database (the member's own, or whatever was logged here).
        Card, ///< The member's card in the shared folder.
        Reported, ///< Typed in by the facilitator from what the member said in the round.
        /// An organization database's shared figures (org_circle_members(), checked by the
        /// server): the member's list stays hidden, their counts and streak do not.
        Server,
    };
    qint64 memberId = -1;
    QString name;
    bool isMe = false;
    Source source = Source::Local;
    QDateTime asOf; ///< When the card was written or the figures reported (UTC).
    std::optional<Card> card; ///< The card, when one was read (even if reported wins).
    std::optional<OrgMemberFigures> server; ///< Source::Server: what the circle shares.
    RoundFigures round; ///< For the round at the meeting.
};

/// Every member's figures for meeting @p week, and notes about skipped files.
struct CircleFigures
{
    QList<MemberFigures> members;
    QStringList notes;
    const MemberFigures* find(qint64 memberId) const;
};

/// What circleFigures() reads: the round's counts take a look-up per member in the
/// contributions; the Overview needs only where each member's figures come from.
enum class Rounds { Counted, Skipped };

/// The figures each member of @p circleId brings to meeting @p week: "me" from this
/// database; the others, on an organization database, from what the server shares of them
/// as of @p asOf (invalid: the last day of @p week, or today while it runs, the day the
/// member's own analytics use for that week); elsewhere from what the facilitator typed in
/// for this meeting, else their card in the circle's shared folder, else this database.
/// With Rounds::Skipped every member's `round` stays empty.
CircleFigures circleFigures(
    Database& db, qint64 circleId, int week, QDate asOf = {}, Rounds rounds = Rounds::Counted);

/// "as of Tuesday 14:02" (within the last week), else "as of 3 March 14:02", in local
/// time. A card dated ahead of @p now says so: the writer's clock is ahead.
QString asOfText(const QDateTime& at, const QDateTime& now);
/// The same without "as of": "Tuesday 14:02".
QString whenText(const QDateTime& at, const QDateTime& now);

} // namespace sharing
} // namespace outloud
