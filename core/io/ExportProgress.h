// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <atomic>
#include <functional>

namespace outloud::io {

/**
 * How far an export running in another thread has come, and whether it should stop: the
 * exporting thread counts rows, the window reads the counts and may cancel. A canceled
 * export stops at its next piece (about 64 KiB) and leaves no file.
 */
struct ExportProgress
{
    /// Rows written so far.
    std::atomic<qint64> rows {0};
    /// Rows to write, once counted (0 before).
    std::atomic<qint64> total {0};
    std::atomic<bool> canceled {false};
    /// For tests: called in the exporting thread after each piece reached the file.
    std::function<void()> afterPiece;

    void countRow() { rows.fetch_add(1, std::memory_order_relaxed); }
    /// Whether the export goes on after a piece was written.
    bool goesOn()
    {
        if (afterPiece)
            afterPiece();
        return !canceled.load();
    }
};

} // namespace outloud::io
