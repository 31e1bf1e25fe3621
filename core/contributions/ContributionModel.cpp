// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContributionModel.h"

#include "Contribution.h"
#include "storage/Database.h"
#include "storage/PlainText.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
enum Field {
    FId,
    FDate,
    FPersonId,
    FPerson,
    FDirection,
    FKindCode,
    FKind,
    FChannelCode,
    FChannel,
    FBrought,
    FNote
};
}

ContributionModel::ContributionModel(Database& db, QObject* parent)
    : PagedSqlModel(db, parent)
{
    PagedSqlModel::sort(Date, Qt::DescendingOrder);
    connect(&db, &Database::changed, this, [this](Database::Tables tables) {
        if (tables & (Database::People | Database::Contributions | Database::Catalogue))
            reload();
    });
}

void ContributionModel::setMemberId(qint64 memberId)
{
    m_memberId = memberId;
    m_walkDates = walksDates();
    m_walkFilter = walksFilter();
    reload();
}

void ContributionModel::setMemberAndCalendar(qint64 memberId, const WeekCalendar& calendar)
{
    m_memberId = memberId;
    m_walkDates = walksDates();
    m_calendar = calendar;
    m_walkFilter = walksFilter();
    reload();
}

bool ContributionModel::walksFilter() const
{
    // Typed text can match most rows ("a") or none ("zzz"). Walking the date index finds a
    // page of the first after a few hundred rows but crosses the whole file for the second
    // (seconds at 10x); reading the member's rows through the note index costs a fixed
    // ~0.3 µs a row, and sorts only the matches. The member's newest 256 rows say how dense
    // the matches are: walking costs ~2 µs a row of the file for PageSize * 256 / hits of the
    // member's rows, at the member's share of the file.
    if (!m_walkDates || m_filter.text.isEmpty())
        return m_walkDates;
    const Query q = query(); // the where of every filter
    QSqlQuery sample(database().connection());
    sample.setForwardOnly(true);
    QVariantList binds {m_memberId};
    binds << q.binds;
    if (!execPrepared(sample,
            u"SELECT count(*) FROM contribution c CROSS JOIN person p ON p.id = c.person_id"
            " WHERE c.id IN (SELECT c2.id FROM contribution c2 CROSS JOIN person p2"
            " ON p2.id = c2.person_id WHERE p2.member_id = ?"
            " ORDER BY c2.happened_on DESC, c2.id DESC LIMIT 256) AND "_s
                + q.where,
            binds, QString(), nullptr)
        || !sample.next())
        return true;
    const double hits = sample.value(0).toDouble();
    const double share = m_all > 0 ? double(m_mine) / double(m_all) : 1.0;
    return hits > 0 && (double(PageSize) * 256.0 / hits) / share * 2.0 < 0.3 * double(m_mine);
}

bool ContributionModel::walksDates()
{
    // SQLite, left to itself, reads every one of the member's contributions (through their
    // people) and sorts them to show the newest page: at 400,000 rows that takes longer than
    // a keystroke may. Walking the date index from the newest and keeping the member's rows
    // finds a page after a few hundred rows when the member holds a good share of the file
    // (the usual laptop: mostly the user's own log), but would cross most of the file for a
    // member with few. The tallies say how many are the member's (PostgreSQL plans from its
    // own statistics): the kinds' tally, a few dozen rows a member, not one row per person.
    if (m_memberId <= 0 || database().isServer())
        return false;
    QSqlQuery q(database().connection());
    q.prepare(u"SELECT (SELECT coalesce(sum(n), 0) FROM tally_kind WHERE member_id = ?),"
              " (SELECT coalesce(max(id), 0) FROM contribution)"_s);
    q.addBindValue(m_memberId);
    if (!q.exec() || !q.next())
        return false;
    m_mine = q.value(0).toLongLong();
    m_all = q.value(1).toLongLong();
    return m_all > 0 && m_mine * 10 >= m_all;
}

void ContributionModel::setCalendar(const WeekCalendar& calendar)
{
    m_calendar = calendar;
    reload();
}

void ContributionModel::setFilter(const Filter& filter)
{
    Filter f = filter;
    f.text = f.text.trimmed();
    if (f == m_filter)
        return;
    m_filter = f;
    m_walkFilter = walksFilter();
    reload();
}

void ContributionModel::setWeekFilter(int week)
{
    Filter f = m_filter;
    f.week = week;
    setFilter(f);
}

void ContributionModel::setPersonFilter(qint64 personId)
{
    Filter f = m_filter;
    f.personId = personId;
    setFilter(f);
}

