// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContributionService.h"

#include "people/PeopleService.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <limits>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("outloud", text, disambiguation, n);
}

QVariant broughtValue(const Contribution& c)
{
    return c.direction == Direction::Received && c.brought != Brought::Nothing
        ? QVariant(int(c.brought))
        : QVariant(QMetaType::fromType<int>());
}

Contribution contributionFrom(const QSqlQuery& q)
{
    Contribution c;
    c.id = q.value(0).toLongLong();
    c.personId = q.value(1).toLongLong();
    c.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    c.direction = q.value(3).toInt() == 1 ? Direction::Received : Direction::Given;
    c.kindId = q.value(4).toLongLong();
    c.channelId = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
    c.brought = q.value(6).isNull() ? Brought::Nothing : Brought(q.value(6).toInt());
    c.note = q.value(7).toString();
    return c;
}

const auto ContributionColumns
    = u"id, person_id, happened_on, direction, kind_id, channel_id, brought, note"_s;

struct BuiltinName
{
    const char* code;
    const char* name;
};

// Translatable names of the built-in catalogue; the database keeps the English ones.
constexpr BuiltinName BuiltinKinds[] = {
    {"attention", QT_TRANSLATE_NOOP("kind", "Attention")},
    {"appreciation", QT_TRANSLATE_NOOP("kind", "Appreciation")},
    {"recognition", QT_TRANSLATE_NOOP("kind", "Recognition")},
    {"share_theirs", QT_TRANSLATE_NOOP("kind", "Share their work")},
    {"share_mine", QT_TRANSLATE_NOOP("kind", "Share my learning")},
    {"question", QT_TRANSLATE_NOOP("kind", "Thoughtful question")},
    {"connect", QT_TRANSLATE_NOOP("kind", "Connect the dots")},
    {"help", QT_TRANSLATE_NOOP("kind", "Offer help")},
    {"collaborate", QT_TRANSLATE_NOOP("kind", "Collaborate")},
    {"advocate", QT_TRANSLATE_NOOP("kind", "Advocate")},
};

constexpr BuiltinName BuiltinChannels[] = {
    {"linkedin", QT_TRANSLATE_NOOP("channel", "LinkedIn")},
    {"x", QT_TRANSLATE_NOOP("channel", "X/Twitter")},
    {"mastodon", QT_TRANSLATE_NOOP("channel", "Mastodon")},
    {"blog", QT_TRANSLATE_NOOP("channel", "Blog")},
    {"email", QT_TRANSLATE_NOOP("channel", "E-mail")},
    {"intranet", QT_TRANSLATE_NOOP("channel", "Internal network")},
    {"chat", QT_TRANSLATE_NOOP("channel", "Chat")},
    {"call", QT_TRANSLATE_NOOP("channel", "Phone or video")},
    {"in_person", QT_TRANSLATE_NOOP("channel", "In person")},
    {"other", QT_TRANSLATE_NOOP("channel", "Other")},
};

template <std::size_t N>
QString builtinName(const BuiltinName (&table)[N], const char* context, const QString& code,
    const QString& fallback)
{
    for (const BuiltinName& b : table) {
        if (code == QLatin1StringView(b.code))
            return QCoreApplication::translate(context, b.name);
    }
    return fallback;
}
} // namespace

QString ContributionKind::displayName() const
{
    return builtinName(BuiltinKinds, "kind", code, name);
}

QString Channel::displayName() const
{
    return builtinName(BuiltinChannels, "channel", code, name);
}

QString directionName(Direction direction)
{
    return direction == Direction::Given ? tr("Given") : tr("Received");
}

QString broughtName(Brought brought)
{
    switch (brought) {
    case Brought::Help:
        return tr("Help");
    case Brought::Inspiration:
        return tr("Inspiration");
    case Brought::Recognition:
        return tr("Recognition");
    case Brought::Nothing:
        break;
    }
    return {};
}

