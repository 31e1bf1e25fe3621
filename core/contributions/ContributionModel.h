// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circle/WeekCalendar.h"
#include "storage/PagedSqlModel.h"

#include <QDate>

namespace outloud {

/// The contributions log as a table, newest first by default; filtered in SQL.
class ContributionModel : public PagedSqlModel
{
    Q_OBJECT
public:
    enum Column { Date, Week, Person, Direction, Kind, Channel, Brought, Note, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, PersonIdRole, DirectionRole };

    explicit ContributionModel(Database& db, QObject* parent = nullptr);

    /// Every filter at once, so that changing several reloads once.
    struct Filter
    {
        int week = 0; ///< 0: every week.
        qint64 personId = -1;
        int direction = -1; ///< -1 both, 0 given, 1 received.
        qint64 kindId = -1;
        qint64 channelId = -1;
        QString text;
        bool operator==(const Filter&) const = default;
    };
    void setFilter(const Filter& filter);

    /// Whose log (the list owner); -1 shows every member's.
    void setMemberId(qint64 memberId);
    /// setMemberId() and setCalendar() at once: one count and one page instead of two.
    void setMemberAndCalendar(qint64 memberId, const WeekCalendar& calendar);
    /// Turns dates into circle weeks; also used by the week filter.
    void setCalendar(const WeekCalendar& calendar);
    /// 0: every week.
    void setWeekFilter(int week);
    void setPersonFilter(qint64 personId);
    /// -1: both directions; 0 given; 1 received.
    void setDirectionFilter(int direction);
    void setKindFilter(qint64 kindId);
    void setChannelFilter(qint64 channelId);
    /// Matches the person's name and the note.
    void setTextFilter(const QString& text);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Query query() const override;
    QString sortExpression(int column) const override;
    bool seeksBy(int column) const override;

private:
    bool walksDates();
    bool walksFilter() const;
    void countFromTallies(Query& q) const;

    qint64 m_memberId = -1;
    bool m_walkDates = false; ///< Date-sorted pages walk the date index (walksDates()).
    bool m_walkFilter = false; ///< ... and the filter's matches are dense enough to walk.
    qint64 m_mine = 0; ///< The member's contributions (walksDates()).
    qint64 m_all = 0; ///< The highest contribution id: about how many the file holds.
    WeekCalendar m_calendar;
    Filter m_filter;
};

} // namespace outloud
