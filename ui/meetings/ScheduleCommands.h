// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "undo/UndoCommand.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QTime>
#include <optional>
#include <utility>

namespace outloud {

/**
 * An undo step for the circle's settings, schedule and plan: it holds the before and after
 * values and writes one or the other through a core service. The widgets run the edit
 * itself first (to check it and explain a refusal); applying the step then writes the same
 * "after" values again, which changes nothing.
 */
class CircleEditCommand : public UndoCommand
{
public:
    Q_DECLARE_TR_FUNCTIONS(outloud::CircleEditCommand)

protected:
    CircleEditCommand(Database& db, qint64 circleId, const QString& text);
    virtual bool write(bool forward, QString* error) = 0;
    bool forward(QString* error) override { return write(true, error); }
    bool backward(QString* error) override { return write(false, error); }

    qint64 m_circleId;
};

/// The meetings' dates and times (moving one, skipping a week).
class ScheduleTimesCommand : public CircleEditCommand
{
public:
    using Times = QHash<qint64, std::pair<QDate, QTime>>;
    ScheduleTimesCommand(Database& db, qint64 circleId, const QString& text, const Times& before,
        const Times& after);

protected:
    bool write(bool forward, QString* error) override;

private:
    Times m_before;
    Times m_after;
};

/// The circle's week plan: its own plan text, or the shipped plan (no value).
class PlanCommand : public CircleEditCommand
{
public:
    PlanCommand(Database& db, qint64 circleId, const QString& text,
        const std::optional<QString>& before, const std::optional<QString>& after);

protected:
    bool write(bool forward, QString* error) override;

private:
    std::optional<QString> m_before;
    std::optional<QString> m_after;
};

/// The circle's name.
class RenameCircleCommand : public CircleEditCommand
{
public:
    RenameCircleCommand(Database& db, qint64 circleId, const QString& before, const QString& after);

protected:
    bool write(bool forward, QString* error) override;

private:
    QString m_before;
    QString m_after;
};

/// Who facilitates (-1: nobody).
class FacilitatorCommand : public CircleEditCommand
{
public:
    FacilitatorCommand(
        Database& db, qint64 circleId, const QString& text, qint64 before, qint64 after);

protected:
    bool write(bool forward, QString* error) override;

private:
    qint64 m_before;
    qint64 m_after;
};

/// A new member; undone, they leave the circle again.
class AddMemberCommand : public CircleEditCommand
{
public:
    AddMemberCommand(Database& db, qint64 circleId, const QString& name);
    qint64 memberId() const { return m_memberId; }

protected:
    bool write(bool forward, QString* error) override;

private:
    QString m_name;
    qint64 m_memberId = -1;
};

/// The plan in use as an undo value: its own text, or none for the shipped plan.
std::optional<QString> currentOwnPlan(Database& db, qint64 circleId);

} // namespace outloud
