// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Csv.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud::io {

namespace {
constexpr char16_t Candidates[] = {u',', u';', u'\t', u'|'};

// Counts @p delimiter on each of the first lines, skipping quoted parts.
QList<int> countsPerLine(QStringView text, QChar delimiter, int maxLines)
{
    QList<int> counts;
    int count = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < maxLines; ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            if (count > 0)
                counts.append(count);
            count = 0;
        } else if (!quoted && c == delimiter) {
            ++count;
        }
    }
    if (count > 0 && counts.size() < maxLines)
        counts.append(count);
    return counts;
}

QChar detectQuote(QStringView text, QChar delimiter)
{
    // A quote opens a field at a line start or right after a delimiter.
    const QStringView head = text.left(64 * 1024);
    qsizetype doubles = 0;
    qsizetype singles = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        const bool fieldStart
            = i == 0 || head[i - 1] == delimiter || head[i - 1] == u'\n' || head[i - 1] == u'\r';
        if (!fieldStart)
            continue;
        if (head[i] == u'"')
            ++doubles;
        else if (head[i] == u'\'')
            ++singles;
    }
    return singles > doubles ? QChar(u'\'') : QChar(u'"');
}
} // namespace

QChar detectDelimiter(const QString& text)
{
    const QStringView head = QStringView(text).left(256 * 1024);
    QChar best = u',';
    long bestScore = 0;
    for (char16_t candidate : Candidates) {
        const QList<int> counts = countsPerLine(head, QChar(candidate), 30);
        if (counts.isEmpty())
            continue;
        // The most common count, weighted by how many lines agree on it.
        QHash<int, int> frequency;
        for (int c : counts)
            ++frequency[c];
        long score = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it)
            score = std::max(score, long(it.value()) * 1000 + it.key());
        if (score > bestScore) {
            bestScore = score;
            best = QChar(candidate);
        }
    }
    return best;
}

CsvTable parseCsv(const QByteArray& bytes, const CsvOptions& options)
{
    const DecodedText decoded = decodeText(bytes, options.encoding);
    if (!decoded.ok()) {
        CsvTable t;
        t.encoding = decoded.encoding;
        t.error = decoded.error;
        t.errorLine = decoded.errorLine;
        return t;
    }
    CsvTable t = parseCsvText(decoded.text, options);
    t.encoding = decoded.encoding;
    return t;
}

CsvTable parseCsvText(const QString& text, const CsvOptions& options)
{
    CsvTable t;
    t.delimiter = options.delimiter.isNull() ? detectDelimiter(text) : options.delimiter;
    if (!options.noQuoting)
        t.quote = options.quote.isNull() ? detectQuote(text, t.delimiter) : options.quote;
    CsvParser parser(t.delimiter, t.quote);
    if (!parser.feed(text, &t.rows) || !parser.finish(&t.rows)) {
        t.rows.clear();
        t.error = parser.error();
        t.errorLine = parser.errorLine();
    }
    return t;
}

QChar detectQuote(const QString& text, QChar delimiter)
{
    return detectQuote(QStringView(text), delimiter);
}

CsvParser::CsvParser(QChar delimiter, QChar quote)
    : m_delimiter(delimiter)
    , m_quote(quote)
{
    m_row.line = 1;
}

bool CsvParser::fail(int line, const QString& message)
{
    m_error = message;
    m_errorLine = line;
    return false;
}

bool CsvParser::endField()
{
    m_row.fields.append(m_field);
    m_field.clear();
    m_fieldQuoted = false;
    ++m_cells;
    if (m_row.fields.size() <= csvlimits::MaxFieldsPerRow)
        return true;
    return fail(
        m_row.line, tr("Line %1 has too many fields; is this really a CSV file?").arg(m_row.line));
}

