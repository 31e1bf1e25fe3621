// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circle/Circle.h"
#include "contributions/Contribution.h"
#include "people/Person.h"

#include <QObject>

class QUndoStack;

namespace outloud {

class Database;

/**
 * Every edit the workspace makes goes through here: it runs the core service once and,
 * when that succeeded, records an undo step holding the before and after values.
 * One Editor (and one undo stack) per open database.
 */
class Editor : public QObject
{
    Q_OBJECT
public:
    Editor(Database& db, QObject* parent = nullptr);

    QUndoStack* undoStack() const { return m_stack; }
    Database& database() const { return m_db; }

    /// Returns the new id, or -1 with @p error set (nothing saved, nothing on the stack).
    qint64 addPerson(const Person& person, QString* error);
    bool updatePerson(const Person& after, QString* error);
    bool setCloseness(qint64 personId, int closeness, QString* error);
    bool removePerson(qint64 personId, QString* error);

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
    bool push(const QString& text, std::function<bool(QString*)> redo,
        std::function<bool(QString*)> undo, QString* error);

    Database& m_db;
    QUndoStack* m_stack;
};

} // namespace outloud
