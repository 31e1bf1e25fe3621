// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Editor.h"

#include "EditCommand.h"
#include "circle/CircleService.h"
#include "contributions/ContributionService.h"
#include "people/PeopleService.h"
#include "storage/Database.h"

#include <QUndoStack>
#include <memory>

using namespace Qt::StringLiterals;

namespace outloud {

Editor::Editor(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_stack(new QUndoStack(this))
{ }

bool Editor::push(const QString& text, std::function<bool(QString*)> redo,
    std::function<bool(QString*)> undo, QString* error)
{
    auto command = std::make_unique<EditCommand>(text, std::move(redo), std::move(undo),
        [this](const QString& message) { Q_EMIT failed(message); });
    if (!command->apply(error))
        return false;
    m_stack->push(command.release());
    return true;
}

qint64 Editor::addPerson(const Person& person, QString* error)
{
    auto id = std::make_shared<qint64>(-1);
    auto removed = std::make_shared<std::optional<PersonSnapshot>>();
    Database& db = m_db;
    const bool ok = push(
        tr("Add %1").arg(person.name.trimmed()),
        [&db, person, id, removed](QString* e) {
            PeopleService service(db);
            if (*removed)
                return service.restore(**removed, e);
            *id = service.add(person, e);
            return *id > 0;
        },
        [&db, id, removed](QString* e) {
            PeopleService service(db);
            *removed = service.snapshot(*id);
            return service.remove(*id, e);
        },
        error);
    return ok ? *id : -1;
}

bool Editor::updatePerson(const Person& after, QString* error)
{
    PeopleService people(m_db);
    const std::optional<Person> before = people.person(after.id);
    if (!before) {
        if (error)
            *error = tr("That person is no longer on the list.");
        return false;
    }
    Database& db = m_db;
    const Person old = *before;
    return push(
        tr("Edit %1").arg(after.name.trimmed()),
        [&db, after](QString* e) { return PeopleService(db).update(after, e); },
        [&db, old, after](QString* e) {
            PeopleService service(db);
            Person restored = old;
            restored.closeness = after.closeness; // the closeness history is undone separately
            if (!service.update(restored, e))
                return false;
            return old.closeness == after.closeness
                || service.revertCloseness(old.id, old.closeness, e);
        },
        error);
}

bool Editor::setCloseness(qint64 personId, int closeness, QString* error)
{
    PeopleService people(m_db);
    const std::optional<Person> before = people.person(personId);
    if (!before) {
        if (error)
            *error = tr("That person is no longer on the list.");
        return false;
    }
    if (before->closeness == closeness)
        return true;
    Database& db = m_db;
    const int old = before->closeness;
    return push(
        tr("Rate %1 as %2").arg(before->name).arg(closeness),
        [&db, personId, closeness](
            QString* e) { return PeopleService(db).setCloseness(personId, closeness, e); },
        [&db, personId, old](
            QString* e) { return PeopleService(db).revertCloseness(personId, old, e); },
        error);
}

bool Editor::removePerson(qint64 personId, QString* error)
{
    const std::optional<PersonSnapshot> snapshot = PeopleService(m_db).snapshot(personId);
    if (!snapshot) {
        if (error)
            *error = tr("That person is no longer on the list.");
        return false;
    }
    Database& db = m_db;
    const PersonSnapshot s = *snapshot;
    return push(
        tr("Remove %1").arg(s.person.name),
        [&db, personId](QString* e) { return PeopleService(db).remove(personId, e); },
        [&db, s](QString* e) { return PeopleService(db).restore(s, e); }, error);
}

qint64 Editor::addContribution(const Contribution& contribution, QString* error)
{
    auto saved = std::make_shared<Contribution>(contribution);
    Database& db = m_db;
    const QString person
        = PeopleService(m_db).person(contribution.personId).value_or(Person {}).name;
    const QString text = contribution.direction == Direction::Given
        ? tr("Log a contribution to %1").arg(person)
        : tr("Log a contribution from %1").arg(person);
    const bool ok = push(
        text,
        [&db, saved](QString* e) {
            ContributionService log(db);
            if (saved->id > 0)
                return log.restore(*saved, e);
            saved->id = log.add(*saved, e);
            return saved->id > 0;
        },
        [&db, saved](QString* e) { return ContributionService(db).remove(saved->id, e); }, error);
    return ok ? saved->id : -1;
}

qint64 Editor::addContributionWithNewPerson(
    const Person& person, const Contribution& contribution, QString* error)
{
    auto id = std::make_shared<qint64>(-1);
    auto personId = std::make_shared<qint64>(-1);
    auto removed = std::make_shared<std::optional<PersonSnapshot>>();
    Database& db = m_db;
    const bool ok = push(
        contribution.direction == Direction::Given
            ? tr("Log a contribution to new person %1").arg(person.name.trimmed())
            : tr("Log a contribution from new person %1").arg(person.name.trimmed()),
        [&db, person, contribution, id, personId, removed](QString* e) {
            if (*removed)
                return PeopleService(db).restore(**removed, e);
            *id = ContributionService(db).addWithNewPerson(person, contribution, personId.get(), e);
            return *id > 0;
        },
        [&db, personId, removed](QString* e) {
            PeopleService service(db);
            *removed = service.snapshot(*personId);
            return service.remove(*personId, e);
        },
        error);
    return ok ? *id : -1;
}

bool Editor::updateContribution(const Contribution& after, QString* error)
{
    const std::optional<Contribution> before = ContributionService(m_db).contribution(after.id);
    if (!before) {
        if (error)
            *error = tr("That contribution is no longer in the log.");
        return false;
    }
    Database& db = m_db;
    const Contribution old = *before;
    return push(
        tr("Edit a contribution"),
        [&db, after](QString* e) { return ContributionService(db).update(after, e); },
        [&db, old](QString* e) { return ContributionService(db).update(old, e); }, error);
}

bool Editor::removeContribution(qint64 contributionId, QString* error)
{
    const std::optional<Contribution> before
        = ContributionService(m_db).contribution(contributionId);
    if (!before) {
        if (error)
            *error = tr("That contribution is no longer in the log.");
        return false;
    }
    Database& db = m_db;
    const Contribution old = *before;
    return push(
        tr("Remove a contribution"),
        [&db, contributionId](
            QString* e) { return ContributionService(db).remove(contributionId, e); },
        [&db, old](QString* e) { return ContributionService(db).restore(old, e); }, error);
}

qint64 Editor::reviseGoal(const GoalRevision& goal, QString* error)
{
    auto saved = std::make_shared<GoalRevision>(goal);
    if (!saved->revisedAt.isValid())
        saved->revisedAt = m_db.now();
    Database& db = m_db;
    const bool ok = push(
        tr("Revise the goal"),
        [&db, saved](QString* e) {
            saved->id = CircleService(db).reviseGoal(*saved, e);
            return saved->id > 0;
        },
        [&db, saved](QString* e) { return CircleService(db).removeGoalRevision(saved->id, e); },
        error);
    return ok ? saved->id : -1;
}

} // namespace outloud