bool CsvParser::endRow(QList<CsvRow>* rows)
{
    // A blank line is a single empty, unquoted field: no record at all.
    const bool blank = m_row.fields.size() == 1 && m_row.fields.first().isEmpty();
    if (!blank) {
        rows->append(m_row);
        ++m_rows;
    } else {
        --m_cells;
    }
    m_row = CsvRow();
    if (m_rows > csvlimits::MaxRows || m_cells > csvlimits::MaxCells)
        return fail(m_line,
            tr("Line %1: the file goes on beyond %L2 lines or %L3 values; Outloud does not "
               "read files that large.")
                .arg(m_line)
                .arg(csvlimits::MaxRows)
                .arg(csvlimits::MaxCells));
    return true;
}

bool CsvParser::feed(QStringView piece, QList<CsvRow>* rows)
{
    if (!m_error.isEmpty())
        return false;
    if (m_held.isNull())
        return run(piece, false, rows);
    // The character held back from the piece before, with what follows it.
    QString joined;
    joined.reserve(piece.size() + 1);
    joined.append(m_held);
    joined.append(piece);
    m_held = QChar();
    return run(joined, false, rows);
}

bool CsvParser::finish(QList<CsvRow>* rows)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_held.isNull()) {
        const QChar held = m_held;
        m_held = QChar();
        if (!run(QStringView(&held, 1), true, rows))
            return false;
    }
    if (m_inQuotes) {
        return fail(m_quoteLine,
            tr("Line %1 opens a quoted field that is never closed (unbalanced quotes, or the file "
               "is cut short).")
                .arg(m_quoteLine));
    }
    if (!m_field.isEmpty() || m_fieldQuoted || !m_row.fields.isEmpty())
        return endField() && endRow(rows);
    return true;
}

bool CsvParser::run(QStringView data, bool last, QList<CsvRow>* rows)
{
    const QChar delimiter = m_delimiter;
    const QChar quote = m_quote;
    const bool quoting = !quote.isNull();
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = data[i];
        // A line break or a quote needs the next character to be read: at the end of a
        // piece, it waits for the next one.
        if (!last && i + 1 == n && (c == u'\r' || (quoting && c == quote))) {
            m_held = c;
            return true;
        }
        if (m_inQuotes) {
            if (c == quote) {
                if (i + 1 < n && data[i + 1] == quote) {
                    m_field.append(quote);
                    ++i;
                } else {
                    m_inQuotes = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && data[i + 1] == u'\n')))
                    ++m_line;
                if (c != u'\r' || !(i + 1 < n && data[i + 1] == u'\n'))
                    m_field.append(c == u'\r' ? QChar(u'\n') : c);
            }
        } else if (c == delimiter) {
            if (!endField())
                return false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && data[i + 1] == u'\n')
                ++i;
            if (!endField() || !endRow(rows))
                return false;
            ++m_line;
            m_row.line = m_line;
        } else if (quoting && c == quote && m_field.isEmpty() && !m_fieldQuoted) {
            m_inQuotes = true;
            m_fieldQuoted = true;
            m_quoteLine = m_line;
        } else {
            // Text after a closing quote, or a quote inside an unquoted field: kept as is.
            m_field.append(c);
        }
        if (m_field.size() > csvlimits::MaxFieldChars) {
            return fail(m_row.line,
                tr("Line %1 has a field longer than %2 characters; Outloud does not read fields "
                   "that long.")
                    .arg(m_row.line)
                    .arg(csvlimits::MaxFieldChars));
        }
    }
    return true;
}

QString csvRecord(const QStringList& fields, QChar delimiter)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(delimiter);
        const QString& f = fields.at(i);
        const bool needsQuotes = f.contains(delimiter) || f.contains(u'"') || f.contains(u'\n')
            || f.contains(u'\r') || (!f.isEmpty() && (f.front().isSpace() || f.back().isSpace()));
        if (needsQuotes) {
            QString escaped = f;
            escaped.replace(u'"', u"\"\""_s);
            out += u'"' + escaped + u'"';
        } else {
            out += f;
        }
    }
    out += u"\r\n"_s;
    return out;
}

} // namespace outloud::io
