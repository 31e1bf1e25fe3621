// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContributionRows.h"

#include "contributions/Contribution.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
const QString Where = u" FROM contribution c JOIN person p ON p.id = c.person_id"
                      " JOIN contribution_kind k ON k.id = c.kind_id LEFT JOIN channel ch ON "
                      "ch.id = c.channel_id"
                      " WHERE p.member_id = ? AND c.happened_on >= ? AND c.happened_on < ?"_s;

SummaryContribution contributionFrom(const QSqlQuery& q)
{
    SummaryContribution c;
    c.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    c.direction = q.value(1).toInt() == 0 ? Direction::Given : Direction::Received;
    c.person = q.value(2).toString();
    ContributionKind kind;
    kind.code = q.value(3).toString();
    kind.name = q.value(4).toString();
    c.kind = kind.displayName();
    if (!q.value(6).isNull()) {
        Channel channel;
        channel.code = q.value(5).toString();
        channel.name = q.value(6).toString();
        c.channel = channel.displayName();
    }
    c.brought = q.value(7).isNull() ? Brought::Nothing : Brought(q.value(7).toInt());
    c.note = q.value(8).toString();
    return c;
}
} // namespace

ContributionRows::ContributionRows(Database& db, qint64 memberId, QDate from, QDate to)
    : m_db(db)
    , m_values {memberId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)}
    , m_query(db.connection())
{
    QSqlQuery count(db.connection());
    if (execPrepared(count, u"SELECT count(*)"_s + Where, m_values, QString(), nullptr)
        && count.next())
        m_size = count.value(0).toLongLong();
}

bool ContributionRows::restart()
{
    m_at = -1;
    // Forward only: a long week's rows are not cached a second time as QVariants.
    m_query.setForwardOnly(true);
    return execPrepared(m_query,
        u"SELECT c.happened_on, c.direction, p.name, k.code, k.name, ch.code, ch.name, "
        u"c.brought, c.note"_s
            + Where + u" ORDER BY c.happened_on, c.id"_s,
        m_values, QString(), nullptr);
}

SummaryContribution ContributionRows::at(qsizetype r)
{
    if (r == m_at)
        return m_row;
    if ((r < m_at || m_at < 0) && !restart())
        return {};
    while (m_at < r) {
        if (!m_query.next()) {
            m_query.finish();
            m_at = -1;
            return {};
        }
        ++m_at;
    }
    m_row = contributionFrom(m_query);
    if (m_at + 1 >= m_size)
        m_query.finish(); // the last row: nothing stays open on the connection
    return m_row;
}

} // namespace outloud