void ContributionModel::setDirectionFilter(int direction)
{
    Filter f = m_filter;
    f.direction = direction;
    setFilter(f);
}

void ContributionModel::setKindFilter(qint64 kindId)
{
    Filter f = m_filter;
    f.kindId = kindId;
    setFilter(f);
}

void ContributionModel::setChannelFilter(qint64 channelId)
{
    Filter f = m_filter;
    f.channelId = channelId;
    setFilter(f);
}

void ContributionModel::setTextFilter(const QString& text)
{
    Filter f = m_filter;
    f.text = text;
    setFilter(f);
}

int ContributionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

PagedSqlModel::Query ContributionModel::query() const
{
    Query q;
    q.select
        = u"c.id, c.happened_on, c.person_id, p.name, c.direction, k.code, k.name, ch.code, ch.name, c.brought, c.note"_s;
    // CROSS JOIN: SQLite keeps the contributions as the outer loop, read in date order.
    const bool walk = m_walkDates && m_walkFilter && (sortColumn() == Date || sortColumn() == Week);
    // Typed text, not walking: the member's rows through the index that carries the notes
    // (schema 9), which tests each note before reading its row. SQLite's planner otherwise
    // takes the covering index, which lacks the notes, and reads every row: up to six times
    // as long when few notes match.
    const bool byNotes
        = !walk && !m_filter.text.isEmpty() && m_memberId > 0 && !database().isServer();
    const QString joins = u" ON p.id = c.person_id JOIN contribution_kind k ON k.id = c.kind_id"
                          " LEFT JOIN channel ch ON ch.id = c.channel_id"_s;
    q.from
        = (walk             ? u"contribution c CROSS JOIN person p"_s
                  : byNotes ? u"contribution c INDEXED BY contribution_person_date JOIN person p"_s
                            : u"contribution c JOIN person p"_s)
        + joins;
    // A page read by its rows' ids (a sort that does not seek) looks each up by id.
    if (byNotes)
        q.fromById = u"contribution c JOIN person p"_s + joins;
    // Every contribution has a person and a kind: the count needs the person only for the
    // text filter. Whose log: a join for the pages (the planner walks the date index), a
    // list of the member's people for the count (PostgreSQL then counts from the
    // person index alone; `= ANY(ARRAY(...))` reads that list once).
    q.countFrom = m_filter.text.isEmpty() ? u"contribution c"_s
                                          : u"contribution c JOIN person p ON p.id = c.person_id"_s;
    QStringList where;
    QStringList countWhere;
    const auto both = [&](const QString& condition, const QVariantList& values) {
        where << condition;
        countWhere << condition;
        q.binds << values;
        q.countBinds << values;
    };
    if (m_memberId > 0) {
        where << u"p.member_id = ?"_s;
        q.binds << m_memberId;
        countWhere << (database().isServer()
                ? u"c.person_id = ANY(ARRAY(SELECT id FROM person WHERE member_id = ?))"_s
                : u"c.person_id IN (SELECT id FROM person WHERE member_id = ?)"_s);
        q.countBinds << m_memberId;
    }
    if (m_filter.week > 0 && m_calendar.isValid()) {
        both(u"c.happened_on >= ? AND c.happened_on < ?"_s,
            {m_calendar.weekStart(m_filter.week).toString(Qt::ISODate),
                m_calendar.weekEnd(m_filter.week).toString(Qt::ISODate)});
    }
    if (m_filter.personId > 0)
        both(u"c.person_id = ?"_s, {m_filter.personId});
    if (m_filter.direction == 0 || m_filter.direction == 1)
        both(u"c.direction = ?"_s, {m_filter.direction});
    if (m_filter.kindId > 0)
        both(u"c.kind_id = ?"_s, {m_filter.kindId});
    if (m_filter.channelId > 0)
        both(u"c.channel_id = ?"_s, {m_filter.channelId});
    if (!m_filter.text.isEmpty()) {
        // Without regard to case on both engines (PostgreSQL's LIKE minds case).
        const QString like = database().isServer() ? u"ILIKE"_s : u"LIKE"_s;
        both(u"(p.name %1 ? ESCAPE '\\' OR c.note %1 ? ESCAPE '\\')"_s.arg(like),
            {likeContains(m_filter.text), likeContains(m_filter.text)});
    }
    q.where = where.join(u" AND "_s);
    q.countWhere = countWhere.join(u" AND "_s);
    countFromTallies(q);
    return q;
}

