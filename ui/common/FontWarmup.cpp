// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FontWarmup.h"

#include <cstdlib>
#include <dlfcn.h>
#include <mutex>

namespace outloud {

namespace {
std::mutex running;
FontWarmup* current = nullptr; ///< the warm-up under way, guarded by running
} // namespace

FontWarmup::FontWarmup(Init init)
{
    // Looked up, not linked: Qt's font database is the one that links fontconfig (xcb,
    // wayland and offscreen on Linux); elsewhere the symbol is absent and nothing starts.
    if (!init)
        init = reinterpret_cast<Init>(dlsym(RTLD_DEFAULT, "FcInit"));
    if (!init)
        return;
    m_started = true;
    m_thread = std::thread([this, init] { m_loaded = init() != 0; });
    {
        const std::lock_guard lock(running);
        if (!current)
            current = this;
    }
    // A program that exits before the window (a mistyped option: QCommandLineParser calls
    // exit()) waits for the thread before anything is torn down.
    static std::once_flag atExit;
    std::call_once(atExit, [] { std::atexit(&FontWarmup::await); });
}

FontWarmup::~FontWarmup()
{
    {
        const std::lock_guard lock(running);
        if (current == this)
            current = nullptr;
    }
    join();
}

void FontWarmup::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

void FontWarmup::await()
{
    const std::lock_guard lock(running);
    if (current)
        current->join();
}

} // namespace outloud
