// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON export reader on arbitrary bytes: no database is touched by parse().
#include "io/JsonArchive.h"

#include <cstdlib>

using namespace outloud::io;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    Archive archive;
    QString error;
    const bool ok = json::parse(bytes, &archive, &error);
    if (ok == !error.isEmpty() && !ok)
        std::abort();
    if (ok) {
        for (const ArchiveTable& t : archive.tables) {
            for (const QVariantList& row : t.rows) {
                if (row.size() != t.columns.size())
                    std::abort();
            }
        }
    }
    return 0;
}