void ContributionModel::countFromTallies(Query& q) const
{
    // The tallies (core/storage/Tallies.h) count each member's contributions by day and
    // direction, by kind and by channel, in the transaction of every edit: where the filter
    // asks no more than one of them can answer, the count reads a few hundred tally rows
    // instead of every one of the member's contributions.
    const bool week = m_filter.week > 0 && m_calendar.isValid();
    const bool kind = m_filter.kindId > 0;
    const bool channel = m_filter.channelId > 0;
    if (m_memberId <= 0 || !m_filter.text.isEmpty() || m_filter.personId > 0
        || int(week) + int(kind) + int(channel) > 1)
        return;
    QStringList where {u"member_id = ?"_s};
    QVariantList binds {m_memberId};
    if (week) {
        where << u"happened_on >= ? AND happened_on < ?"_s;
        binds << m_calendar.weekStart(m_filter.week).toString(Qt::ISODate)
              << m_calendar.weekEnd(m_filter.week).toString(Qt::ISODate);
    }
    if (kind) {
        where << u"kind_id = ?"_s;
        binds << m_filter.kindId;
    }
    if (channel) {
        where << u"channel_id = ?"_s;
        binds << m_filter.channelId;
    }
    if (m_filter.direction == 0 || m_filter.direction == 1) {
        where << u"direction = ?"_s;
        binds << m_filter.direction;
    }
    // Every contribution has one kind: without a week or a channel to ask for, the kinds'
    // tally (a few dozen rows a member) counts them, not the days' (one row a day).
    q.countFrom = week ? u"tally_day"_s : channel ? u"tally_channel"_s : u"tally_kind"_s;
    q.countWhere = where.join(u" AND "_s);
    q.countBinds = binds;
    q.countExpression = u"coalesce(sum(n), 0)"_s;
}

bool ContributionModel::seeksBy(int column) const
{
    // The date is never NULL and compares by value on both engines; the name is never NULL
    // and its sort expression carries its collation into the seek's comparisons, so pages
    // follow each other in the ORDER BY's order on either engine.
    return column == Date || column == Week || column == Person;
}

QString ContributionModel::sortExpression(int column) const
{
    switch (column) {
    case Date:
    case Week:
        return u"c.happened_on"_s;
    case Person:
        return database().caseInsensitiveOrder(u"p.name"_s);
    case Direction:
        return u"c.direction"_s;
    case Kind:
        return u"k.position"_s;
    case Channel:
        return u"ch.position"_s;
    case Brought:
        return u"c.brought"_s;
    case Note:
        return database().caseInsensitiveOrder(u"c.note"_s);
    default:
        return {};
    }
}

QVariant ContributionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // A view asks each cell for a font, colours, alignment and more: none of them is a field.
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole && role != IdRole
        && role != PersonIdRole && role != DirectionRole)
        return {};
    const QVariantList f = rowFields(index.row());
    if (f.size() <= FNote)
        return {};
    switch (role) {
    case IdRole:
        return f.at(FId);
    case PersonIdRole:
        return f.at(FPersonId);
    case DirectionRole:
        return f.at(FDirection);
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const QDate date = QDate::fromString(f.at(FDate).toString(), Qt::ISODate);
        switch (index.column()) {
        case Date:
            return date;
        case Week:
            return m_calendar.isValid() ? QVariant(m_calendar.weekOf(date)) : QVariant();
        case Person:
            return f.at(FPerson);
        case Direction:
            return directionName(f.at(FDirection).toInt() == 1 ? outloud::Direction::Received
                                                               : outloud::Direction::Given);
        case Kind:
            return ContributionKind {
                -1, f.at(FKindCode).toString(), f.at(FKind).toString(), 0, false, false}
                .displayName();
        case Channel:
            return f.at(FChannel).isNull()
                ? QVariant()
                : QVariant(outloud::Channel {
                    -1, f.at(FChannelCode).toString(), f.at(FChannel).toString(), 0}
                               .displayName());
        case Brought:
            return f.at(FBrought).isNull()
                ? QVariant()
                : QVariant(broughtName(outloud::Brought(f.at(FBrought).toInt())));
        case Note:
            return f.at(FNote);
        default:
            return {};
        }
    }
    case Qt::ToolTipRole:
        if (index.column() == Note)
            return plainToolTip(f.at(FNote).toString());
        // A narrow column's name or kind reads whole in its tooltip.
        if (index.column() == Person || index.column() == Kind || index.column() == Channel)
            return plainToolTip(data(index, Qt::DisplayRole).toString());
        return {};
    default:
        return {};
    }
}

QVariant ContributionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Week:
        return tr("Week");
    case Person:
        return tr("Person");
    case Direction:
        return tr("Direction");
    case Kind:
        return tr("Kind");
    case Channel:
        return tr("Channel");
    case Brought:
        return tr("What it brought");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace outloud
