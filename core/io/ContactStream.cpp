// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactStream.h"

#include "ContactFile.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace outloud::io {

namespace {
// The delimiter and quote are detected from the first 256 KiB of text, as parseCsvText()
// looks no further.
constexpr qsizetype DetectChars = 256 * 1024;
// LinkedIn's header follows a few note lines (findLinkedInHeader looks at 20 rows).
constexpr qsizetype LinkedInHeaderRows = 20;
} // namespace

ContactStream::ContactStream(qsizetype pieceBytes)
    : m_text(pieceBytes)
{ }

ContactStream::~ContactStream() = default;

bool ContactStream::fail(const QString& message, int line)
{
    m_error = message;
    m_errorLine = line;
    m_ended = true;
    return false;
}

bool ContactStream::open(
    const QString& path, ImportFormat format, const CsvOptions& options, const CsvMapping* mapping)
{
    if (format == ImportFormat::Auto) {
        QFile head(path);
        if (head.open(QIODevice::ReadOnly))
            format = detectFormat(path, head.read(64 * 1024));
    }
    m_format = format;
    if (format == ImportFormat::Json)
        return fail(
            tr("A JSON export is a whole database: restore it instead of importing it."), 0);
    DecodedText verdict;
    if (!m_text.open(path, options.encoding, &verdict))
        return fail(verdict.error, verdict.errorLine);
    if (format == ImportFormat::Auto) // not readable a moment ago
        return fail(
            tr("A JSON export is a whole database: restore it instead of importing it."), 0);
    if (format == ImportFormat::VCard) {
        m_vcard = std::make_unique<VCardParser>();
        return true;
    }
    CsvOptions use = options;
    if (format == ImportFormat::LinkedIn && use.delimiter.isNull())
        use.delimiter = u','; // LinkedIn writes commas; the notes would mislead detection
    QString piece;
    while (m_head.size() < DetectChars && m_text.next(&piece))
        m_head.append(piece);
    if (!m_text.error().isEmpty())
        return fail(m_text.error(), 0);
    const QChar delimiter = use.delimiter.isNull() ? detectDelimiter(m_head) : use.delimiter;
    const QChar quote = use.noQuoting
        ? QChar()
        : (use.quote.isNull() ? detectQuote(m_head, delimiter) : use.quote);
    m_delimiter = delimiter;
    m_csv = std::make_unique<CsvParser>(delimiter, quote);
    if (!m_csv->feed(m_head, &m_rows))
        return fail(m_csv->error(), m_csv->errorLine());
    m_head.clear();
    if (format == ImportFormat::LinkedIn) {
        while (m_rows.size() < LinkedInHeaderRows && readPiece()) { }
        if (!m_error.isEmpty())
            return false;
        CsvTable top;
        top.rows = m_rows.mid(0, LinkedInHeaderRows);
        const int header = findLinkedInHeader(top);
        if (header < 0) {
            // A broken line further on is named first, as when the file is read whole.
            while (readPiece()) {
                m_rows.clear();
            }
            if (!m_error.isEmpty())
                return false;
            return fail(notLinkedInMessage(), 0);
        }
        m_mapping = linkedInMapping(m_rows.at(header).fields, &m_connectedOn);
        m_nextRow = header + 1;
        m_mapped = true;
    } else if (mapping) {
        QString error;
        if (!setMapping(*mapping, &error))
            return fail(error, 0);
    }
    return true;
}

bool ContactStream::setMapping(const CsvMapping& mapping, QString* error)
{
    if (!mapping.isUsable()) {
        if (error)
            *error = tr("No column is mapped to a name (or a first or last name).");
        return false;
    }
    m_mapping = mapping;
    m_mapped = true;
    // The header is no one's record.
    m_nextRow = mapping.hasHeader && !m_rows.isEmpty() ? 1 : 0;
    return true;
}

bool ContactStream::readPiece()
{
    if (m_ended)
        return false;
    QString piece;
    if (m_text.next(&piece)) {
        const bool ok = m_csv ? m_csv->feed(piece, &m_rows) : m_vcard->feed(piece, &m_records);
        if (!ok) {
            return m_csv ? fail(m_csv->error(), m_csv->errorLine())
                         : fail(m_vcard->error(), m_vcard->errorLine());
        }
        return true;
    }
    if (!m_text.error().isEmpty())
        return fail(m_text.error(), 0);
    m_ended = true;
    const bool ok = m_csv ? m_csv->finish(&m_rows) : m_vcard->finish(&m_records);
    if (!ok) {
        return m_csv ? fail(m_csv->error(), m_csv->errorLine())
                     : fail(m_vcard->error(), m_vcard->errorLine());
    }
    return true;
}

bool ContactStream::take(const CsvRow& row, ImportRecord* record)
{
    if (m_count >= MaxImportRecords)
        return fail(tooManyPeopleMessage(), row.line);
    QString error;
    if (!csvRowRecord(row, m_mapping, record, &error))
        return fail(error, row.line);
    if (m_format == ImportFormat::LinkedIn)
        finishLinkedIn(record, row, m_connectedOn);
    ++m_count;
    return true;
}

bool ContactStream::next(ImportRecord* record)
{
    if (!m_error.isEmpty())
        return false;
    while (true) {
        if (m_vcard) {
            if (m_nextRecord < m_records.size()) {
                *record = std::move(m_records[m_nextRecord++]);
                return true;
            }
            m_records.clear();
            m_nextRecord = 0;
        } else {
            if (m_nextRow < m_rows.size()) {
                const CsvRow& row = m_rows.at(m_nextRow++);
                if (!m_mapped) {
                    m_mapping = guessMapping(row.fields);
                    m_mapped = true;
                    if (!m_mapping.hasHeader)
                        --m_nextRow;
                    if (!m_mapping.isUsable())
                        return fail(
                            tr("No column is mapped to a name (or a first or last name)."), 0);
                    continue;
                }
                return take(row, record);
            }
            m_rows.clear();
            m_nextRow = 0;
        }
        if (!readPiece()) {
            // The last rows or cards come with the end of the file.
            if (!m_error.isEmpty())
                return false;
            if (m_csv && !m_mapped)
                return fail(tr("No column is mapped to a name (or a first or last name)."), 0);
            if ((m_vcard && m_records.isEmpty()) || (m_csv && m_rows.isEmpty()))
                return false;
        }
    }
}

} // namespace outloud::io
