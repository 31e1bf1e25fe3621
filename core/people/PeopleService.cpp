// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleService.h"

#include "contributions/ContributionService.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
const auto PersonColumns
    = u"id, member_id, name, organization, role, relation, email, url, channels, tags, notes,"
      " closeness, introduced_by, created_on, keep_in_touch_weeks"_s;

Person personFrom(const QSqlQuery& q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.memberId = q.value(1).toLongLong();
    p.name = q.value(2).toString();
    p.organization = q.value(3).toString();
    p.role = q.value(4).toString();
    p.relation = q.value(5).toString();
    p.email = q.value(6).toString();
    p.url = q.value(7).toString();
    p.channels = q.value(8).toString();
    p.tags = q.value(9).toString();
    p.notes = q.value(10).toString();
    p.closeness = q.value(11).toInt();
    p.introducedBy = q.value(12).isNull() ? -1 : q.value(12).toLongLong();
    p.createdOn = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    p.keepInTouchWeeks = q.value(14).isNull() ? -1 : q.value(14).toInt();
    return p;
}

QVariant rhythm(const Person& p)
{
    return p.keepInTouchWeeks < 0 ? QVariant() : QVariant(p.keepInTouchWeeks);
}

QVariant introducer(const Person& p)
{
    return idOrNull(p.introducedBy);
}
} // namespace

PeopleService::PeopleService(Database& db)
    : m_db(db)
{ }

bool PeopleService::validate(const Person& person, QString* error)
{
    if (person.name.trimmed().isEmpty())
        return fail(error, tr("A person needs a name."));
    if (person.closeness < 0 || person.closeness > 5)
        return fail(error, tr("Closeness goes from 0 to 5."));
    if (!person.email.trimmed().isEmpty() && !person.email.contains(u'@'))
        return fail(
            error, tr("“%1” does not look like an e-mail address.").arg(person.email.trimmed()));
    if (person.keepInTouchWeeks > 52)
        return fail(error, tr("Keep in touch at least once a year (every 52 weeks at most)."));
    if (person.introducedBy > 0 && person.introducedBy == person.id)
        return fail(error, tr("A person cannot introduce themselves."));
    return true;
}

qint64 PeopleService::findDuplicate(const Person& person) const
{
    QSqlQuery q(m_db.connection());
    const QString email = person.email.trimmed();
    if (!email.isEmpty()
        && execPrepared(q,
            u"SELECT id FROM person WHERE member_id = ? AND email = ? COLLATE NOCASE AND email <> '' AND id <> ? LIMIT 1"_s,
            {person.memberId, email, person.id}, QString(), nullptr)
        && q.next())
        return q.value(0).toLongLong();
    if (execPrepared(q,
            u"SELECT id FROM person WHERE member_id = ? AND name = ? COLLATE NOCASE"
            " AND organization = ? COLLATE NOCASE AND id <> ? LIMIT 1"_s,
            {person.memberId, person.name.trimmed(), person.organization.trimmed(), person.id},
            QString(), nullptr)
        && q.next())
        return q.value(0).toLongLong();
    return -1;
}

qint64 PeopleService::add(const Person& person, QString* error)
{
    if (!validate(person, error))
        return -1;
    const qint64 duplicate = findDuplicate(person);
    if (duplicate > 0) {
        const std::optional<Person> other = this->person(duplicate);
        fail(error,
            tr("%1 is already on the list (same e-mail, or same name and organization).")
                .arg(other ? other->name : person.name.trimmed()));
        return -1;
    }
    const QDate created = person.createdOn.isValid() ? person.createdOn : m_db.now().date();
    Transaction tx(m_db);
    if (!tx.isActive()) {
        fail(error, tx.error());
        return -1;
    }
    QSqlQuery q(m_db.connection());
    if (!execPrepared(q,
            u"INSERT INTO person (member_id, name, organization, role, relation, email, url, "
            u"channels, tags, notes, closeness, introduced_by, created_on, keep_in_touch_weeks)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {person.memberId, person.name.trimmed(), person.organization.trimmed(),
                person.role.trimmed(), person.relation.trimmed(), person.email.trimmed(),
                person.url.trimmed(), person.channels.trimmed(), person.tags.trimmed(),
                person.notes, person.closeness, introducer(person), created.toString(Qt::ISODate),
                rhythm(person)},
            tr("add the person"), error))
        return -1;
    const qint64 id = q.lastInsertId().toLongLong();
    if (!execPrepared(q,
            u"INSERT INTO closeness_change (person_id, changed_on, closeness) VALUES (?, ?, ?)"_s,
            {id, created.toString(Qt::ISODate), person.closeness}, tr("record the closeness"),
            error))
        return -1;
    if (!tx.commit(error))
        return -1;
    m_db.notifyChanged(Database::People);
    return id;
}

