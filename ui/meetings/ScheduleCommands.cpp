// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleCommands.h"

#include "circle/CircleService.h"
#include "meetings/PlanService.h"
#include "meetings/Schedule.h"

#include <QCoreApplication>

namespace outloud {

CircleEditCommand::CircleEditCommand(Database& db, qint64 circleId, const QString& text)
    : UndoCommand(db, text)
    , m_circleId(circleId)
{ }

ScheduleTimesCommand::ScheduleTimesCommand(
    Database& db, qint64 circleId, const QString& text, const Times& before, const Times& after)
    : CircleEditCommand(db, circleId, text)
    , m_before(before)
    , m_after(after)
{ }

bool ScheduleTimesCommand::write(bool forward, QString* error)
{
    return Schedule(db()).setWallTimes(m_circleId, forward ? m_after : m_before, error);
}

PlanCommand::PlanCommand(Database& db, qint64 circleId, const QString& text,
    const std::optional<QString>& before, const std::optional<QString>& after)
    : CircleEditCommand(db, circleId, text)
    , m_before(before)
    , m_after(after)
{ }

bool PlanCommand::write(bool forward, QString* error)
{
    const std::optional<QString>& plan = forward ? m_after : m_before;
    PlanService plans(db());
    return plan ? plans.setOwnPlan(m_circleId, *plan, error)
                : plans.useShippedPlan(m_circleId, error);
}

RenameCircleCommand::RenameCircleCommand(
    Database& db, qint64 circleId, const QString& before, const QString& after)
    : CircleEditCommand(db, circleId, CircleEditCommand::tr("Rename the circle to %1").arg(after))
    , m_before(before)
    , m_after(after)
{ }

bool RenameCircleCommand::write(bool forward, QString* error)
{
    CircleService circles(db());
    std::optional<Circle> circle = circles.circle(m_circleId);
    if (!circle)
        return false;
    circle->name = forward ? m_after : m_before;
    return circles.updateCircle(*circle, error);
}

FacilitatorCommand::FacilitatorCommand(
    Database& db, qint64 circleId, const QString& text, qint64 before, qint64 after)
    : CircleEditCommand(db, circleId, text)
    , m_before(before)
    , m_after(after)
{ }

bool FacilitatorCommand::write(bool forward, QString* error)
{
    return CircleService(db()).setFacilitator(m_circleId, forward ? m_after : m_before, error);
}

AddMemberCommand::AddMemberCommand(Database& db, qint64 circleId, const QString& name)
    : CircleEditCommand(
        db, circleId, CircleEditCommand::tr("Add %1 to the circle").arg(name.trimmed()))
    , m_name(name)
{ }

bool AddMemberCommand::write(bool forward, QString* error)
{
    CircleService circles(db());
    if (!forward)
        return circles.removeNewMember(m_memberId, error);
    m_memberId = circles.addMember(m_circleId, m_name, error);
    return m_memberId > 0;
}

std::optional<QString> currentOwnPlan(Database& db, qint64 circleId)
{
    PlanService plans(db);
    return plans.hasOwnPlan(circleId) ? std::optional<QString>(plans.planText(circleId))
                                      : std::nullopt;
}

} // namespace outloud
