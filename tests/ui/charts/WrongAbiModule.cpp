// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A chart module from another build, for NetworkChartsModuleTest: same file name and entry
// points, another key. Its factory must never be called.
#include <QtGlobal>
#include <cstdlib>

extern "C" Q_DECL_EXPORT const char* outloud_network_charts_abi()
{
    return "Outloud 0.0.1, Qt 6.0.0, interface 0000000000000000";
}

extern "C" Q_DECL_EXPORT void* outloud_network_charts_create(void*)
{
    std::abort();
}
