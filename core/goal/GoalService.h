// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Goal.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace outloud {

class Database;

/// Each member's goal: dated revisions, the newest being the current goal (the Goal page,
/// the summaries, the cards).
class GoalService
{
    Q_DECLARE_TR_FUNCTIONS(outloud::GoalService)

public:
    explicit GoalService(Database& db);

    std::optional<GoalRevision> currentGoal(qint64 memberId) const;
    /// Every revision, oldest first.
    QList<GoalRevision> goalHistory(qint64 memberId) const;
    /// Stores a new dated revision (dated by the database's clock unless set). Returns its
    /// id, or -1 with @p error set.
    qint64 reviseGoal(const GoalRevision& goal, QString* error);
    /// Drops one revision (undo of a revision).
    bool removeGoalRevision(qint64 revisionId, QString* error);

private:
    Database& m_db;
};

} // namespace outloud
