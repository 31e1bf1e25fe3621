// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/Person.h"

#include <QList>
#include <QString>

namespace outloud::io {

/// One person read from a file, not yet on any list.
struct ImportRecord
{
    int line = 0; ///< Where it starts: the line (CSV) or the card number (vCard).
    QString origin; ///< "line 5", "card 2": for the preview and messages.
    Person person; ///< memberId and id are unset.
};

/// What a reader found: records, or an error naming the line or card. Never both.
struct ReadResult
{
    QList<ImportRecord> records;
    QString error;
    int errorLine = 0;
    bool ok() const { return error.isEmpty(); }
};

/// The formats `outloud import` and the import dialog read.
enum class ImportFormat { Auto, LinkedIn, Csv, VCard, Json };

/// At most this many records per file: more is not a relationship list.
constexpr int MaxImportRecords = 200'000;

} // namespace outloud::io
