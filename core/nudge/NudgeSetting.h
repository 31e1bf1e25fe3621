// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTime>

class QSettings;

namespace outloud {

/// The weekly nudge: off unless the user turns it on, at a weekday and time they choose.
struct NudgeSetting
{
    bool enabled = false;
    int weekday = 5; ///< 1 = Monday ... 7 = Sunday.
    QTime time {16, 0};

    /// The next nudge (local time) strictly after @p now; invalid when off.
    QDateTime nextAfter(const QDateTime& now) const;

    /// Reads the [nudge] group of the user's settings.
    static NudgeSetting load(const QSettings& settings);
    void save(QSettings& settings) const;
};

} // namespace outloud
