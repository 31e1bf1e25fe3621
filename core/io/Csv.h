// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextDecoder.h"

#include <QList>
#include <QStringList>

namespace outloud::io {

/// How to read a CSV file; a null QChar means "detect".
struct CsvOptions
{
    Encoding encoding = Encoding::Auto;
    QChar delimiter; ///< ',', ';', '\t' or '|'; null: detect.
    QChar quote; ///< '"' or '\''; null: detect.
    bool noQuoting = false; ///< Quotes are ordinary characters.
};

/// Limits that keep a hostile or mistaken file from exhausting the memory.
namespace csvlimits {
constexpr qsizetype MaxFieldChars = 1'000'000;
constexpr qsizetype MaxFieldsPerRow = 1'000;
constexpr qsizetype MaxCells = 4'000'000;
constexpr qsizetype MaxRows
    = 250'000; ///< Above the import's 200,000 people, for headers and notes.
} // namespace csvlimits

/// One record and the line it starts on.
struct CsvRow
{
    int line = 0;
    QStringList fields;
};

/// A parsed CSV file, or an error naming the line.
struct CsvTable
{
    QList<CsvRow> rows; ///< Blank lines left out.
    Encoding encoding = Encoding::Auto;
    QChar delimiter;
    QChar quote; ///< Null when quoting was off.
    QString error;
    int errorLine = 0;
    bool ok() const { return error.isEmpty(); }
};

/**
 * Reads CSV as RFC 4180 describes it (quoted fields with doubled quotes and line breaks,
 * CRLF or LF), tolerant where spreadsheets are sloppy (a stray quote inside an unquoted
 * field is kept as a character). A quoted field that never closes, a field above
 * MaxFieldChars and a file above the cell limits are errors naming the line.
 */
CsvTable parseCsv(const QByteArray& bytes, const CsvOptions& options = {});
/// The same on text already decoded.
CsvTable parseCsvText(const QString& text, const CsvOptions& options = {});

/// The delimiter the first lines agree on (',' when nothing fits better).
QChar detectDelimiter(const QString& text);

/// One RFC 4180 record: fields quoted when they need it, CRLF at the end.
QString csvRecord(const QStringList& fields, QChar delimiter = u',');

} // namespace outloud::io
