// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV parser and the LinkedIn and CSV contact readers on arbitrary bytes. Besides
// "no crash, no hang, no sanitizer report": what parses writes back and parses the same.
#include "io/ContactFile.h"
#include "io/Csv.h"

#include <cstdlib>

using namespace outloud::io;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte chooses the options, as a user could in the dialog.
    const uint8_t choice = data[0];
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    CsvOptions options;
    options.encoding = Encoding(choice % 5);
    static const char16_t delimiters[] = {0, u',', u';', u'\t', u'|'};
    if (delimiters[(choice / 5) % 5] != 0)
        options.delimiter = QChar(delimiters[(choice / 5) % 5]);
    options.noQuoting = (choice & 0x80) != 0;

    const CsvTable table = parseCsv(bytes, options);
    if (!table.ok() && (table.error.isEmpty() || !table.rows.isEmpty()))
        std::abort();
    if (table.ok() && !table.quote.isNull() && table.quote == u'"') {
        QString written;
        for (const CsvRow& row : table.rows) {
            if (row.fields.size() == 1 && row.fields.first().isEmpty())
                continue; // a lone empty field is a blank line: not a record
            written += csvRecord(row.fields, table.delimiter);
        }
        CsvOptions again;
        again.delimiter = table.delimiter;
        again.quote = u'"';
        const CsvTable reread = parseCsvText(written, again);
        if (!reread.ok())
            std::abort();
        qsizetype r = 0;
        for (const CsvRow& row : table.rows) {
            if (row.fields.size() == 1 && row.fields.first().isEmpty())
                continue;
            if (r >= reread.rows.size() || reread.rows.at(r).fields != row.fields)
                std::abort();
            ++r;
        }
    }
    const ReadResult linkedIn = readLinkedIn(bytes, options);
    const ReadResult csv = readContacts(bytes, ImportFormat::Csv, options);
    for (const ReadResult* r : {&linkedIn, &csv}) {
        if (!r->ok() && !r->records.isEmpty())
            std::abort();
    }
    return 0;
}
