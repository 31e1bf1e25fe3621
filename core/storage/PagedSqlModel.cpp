// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PagedSqlModel.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThreadPool>
#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
constexpr int MaxCachedPages = 128;
}

/// What a background count shares with its model: the model while it lives, and which
/// reload is the latest (a count of an older one is not begun, and never reported).
struct PagedSqlModel::Shared
{
    QMutex mutex;
    PagedSqlModel* model = nullptr;
    std::atomic<int> latest {0};
};

PagedSqlModel::PagedSqlModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->model = this;
}

PagedSqlModel::~PagedSqlModel()
{
    // A count under way finishes on its own connection and reports to nobody.
    const QMutexLocker lock(&m_shared->mutex);
    m_shared->model = nullptr;
}

int PagedSqlModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

bool PagedSqlModel::canFetchMore(const QModelIndex& parent) const
{
    // Never asked from a slot while rows are being reset or inserted: no nested change.
    if (m_holding)
        return !parent.isValid() && !m_changing && m_rowCount < m_total;
    // While the count is under way, the rows read so far end on a full page: more may follow.
    return !parent.isValid() && m_counting && !m_changing && m_rowCount > 0
        && m_rowCount % PageSize == 0;
}

void PagedSqlModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_holding) {
        showAllRows();
        return;
    }
    const int known = m_rowCount;
    QList<QVariantList> rows = fetchBySeek(known / PageSize);
    if (!rows.isEmpty()) {
        m_changing = true;
        beginInsertRows({}, known, known + int(rows.size()) - 1);
        m_rowCount = known + int(rows.size());
        appendPage(known / PageSize, rows);
        endInsertRows();
        m_changing = false;
    }
    if (rows.size() < PageSize) {
        // The last page: the rows are counted, and the count under way is not needed.
        m_counting = false;
        m_shared->latest = ++m_generation;
        Q_EMIT counted(m_rowCount);
    }
}

void PagedSqlModel::holdBack()
{
    if (!m_holding)
        return;
    m_total = m_rowCount;
    m_rowCount = std::min(m_rowCount, PageSize);
}

void PagedSqlModel::showAllRows()
{
    if (!m_holding)
        return;
    m_holding = false;
    if (m_total > m_rowCount) {
        m_changing = true;
        beginInsertRows({}, m_rowCount, m_total - 1);
        m_rowCount = m_total;
        endInsertRows();
        m_changing = false;
    }
}

void PagedSqlModel::appendPage(int pageIndex, const QList<QVariantList>& rows) const
{
    if (m_pageOrder.size() >= MaxCachedPages)
        m_pages.remove(m_pageOrder.takeFirst());
    m_pageOrder.append(pageIndex);
    m_pages.insert(pageIndex, rows);
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
    if (m_loaded) {
        if (seeksBy(m_sortColumn) && !m_stale) {
            // The same rows in another order: the count stands (or is still under way).
            m_seek = true;
            m_boundaries.clear();
            m_ids.clear();
        } else if (seeksBy(m_sortColumn)) {
            countRows(query());
            holdBack();
        } else {
            readOrder(query());
            holdBack();
            if (m_counting) { // every row's id was read: that is the count
                m_counting = false;
                m_shared->latest = ++m_generation;
                Q_EMIT counted(rowsTotal());
            }
        }
    }
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
    // A count under way belongs to the rows before: it is not reported.
    m_shared->latest = ++m_generation;
    m_counting = false;
    m_changing = true;
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    m_loaded = true;
    const Query q = query();
    if (seeksBy(m_sortColumn) && m_background && q.countExpression.isEmpty())
        readFirstPage(q);
    else if (seeksBy(m_sortColumn))
        countRows(q);
    else
        readOrder(q);
    holdBack();
    endResetModel();
    m_changing = false;
}

