// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Card.h"
#include "Invitation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <optional>

namespace outloud {

class Database;

namespace sharing {

/// Where a circle shares its cards and what this member's card holds.
struct ShareSettings
{
    QString folder; ///< Empty: not shared.
    int parts = AllParts; ///< Part bits the member lets leave the machine.
    QDateTime confirmedAt; ///< When the member saw the card and agreed; invalid: not yet.

    bool isSharing() const { return !folder.isEmpty() && confirmedAt.isValid(); }
};

/// What a member said in the round when their figures are not in the folder.
struct ReportedRound
{
    int given = 0;
    int received = 0;
    int commitmentsDue = 0;
    int commitmentsKept = 0;
    QDateTime reportedAt;
    bool operator==(const ReportedRound&) const = default;
};

/// What joining did.
struct JoinOutcome
{
    enum class Result { Joined, Updated, Unchanged };
    Result result = Result::Unchanged;
    qint64 circleId = -1;
    qint64 meId = -1;
};

/// Invitations, share settings and reported figures, each edit in one transaction.
class SharingService
{
    // tr() in members uses the context lupdate gives them, so their messages get translated.
    Q_DECLARE_TR_FUNCTIONS(outloud::sharing::SharingService)

public:
    explicit SharingService(Database& db);

    QString circleUid(qint64 circleId) const;
    QString memberUid(qint64 memberId) const;
    qint64 circleIdByUid(const QString& uid) const;
    qint64 memberIdByUid(qint64 circleId, const QString& uid) const;

    /// The invitation for @p circleId as it stands now, dated by the database's clock.
    std::optional<Invitation> invitation(qint64 circleId, QString* error) const;

    /// Brings the invited circle into this database with member @p meUid as "me". A circle
    /// already here changes only for a newer invitation (schedule, plan, new members,
    /// renamed ones); members missing from it keep their data. All or nothing.
    std::optional<JoinOutcome> join(
        const Invitation& invitation, const QString& meUid, QString* error);

    ShareSettings settings(qint64 circleId) const;
    bool setSettings(qint64 circleId, const ShareSettings& settings, QString* error);

    std::optional<ReportedRound> reported(qint64 memberId, int week) const;
    /// Stores what @p memberId reported for meeting @p week (dated now); nullopt removes it.
    bool setReported(
        qint64 memberId, int week, const std::optional<ReportedRound>& round, QString* error);

private:
    /// join()'s work inside one write: creates or updates the circle.
    bool applyInvitation(QSqlQuery& query, const Invitation& invitation, const QString& meUid,
        JoinOutcome* outcome, QString* error);

    Database& m_db;
};

} // namespace sharing
} // namespace outloud
