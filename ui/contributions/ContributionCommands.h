// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contributions/Contribution.h"
#include "people/PeopleService.h"
#include "undo/UndoCommand.h"

#include <QCoreApplication>

namespace outloud {

/// Logs a contribution; undo removes it, redo brings it back with the same id.
class AddContributionCommand : public UndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(outloud::AddContributionCommand)

public:
    /// @p personName names the step in the Edit menu.
    AddContributionCommand(Database& db, const Contribution& after, const QString& personName);
    /// The new contribution's id once applied, else -1.
    qint64 contributionId() const { return m_after.id; }

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    Contribution m_after;
};

/// Logs a contribution for someone not on the list yet: the person and the contribution
/// in one transaction (ContributionService::addWithNewPerson), one undo step.
class AddContributionWithPersonCommand : public UndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(outloud::AddContributionWithPersonCommand)

public:
    AddContributionWithPersonCommand(Database& db, const Person& person, const Contribution& after);
    qint64 contributionId() const { return m_contributionId; }

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    Person m_person;
    Contribution m_after;
    qint64 m_personId = -1;
    qint64 m_contributionId = -1;
    std::optional<PersonSnapshot> m_removed;
};

class EditContributionCommand : public UndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(outloud::EditContributionCommand)

public:
    EditContributionCommand(Database& db, const Contribution& before, const Contribution& after);

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    Contribution m_before;
    Contribution m_after;
};

class RemoveContributionCommand : public UndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(outloud::RemoveContributionCommand)

public:
    RemoveContributionCommand(Database& db, const Contribution& before);

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    Contribution m_before;
};

} // namespace outloud
