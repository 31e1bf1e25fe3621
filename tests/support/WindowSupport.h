// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTest>

namespace outloud {

/// The main window builds the pages not on show after its first paint, one per event-loop
/// pass: a test that looks for their widgets waits for them first.
template <typename Window> bool waitForAllPages(Window& window, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&window] { return window.allPagesBuilt(); }, timeoutMs);
}

} // namespace outloud
