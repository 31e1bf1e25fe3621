// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleCommands.h"

#include "storage/Database.h"

namespace outloud {

AddPersonCommand::AddPersonCommand(Database& db, const Person& person)
    : UndoCommand(db, tr("Add %1").arg(person.name.trimmed()))
    , m_after(person)
{ }

bool AddPersonCommand::forward(QString* error)
{
    PeopleService people(db());
    if (m_removed)
        return people.restore(*m_removed, error);
    m_after.id = people.add(m_after, error);
    return m_after.id > 0;
}

bool AddPersonCommand::backward(QString* error)
{
    PeopleService people(db());
    m_removed = people.snapshot(m_after.id);
    return people.remove(m_after.id, error);
}

EditPersonCommand::EditPersonCommand(Database& db, const Person& before, const Person& after)
    : UndoCommand(db, tr("Edit %1").arg(after.name.trimmed()))
    , m_before(before)
    , m_after(after)
{ }

bool EditPersonCommand::forward(QString* error)
{
    return PeopleService(db()).update(m_after, error);
}

bool EditPersonCommand::backward(QString* error)
{
    // One write: the fields go back, and a changed closeness leaves the history again.
    return db().write(
        Database::People,
        [this, error](QSqlQuery&) {
            PeopleService people(db());
            Person restored = m_before;
            restored.closeness = m_after.closeness;
            return people.update(restored, error)
                && (m_before.closeness == m_after.closeness
                    || people.revertCloseness(m_before.id, m_before.closeness, error));
        },
        error);
}

SetClosenessCommand::SetClosenessCommand(Database& db, const Person& person, int after)
    : UndoCommand(db, tr("Rate %1 as %2").arg(person.name).arg(after))
    , m_personId(person.id)
    , m_before(person.closeness)
    , m_after(after)
{ }

bool SetClosenessCommand::forward(QString* error)
{
    return PeopleService(db()).setCloseness(m_personId, m_after, error);
}

bool SetClosenessCommand::backward(QString* error)
{
    return PeopleService(db()).revertCloseness(m_personId, m_before, error);
}

RemovePersonCommand::RemovePersonCommand(Database& db, const PersonSnapshot& before)
    : UndoCommand(db, tr("Remove %1").arg(before.person.name))
    , m_before(before)
{ }

bool RemovePersonCommand::forward(QString* error)
{
    return PeopleService(db()).remove(m_before.person.id, error);
}

bool RemovePersonCommand::backward(QString* error)
{
    return PeopleService(db()).restore(m_before, error);
}

} // namespace outloud
