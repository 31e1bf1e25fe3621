// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WeekSummary.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace outloud {

class Database;

/// Gathers the weekly summaries from the database. Reads only.
class SummaryBuilder
{
    // tr() in members uses the context lupdate gives them, so their messages get translated.
    Q_DECLARE_TR_FUNCTIONS(outloud::SummaryBuilder)

public:
    explicit SummaryBuilder(Database& db);

    /// The reference day of the figures (as the Overview's): invalid means the database's
    /// clock. A week's figures are taken on its last day, or on this day while it runs.
    void setToday(QDate today) { m_today = today; }
    QDate today() const;

    /// One member's week @p week (1..the circle's length). Returns nothing and sets
    /// @p error for an unknown member or a week outside the circle.
    std::optional<MemberWeekSummary> memberWeek(qint64 memberId, int week, QString* error) const;

    /// The facilitator's view of @p circleId in @p week: attendance and everyone's numbers.
    std::optional<CircleWeekSummary> circleWeek(qint64 circleId, int week, QString* error) const;

    /// The message for a week outside 1..@p lengthWeeks of @p circleName.
    static QString unknownWeekMessage(int week, const QString& circleName, int lengthWeeks);

private:
    QList<SummaryContribution> contributions(qint64 memberId, QDate from, QDate to) const;

    Database& m_db;
    QDate m_today;
};

} // namespace outloud
