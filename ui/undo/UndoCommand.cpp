// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UndoCommand.h"

namespace outloud {

UndoCommand::UndoCommand(Database& db, const QString& text)
    : QUndoCommand(text)
    , m_db(db)
{ }

bool UndoCommand::apply(QString* error)
{
    m_skipNextRedo = forward(error);
    return m_skipNextRedo;
}

void UndoCommand::redo()
{
    if (m_skipNextRedo) {
        // QUndoStack::push calls redo(); the edit already ran in apply().
        m_skipNextRedo = false;
        return;
    }
    QString error;
    if (!forward(&error) && m_onError)
        m_onError(error);
}

void UndoCommand::undo()
{
    QString error;
    if (!backward(&error) && m_onError)
        m_onError(error);
}

} // namespace outloud
