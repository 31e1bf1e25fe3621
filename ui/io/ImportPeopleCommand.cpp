// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPeopleCommand.h"

namespace outloud {

namespace {
int g_nextSlot = 1;
} // namespace

ImportPeopleCommand::ImportPeopleCommand(Database& db, const io::ImportOutcome& after)
    : UndoCommand(db, tr("Import %n people", nullptr, after.added + after.merged))
    , m_after(after)
    , m_slot(g_nextSlot++)
{ }

bool ImportPeopleCommand::forward(QString* error)
{
    if (m_alreadyApplied) { // the dialog ran it
        m_alreadyApplied = false;
        return true;
    }
    return io::ImportService(db()).redo(m_after, m_slot, error);
}

bool ImportPeopleCommand::backward(QString* error)
{
    return io::ImportService(db()).undo(m_after, m_slot, error);
}

} // namespace outloud
