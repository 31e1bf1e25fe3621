// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleService.h"

#include "Closeness.h"
#include "contributions/ContributionService.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSet>
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

QVariant introducer(const Person& p)
{
    return idOrNull(p.introducedBy);
}

// The stored rhythm: NULL follows the default for the closeness.
QVariant rhythm(const Person& p)
{
    return p.keepInTouchWeeks < 0 ? QVariant(QMetaType::fromType<int>())
                                  : QVariant(p.keepInTouchWeeks);
}
} // namespace

PeopleService::PeopleService(Database& db)
    : m_db(db)
{ }

namespace {
// The columns an edit may change, each with the value it stores for a person.
struct EditableColumn
{
    PeopleService::Field field;
    QString column;
    QVariant (*value)(const Person&);
};

const EditableColumn EditableColumns[] = {
    {PeopleService::Name, u"name"_s, [](const Person& p) { return QVariant(p.name.trimmed()); }},
    {PeopleService::Organization, u"organization"_s,
        [](const Person& p) { return QVariant(p.organization.trimmed()); }},
    {PeopleService::Role, u"role"_s, [](const Person& p) { return QVariant(p.role.trimmed()); }},
    {PeopleService::Relation, u"relation"_s,
        [](const Person& p) { return QVariant(p.relation.trimmed()); }},
    {PeopleService::Email, u"email"_s, [](const Person& p) { return QVariant(p.email.trimmed()); }},
    {PeopleService::Url, u"url"_s, [](const Person& p) { return QVariant(p.url.trimmed()); }},
    {PeopleService::Channels, u"channels"_s,
        [](const Person& p) { return QVariant(p.channels.trimmed()); }},
    {PeopleService::Tags, u"tags"_s, [](const Person& p) { return QVariant(p.tags.trimmed()); }},
    {PeopleService::Notes, u"notes"_s, [](const Person& p) { return QVariant(p.notes); }},
    {PeopleService::Closeness, u"closeness"_s,
        [](const Person& p) { return QVariant(p.closeness); }},
    {PeopleService::IntroducedBy, u"introduced_by"_s,
        [](const Person& p) { return QVariant(p.introducedBy > 0 ? p.introducedBy : -1); }},
    {PeopleService::KeepInTouch, u"keep_in_touch_weeks"_s,
        [](const Person& p) { return QVariant(std::max(-1, p.keepInTouchWeeks)); }},
};

bool recordCloseness(QSqlQuery& q, qint64 personId, QDate on, int closeness, QString* error)
{
    return execPrepared(q,
        u"INSERT INTO closeness_change (person_id, changed_on, closeness) VALUES (?, ?, ?)"_s,
        {personId, on.toString(Qt::ISODate), closeness}, PeopleService::tr("record the closeness"),
        error);
}
} // namespace

PeopleService::Fields PeopleService::changedFields(const Person& before, const Person& after)
{
    Fields changed;
    for (const EditableColumn& c : EditableColumns) {
        if (c.value(before) != c.value(after))
            changed |= c.field;
    }
    return changed;
}

bool PeopleService::validate(const Person& person, QString* error)
{
    return validate(person, AllFields, error);
}

bool PeopleService::validate(const Person& person, Fields fields, QString* error)
{
    if ((fields & Name) && person.name.trimmed().isEmpty())
        return fail(error, tr("A person needs a name."));
    if ((fields & Closeness)
        && (person.closeness < closeness::Min || person.closeness > closeness::Max))
        return fail(error, closenessRangeMessage());
    if ((fields & Email) && !person.email.trimmed().isEmpty() && !person.email.contains(u'@'))
        return fail(
            error, tr("“%1” does not look like an e-mail address.").arg(person.email.trimmed()));
    if ((fields & KeepInTouch) && person.keepInTouchWeeks > 52)
        return fail(error, tr("Keep in touch at least once a year (every 52 weeks at most)."));
    if ((fields & IntroducedBy) && person.introducedBy > 0 && person.introducedBy == person.id)
        return fail(error, tr("A person cannot introduce themselves."));
    return true;
}

QString PeopleService::closenessRangeMessage()
{
    static_assert(closeness::Min == 0 && closeness::Max == 5, "the message names the scale");
    return tr("Closeness goes from 0 to 5.");
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
    qint64 id = -1;
    const bool ok = m_db.write(
        Database::People,
        [&](QSqlQuery& q) {
            if (!execPrepared(q,
                    u"INSERT INTO person (member_id, name, organization, role, relation, email, "
                    u"url, channels, tags, notes, closeness, introduced_by, created_on,"
                    u" keep_in_touch_weeks)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {person.memberId, person.name.trimmed(), person.organization.trimmed(),
                        person.role.trimmed(), person.relation.trimmed(), person.email.trimmed(),
                        person.url.trimmed(), person.channels.trimmed(), person.tags.trimmed(),
                        person.notes, person.closeness, introducer(person),
                        created.toString(Qt::ISODate), rhythm(person)},
                    tr("add the person"), error))
                return false;
            id = insertedId(q);
            return recordCloseness(q, id, created, person.closeness, error);
        },
        error);
    return ok ? id : -1;
}

