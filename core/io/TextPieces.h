// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextDecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>
#include <memory>

namespace outloud::io {

/**
 * A text file read in pieces, so that memory stays one piece whatever the file's size.
 * open() reads the file through once and decides what decodeText() decides on the whole
 * file (the encoding from a byte order mark or the bytes, and the same errors naming the
 * same line: binary data, UTF-8 with a broken byte, a truncated UTF-16 file); next() then
 * hands out the text a piece at a time. A character split across two pieces is decoded
 * whole.
 */
class TextPieces
{
    Q_DECLARE_TR_FUNCTIONS(outloud::io)

public:
    static constexpr qsizetype DefaultPieceBytes = 256 * 1024;

    explicit TextPieces(qsizetype pieceBytes = DefaultPieceBytes);
    ~TextPieces();
    TextPieces(const TextPieces&) = delete;
    TextPieces& operator=(const TextPieces&) = delete;

    /// Refuses what readInputFile() refuses (folders, unreadable files, files above
    /// MaxInputBytes) and what decodeText() refuses; @p verdict holds the encoding or the
    /// error (its text stays empty).
    bool open(const QString& path, Encoding encoding, DecodedText* verdict);
    /// The next piece of text; false at the end of the file (or when it cannot be read
    /// again: then error() says why).
    bool next(QString* piece);
    QString error() const { return m_error; }
    /// The encoding open() decided on.
    Encoding encoding() const { return m_encoding; }
    /// How far next() has read, of size() bytes.
    qint64 position() const { return m_file.pos(); }
    qint64 size() const { return m_file.size(); }

private:
    bool scan(Encoding encoding, DecodedText* verdict);

    qsizetype m_pieceBytes;
    QFile m_file;
    qint64 m_skip = 0;
    Encoding m_encoding = Encoding::Auto;
    std::unique_ptr<QStringDecoder> m_decoder;
    QString m_error;
};

} // namespace outloud::io