void PagedSqlModel::readFirstPage(const Query& q)
{
    m_seek = true;
    m_boundaries.clear();
    m_ids.clear();
    m_lastError.clear();
    QList<QVariantList> rows = fetchBySeek(0);
    m_rowCount = int(rows.size());
    appendPage(0, rows);
    if (m_rowCount < PageSize || !m_lastError.isEmpty())
        return; // a page not full is every row
    m_counting = true;
    QVariantList binds;
    const QString sql = countSql(q, &binds);
    QThreadPool::globalInstance()->start(
        [shared = m_shared, generation = m_generation, location = m_db.path(), sql, binds] {
            if (shared->latest != generation)
                return; // typed on: a newer filter's count follows
            int total = 0;
            bool ok = false;
            {
                QString error;
                const std::unique_ptr<Database> db
                    = Database::open(location, &error, Database::OpenMode::MustExist);
                if (db) {
                    QSqlQuery count(db->connection());
                    count.setForwardOnly(true);
                    ok = execPrepared(count, sql, binds, QString(), &error) && count.next();
                    total = ok ? count.value(0).toInt() : 0;
                }
            }
            const QMutexLocker lock(&shared->mutex);
            if (PagedSqlModel* model = shared->model) {
                QMetaObject::invokeMethod(
                    model,
                    [model, generation, total, ok] { model->countArrived(generation, total, ok); },
                    Qt::QueuedConnection);
            }
        });
}

void PagedSqlModel::countArrived(int generation, int rows, bool ok)
{
    if (generation != m_generation || !m_counting)
        return; // the rows it counted were replaced, or are counted already
    m_counting = false;
    if (m_holding) {
        // Given to views by showAllRows().
        m_total = ok ? rows : m_total;
        Q_EMIT counted(m_total);
        return;
    }
    if (!ok) {
        // No connection of its own (a file gone, a server refusing a second login): the
        // count is made here, late but right.
        QVariantList binds;
        const QString sql = countSql(query(), &binds);
        QSqlQuery count(m_db.connection());
        count.setForwardOnly(true);
        rows = execPrepared(count, sql, binds, tr("count the rows"), &m_lastError) && count.next()
            ? count.value(0).toInt()
            : m_rowCount;
    }
    m_changing = true;
    if (rows > m_rowCount) {
        beginInsertRows({}, m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        // Rows read before another program's change that the count saw: a reload follows.
        beginRemoveRows({}, rows, m_rowCount - 1);
        m_rowCount = rows;
        m_pages.clear();
        m_pageOrder.clear();
        endRemoveRows();
    }
    m_changing = false;
    Q_EMIT counted(m_rowCount);
}

void PagedSqlModel::refreshRows()
{
    if (!m_loaded || m_stale)
        return; // the held-back reload reads everything anyway
    m_pages.clear();
    m_pageOrder.clear();
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1));
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
    m_seek = false;
    m_boundaries.clear();
    m_ids.clear();
    m_lastError.clear();
    m_lastRead = sql;
    QSqlQuery ids(m_db.connection());
    ids.setForwardOnly(true);
    if (execPrepared(ids, sql, q.binds, tr("count the rows"), &m_lastError)) {
        while (ids.next())
            m_ids.append(ids.value(0).toLongLong());
    }
    m_rowCount = int(m_ids.size());
}

QString PagedSqlModel::countSql(const Query& q, QVariantList* binds) const
{
    const bool own = !q.countFrom.isEmpty();
    const QString counted = own && !q.countExpression.isEmpty() ? q.countExpression : u"count(*)"_s;
    QString sql = u"SELECT "_s + counted + u" FROM "_s + (own ? q.countFrom : q.from);
    const QString where = own ? q.countWhere : q.where;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where;
    *binds = own ? q.countBinds : q.binds;
    return sql;
}

void PagedSqlModel::countRows(const Query& q)
{
    m_seek = true;
    m_boundaries.clear();
    m_ids.clear();
    m_lastError.clear();
    QVariantList binds;
    const QString sql = countSql(q, &binds);
    QSqlQuery count(m_db.connection());
    count.setForwardOnly(true);
    m_rowCount = execPrepared(count, sql, binds, tr("count the rows"), &m_lastError) && count.next()
        ? count.value(0).toInt()
        : 0;
}

