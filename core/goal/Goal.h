// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace outloud {

/// One dated revision of a member's goal; the newest is the current goal.
struct GoalRevision
{
    qint64 id = -1;
    qint64 memberId = -1;
    QDateTime revisedAt;
    QString accomplish; ///< What am I trying to accomplish?
    QString why; ///< Why does it matter to me?
    QString progress; ///< What would progress in twelve weeks look like?
    int weeklyTarget = 3; ///< Contributions a week I aim for.
};

} // namespace outloud
