// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace outloud::recentServers {

/// How many server addresses File > Recent remembers.
inline constexpr int Kept = 8;

/// The server addresses connected to last, newest first (from the user's settings). They
/// never hold a password: ServerAddress refuses addresses that do.
QStringList list();
/// Puts @p address first, dropping the oldest beyond Kept.
void add(const QString& address);
/// Forgets every recent address.
void clear();

} // namespace outloud::recentServers
