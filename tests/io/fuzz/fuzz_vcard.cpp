// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The vCard reader on arbitrary bytes: an error with a line, or records; never both.
#include "io/VCardReader.h"

#include <cstdlib>

using namespace outloud::io;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const ReadResult r = readVCards(bytes);
    if (!r.ok() && (!r.records.isEmpty() || r.errorLine < 0))
        std::abort();
    if (r.ok() && r.records.isEmpty())
        std::abort(); // a file without cards is an error, not an empty success
    decodeQuotedPrintable(QString::fromLatin1(bytes));
    return 0;
}
