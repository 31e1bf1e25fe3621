// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "goal/Goal.h"
#include "undo/UndoCommand.h"

#include <QCoreApplication>

namespace outloud {

/// Adds a revision of a member's goal (the history keeps every one); undo removes it,
/// so the revision before it is the current goal again.
class ReviseGoalCommand : public UndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(outloud::ReviseGoalCommand)

public:
    ReviseGoalCommand(Database& db, const GoalRevision& after);
    /// The new revision's id once applied, else -1.
    qint64 revisionId() const { return m_after.id; }

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    GoalRevision m_after;
};

} // namespace outloud
