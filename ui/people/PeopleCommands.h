// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/PeopleService.h"
#include "undo/UndoCommand.h"

#include <QCoreApplication>
#include <optional>

namespace outloud {

/// Adds a person; undo removes them (keeping what a redo needs to bring them back with
/// the same id and history).
class AddPersonCommand : public UndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(outloud::AddPersonCommand)

public:
    AddPersonCommand(Database& db, const Person& person);
    /// The new person's id once applied, else -1.
    qint64 personId() const { return m_after.id; }

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    Person m_after;
    std::optional<PersonSnapshot> m_removed;
};

/// Saves the fields of a person that the user changed.
class EditPersonCommand : public UndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(outloud::EditPersonCommand)

public:
    EditPersonCommand(Database& db, const Person& before, const Person& after);

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    Person m_before;
    Person m_after;
};

/// Rates a person; the rating is added to their closeness history, and undo takes it out.
class SetClosenessCommand : public UndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(outloud::SetClosenessCommand)

public:
    SetClosenessCommand(Database& db, const Person& person, int after);

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    qint64 m_personId;
    int m_before;
    int m_after;
};

/// Removes a person with their history and contributions; undo puts all of it back.
class RemovePersonCommand : public UndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(outloud::RemovePersonCommand)

public:
    RemovePersonCommand(Database& db, const PersonSnapshot& before);

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    PersonSnapshot m_before;
};

} // namespace outloud
