// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace outloud {

/// The 0 to 5 closeness scale of a relationship.
namespace closeness {
constexpr int Min = 0;
constexpr int Max = 5;
/// What a level means, in a few words ("we help each other regularly").
QString meaning(int level);
/// "3 · we have exchanged or collaborated"
QString label(int level);
/// "3 · exchanged": short enough for a table column, with label() in its tooltip.
QString shortLabel(int level);
} // namespace closeness

} // namespace outloud
