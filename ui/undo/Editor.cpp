// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Editor.h"

#include "UndoCommand.h"
#include "contributions/ContributionCommands.h"
#include "contributions/ContributionService.h"
#include "goal/GoalCommands.h"
#include "people/KeepInTouch.h"
#include "people/KeepInTouchCommands.h"
#include "people/PeopleCommands.h"
#include "people/PeopleService.h"
#include "storage/SqlUtil.h"

#include <QUndoStack>

namespace outloud {

Editor::Editor(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_stack(new QUndoStack(this))
{ }

bool Editor::push(std::unique_ptr<UndoCommand> command, QString* error)
{
    command->setErrorSink([this](const QString& message) { Q_EMIT failed(message); });
    if (!command->apply(error))
        return false;
    m_stack->push(command.release());
    return true;
}

qint64 Editor::addPerson(const Person& person, QString* error)
{
    auto command = std::make_unique<AddPersonCommand>(m_db, person);
    AddPersonCommand* added = command.get();
    return push(std::move(command), error) ? added->personId() : -1;
}

bool Editor::updatePerson(const Person& after, QString* error)
{
    const std::optional<Person> before = PeopleService(m_db).person(after.id);
    if (!before)
        return fail(error, tr("That person is no longer on the list."));
    return push(std::make_unique<EditPersonCommand>(m_db, *before, after), error);
}

bool Editor::setCloseness(qint64 personId, int closeness, QString* error)
{
    const std::optional<Person> before = PeopleService(m_db).person(personId);
    if (!before)
        return fail(error, tr("That person is no longer on the list."));
    if (before->closeness == closeness)
        return true;
    return push(std::make_unique<SetClosenessCommand>(m_db, *before, closeness), error);
}

bool Editor::removePerson(qint64 personId, QString* error)
{
    const std::optional<PersonSnapshot> before = PeopleService(m_db).snapshot(personId);
    if (!before)
        return fail(error, tr("That person is no longer on the list."));
    return push(std::make_unique<RemovePersonCommand>(m_db, *before), error);
}

bool Editor::setKeepInTouch(qint64 personId, int everyWeeks, QString* error)
{
    const std::optional<Person> before = PeopleService(m_db).person(personId);
    if (!before)
        return fail(error, tr("That person is no longer on the list."));
    if (before->keepInTouchWeeks == everyWeeks)
        return true;
    return push(std::make_unique<SetKeepInTouchCommand>(
                    m_db, personId, before->name, before->keepInTouchWeeks, everyWeeks),
        error);
}

bool Editor::setKeepInTouchDefault(int closeness, int everyWeeks, QString* error)
{
    const auto defaults = KeepInTouchService(m_db).defaults();
    if (closeness < 0 || closeness >= int(defaults.size()))
        return fail(error, PeopleService::closenessRangeMessage());
    const int before = defaults[size_t(closeness)];
    if (before == everyWeeks)
        return true;
    return push(
        std::make_unique<SetKeepInTouchDefaultCommand>(m_db, closeness, before, everyWeeks), error);
}

qint64 Editor::addContribution(const Contribution& contribution, QString* error)
{
    const QString person
        = PeopleService(m_db).person(contribution.personId).value_or(Person {}).name;
    auto command = std::make_unique<AddContributionCommand>(m_db, contribution, person);
    AddContributionCommand* added = command.get();
    return push(std::move(command), error) ? added->contributionId() : -1;
}

qint64 Editor::addContributionWithNewPerson(
    const Person& person, const Contribution& contribution, QString* error)
{
    auto command = std::make_unique<AddContributionWithPersonCommand>(m_db, person, contribution);
    AddContributionWithPersonCommand* added = command.get();
    return push(std::move(command), error) ? added->contributionId() : -1;
}

bool Editor::updateContribution(const Contribution& after, QString* error)
{
    const std::optional<Contribution> before = ContributionService(m_db).contribution(after.id);
    if (!before)
        return fail(error, tr("That contribution is no longer in the log."));
    return push(std::make_unique<EditContributionCommand>(m_db, *before, after), error);
}

bool Editor::removeContribution(qint64 contributionId, QString* error)
{
    const std::optional<Contribution> before
        = ContributionService(m_db).contribution(contributionId);
    if (!before)
        return fail(error, tr("That contribution is no longer in the log."));
    return push(std::make_unique<RemoveContributionCommand>(m_db, *before), error);
}

qint64 Editor::reviseGoal(const GoalRevision& goal, QString* error)
{
    auto command = std::make_unique<ReviseGoalCommand>(m_db, goal);
    ReviseGoalCommand* revised = command.get();
    return push(std::move(command), error) ? revised->revisionId() : -1;
}

} // namespace outloud
