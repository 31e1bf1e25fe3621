// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContributionCommands.h"

#include "contributions/ContributionService.h"

namespace outloud {

AddContributionCommand::AddContributionCommand(
    Database& db, const Contribution& after, const QString& personName)
    : UndoCommand(db,
        after.direction == Direction::Given ? tr("Log a contribution to %1").arg(personName)
                                            : tr("Log a contribution from %1").arg(personName))
    , m_after(after)
{ }

bool AddContributionCommand::forward(QString* error)
{
    ContributionService log(db());
    if (m_after.id > 0)
        return log.restore(m_after, error);
    m_after.id = log.add(m_after, error);
    return m_after.id > 0;
}

bool AddContributionCommand::backward(QString* error)
{
    return ContributionService(db()).remove(m_after.id, error);
}

AddContributionWithPersonCommand::AddContributionWithPersonCommand(
    Database& db, const Person& person, const Contribution& after)
    : UndoCommand(db,
        after.direction == Direction::Given
            ? tr("Log a contribution to new person %1").arg(person.name.trimmed())
            : tr("Log a contribution from new person %1").arg(person.name.trimmed()))
    , m_person(person)
    , m_after(after)
{ }

bool AddContributionWithPersonCommand::forward(QString* error)
{
    if (m_removed)
        return PeopleService(db()).restore(*m_removed, error);
    m_contributionId
        = ContributionService(db()).addWithNewPerson(m_person, m_after, &m_personId, error);
    return m_contributionId > 0;
}

bool AddContributionWithPersonCommand::backward(QString* error)
{
    PeopleService people(db());
    m_removed = people.snapshot(m_personId);
    return people.remove(m_personId, error);
}

EditContributionCommand::EditContributionCommand(
    Database& db, const Contribution& before, const Contribution& after)
    : UndoCommand(db, tr("Edit a contribution"))
    , m_before(before)
    , m_after(after)
{ }

bool EditContributionCommand::forward(QString* error)
{
    return ContributionService(db()).update(m_after, error);
}

bool EditContributionCommand::backward(QString* error)
{
    return ContributionService(db()).update(m_before, error);
}

RemoveContributionCommand::RemoveContributionCommand(Database& db, const Contribution& before)
    : UndoCommand(db, tr("Remove a contribution"))
    , m_before(before)
{ }

bool RemoveContributionCommand::forward(QString* error)
{
    return ContributionService(db()).remove(m_before.id, error);
}

bool RemoveContributionCommand::backward(QString* error)
{
    return ContributionService(db()).restore(m_before, error);
}

} // namespace outloud
