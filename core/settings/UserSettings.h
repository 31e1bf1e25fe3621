// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <memory>

namespace outloud {

/// The user's preferences: ~/.config/outloud/outloud.conf (or under $XDG_CONFIG_HOME).
/// Use this rather than a default-constructed QSettings: the app sets no organization
/// name (that would move the database under ~/.local/share/<organization>/outloud), and
/// QSettings without one writes to "Unknown Organization".
std::unique_ptr<QSettings> openUserSettings();

} // namespace outloud
