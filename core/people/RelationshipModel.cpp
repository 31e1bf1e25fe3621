// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationshipModel.h"

#include "Closeness.h"
#include "KeepInTouch.h"
#include "PeopleService.h"
#include "storage/Database.h"
#include "storage/PlainText.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
enum Field {
    FId,
    FName,
    FOrganization,
    FRole,
    FRelation,
    FCloseness,
    FLastContact,
    FGiven,
    FReceived,
    FDue,
    FEvery
};

// The rhythm in force and the day it falls due, in SQL so that the list filters and sorts
// by it (keepintouch::dueDate() is the same rule in C++).
const auto EveryWeeks = u"coalesce(p.keep_in_touch_weeks, d.every_weeks, 0)"_s;

// The last contact either way, counted ahead (tally_person, core/storage/Tallies.h): one
// row a person, however long the history; none for someone never in touch.
const auto LastContactSql = u"t.last_on"_s;

// The day the rhythm falls due: SQLite keeps dates as ISO text, PostgreSQL as `date`.
QString dueDateSql(bool postgres)
{
    const QString from = u"coalesce("_s + LastContactSql + u", p.created_on)"_s;
    const QString added = postgres
        ? u"("_s + from + u" + 7 * "_s + EveryWeeks + u")"_s
        : u"date("_s + from + u", '+' || (7 * "_s + EveryWeeks + u") || ' days')"_s;
    return u"CASE WHEN "_s + EveryWeeks + u" > 0 THEN "_s + added + u" END"_s;
}
} // namespace

RelationshipModel::RelationshipModel(Database& db, QObject* parent)
    : PagedSqlModel(db, parent)
{
    connect(&db, &Database::changed, this, [this](Database::Tables tables) {
        // A contribution changes a person's counts and last contact: the rows move only
        // when sorted or filtered by those; otherwise their fields are read again, in place.
        const bool contributionsMove = sortColumn() == LastContact || sortColumn() == Given
            || sortColumn() == Received || sortColumn() == KeepInTouch
            || m_touchFilter != TouchFilter::Everyone;
        if ((tables & Database::People)
            || ((tables & Database::Contributions) && contributionsMove))
            reload();
        else if (tables & Database::Contributions)
            refreshRows();
    });
}

void RelationshipModel::setMemberId(qint64 memberId)
{
    m_memberId = memberId;
    reload();
}

void RelationshipModel::setMemberId(qint64 memberId, TouchWeek week)
{
    m_memberId = memberId;
    m_touchWeek = week;
    reload();
}

void RelationshipModel::setFilters(
    const QString& text, const QString& tag, int minCloseness, int maxCloseness)
{
    if (m_text == text.trimmed() && m_tag == tag.trimmed() && m_minCloseness == minCloseness
        && m_maxCloseness == maxCloseness)
        return;
    m_text = text.trimmed();
    m_tag = tag.trimmed();
    m_minCloseness = minCloseness;
    m_maxCloseness = maxCloseness;
    reload();
}

void RelationshipModel::setTextFilter(const QString& text)
{
    if (m_text == text.trimmed())
        return;
    m_text = text.trimmed();
    reload();
}

void RelationshipModel::setTagFilter(const QString& tag)
{
    m_tag = tag.trimmed();
    reload();
}

void RelationshipModel::setClosenessFilter(int min, int max)
{
    m_minCloseness = min;
    m_maxCloseness = max;
    reload();
}

