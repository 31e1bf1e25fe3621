// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QWidget;

namespace outloud {

/// Runs @p work at once when @p widget is already on screen; otherwise on the event-loop
/// pass after @p widget first paints (what a page shows second, such as a list beside the
/// main one, must not hold up the window's first paint, nor a page built ahead of being
/// shown hold up input). Nothing runs once @p widget is gone.
void afterFirstPaint(QWidget* widget, std::function<void()> work);

/// Runs @p work on the event-loop pass after @p widget next paints, even when it is on screen
/// already (a widget just put in place of another, whose paint is still to come). Nothing runs
/// once @p widget is gone, nor while it never paints.
void afterNextPaint(QWidget* widget, std::function<void()> work);

} // namespace outloud
