// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WeekSummary.h"

#include <QDate>
#include <QSqlQuery>

namespace outloud {

class Database;

/**
 * One member's contributions of a period (oldest first) read from the database as they are
 * asked for, so that a long week is never held whole: at(r) for rising r reads forward
 * through one query; asking for an earlier row runs the query again from the start (the
 * PDF's passes read the rows in order, a few times).
 */
class ContributionRows
{
public:
    ContributionRows(Database& db, qint64 memberId, QDate from, QDate to);

    /// How many there are (counted when made).
    qsizetype size() const { return m_size; }
    /// Row @p r; an empty one past the end (the data changed since counting).
    SummaryContribution at(qsizetype r);

private:
    bool restart();

    Database& m_db;
    QVariantList m_values;
    QSqlQuery m_query;
    qsizetype m_size = 0;
    qsizetype m_at = -1; ///< The row m_query is on; -1 before the first.
    SummaryContribution m_row;
};

} // namespace outloud
