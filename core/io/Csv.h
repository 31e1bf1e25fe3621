// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextDecoder.h"

#include <QCoreApplication>
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
/// The quote character fields open with ('"' unless single quotes are more common).
QChar detectQuote(const QString& text, QChar delimiter);

/**
 * parseCsvText() a piece at a time: feed() each piece of the text in order (a record may
 * span pieces, a line break or quote at a piece's end waits for the next), finish() at
 * the end. Complete records are appended to @p rows as they end. Both return false on the
 * first error, which error() gives with the line, as parseCsvText() would.
 */
class CsvParser
{
    Q_DECLARE_TR_FUNCTIONS(outloud::io)

public:
    CsvParser(QChar delimiter, QChar quote);
    bool feed(QStringView piece, QList<CsvRow>* rows);
    bool finish(QList<CsvRow>* rows);
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    bool run(QStringView data, bool last, QList<CsvRow>* rows);
    bool endField();
    bool endRow(QList<CsvRow>* rows);
    bool fail(int line, const QString& message);

    QChar m_delimiter;
    QChar m_quote;
    QChar m_held;
    CsvRow m_row;
    QString m_field;
    bool m_fieldQuoted = false;
    bool m_inQuotes = false;
    int m_quoteLine = 0;
    int m_line = 1;
    qsizetype m_cells = 0;
    qsizetype m_rows = 0;
    QString m_error;
    int m_errorLine = 0;
};

/// One RFC 4180 record: fields quoted when they need it, CRLF at the end.
QString csvRecord(const QStringList& fields, QChar delimiter = u',');

} // namespace outloud::io
