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
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_pages.clear();
    m_pageOrder.clear();
    // Persistent indexes cannot follow rows we have not fetched; views reselect by id.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PagedSqlModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    const Query q = query();
    QSqlQuery count(m_db.connection());
    count.setForwardOnly(true);
    QString sql = u"SELECT count(*) FROM "_s + (q.countFrom.isEmpty() ? q.from : q.countFrom);
    if (!q.where.isEmpty())
        sql += u" WHERE "_s + q.where;
    m_rowCount = 0;
    m_lastError.clear();
    if (count.prepare(sql)) {
        for (const QVariant& v : q.binds)
            count.addBindValue(v);
        if (count.exec() && count.next())
            m_rowCount = count.value(0).toInt();
    }
    if (count.lastError().isValid())
        m_lastError = sqlErrorMessage(tr("count the rows"), count.lastError());
    endResetModel();
}

QVariantList PagedSqlModel::rowFields(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return {};
    const int pageIndex = row / PageSize;
    auto it = m_pages.constFind(pageIndex);
    if (it == m_pages.constEnd()) {
        const Query q = query();
        QString sql = u"SELECT "_s + q.select + u" FROM "_s + q.from;
        if (!q.where.isEmpty())
            sql += u" WHERE "_s + q.where;
        const QString order = sortExpression(m_sortColumn);
        const QString dir = m_sortOrder == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
        // The id breaks ties, so pages never overlap or skip a row.
        sql += u" ORDER BY "_s + (order.isEmpty() ? QString() : order + dir + u", "_s) + u"1"_s
            + dir;
        sql += u" LIMIT %1 OFFSET %2"_s.arg(PageSize).arg(qint64(pageIndex) * PageSize);
        QSqlQuery fetch(m_db.connection());
        fetch.setForwardOnly(true);
        QList<QVariantList> rows;
        rows.reserve(PageSize);
        if (fetch.prepare(sql)) {
            for (const QVariant& v : q.binds)
                fetch.addBindValue(v);
            if (fetch.exec()) {
                const int fields = fetch.record().count();
                while (fetch.next()) {
                    QVariantList values;
                    values.reserve(fields);
                    for (int i = 0; i < fields; ++i)
                        values.append(fetch.value(i));
                    rows.append(std::move(values));
                }
            }
        }
        if (fetch.lastError().isValid())
            m_lastError = sqlErrorMessage(tr("read the rows"), fetch.lastError());
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
