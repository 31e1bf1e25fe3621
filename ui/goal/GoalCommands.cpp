// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalCommands.h"

#include "goal/GoalService.h"
#include "storage/Database.h"

namespace outloud {

ReviseGoalCommand::ReviseGoalCommand(Database& db, const GoalRevision& after)
    : UndoCommand(db, tr("Revise the goal"))
    , m_after(after)
{
    // Stamped once, so that a redo restores the same moment.
    if (!m_after.revisedAt.isValid())
        m_after.revisedAt = db.now();
}

bool ReviseGoalCommand::forward(QString* error)
{
    m_after.id = GoalService(db()).reviseGoal(m_after, error);
    return m_after.id > 0;
}

bool ReviseGoalCommand::backward(QString* error)
{
    return GoalService(db()).removeGoalRevision(m_after.id, error);
}

} // namespace outloud