ContributionService::ContributionService(Database& db)
    : m_db(db)
{ }

bool ContributionService::validate(const Contribution& c, QString* error) const
{
    if (c.personId <= 0)
        return fail(error, tr("Choose who the contribution was to or from."));
    const QDate today = m_db.now().date();
    if (!c.date.isValid() || c.date < QDate(2000, 1, 1) || c.date > today.addYears(1))
        return fail(error, tr("The date must lie between 1 January 2000 and a year from today."));
    if (c.kindId <= 0)
        return fail(error, tr("Choose the kind of contribution."));
    if (c.direction == Direction::Given && c.brought != Brought::Nothing)
        return fail(error, tr("Only a received contribution records what it brought."));
    return true;
}

qint64 ContributionService::add(const Contribution& c, QString* error)
{
    if (!validate(c, error))
        return -1;
    return m_db.insert(Database::Contributions,
        u"INSERT INTO contribution (person_id, happened_on, direction, kind_id, channel_id, "
        u"brought, note) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {c.personId, c.date.toString(Qt::ISODate), int(c.direction), c.kindId,
            idOrNull(c.channelId), broughtValue(c), c.note},
        tr("log the contribution"), error);
}

qint64 ContributionService::addWithNewPerson(
    const Person& person, Contribution contribution, qint64* personId, QString* error)
{
    qint64 id = -1;
    qint64 newPerson = -1;
    // One write: the person's and the contribution's inserts run as savepoints inside it.
    const bool ok = m_db.write(
        Database::People | Database::Contributions,
        [&](QSqlQuery&) {
            newPerson = PeopleService(m_db).add(person, error);
            if (newPerson <= 0)
                return false;
            contribution.personId = newPerson;
            id = add(contribution, error);
            return id > 0;
        },
        error);
    if (!ok)
        return -1;
    if (personId)
        *personId = newPerson;
    return id;
}

bool ContributionService::update(const Contribution& c, QString* error)
{
    if (!validate(c, error))
        return false;
    return m_db.write(Database::Contributions,
        u"UPDATE contribution SET person_id = ?, happened_on = ?, direction = ?, kind_id = ?, "
        u"channel_id = ?, brought = ?, note = ? WHERE id = ?"_s,
        {c.personId, c.date.toString(Qt::ISODate), int(c.direction), c.kindId,
            idOrNull(c.channelId), broughtValue(c), c.note, c.id},
        tr("save the contribution"), error);
}

bool ContributionService::remove(qint64 id, QString* error)
{
    return m_db.write(Database::Contributions, u"DELETE FROM contribution WHERE id = ?"_s, {id},
        tr("remove the contribution"), error);
}

bool ContributionService::restore(const Contribution& c, QString* error)
{
    return m_db.write(
        Database::Contributions,
        [&](QSqlQuery& q) {
            return execPrepared(q,
                       u"INSERT INTO contribution (id, person_id, happened_on, direction, kind_id, "
                       u"channel_id, brought, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       {c.id, c.personId, c.date.toString(Qt::ISODate), int(c.direction), c.kindId,
                           idOrNull(c.channelId), broughtValue(c), c.note},
                       tr("restore the contribution"), error)
                && syncIdentity(m_db, u"contribution"_s, error);
        },
        error);
}

std::optional<Contribution> ContributionService::contribution(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (execPrepared(q, u"SELECT "_s + ContributionColumns + u" FROM contribution WHERE id = ?"_s,
            {id}, QString(), nullptr)
        && q.next())
        return contributionFrom(q);
    return std::nullopt;
}

QList<Contribution> ContributionService::forPerson(qint64 personId, int limit, int offset) const
{
    QList<Contribution> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool limited = limit >= 0 || offset > 0;
    QVariantList binds {personId};
    if (limited)
        binds << (limit >= 0 ? limit : std::numeric_limits<int>::max()) << offset;
    if (execPrepared(q, forPersonSql(limited), binds, QString(), nullptr)) {
        while (q.next())
            result.append(contributionFrom(q));
    }
    return result;
}

