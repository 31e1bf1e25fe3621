// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContactCsv.h"
#include "ImportRecord.h"
#include "TextPieces.h"
#include "VCardReader.h"

#include <QCoreApplication>
#include <memory>

namespace outloud::io {

/**
 * The people of a contact file (LinkedIn, CSV, vCard) one at a time, read and decoded a
 * piece at a time: memory stays a piece and the records it holds, whatever the file's
 * size. The records and errors are readContacts()'s on the whole file, with one
 * difference in order: an error is reported when the reading reaches it, so a bad record
 * early in the file is named before a broken line later on (the encoding is checked on
 * the whole file before the first record).
 */
class ContactStream
{
    Q_DECLARE_TR_FUNCTIONS(outloud::io)

public:
    explicit ContactStream(qsizetype pieceBytes = TextPieces::DefaultPieceBytes);
    ~ContactStream();
    ContactStream(const ContactStream&) = delete;
    ContactStream& operator=(const ContactStream&) = delete;

    /// Opens @p path as @p format (Auto: detected from the file's start and name). For CSV,
    /// @p mapping null means "guess from the header". False with error() when the file
    /// cannot be read as that format.
    bool open(const QString& path, ImportFormat format, const CsvOptions& options = {},
        const CsvMapping* mapping = nullptr);
    /// CSV: the first @p count rows of the file (the header, if it has one), before next().
    QList<CsvRow> firstRows(qsizetype count) const { return m_rows.mid(0, count); }
    /// CSV: reads the rows with @p mapping (instead of the one open() got or guesses), before
    /// next(). False, with @p error, when no column holds a name.
    bool setMapping(const CsvMapping& mapping, QString* error);
    /// The next person; false at the end of the file, or on an error (then error() is set).
    bool next(ImportRecord* record);
    ImportFormat format() const { return m_format; }
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    /// The file's encoding and (CSV) delimiter, as open() found them.
    Encoding encoding() const { return m_text.encoding(); }
    QChar delimiter() const { return m_delimiter; }
    /// How far the reading is, of fileSize() bytes.
    qint64 bytesRead() const { return m_text.position(); }
    qint64 fileSize() const { return m_text.size(); }

private:
    bool fail(const QString& message, int line);
    bool readPiece(); ///< Parses one more piece; false at the end or on an error.
    bool take(const CsvRow& row, ImportRecord* record);

    TextPieces m_text;
    ImportFormat m_format = ImportFormat::Auto;
    std::unique_ptr<CsvParser> m_csv;
    std::unique_ptr<VCardParser> m_vcard;
    CsvMapping m_mapping;
    bool m_mapped = false; ///< The header has been seen (or there is none).
    QChar m_delimiter;
    int m_connectedOn = -1; ///< LinkedIn's "Connected On" column.
    QString m_head; ///< Text read to detect the delimiter, not yet parsed.
    QList<CsvRow> m_rows;
    QList<ImportRecord> m_records;
    qsizetype m_nextRow = 0;
    qsizetype m_nextRecord = 0;
    int m_count = 0;
    bool m_ended = false;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace outloud::io
