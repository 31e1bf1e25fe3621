// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <thread>

namespace outloud {

/**
 * Loads the system's font configuration on a thread of its own while the program starts.
 * On Linux, Qt reads fontconfig's configuration (a few dozen XML files) and its caches when
 * the first widget asks for a font: about a sixth of the work before a window's first paint,
 * on the GUI thread, while the other core waits. Started once the QApplication exists (beside
 * the loading of its platform plugin it slowed both) and awaited before the window makes its
 * first child widget, it overlaps with the window opening its database. Qt then finds the
 * configuration loaded (fontconfig keeps one per process; its FcInit is safe from any thread)
 * and only lists the fonts.
 *
 * Where the process does not use fontconfig (its FcInit is not among the loaded libraries'
 * symbols) nothing starts.
 */
class FontWarmup
{
public:
    using Init = int (*)();
    /// Runs @p init (fontconfig's FcInit when null, if the process has it) on its thread.
    explicit FontWarmup(Init init = nullptr);
    /// Waits for the thread, if it still runs.
    ~FontWarmup();
    FontWarmup(const FontWarmup&) = delete;
    FontWarmup& operator=(const FontWarmup&) = delete;

    /// Whether the configuration is being loaded (or was) on this warm-up's thread.
    bool started() const { return m_started; }
    /// After await(): whether fontconfig loaded its configuration.
    bool loaded() const { return m_loaded.load(); }

    /// Waits for the warm-up of the process, if one is under way: called before the first
    /// widget, so that the GUI thread does not load the configuration again beside it.
    static void await();

private:
    void join();

    std::thread m_thread;
    bool m_started = false;
    std::atomic<bool> m_loaded {false};
};

} // namespace outloud
