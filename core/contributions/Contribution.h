// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace outloud {

enum class Direction { Given = 0, Received = 1 };

/// What a received contribution brought.
enum class Brought { Nothing = -1, Help = 0, Inspiration = 1, Recognition = 2 };

/// A kind of contribution, ordered from low effort and intimacy to high.
struct ContributionKind
{
    qint64 id = -1;
    QString code; ///< Stable id of a built-in kind; empty for the user's own.
    QString name;
    int position = 0;
    bool sharesOthers = false; ///< Shares or credits other people's work.
    bool connects = false; ///< Connects people (introductions).

    /// The name to show: built-in kinds are translated, the user's own shown as typed.
    QString displayName() const;
};

/// Where a contribution happened.
struct Channel
{
    qint64 id = -1;
    QString code;
    QString name;
    int position = 0;
    QString displayName() const;
};

/// A gift given to, or received from, someone on the relationship list.
struct Contribution
{
    qint64 id = -1;
    qint64 personId = -1;
    QDate date;
    Direction direction = Direction::Given;
    qint64 kindId = -1;
    qint64 channelId = -1; ///< -1: not recorded.
    Brought brought = Brought::Nothing; ///< Received ones only.
    QString note;
};

QString directionName(Direction direction);
QString broughtName(Brought brought);

} // namespace outloud
