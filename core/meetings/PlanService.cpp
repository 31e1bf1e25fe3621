// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanService.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud {

PlanService::PlanService(Database& db)
    : m_db(db)
{ }

QString PlanService::planText(qint64 circleId) const
{
    QSqlQuery q(m_db.connection());
    if (execPrepared(q, u"SELECT plan_text FROM circle_plan WHERE circle_id = ?"_s, {circleId},
            QString(), nullptr)
        && q.next())
        return q.value(0).toString();
    return WeekPlan::builtInText(WeekPlan::localeLanguage());
}

bool PlanService::hasOwnPlan(qint64 circleId) const
{
    QSqlQuery q(m_db.connection());
    return execPrepared(q, u"SELECT 1 FROM circle_plan WHERE circle_id = ?"_s, {circleId},
               QString(), nullptr)
        && q.next();
}

WeekPlan PlanService::plan(qint64 circleId) const
{
    if (hasOwnPlan(circleId)) {
        // Stored plans were checked on the way in; a damaged one falls back to the shipped plan.
        if (std::optional<WeekPlan> own = WeekPlan::parse(planText(circleId), nullptr))
            return *own;
    }
    return WeekPlan::builtInForLocale();
}

bool PlanService::setOwnPlan(qint64 circleId, const QString& text, QString* error)
{
    if (!WeekPlan::parse(text, error))
        return false;
    return m_db.write(Database::Circles,
        u"INSERT INTO circle_plan (circle_id, plan_text, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT (circle_id) DO UPDATE SET plan_text = excluded.plan_text, updated_at = excluded.updated_at"_s,
        {circleId, text, m_db.now().toString(Qt::ISODate)}, tr("save the circle's plan"), error);
}

bool PlanService::loadPlanFile(qint64 circleId, const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(error, tr("Cannot read %1: %2").arg(path, f.errorString()));
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QString problem;
    if (!setOwnPlan(circleId, text, &problem))
        return fail(error, QFileInfo(path).fileName() + u", "_s + problem);
    return true;
}

bool PlanService::useShippedPlan(qint64 circleId, QString* error)
{
    return m_db.write(Database::Circles, u"DELETE FROM circle_plan WHERE circle_id = ?"_s,
        {circleId}, tr("use the shipped plan"), error);
}

} // namespace outloud
