// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Person.h"
#include "contributions/Contribution.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace outloud {

class Database;

/// Everything removing a person takes away, so that an undo can put it back as it was.
struct PersonSnapshot
{
    Person person;
    QList<ClosenessChange> history;
    QList<Contribution> contributions;
    QList<qint64> introduced; ///< People whose "introduced by" pointed here.
};

/// The relationship lists. Every edit runs in its own transaction (or a savepoint of
/// the caller's), and a closeness change is always recorded with its date.
class PeopleService
{
    Q_DECLARE_TR_FUNCTIONS(outloud::PeopleService) // public tr(): the file's helpers use it

public:
    explicit PeopleService(Database& db);

    /// Adds @p person; refuses an empty name and a duplicate (same e-mail, or same name
    /// and organization on the same list). Returns the id, or -1 with @p error set.
    qint64 add(const Person& person, QString* error);
    /// Saves the fields of @p person that differ from what is stored, checking only those;
    /// a changed closeness is added to its history.
    bool update(const Person& person, QString* error);
    /// Rates @p personId; records the change dated today (by the database's clock).
    bool setCloseness(qint64 personId, int closeness, QString* error);
    /// Undoes the newest closeness change of @p personId: drops it from the history and
    /// restores @p previous. For undo only.
    bool revertCloseness(qint64 personId, int previous, QString* error);
    bool remove(qint64 personId, QString* error);
    /// What remove() would take away.
    std::optional<PersonSnapshot> snapshot(qint64 personId) const;
    /// Puts a removed person back with the same id, history and contributions.
    bool restore(const PersonSnapshot& snapshot, QString* error);

    std::optional<Person> person(qint64 id) const;
    /// Everyone on @p memberId's list, by name. Meant for small lists and completion.
    QList<Person> people(qint64 memberId) const;
    /// The names of people(), in the same order, and nothing else (the completer of a name).
    QStringList names(qint64 memberId) const;
    qint64 idByName(qint64 memberId, const QString& name) const;
    /// The id of a person on the same list that @p person would duplicate, or -1.
    qint64 findDuplicate(const Person& person) const;

    QList<ClosenessChange> closenessHistory(qint64 personId) const;
    ExchangeCounts counts(qint64 personId) const;
    /// The people that @p personId introduced.
    QList<Person> introducedBy(qint64 personId) const;

    /// The fields of a person that an edit can change.
    enum Field : unsigned {
        Name = 1u << 0,
        Organization = 1u << 1,
        Role = 1u << 2,
        Relation = 1u << 3,
        Email = 1u << 4,
        Url = 1u << 5,
        Channels = 1u << 6,
        Tags = 1u << 7,
        Notes = 1u << 8,
        Closeness = 1u << 9,
        IntroducedBy = 1u << 10,
        KeepInTouch = 1u << 11,
        AllFields = (1u << 12) - 1,
    };
    Q_DECLARE_FLAGS(Fields, Field)

    /// The fields whose stored value differs between @p before and @p after.
    static Fields changedFields(const Person& before, const Person& after);
    /// Checks every field of a new person.
    static bool validate(const Person& person, QString* error);
    /// Checks only @p fields of @p person: an edit checks what it changes.
    static bool validate(const Person& person, Fields fields, QString* error);
    /// "Closeness goes from 0 to 5."
    static QString closenessRangeMessage();

    /// The distinct tags on @p memberId's list, sorted.
    QStringList tags(qint64 memberId) const;

private:
    Database& m_db;
};

} // namespace outloud

Q_DECLARE_OPERATORS_FOR_FLAGS(outloud::PeopleService::Fields)
