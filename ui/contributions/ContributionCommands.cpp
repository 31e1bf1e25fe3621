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