bool PeopleService::update(const Person& person, QString* error)
{
    if (!validate(person, error))
        return false;
    const std::optional<Person> before = this->person(person.id);
    if (!before)
        return fail(error, tr("That person is no longer on the list."));
    if (findDuplicate(person) > 0)
        return fail(error,
            tr("Someone with the same e-mail, or the same name and organization, is already on the "
               "list."));
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    if (!execPrepared(q,
            u"UPDATE person SET name = ?, organization = ?, role = ?, relation = ?, email = ?, url "
            u"= ?,"
            " channels = ?, tags = ?, notes = ?, closeness = ?, introduced_by = ?,"
            " keep_in_touch_weeks = ? WHERE id = ?"_s,
            {person.name.trimmed(), person.organization.trimmed(), person.role.trimmed(),
                person.relation.trimmed(), person.email.trimmed(), person.url.trimmed(),
                person.channels.trimmed(), person.tags.trimmed(), person.notes, person.closeness,
                introducer(person), rhythm(person), person.id},
            tr("save the person"), error))
        return false;
    if (before->closeness != person.closeness
        && !execPrepared(q,
            u"INSERT INTO closeness_change (person_id, changed_on, closeness) VALUES (?, ?, ?)"_s,
            {person.id, m_db.now().date().toString(Qt::ISODate), person.closeness},
            tr("record the closeness"), error))
        return false;
    if (!tx.commit(error))
        return false;
    m_db.notifyChanged(Database::People);
    return true;
}

bool PeopleService::setCloseness(qint64 personId, int closeness, QString* error)
{
    std::optional<Person> p = person(personId);
    if (!p)
        return fail(error, tr("That person is no longer on the list."));
    if (p->closeness == closeness)
        return true;
    p->closeness = closeness;
    return update(*p, error);
}

bool PeopleService::revertCloseness(qint64 personId, int previous, QString* error)
{
    if (previous < 0 || previous > 5)
        return fail(error, tr("Closeness goes from 0 to 5."));
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    if (!execPrepared(q,
            u"DELETE FROM closeness_change WHERE id = (SELECT id FROM closeness_change WHERE "
            u"person_id = ?"
            " ORDER BY changed_on DESC, id DESC LIMIT 1)"_s,
            {personId}, tr("undo the closeness change"), error)
        || !execPrepared(q, u"UPDATE person SET closeness = ? WHERE id = ?"_s, {previous, personId},
            tr("undo the closeness change"), error)
        || !tx.commit(error))
        return false;
    m_db.notifyChanged(Database::People);
    return true;
}

bool PeopleService::remove(qint64 personId, QString* error)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    if (!execPrepared(
            q, u"DELETE FROM person WHERE id = ?"_s, {personId}, tr("remove the person"), error)
        || !tx.commit(error))
        return false;
    m_db.notifyChanged(Database::People | Database::Contributions);
    return true;
}

std::optional<PersonSnapshot> PeopleService::snapshot(qint64 personId) const
{
    const std::optional<Person> p = person(personId);
    if (!p)
        return std::nullopt;
    PersonSnapshot s;
    s.person = *p;
    s.history = closenessHistory(personId);
    s.contributions = ContributionService(m_db).forPerson(personId);
    for (const Person& other : introducedBy(personId))
        s.introduced.append(other.id);
    return s;
}

