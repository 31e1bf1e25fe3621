// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Closeness.h"
#include "KeepInTouch.h"
#include "storage/PagedSqlModel.h"

#include <QDate>
#include <functional>

namespace outloud {

/// A relationship list as a table: one row a person, with their closeness, last contact
/// and how many contributions went each way. Filtering and sorting run in SQL.
class RelationshipModel : public PagedSqlModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Organization,
        Role,
        Relation,
        Closeness,
        LastContact,
        Given,
        Received,
        KeepInTouch, ///< The day the person is next due (empty without a rhythm).
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StaleRole, ClosenessRole, TouchStatusRole };
    /// Which people the keep-in-touch filter lets through.
    enum class TouchFilter { Everyone, DueThisWeek, LosingTouch };

    explicit RelationshipModel(Database& db, QObject* parent = nullptr);

    /// How an in-place closeness edit is saved. The default writes through PeopleService;
    /// the window routes it through its undo stack instead.
    using ClosenessEditor = std::function<bool(qint64 personId, int closeness, QString* error)>;
    void setClosenessEditor(ClosenessEditor editor) { m_editor = std::move(editor); }

    /// Whose list; -1 shows every list in the file.
    void setMemberId(qint64 memberId);
    /// Both at once, with one reload (a page opening sets both).
    void setMemberId(qint64 memberId, TouchWeek week);
    qint64 memberId() const { return m_memberId; }
    /// Text, tag and closeness at once (one reload).
    void setFilters(const QString& text, const QString& tag, int minCloseness, int maxCloseness);
    /// Matches name, organization, role, relation, tags, notes and e-mail.
    void setTextFilter(const QString& text);
    /// Only people tagged @p tag (empty: any).
    void setTagFilter(const QString& tag);
    /// Only closeness within [min, max].
    void setClosenessFilter(int min, int max);
    /// People with no contact for this many weeks are marked stale (0: never).
    void setStaleAfterWeeks(int weeks);
    /// The day "no contact for N weeks" is counted from.
    void setToday(QDate today);
    /// The week "due" and "overdue" are measured against.
    void setTouchWeek(TouchWeek week);
    /// Only people due (or overdue) this week, or only those losing touch.
    void setTouchFilter(TouchFilter filter);
    TouchFilter touchFilter() const { return m_touchFilter; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// An in-place edit was refused; @p message says why.
    void editFailed(const QString& message);

protected:
    Query query() const override;
    QString sortExpression(int column) const override;

private:
    qint64 m_memberId = -1;
    QString m_text;
    QString m_tag;
    int m_minCloseness = closeness::Min;
    int m_maxCloseness = closeness::Max;
    int m_staleWeeks = 3;
    QDate m_today = QDate::currentDate();
    TouchWeek m_touchWeek {QDate::currentDate(), QDate::currentDate().addDays(7)};
    TouchFilter m_touchFilter = TouchFilter::Everyone;
    ClosenessEditor m_editor;
};

} // namespace outloud
