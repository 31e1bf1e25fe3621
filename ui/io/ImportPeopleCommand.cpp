// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPeopleCommand.h"

namespace outloud {

ImportPeopleCommand::ImportPeopleCommand(
    Database& db, const io::ImportPlan& plan, const io::ImportOutcome& after)
    : UndoCommand(db, tr("Import %n people", nullptr, after.added + after.merged))
    , m_plan(plan)
    , m_after(after)
{ }

bool ImportPeopleCommand::forward(QString* error)
{
    if (m_alreadyApplied) { // the dialog ran it
        m_alreadyApplied = false;
        return true;
    }
    io::ImportOutcome again;
    if (!io::ImportService(db()).apply(m_plan, &again, error, {}, m_after.createdIds))
        return false;
    m_after = again;
    return true;
}

bool ImportPeopleCommand::backward(QString* error)
{
    return io::ImportService(db()).revert(m_after, error);
}

} // namespace outloud