QVariantList PagedSqlModel::rowFields(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return {};
    const int pageIndex = row / PageSize;
    auto it = m_pages.constFind(pageIndex);
    if (it == m_pages.constEnd()) {
        QList<QVariantList> rows = m_seek ? fetchBySeek(pageIndex) : fetchById(pageIndex);
        // A row deleted since the order was read stays as an empty row until the reload
        // that its deletion triggers.
        const int expected = std::min(PageSize, m_rowCount - pageIndex * PageSize);
        while (rows.size() < expected)
            rows.append(QVariantList());
        appendPage(pageIndex, rows);
        it = m_pages.constFind(pageIndex);
    }
    const int offset = row - pageIndex * PageSize;
    return offset < it->size() ? it->at(offset) : QVariantList();
}

QList<QVariantList> PagedSqlModel::fetchById(int pageIndex) const
{
    const Query q = query();
    const QList<qint64> wanted = m_ids.mid(qsizetype(pageIndex) * PageSize, PageSize);
    const QString id = q.select.section(u',', 0, 0).trimmed();
    QStringList marks;
    QVariantList values;
    marks.reserve(wanted.size());
    values.reserve(wanted.size());
    for (qint64 v : wanted) {
        marks.append(u"?"_s);
        values.append(v);
    }
    const QString sql = u"SELECT "_s + q.select + u" FROM "_s
        + (q.fromById.isEmpty() ? q.from : q.fromById) + u" WHERE "_s + id + u" IN ("_s
        + marks.join(u',') + u')';
    m_lastRead = sql;
    QSqlQuery fetch(m_db.connection());
    fetch.setForwardOnly(true);
    QHash<qint64, QVariantList> byId;
    byId.reserve(wanted.size());
    if (execPrepared(fetch, sql, values, tr("read the rows"), &m_lastError)) {
        const int fields = fetch.record().count();
        while (fetch.next()) {
            QVariantList row;
            row.reserve(fields);
            for (int i = 0; i < fields; ++i)
                row.append(fetch.value(i));
            const qint64 rowId = row.first().toLongLong();
            byId.insert(rowId, row);
        }
    }
    QList<QVariantList> rows;
    rows.reserve(wanted.size());
    for (qint64 v : wanted)
        rows.append(byId.value(v));
    return rows;
}

QList<QVariantList> PagedSqlModel::fetchBySeek(int pageIndex) const
{
    // The page after a fetched one begins past its last row: `key, id` beyond that row's,
    // in the sort's direction (the key compared twice so that an index on it serves the
    // seek). Any other page (a jump down the list) skips rows with OFFSET, in the same order.
    const Query q = query();
    const QString key = sortExpression(m_sortColumn);
    const QString id = q.select.section(u',', 0, 0).trimmed();
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    QStringList where;
    if (!q.where.isEmpty())
        where << u"("_s + q.where + u")"_s;
    QVariantList values = q.binds;
    QString skip;
    const auto before = m_boundaries.constFind(pageIndex - 1);
    if (pageIndex > 0 && before != m_boundaries.constEnd()) {
        const QString beyond = ascending ? u">"_s : u"<"_s;
        where << key + u' ' + beyond + u"= ? AND ("_s + key + u' ' + beyond + u" ? OR "_s + id
                + u' ' + beyond + u" ?)"_s;
        values << before->key << before->key << before->id;
    } else if (pageIndex > 0) {
        skip = u" OFFSET "_s + QString::number(qint64(pageIndex) * PageSize);
    }
    QString sql = u"SELECT "_s + q.select + u", "_s + key + u" FROM "_s + q.from;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += orderBy() + u" LIMIT "_s + QString::number(PageSize) + skip;
    m_lastRead = sql;
    QSqlQuery fetch(m_db.connection());
    fetch.setForwardOnly(true);
    QList<QVariantList> rows;
    if (execPrepared(fetch, sql, values, tr("read the rows"), &m_lastError)) {
        const int fields = fetch.record().count() - 1; // the last is the sort key
        QVariant lastKey;
        while (fetch.next()) {
            QVariantList row;
            row.reserve(fields);
            for (int i = 0; i < fields; ++i)
                row.append(fetch.value(i));
            lastKey = fetch.value(fields);
            rows.append(row);
        }
        if (rows.size() == PageSize)
            m_boundaries.insert(pageIndex, {lastKey, rows.constLast().constFirst()});
    }
    return rows;
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
