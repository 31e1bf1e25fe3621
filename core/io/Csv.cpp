// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Csv.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outloud::io", text);
}

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
    const QChar delimiter = t.delimiter;
    const QChar quote = t.quote;
    const bool quoting = !quote.isNull();

    auto error = [&t](int line, const QString& message) {
        t.rows.clear();
        t.error = message;
        t.errorLine = line;
        return t;
    };

    qsizetype cells = 0;
    int line = 1;
    CsvRow row;
    row.line = 1;
    QString field;
    bool fieldQuoted = false;
    bool inQuotes = false;
    int quoteLine = 0;
    const qsizetype n = text.size();
    const QChar* data = text.constData();

    auto endField = [&]() -> bool {
        row.fields.append(field);
        field.clear();
        fieldQuoted = false;
        ++cells;
        return row.fields.size() <= csvlimits::MaxFieldsPerRow;
    };
    auto tooLarge
        = [&]() { return t.rows.size() > csvlimits::MaxRows || cells > csvlimits::MaxCells; };
    const QString tooLargeMessage
        = tr("Line %1: the file goes on beyond %L2 lines or %L3 values; Outloud does not "
             "read files that large.");
    auto endRow = [&]() {
        // A blank line is a single empty, unquoted field: no record at all.
        const bool blank = row.fields.size() == 1 && row.fields.first().isEmpty();
        if (!blank)
            t.rows.append(row);
        else
            --cells;
        row = CsvRow();
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = data[i];
        if (inQuotes) {
            if (c == quote) {
                if (i + 1 < n && data[i + 1] == quote) {
                    field.append(quote);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && data[i + 1] == u'\n')))
                    ++line;
                if (c != u'\r' || !(i + 1 < n && data[i + 1] == u'\n'))
                    field.append(c == u'\r' ? QChar(u'\n') : c);
            }
        } else if (c == delimiter) {
            if (!endField())
                return error(row.line,
                    tr("Line %1 has too many fields; is this really a CSV file?").arg(row.line));
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && data[i + 1] == u'\n')
                ++i;
            if (!endField())
                return error(row.line,
                    tr("Line %1 has too many fields; is this really a CSV file?").arg(row.line));
            endRow();
            if (tooLarge())
                return error(line,
                    tooLargeMessage.arg(line).arg(csvlimits::MaxRows).arg(csvlimits::MaxCells));
            ++line;
            row.line = line;
        } else if (quoting && c == quote && field.isEmpty() && !fieldQuoted) {
            inQuotes = true;
            fieldQuoted = true;
            quoteLine = line;
        } else {
            // Text after a closing quote, or a quote inside an unquoted field: kept as is.
            field.append(c);
        }
        if (field.size() > csvlimits::MaxFieldChars) {
            return error(row.line,
                tr("Line %1 has a field longer than %2 characters; Outloud does not read fields "
                   "that long.")
                    .arg(row.line)
                    .arg(csvlimits::MaxFieldChars));
        }
    }
    if (inQuotes) {
        return error(quoteLine,
            tr("Line %1 opens a quoted field that is never closed (unbalanced quotes, or the file "
               "is cut short).")
                .arg(quoteLine));
    }
    if (!field.isEmpty() || fieldQuoted || !row.fields.isEmpty()) {
        if (!endField())
            return error(row.line,
                tr("Line %1 has too many fields; is this really a CSV file?").arg(row.line));
        endRow();
        if (tooLarge())
            return error(
                line, tooLargeMessage.arg(line).arg(csvlimits::MaxRows).arg(csvlimits::MaxCells));
    }
    return t;
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