void RelationshipModel::setStaleAfterWeeks(int weeks)
{
    m_staleWeeks = weeks;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void RelationshipModel::setToday(QDate today)
{
    m_today = today;
}

void RelationshipModel::setTouchWeek(TouchWeek week)
{
    if (m_touchWeek.start == week.start && m_touchWeek.end == week.end)
        return;
    m_touchWeek = week;
    reload();
}

void RelationshipModel::setTouchFilter(TouchFilter filter)
{
    if (m_touchFilter == filter)
        return;
    m_touchFilter = filter;
    reload();
}

int RelationshipModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

PagedSqlModel::Query RelationshipModel::query() const
{
    Query q;
    q.select = u"p.id, p.name, p.organization, p.role, p.relation, p.closeness, "_s + LastContactSql
        + u", coalesce(t.given, 0), coalesce(t.received, 0), "_s + dueDateSql(database().isServer())
        + u", "_s + EveryWeeks;
    q.from = u"person p LEFT JOIN keep_in_touch_default d ON d.closeness = p.closeness"
             " LEFT JOIN tally_person t ON t.person_id = p.id"_s;
    QStringList where;
    if (m_memberId > 0) {
        where << u"p.member_id = ?"_s;
        q.binds << m_memberId;
    }
    if (!m_text.isEmpty()) {
        // Without regard to case on both engines (PostgreSQL's LIKE minds case).
        const QString like = database().isServer() ? u"ILIKE"_s : u"LIKE"_s;
        QStringList any;
        for (const char* column :
            {"name", "organization", "role", "relation", "tags", "notes", "email"}) {
            any << u"p.%1 %2 ? ESCAPE '\\'"_s.arg(QLatin1String(column), like);
            q.binds << likeContains(m_text);
        }
        where << u'(' + any.join(u" OR "_s) + u')';
    }
    if (!m_tag.isEmpty()) {
        where << u"(',' || replace(p.tags, ', ', ',') || ',') LIKE ? ESCAPE '\\'"_s;
        q.binds << likeContains(u","_s + m_tag + u","_s);
    }
    if (m_minCloseness > closeness::Min || m_maxCloseness < closeness::Max) {
        where << u"p.closeness BETWEEN ? AND ?"_s;
        q.binds << m_minCloseness << m_maxCloseness;
    }
    if (m_touchFilter != TouchFilter::Everyone) {
        // Due: before the week ends; losing touch: before it began.
        where << u"("_s + dueDateSql(database().isServer()) + u") < ?"_s;
        q.binds << (m_touchFilter == TouchFilter::LosingTouch ? m_touchWeek.start : m_touchWeek.end)
                       .toString(Qt::ISODate);
    }
    q.where = where.join(u" AND "_s);
    return q;
}

QString RelationshipModel::sortExpression(int column) const
{
    switch (column) {
    case Name:
        return database().caseInsensitiveOrder(u"p.name"_s);
    case Organization:
        return database().caseInsensitiveOrder(u"p.organization"_s);
    case Role:
        return database().caseInsensitiveOrder(u"p.role"_s);
    case Relation:
        return database().caseInsensitiveOrder(u"p.relation"_s);
    case Closeness:
        return u"p.closeness"_s;
    // Expressions rather than positions in the select list: the order is read from the ids
    // alone, not from every row's fields.
    case LastContact:
        return LastContactSql;
    case Given:
        return u"coalesce(t.given, 0)"_s;
    case Received:
        return u"coalesce(t.received, 0)"_s;
    case KeepInTouch:
        return u"coalesce("_s + dueDateSql(database().isServer()) + u", '9999-12-31')"_s;
    default:
        return {};
    }
}

QVariant RelationshipModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // A view asks each cell for a dozen roles as it paints or sizes it: the ones this model
    // never answers cost nothing, and a date is read from its text only when asked for.
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
    case IdRole:
    case StaleRole:
    case ClosenessRole:
    case TouchStatusRole:
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Given || index.column() == Received)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
    const QVariantList f = rowFields(index.row());
    if (f.size() <= FEvery)
        return {};
    const auto due = [&f] { return QDate::fromString(f.at(FDue).toString(), Qt::ISODate); };
    const auto last
        = [&f] { return QDate::fromString(f.at(FLastContact).toString(), Qt::ISODate); };
    if (role == IdRole)
        return f.at(FId);
    if (role == ClosenessRole)
        return f.at(FCloseness).toInt();
    if (role == TouchStatusRole)
        return int(keepintouch::status(due(), m_touchWeek));
    if (role == StaleRole) {
        if (m_staleWeeks <= 0)
            return false;
        const QDate contact = last();
        return !contact.isValid() || contact.daysTo(m_today) >= 7 * m_staleWeeks;
    }
    // The list shows the level in a word or two; the whole meaning is in the tooltip.
    if (role == Qt::ToolTipRole && index.column() == Closeness)
        return closeness::label(f.at(FCloseness).toInt());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Name:
            return f.at(FName);
        case Organization:
            return f.at(FOrganization);
        case Role:
            return f.at(FRole);
        case Relation:
            return f.at(FRelation);
        case Closeness:
            return role == Qt::EditRole ? f.at(FCloseness)
                                        : QVariant(closeness::shortLabel(f.at(FCloseness).toInt()));
        case LastContact: {
            const QDate contact = last();
            return contact.isValid() ? QVariant(contact) : QVariant();
        }
        case Given:
            return f.at(FGiven).toInt();
        case Received:
            return f.at(FReceived).toInt();
        case KeepInTouch: {
            const QDate next = due();
            return next.isValid() ? QVariant(next) : QVariant();
        }
        default:
            return {};
        }
    }
    // What is left is a tooltip.
    if (index.column() == KeepInTouch) {
        const int every = f.at(FEvery).toInt();
        switch (keepintouch::status(due(), m_touchWeek)) {
        case TouchStatus::NoRhythm:
            return tr("No keep-in-touch rhythm");
        case TouchStatus::Overdue:
            return tr("Keep in touch %1: losing touch").arg(keepintouch::label(every));
        case TouchStatus::Due:
            return tr("Keep in touch %1: due this week").arg(keepintouch::label(every));
        case TouchStatus::OnTrack:
            return tr("Keep in touch %1").arg(keepintouch::label(every));
        }
    }
    // Free text a narrow column elides reads whole in its tooltip, as typed.
    const int field = index.column() == Name ? FName
        : index.column() == Organization     ? FOrganization
        : index.column() == Role             ? FRole
        : index.column() == Relation         ? FRelation
                                             : -1;
    if (field >= 0 && !f.at(field).toString().isEmpty())
        return plainToolTip(f.at(field).toString());
    if (index.column() == LastContact && !last().isValid())
        return tr("No contribution logged yet");
    return {};
}

QVariant RelationshipModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Organization:
        return tr("Organization");
    case Role:
        return tr("Role");
    case Relation:
        return tr("Relation");
    case Closeness:
        return tr("Closeness");
    case LastContact:
        return tr("Last contact");
    case Given:
        return tr("Given");
    case Received:
        return tr("Received");
    case KeepInTouch:
        return tr("Keep in touch by");
    default:
        return {};
    }
}

Qt::ItemFlags RelationshipModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = PagedSqlModel::flags(index);
    if (index.isValid() && index.column() == Closeness)
        f |= Qt::ItemIsEditable;
    return f;
}

bool RelationshipModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() != Closeness)
        return false;
    bool ok = false;
    const int level = value.toInt(&ok);
    if (!ok || level < closeness::Min || level > closeness::Max)
        return false;
    const qint64 id = idAt(index.row());
    QString error;
    const bool saved = m_editor ? m_editor(id, level, &error)
                                : PeopleService(database()).setCloseness(id, level, &error);
    if (!saved)
        Q_EMIT editFailed(error);
    return saved; // the database's change signal reloads the rows
}

} // namespace outloud