bool PeopleService::update(const Person& person, QString* error)
{
    const std::optional<Person> before = this->person(person.id);
    if (!before)
        return fail(error, tr("That person is no longer on the list."));
    // Only what changes is checked and written: a field stored long ago (an imported
    // e-mail without @, say) does not block an edit of another one.
    const Fields changed = changedFields(*before, person);
    if (!changed)
        return true;
    if (!validate(person, changed, error))
        return false;
    if ((changed & (Name | Organization | Email)) && findDuplicate(person) > 0)
        return fail(error,
            tr("Someone with the same e-mail, or the same name and organization, is already on the "
               "list."));
    QStringList assignments;
    QVariantList values;
    for (const EditableColumn& c : EditableColumns) {
        if (!(changed & c.field))
            continue;
        assignments.append(c.column + u" = ?"_s);
        values.append(c.field == IntroducedBy ? introducer(person)
                : c.field == KeepInTouch      ? rhythm(person)
                                              : c.value(person));
    }
    values.append(person.id);
    return m_db.write(
        Database::People,
        [&](QSqlQuery& q) {
            if (!execPrepared(q,
                    u"UPDATE person SET "_s + assignments.join(u", "_s) + u" WHERE id = ?"_s,
                    values, tr("save the person"), error))
                return false;
            return !(changed & Closeness)
                || recordCloseness(q, person.id, m_db.now().date(), person.closeness, error);
        },
        error);
}

bool PeopleService::setCloseness(qint64 personId, int closeness, QString* error)
{
    std::optional<Person> p = person(personId);
    if (!p)
        return fail(error, tr("That person is no longer on the list."));
    p->closeness = closeness;
    return update(*p, error);
}

bool PeopleService::revertCloseness(qint64 personId, int previous, QString* error)
{
    if (previous < closeness::Min || previous > closeness::Max)
        return fail(error, closenessRangeMessage());
    return m_db.write(
        Database::People,
        [&](QSqlQuery& q) {
            return execPrepared(q,
                       u"DELETE FROM closeness_change WHERE id = (SELECT id FROM closeness_change"
                       " WHERE person_id = ? ORDER BY changed_on DESC, id DESC LIMIT 1)"_s,
                       {personId}, tr("undo the closeness change"), error)
                && execPrepared(q, u"UPDATE person SET closeness = ? WHERE id = ?"_s,
                    {previous, personId}, tr("undo the closeness change"), error);
        },
        error);
}

bool PeopleService::remove(qint64 personId, QString* error)
{
    return m_db.write(Database::People | Database::Contributions,
        u"DELETE FROM person WHERE id = ?"_s, {personId}, tr("remove the person"), error);
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
    return m_db.write(
        Database::People | Database::Contributions,
        [&](QSqlQuery& q) {
            if (!execPrepared(q,
                    u"INSERT INTO person (id, member_id, name, organization, role, relation, "
                    u"email, url, channels, tags, notes, closeness, introduced_by, created_on,"
                    u" keep_in_touch_weeks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {p.id, p.memberId, p.name, p.organization, p.role, p.relation, p.email, p.url,
                        p.channels, p.tags, p.notes, p.closeness, introducer(p),
                        p.createdOn.toString(Qt::ISODate), rhythm(p)},
                    tr("restore the person"), error)
                || !syncIdentity(m_db, u"person"_s, error))
                return false;
            for (const ClosenessChange& c : s.history) {
                if (!execPrepared(q,
                        u"INSERT INTO closeness_change (person_id, changed_on, closeness)"
                        " VALUES (?, ?, ?)"_s,
                        {p.id, c.on.toString(Qt::ISODate), c.closeness}, tr("restore the person"),
                        error))
                    return false;
            }
            ContributionService log(m_db);
            for (const Contribution& c : s.contributions) {
                if (!log.restore(c, error))
                    return false;
            }
            for (qint64 other : s.introduced) {
                if (!execPrepared(q, u"UPDATE person SET introduced_by = ? WHERE id = ?"_s,
                        {p.id, other}, tr("restore the person"), error))
                    return false;
            }
            return true;
        },
        error);
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
            u"SELECT "_s + PersonColumns + u" FROM person WHERE member_id = ? ORDER BY "_s
                + m_db.caseInsensitiveOrder(u"name"_s) + u", id"_s,
            {memberId}, QString(), nullptr)) {
        while (q.next())
            result.append(personFrom(q));
    }
    return result;
}

QStringList PeopleService::names(qint64 memberId) const
{
    QStringList result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (execPrepared(q,
            u"SELECT name FROM person WHERE member_id = ? ORDER BY "_s
                + m_db.caseInsensitiveOrder(u"name"_s) + u", id"_s,
            {memberId}, QString(), nullptr)) {
        while (q.next())
            result.append(q.value(0).toString());
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

QStringList PeopleService::tags(qint64 memberId) const
{
    QSet<QString> tags;
    QSqlQuery q(m_db.connection());
    if (execPrepared(q, u"SELECT DISTINCT tags FROM person WHERE member_id = ? AND tags <> ''"_s,
            {memberId}, QString(), nullptr)) {
        while (q.next()) {
            const QStringList parts = q.value(0).toString().split(u',');
            for (const QString& t : parts) {
                if (!t.trimmed().isEmpty())
                    tags.insert(t.trimmed());
            }
        }
    }
    QStringList sorted(tags.cbegin(), tags.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
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
            // Counted ahead (tally_person, core/storage/Tallies.h); no row: never in touch.
            u"SELECT given, received, last_on FROM tally_person WHERE person_id = ?"_s, {personId},
            QString(), nullptr)
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
            u"SELECT "_s + PersonColumns + u" FROM person WHERE introduced_by = ? ORDER BY "_s
                + m_db.caseInsensitiveOrder(u"name"_s) + u", id"_s,
            {personId}, QString(), nullptr)) {
        while (q.next())
            result.append(personFrom(q));
    }
    return result;
}

} // namespace outloud
