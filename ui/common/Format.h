// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace outloud::format {

/// A date as the user's locale writes it briefly.
QString shortDate(QDate date);
/// A time of day without seconds, in the user's 12- or 24-hour style.
QString shortTime(QTime time);
/// Date and time, briefly, without seconds.
QString shortDateTime(const QDateTime& dateTime);

} // namespace outloud::format
