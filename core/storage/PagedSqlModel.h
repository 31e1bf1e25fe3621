// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVariant>
#include <functional>
#include <memory>

namespace outloud {

class Database;

/**
 * A table model over one SQL query that never reads the whole result: it counts the
 * rows, then fetches pages of rows as views ask for them and keeps a few pages cached.
 * Sorting and filtering run in SQL (ORDER BY, WHERE), so a list of 10,000 people or
 * 200,000 contributions opens as fast as a list of ten.
 *
 * Subclasses describe the query (select list, FROM, WHERE with bound values, the sort
 * expression per column) and turn a fetched row into display data.
 */
class PagedSqlModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// A screenful and then some: the first page is read before a list's first paint.
    static constexpr int PageSize = 64;

    explicit PagedSqlModel(Database& db, QObject* parent = nullptr);
    ~PagedSqlModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /**
     * Counts on a thread and a connection of its own where the count would read many rows
     * (a seeking model whose count is not kept ahead): a reload then reads the first page
     * only, and rowCount() is the rows read so far (it grows as a view scrolls, fetchMore())
     * until the count arrives, when the rest are inserted and counted() is emitted. A first
     * page that is not full is the whole count at once. Off (the default): every reload
     * counts before it returns.
     */
    void setCountsInBackground(bool on) { m_background = on; }
    /// Whether rowCount() is still short of a count under way (counted() follows).
    bool isCounting() const { return m_counting; }

    /**
     * Until showAllRows(), views get the first page of rows only, while rowsTotal() is the
     * whole count: a view's header keeps one section per row, and setting up 400,000 of them
     * before a list's first paint costs more than the page's text. A view that scrolls to
     * the end of the first page (fetchMore()) gets every row. Off (the default): every row.
     */
    void setShowsFirstPageFirst(bool on) { m_holding = on; }
    /// Gives views every counted row (after a list's first paint). No-op when they have them.
    void showAllRows();
    /// The rows of the list, those a view has not been given yet included (the count shown).
    int rowsTotal() const { return m_holding ? m_total : m_rowCount; }

    /// The database id of the row (first field of the select list), or -1.
    qint64 idAt(int row) const;
    /// The row showing @p id, searched among the rows fetched so far; -1 if not loaded.
    int rowOfId(qint64 id) const;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Decides whether a reload runs now: while it returns false (nobody looks at the list),
    /// reload() only notes that the rows are stale, and reloadIfStale() catches up. Unset:
    /// always now.
    void setReloadGate(std::function<bool()> gate) { m_gate = std::move(gate); }
    /// Runs the reload that the gate held back, if any.
    void reloadIfStale();

    /// Reads the rows' order (and so their count) again and drops the cache (after an edit
    /// or a filter change).
    void reload();

    /// Reads the rows' fields again after a change that moves no row and adds or removes
    /// none (a count in a column changed): drops the cached pages and tells the views,
    /// without reading the order again.
    void refreshRows();

    /// The last SQL error, empty when the last query succeeded.
    QString lastError() const { return m_lastError; }
    /// The last statement that read rows or their order (tests look at its plan).
    QString lastRead() const { return m_lastRead; }

Q_SIGNALS:
    /// The rows are counted (after a reload that counted in the background): rowCount() is
    /// the whole count now. Never emitted for a count of rows that a later reload replaced.
    void counted(int rows);

protected:
    struct Query
    {
        QString select; ///< Field list; the first field must be the row's id.
        QString from; ///< FROM and JOIN clauses.
        /// The FROM for reading rows by their ids, when `from` names an index (SQLite's
        /// INDEXED BY) that would keep the rows from being looked up by id; empty: `from`.
        QString fromById;
        QString where; ///< Condition without the WHERE keyword, may be empty.
        QVariantList binds; ///< Values for the ? in `where`, in order.
        /// Seeking models count the rows with this FROM, WHERE and values when set (fewer
        /// joins, a faster form of the same condition); empty: `from`, `where`, `binds`.
        QString countFrom;
        QString countWhere;
        QVariantList countBinds;
        /// What the count selects from countFrom: count(*) unless set (a sum of counts kept
        /// ahead, say).
        QString countExpression;
    };

    /// The query for the current filter.
    virtual Query query() const = 0;
    /// The ORDER BY expression for a column; empty for "not sortable".
    virtual QString sortExpression(int column) const = 0;
    /**
     * Whether rows sorted by @p column are read page by page from the first (a seek on the
     * sort key and the id, `LIMIT`), so that a list opens after a count and one page
     * instead of reading every row's id in order. Only for a sort expression that is never
     * NULL and compares by value on both engines (a date, a number). Default: no.
     */
    virtual bool seeksBy(int column) const
    {
        Q_UNUSED(column);
        return false;
    }
    /// The row's fetched fields (in select-list order).
    QVariantList rowFields(int row) const;

    Database& database() const { return m_db; }

private:
    struct Shared;

    QString orderBy() const;
    void readOrder(const Query& q);
    void countRows(const Query& q);
    /// The count's statement and values for @p q.
    QString countSql(const Query& q, QVariantList* binds) const;
    /// Reads the first page; counts on a thread of its own when it is full.
    void readFirstPage(const Query& q);
    void countArrived(int generation, int rows, bool ok);
    void appendPage(int pageIndex, const QList<QVariantList>& rows) const;
    QList<QVariantList> fetchById(int pageIndex) const;
    QList<QVariantList> fetchBySeek(int pageIndex) const;

    Database& m_db;
    int m_rowCount = 0;
    bool m_loaded = false; ///< reload() ran: sorting reads the order again.
    bool m_stale = false; ///< A reload was held back by the gate.
    std::function<bool()> m_gate;
    QList<qint64> m_ids; ///< Every row's id in display order (unless seeking).
    bool m_seek = false; ///< Pages are read by seeking (seeksBy()), not by id.
    struct Boundary
    {
        QVariant key;
        QVariant id;
    };
    /// Seeking: the sort key and id of each fetched page's last row, where the next begins.
    mutable QHash<int, Boundary> m_boundaries;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable QHash<int, QList<QVariantList>> m_pages;
    mutable QList<int> m_pageOrder; // least recently fetched first
    mutable QString m_lastError;
    mutable QString m_lastRead;
    /// Holds rows back from views; rowsTotal() counts them.
    void holdBack();

    bool m_holding = false; ///< Views get the first page only (setShowsFirstPageFirst()).
    int m_total = 0; ///< While holding: every row counted.
    bool m_background = false;
    bool m_counting = false; ///< A background count of the current rows is under way.
    bool m_changing = false; ///< Between the begin and end of a reset or an insertion.
    int m_generation = 0; ///< Which reload a background count belongs to.
    std::shared_ptr<Shared> m_shared; ///< What a background count reports back through.
};

} // namespace outloud
