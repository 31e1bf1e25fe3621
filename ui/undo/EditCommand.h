// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>
#include <functional>

namespace outloud {

/**
 * An undoable edit: two actions that each call a core service (which runs in its own
 * transaction). The first redo happens before the command is pushed, so an edit the
 * database refuses never reaches the undo stack.
 */
class EditCommand : public QUndoCommand
{
public:
    using Action = std::function<bool(QString* error)>;
    using ErrorSink = std::function<void(const QString&)>;

    EditCommand(const QString& text, Action redo, Action undo, ErrorSink onError);

    /// Runs the edit once; false (with @p error) means it must not be pushed.
    bool apply(QString* error);

    void redo() override;
    void undo() override;

private:
    Action m_redo;
    Action m_undo;
    ErrorSink m_onError;
    bool m_applied = false;
};

} // namespace outloud
