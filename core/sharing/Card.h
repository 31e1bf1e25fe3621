// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace outloud::sharing {

/// The parts of a card a member may switch off, each one bit (stored in share_setting.parts).
enum Part : int {
    GoalPart = 1 << 0, ///< What the member is trying to accomplish, and the weekly target.
    CountsPart = 1 << 1, ///< How many contributions given and received, per week.
    StreakPart = 1 << 2, ///< Weeks in a row at the weekly target.
    HabitPart = 1 << 3, ///< Habit strength.
    CommitmentsPart = 1 << 4, ///< Commitments due per week and how many were kept.
    AllParts = 31,
};

/// One week's counts on a card.
struct CardWeek
{
    int week = 0; ///< 1-based week of the circle; 0 is "before week 1".
    int given = 0;
    int received = 0;
    bool operator==(const CardWeek&) const = default;
};

/// Commitments due at one week's meeting.
struct CardCommitments
{
    int week = 0;
    int due = 0;
    int kept = 0;
    bool operator==(const CardCommitments&) const = default;
};

/**
 * What one member shares with the circle: figures only. A card never holds a name, a
 * note or anything from the relationship list; the member is named by the stable id the
 * invitation gave them, which the readers map to the name in their own database.
 */
struct Card
{
    static constexpr int FormatVersion = 1;

    QString circleUid;
    QString memberUid;
    QDateTime writtenAt; ///< By the writer's clock, in UTC.
    int parts = 0; ///< Which Part values the card carries.
    // GoalPart
    QString goal;
    int weeklyTarget = 0;
    // CountsPart: week 0 (before the circle) and every week of the circle.
    QList<CardWeek> weeks;
    // StreakPart
    int streak = 0;
    // HabitPart
    double habitStrength = 0.0; ///< 0..1
    // CommitmentsPart: weeks with commitments due.
    QList<CardCommitments> commitments;

    bool has(Part part) const { return (parts & part) != 0; }
    bool operator==(const Card&) const = default;
};

/// The card as written to the folder: indented JSON, what the member sees before sharing.
QByteArray cardToJson(const Card& card);

/// Reads a card. Refuses (with a message a member can act on) anything that is not a
/// complete card of this format, a card of a newer format and a card of another circle
/// than @p circleUid. A card is used whole or not at all: never a partly read figure.
std::optional<Card> parseCard(const QByteArray& bytes, const QString& circleUid, QString* error);

/// True for the ids Outloud makes: 32 lowercase hex digits (they also name files).
bool isValidUid(const QString& uid);

/// The figures for the round at meeting @p week from @p card, as the laptop itself counts
/// them (MeetingRecorder::numbers): contributions of the week before, commitments due now.
struct RoundFigures
{
    bool hasCounts = false;
    int given = 0;
    int received = 0;
    bool hasCommitments = false;
    int commitmentsDue = 0;
    int commitmentsKept = 0;
};
RoundFigures roundFigures(const Card& card, int week);

} // namespace outloud::sharing
