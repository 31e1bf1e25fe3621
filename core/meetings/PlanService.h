// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WeekPlan.h"

#include <QCoreApplication>

namespace outloud {

class Database;

/// Which week plan a circle uses: its own (stored with the circle) or the shipped one.
class PlanService
{
    // tr() in members uses the context lupdate gives them, so their messages get translated.
    Q_DECLARE_TR_FUNCTIONS(outloud::PlanService)

public:
    explicit PlanService(Database& db);

    /// The plan in use for @p circleId: its own if it has one, else the shipped plan in
    /// the user's language.
    WeekPlan plan(qint64 circleId) const;
    /// The text of the plan in use (for editing).
    QString planText(qint64 circleId) const;
    bool hasOwnPlan(qint64 circleId) const;

    /// Makes @p text the circle's own plan. A broken plan is refused with the line and
    /// the problem in @p error, and the plan in use stays.
    bool setOwnPlan(qint64 circleId, const QString& text, QString* error);
    /// Reads a plan file and makes it the circle's own plan (same rules).
    bool loadPlanFile(qint64 circleId, const QString& path, QString* error);
    /// Goes back to the shipped plan.
    bool useShippedPlan(qint64 circleId, QString* error);

private:
    Database& m_db;
};

} // namespace outloud
