// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contributions/Contribution.h"
#include "goal/Goal.h"
#include "people/Person.h"

#include <QObject>
#include <memory>

class QUndoStack;

namespace outloud {

class Database;
class UndoCommand;

/**
 * Every edit the workspace makes goes through here: push() runs an UndoCommand once and,
 * when the database took it, records it on the undo stack. The methods below build the
 * command for the usual edits. One Editor (and one undo stack) per open database.
 */
class Editor : public QObject
{
    Q_OBJECT
public:
    Editor(Database& db, QObject* parent = nullptr);

    QUndoStack* undoStack() const { return m_stack; }
    Database& database() const { return m_db; }

    /// Applies @p command and pushes it. False (with @p error) when the database refused
    /// it: then nothing was saved and nothing is on the stack.
    bool push(std::unique_ptr<UndoCommand> command, QString* error);

    /// Returns the new id, or -1 with @p error set (nothing saved, nothing on the stack).
    qint64 addPerson(const Person& person, QString* error);
    bool updatePerson(const Person& after, QString* error);
    bool setCloseness(qint64 personId, int closeness, QString* error);
    bool removePerson(qint64 personId, QString* error);
    /// A person's keep-in-touch rhythm in weeks (-1: the default for the closeness, 0: none).
    bool setKeepInTouch(qint64 personId, int everyWeeks, QString* error);
    /// The default rhythm for everyone at @p closeness without one of their own.
    bool setKeepInTouchDefault(int closeness, int everyWeeks, QString* error);

    qint64 addContribution(const Contribution& contribution, QString* error);
    /// Adds @p person and logs @p contribution for them: one transaction, one undo step.
    qint64 addContributionWithNewPerson(
        const Person& person, const Contribution& contribution, QString* error);
    bool updateContribution(const Contribution& after, QString* error);
    bool removeContribution(qint64 contributionId, QString* error);

    qint64 reviseGoal(const GoalRevision& goal, QString* error);

Q_SIGNALS:
    /// An undo or redo could not be carried out (the database refused it).
    void failed(const QString& message);

private:
    Database& m_db;
    QUndoStack* m_stack;
};

} // namespace outloud