QString ContributionService::forPersonSql(bool limited)
{
    // Newest first, read from contribution_person_date (schema 9) without sorting.
    return u"SELECT "_s + ContributionColumns
        + u" FROM contribution WHERE person_id = ? ORDER BY happened_on DESC, id DESC"_s
        + (limited ? u" LIMIT ? OFFSET ?"_s : QString()); // both engines: a limit before an offset
}

QList<ContributionKind> ContributionService::kinds() const
{
    QList<ContributionKind> result;
    QSqlQuery q(m_db.connection());
    if (execPrepared(q,
            u"SELECT id, code, name, position, shares_others, connects FROM contribution_kind ORDER BY position, id"_s,
            {}, QString(), nullptr)) {
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toInt(), q.value(4).toBool(), q.value(5).toBool()});
    }
    return result;
}

std::optional<ContributionKind> ContributionService::kind(qint64 id) const
{
    for (const ContributionKind& k : kinds()) {
        if (k.id == id)
            return k;
    }
    return std::nullopt;
}

qint64 ContributionService::kindIdByCode(const QString& code) const
{
    QSqlQuery q(m_db.connection());
    if (execPrepared(
            q, u"SELECT id FROM contribution_kind WHERE code = ?"_s, {code}, QString(), nullptr)
        && q.next())
        return q.value(0).toLongLong();
    return -1;
}

qint64 ContributionService::kindIdByName(const QString& name) const
{
    const QString wanted = name.trimmed();
    for (const ContributionKind& k : kinds()) {
        if (k.name.compare(wanted, Qt::CaseInsensitive) == 0
            || k.displayName().compare(wanted, Qt::CaseInsensitive) == 0 || k.code == wanted)
            return k.id;
    }
    return -1;
}

qint64 ContributionService::addKind(
    const QString& name, bool sharesOthers, bool connects, QString* error)
{
    if (name.trimmed().isEmpty()) {
        fail(error, tr("A kind of contribution needs a name."));
        return -1;
    }
    if (kindIdByName(name) > 0) {
        fail(error, tr("There is already a kind called “%1”.").arg(name.trimmed()));
        return -1;
    }
    return m_db.insert(Database::Catalogue,
        u"INSERT INTO contribution_kind (name, position, shares_others, connects)"
        " VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM contribution_kind), ?, ?)"_s,
        {name.trimmed(), sharesOthers ? 1 : 0, connects ? 1 : 0}, tr("add the kind"), error);
}

QList<Channel> ContributionService::channels() const
{
    QList<Channel> result;
    QSqlQuery q(m_db.connection());
    if (execPrepared(q, u"SELECT id, code, name, position FROM channel ORDER BY position, id"_s, {},
            QString(), nullptr)) {
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toInt()});
    }
    return result;
}

qint64 ContributionService::channelIdByName(const QString& name) const
{
    const QString wanted = name.trimmed();
    for (const Channel& c : channels()) {
        if (c.name.compare(wanted, Qt::CaseInsensitive) == 0
            || c.displayName().compare(wanted, Qt::CaseInsensitive) == 0 || c.code == wanted)
            return c.id;
    }
    return -1;
}

qint64 ContributionService::addChannel(const QString& name, QString* error)
{
    if (name.trimmed().isEmpty()) {
        fail(error, tr("A channel needs a name."));
        return -1;
    }
    if (channelIdByName(name) > 0) {
        fail(error, tr("There is already a channel called “%1”.").arg(name.trimmed()));
        return -1;
    }
    return m_db.insert(Database::Catalogue,
        u"INSERT INTO channel (name, position) VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM channel))"_s,
        {name.trimmed()}, tr("add the channel"), error);
}

} // namespace outloud
