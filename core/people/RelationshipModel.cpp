// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationshipModel.h"

#include "Closeness.h"
#include "PeopleService.h"
#include "storage/Database.h"
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
    FReceived
};
}

RelationshipModel::RelationshipModel(Database& db, QObject* parent)
    : PagedSqlModel(db, parent)
{
    connect(&db, &Database::changed, this, [this](Database::Tables tables) {
        if (tables & (Database::People | Database::Contributions))
            reload();
    });
}

void RelationshipModel::setMemberId(qint64 memberId)
{
    m_memberId = memberId;
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

int RelationshipModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

PagedSqlModel::Query RelationshipModel::query() const
{
    Query q;
    q.select
        = u"p.id, p.name, p.organization, p.role, p.relation, p.closeness,"
          " (SELECT max(c.happened_on) FROM contribution c WHERE c.person_id = p.id),"
          " (SELECT count(*) FROM contribution c WHERE c.person_id = p.id AND c.direction = 0),"
          " (SELECT count(*) FROM contribution c WHERE c.person_id = p.id AND c.direction = 1)"_s;
    q.from = u"person p"_s;
    QStringList where;
    if (m_memberId > 0) {
        where << u"p.member_id = ?"_s;
        q.binds << m_memberId;
    }
    if (!m_text.isEmpty()) {
        where << u"(p.name LIKE ? ESCAPE '\\' OR p.organization LIKE ? ESCAPE '\\' OR p.role LIKE "
                 u"? ESCAPE '\\'"
                 " OR p.relation LIKE ? ESCAPE '\\' OR p.tags LIKE ? ESCAPE '\\' OR p.notes LIKE ? "
                 "ESCAPE '\\'"
                 " OR p.email LIKE ? ESCAPE '\\')"_s;
        for (int i = 0; i < 7; ++i)
            q.binds << likeContains(m_text);
    }
    if (!m_tag.isEmpty()) {
        where << u"(',' || replace(p.tags, ', ', ',') || ',') LIKE ? ESCAPE '\\'"_s;
        q.binds << likeContains(u","_s + m_tag + u","_s);
    }
    if (m_minCloseness > closeness::Min || m_maxCloseness < closeness::Max) {
        where << u"p.closeness BETWEEN ? AND ?"_s;
        q.binds << m_minCloseness << m_maxCloseness;
    }
    q.where = where.join(u" AND "_s);
    return q;
}

QString RelationshipModel::sortExpression(int column) const
{
    switch (column) {
    case Name:
        return u"p.name COLLATE NOCASE"_s;
    case Organization:
        return u"p.organization COLLATE NOCASE"_s;
    case Role:
        return u"p.role COLLATE NOCASE"_s;
    case Relation:
        return u"p.relation COLLATE NOCASE"_s;
    case Closeness:
        return u"p.closeness"_s;
    case LastContact:
        return u"7"_s;
    case Given:
        return u"8"_s;
    case Received:
        return u"9"_s;
    default:
        return {};
    }
}

QVariant RelationshipModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList f = rowFields(index.row());
    if (f.size() <= FReceived)
        return {};
    const QDate last = QDate::fromString(f.at(FLastContact).toString(), Qt::ISODate);
    if (role == IdRole)
        return f.at(FId);
    if (role == ClosenessRole)
        return f.at(FCloseness).toInt();
    if (role == StaleRole)
        return m_staleWeeks > 0 && (!last.isValid() || last.daysTo(m_today) >= 7 * m_staleWeeks);
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
        case LastContact:
            return last.isValid() ? QVariant(last) : QVariant();
        case Given:
            return f.at(FGiven).toInt();
        case Received:
            return f.at(FReceived).toInt();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == LastContact && !last.isValid())
        return QCoreApplication::translate("outloud", "No contribution logged yet");
    if (role == Qt::TextAlignmentRole && (index.column() == Given || index.column() == Received))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RelationshipModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return QCoreApplication::translate("outloud", "Name");
    case Organization:
        return QCoreApplication::translate("outloud", "Organization");
    case Role:
        return QCoreApplication::translate("outloud", "Role");
    case Relation:
        return QCoreApplication::translate("outloud", "Relation");
    case Closeness:
        return QCoreApplication::translate("outloud", "Closeness");
    case LastContact:
        return QCoreApplication::translate("outloud", "Last contact");
    case Given:
        return QCoreApplication::translate("outloud", "Given");
    case Received:
        return QCoreApplication::translate("outloud", "Received");
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
