// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalService.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
GoalRevision goalFrom(const QSqlQuery& q)
{
    GoalRevision g;
    g.id = q.value(0).toLongLong();
    g.memberId = q.value(1).toLongLong();
    g.revisedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    g.accomplish = q.value(3).toString();
    g.why = q.value(4).toString();
    g.progress = q.value(5).toString();
    g.weeklyTarget = q.value(6).toInt();
    return g;
}
} // namespace

GoalService::GoalService(Database& db)
    : m_db(db)
{ }

std::optional<GoalRevision> GoalService::currentGoal(qint64 memberId) const
{
    QSqlQuery q(m_db.connection());
    if (execPrepared(q,
            u"SELECT id, member_id, revised_at, accomplish, why, progress, weekly_target FROM "
            u"goal_revision"
            " WHERE member_id = ? ORDER BY revised_at DESC, id DESC LIMIT 1"_s,
            {memberId}, QString(), nullptr)
        && q.next())
        return goalFrom(q);
    return std::nullopt;
}

QList<GoalRevision> GoalService::goalHistory(qint64 memberId) const
{
    QList<GoalRevision> result;
    QSqlQuery q(m_db.connection());
    if (execPrepared(q,
            u"SELECT id, member_id, revised_at, accomplish, why, progress, weekly_target FROM "
            u"goal_revision"
            " WHERE member_id = ? ORDER BY revised_at, id"_s,
            {memberId}, QString(), nullptr)) {
        while (q.next())
            result.append(goalFrom(q));
    }
    return result;
}

qint64 GoalService::reviseGoal(const GoalRevision& goal, QString* error)
{
    if (goal.accomplish.trimmed().isEmpty()) {
        fail(error, tr("Say what you are trying to accomplish."));
        return -1;
    }
    if (goal.weeklyTarget < 0 || goal.weeklyTarget > 100) {
        fail(error, tr("The weekly target must be between 0 and 100 contributions."));
        return -1;
    }
    const QDateTime at = goal.revisedAt.isValid() ? goal.revisedAt : m_db.now();
    return m_db.insert(Database::Goals,
        u"INSERT INTO goal_revision (member_id, revised_at, accomplish, why, progress, "
        u"weekly_target) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {goal.memberId, at.toString(Qt::ISODate), goal.accomplish.trimmed(), goal.why.trimmed(),
            goal.progress.trimmed(), goal.weeklyTarget},
        tr("save the goal"), error);
}

bool GoalService::removeGoalRevision(qint64 revisionId, QString* error)
{
    return m_db.write(Database::Goals, u"DELETE FROM goal_revision WHERE id = ?"_s, {revisionId},
        tr("undo the goal revision"), error);
}

} // namespace outloud
