// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PagedSqlModel.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
constexpr int MaxCachedPages = 32;
}

PagedSqlModel::PagedSqlModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

int PagedSqlModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

void PagedSqlModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount() || sortExpression(column).isEmpty())
        return;
    if (m_loaded && column == m_sortColumn && order == m_sortOrder)
        return; // already in this order: no second sort of every row
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_pages.clear();
    m_pageOrder.clear();
    if (m_loaded)
        readOrder(query());
    // Persistent indexes cannot follow rows we have not fetched; views reselect by id.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PagedSqlModel::reloadIfStale()
{
    if (m_stale)
        reload();
}

void PagedSqlModel::reload()
{
    if (m_loaded && m_gate && !m_gate()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    m_loaded = true;
    readOrder(query());
    endResetModel();
}

QString PagedSqlModel::orderBy() const
{
    const QString order = sortExpression(m_sortColumn);
    const QString dir = m_sortOrder == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    // The id breaks ties, so the order is the same on every read.
    return u" ORDER BY "_s + (order.isEmpty() ? QString() : order + dir + u", "_s) + u"1"_s + dir;
}

void PagedSqlModel::readOrder(const Query& q)
{
    // The rows' ids in display order, sorted once: pages are then read by id, not by sorting
    // every row again to skip to an OFFSET. The count is the length of this list.
    // A sort by position in the select list ("7") needs the whole list; else the id alone.
    bool byPosition = false;
    sortExpression(m_sortColumn).toInt(&byPosition);
    const QString fields = byPosition ? q.select : q.select.section(u',', 0, 0).trimmed();
    QString sql = u"SELECT "_s + fields + u" FROM "_s + q.from;
    if (!q.where.isEmpty())
        sql += u" WHERE "_s + q.where;
    sql += orderBy();
    m_ids.clear();
    m_lastError.clear();
    QSqlQuery ids(m_db.connection());
    ids.setForwardOnly(true);
    if (ids.prepare(sql)) {
        for (const QVariant& v : q.binds)
            ids.addBindValue(v);
        if (ids.exec()) {
            while (ids.next())
                m_ids.append(ids.value(0).toLongLong());
        }
    }
    if (ids.lastError().isValid())
        m_lastError = sqlErrorMessage(tr("count the rows"), ids.lastError());
    m_rowCount = int(m_ids.size());
}

QVariantList PagedSqlModel::rowFields(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return {};
    const int pageIndex = row / PageSize;
    auto it = m_pages.constFind(pageIndex);
    if (it == m_pages.constEnd()) {
        const Query q = query();
        const QList<qint64> wanted = m_ids.mid(qsizetype(pageIndex) * PageSize, PageSize);
        const QString id = q.select.section(u',', 0, 0).trimmed();
        QStringList marks;
        marks.reserve(wanted.size());
        for (qsizetype i = 0; i < wanted.size(); ++i)
            marks.append(u"?"_s);
        const QString sql = u"SELECT "_s + q.select + u" FROM "_s + q.from + u" WHERE "_s + id
            + u" IN ("_s + marks.join(u',') + u')';
        QSqlQuery fetch(m_db.connection());
        fetch.setForwardOnly(true);
        QHash<qint64, QVariantList> byId;
        byId.reserve(wanted.size());
        if (fetch.prepare(sql)) {
            for (qint64 v : wanted)
                fetch.addBindValue(v);
            if (fetch.exec()) {
                const int fields = fetch.record().count();
                while (fetch.next()) {
                    QVariantList values;
                    values.reserve(fields);
                    for (int i = 0; i < fields; ++i)
                        values.append(fetch.value(i));
                    const qint64 rowId = values.first().toLongLong();
                    byId.insert(rowId, values);
                }
            }
        }
        if (fetch.lastError().isValid())
            m_lastError = sqlErrorMessage(tr("read the rows"), fetch.lastError());
        QList<QVariantList> rows;
        rows.reserve(wanted.size());
        // A row deleted since the order was read stays as an empty row until the reload
        // that its deletion triggers.
        for (qint64 v : wanted)
            rows.append(byId.value(v));
        if (m_pageOrder.size() >= MaxCachedPages)
            m_pages.remove(m_pageOrder.takeFirst());
        m_pageOrder.append(pageIndex);
        it = m_pages.insert(pageIndex, rows);
    }
    const int offset = row - pageIndex * PageSize;
    return offset < it->size() ? it->at(offset) : QVariantList();
}

qint64 PagedSqlModel::idAt(int row) const
{
    const QVariantList fields = rowFields(row);
    return fields.isEmpty() ? -1 : fields.first().toLongLong();
}

int PagedSqlModel::rowOfId(qint64 id) const
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).value(0).toLongLong() == id)
                return it.key() * PageSize + i;
        }
    }
    return -1;
}

} // namespace outloud
