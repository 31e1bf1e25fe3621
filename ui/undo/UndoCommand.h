// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>
#include <functional>

namespace outloud {

class Database;

/**
 * The base of every undoable edit. A subclass holds the values before and after the edit
 * and implements forward() and backward(), each one call of a core service (which runs
 * in its own transaction, through Database::write).
 *
 * The first forward() runs in apply(), before the command is pushed, so an edit the
 * database refuses never reaches the undo stack; QUndoStack::push's own redo() is then
 * skipped. Later undo() and redo() report a refusal to the error sink.
 *
 * To add an edit: derive from UndoCommand (one class a kind of edit, next to the
 * feature's other commands), store its before and after values in the constructor, and
 * push it with Editor::push(). It can be tested without a window: apply(), undo() and
 * redo() on a QUndoStack, then check what the database holds.
 */
class UndoCommand : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString&)>;

    explicit UndoCommand(Database& db, const QString& text = {});

    /// Runs the edit for the first time; false (with @p error) means it must not be pushed.
    bool apply(QString* error);
    /// Where an undo or redo that the database refuses is reported (Editor::failed).
    void setErrorSink(ErrorSink sink) { m_onError = std::move(sink); }

    void redo() final;
    void undo() final;

protected:
    /// Makes the change (again): the "after" state.
    virtual bool forward(QString* error) = 0;
    /// Takes it back: the "before" state.
    virtual bool backward(QString* error) = 0;

    Database& db() const { return m_db; }

private:
    Database& m_db;
    ErrorSink m_onError;
    bool m_skipNextRedo = false;
};

} // namespace outloud
