// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circle/Circle.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace outloud::sharing {

/// One member as the invitation lists them.
struct InvitedMember
{
    QString uid;
    QString name;
    bool facilitator = false;
    bool operator==(const InvitedMember&) const = default;
};

/// One meeting of the schedule: its wall-clock time in the circle's zone.
struct InvitedMeeting
{
    int week = 0;
    QDate date; ///< Wall-clock date and time in the circle's zone (as the schedule stores it).
    QTime time;
    bool skipped = false;
    bool operator==(const InvitedMeeting&) const = default;
};

/**
 * What the facilitator sends the members: the circle's stable id, name, schedule, plan and
 * members. It holds nothing private (no goals, lists or notes). Joining it twice changes
 * nothing; a newer one (a later issuedAt) updates the schedule, the plan and the members.
 */
struct Invitation
{
    static constexpr int FormatVersion = 1;

    QDateTime issuedAt; ///< UTC; orders invitations of the same circle.
    QString circleUid;
    Circle circle; ///< id and facilitatorId unused.
    QList<InvitedMeeting> meetings;
    QString planText; ///< The circle's own week plan; empty: the shipped plan.
    QList<InvitedMember> members;
};

/// The file the facilitator sends: indented JSON.
QByteArray invitationToJson(const Invitation& invitation);

/// Reads an invitation; refuses broken, empty and newer-format files with a clear message.
std::optional<Invitation> parseInvitation(const QByteArray& bytes, QString* error);

/// The file name suffix (and the MIME type's glob): "*.outloud-invitation".
inline constexpr char16_t InvitationSuffix[] = u".outloud-invitation";

} // namespace outloud::sharing