bool PeopleService::restore(const PersonSnapshot& s, QString* error)
{
    const Person& p = s.person;
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, tx.error());
    QSqlQuery q(m_db.connection());
    if (!execPrepared(q,
            u"INSERT INTO person (id, member_id, name, organization, role, relation, email, url, "
            u"channels, tags,"
            " notes, closeness, introduced_by, created_on, keep_in_touch_weeks)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {p.id, p.memberId, p.name, p.organization, p.role, p.relation, p.email, p.url,
                p.channels, p.tags, p.notes, p.closeness, introducer(p),
                p.createdOn.toString(Qt::ISODate), rhythm(p)},
            tr("restore the person"), error))
        return false;
    for (const ClosenessChange& c : s.history) {
        if (!execPrepared(q,
                u"INSERT INTO closeness_change (person_id, changed_on, closeness) VALUES (?, ?, ?)"_s,
                {p.id, c.on.toString(Qt::ISODate), c.closeness}, tr("restore the person"), error))
            return false;
    }
    ContributionService log(m_db);
    for (const Contribution& c : s.contributions) {
        if (!log.restore(c, error))
            return false;
    }
    for (qint64 other : s.introduced) {
        if (!execPrepared(q, u"UPDATE person SET introduced_by = ? WHERE id = ?"_s, {p.id, other},
                tr("restore the person"), error))
            return false;
    }
    if (!tx.commit(error))
        return false;
    m_db.notifyChanged(Database::People | Database::Contributions);
    return true;
}

std::optional<Person> PeopleService::person(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (execPrepared(q, u"SELECT "_s + PersonColumns + u" FROM person WHERE id = ?"_s, {id},
            QString(), nullptr)
        && q.next())
        return personFrom(q);
    return std::nullopt;
}

QList<Person> PeopleService::people(qint64 memberId) const
{
    QList<Person> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (execPrepared(q,
            u"SELECT "_s + PersonColumns
                + u" FROM person WHERE member_id = ? ORDER BY name COLLATE NOCASE, id"_s,
            {memberId}, QString(), nullptr)) {
        while (q.next())
            result.append(personFrom(q));
    }
    return result;
}

qint64 PeopleService::idByName(qint64 memberId, const QString& name) const
{
    QSqlQuery q(m_db.connection());
    if (execPrepared(q,
            u"SELECT id FROM person WHERE member_id = ? AND name = ? COLLATE NOCASE ORDER BY id LIMIT 1"_s,
            {memberId, name.trimmed()}, QString(), nullptr)
        && q.next())
        return q.value(0).toLongLong();
    return -1;
}

QList<ClosenessChange> PeopleService::closenessHistory(qint64 personId) const
{
    QList<ClosenessChange> result;
    QSqlQuery q(m_db.connection());
    if (execPrepared(q,
            u"SELECT changed_on, closeness FROM closeness_change WHERE person_id = ? ORDER BY changed_on, id"_s,
            {personId}, QString(), nullptr)) {
        while (q.next())
            result.append(
                {QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt()});
    }
    return result;
}

ExchangeCounts PeopleService::counts(qint64 personId) const
{
    ExchangeCounts c;
    QSqlQuery q(m_db.connection());
    if (execPrepared(q,
            u"SELECT sum(direction = 0), sum(direction = 1), max(happened_on) FROM contribution WHERE person_id = ?"_s,
            {personId}, QString(), nullptr)
        && q.next()) {
        c.given = q.value(0).toInt();
        c.received = q.value(1).toInt();
        c.lastContact = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    }
    return c;
}

QList<Person> PeopleService::introducedBy(qint64 personId) const
{
    QList<Person> result;
    QSqlQuery q(m_db.connection());
    if (execPrepared(q,
            u"SELECT "_s + PersonColumns
                + u" FROM person WHERE introduced_by = ? ORDER BY name COLLATE NOCASE"_s,
            {personId}, QString(), nullptr)) {
        while (q.next())
            result.append(personFrom(q));
    }
    return result;
}

} // namespace outloud
