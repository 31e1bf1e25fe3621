// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditCommand.h"

namespace outloud {

EditCommand::EditCommand(const QString& text, Action redo, Action undo, ErrorSink onError)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_onError(std::move(onError))
{ }

bool EditCommand::apply(QString* error)
{
    m_applied = m_redo(error);
    return m_applied;
}

void EditCommand::redo()
{
    if (m_applied) {
        // QUndoStack::push calls redo(); the edit already ran in apply().
        m_applied = false;
        return;
    }
    QString error;
    if (!m_redo(&error) && m_onError)
        m_onError(error);
}

void EditCommand::undo()
{
    QString error;
    if (!m_undo(&error) && m_onError)
        m_onError(error);
}

} // namespace outloud
