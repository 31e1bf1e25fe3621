// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace outloud::io {

/// The text encodings the readers understand.
enum class Encoding { Auto, Utf8, Utf16LE, Utf16BE, Latin1 };

/// "UTF-8", "UTF-16 LE", ... for messages and the import dialog.
QString encodingName(Encoding encoding);

/// Decoded text, or an error naming the line where decoding failed.
struct DecodedText
{
    QString text;
    Encoding encoding = Encoding::Auto; ///< The one used (detected or forced).
    bool hadBom = false;
    QString error;
    int errorLine = 0;
    bool ok() const { return error.isEmpty(); }
};

/**
 * Turns file bytes into text. Auto detects a UTF-8 or UTF-16 byte order mark, then valid
 * UTF-8, and falls back to Latin-1, which every byte sequence is. A forced encoding that
 * does not fit the bytes is an error naming the first bad line. Files with NUL bytes or
 * many control characters (outside UTF-16) are refused as binary, not guessed at.
 */
DecodedText decodeText(const QByteArray& bytes, Encoding encoding = Encoding::Auto);

/// The offset of the first byte that is not valid UTF-8, or -1 when all of it is.
qint64 firstInvalidUtf8(const QByteArray& bytes);

// The rules decodeText() and the streamed reader (TextPieces) share, so that both decide
// the same on the same bytes.
namespace text {

/// What a file's first bytes say: the encoding to use and how many bytes the mark takes.
struct ByteOrderMark
{
    Encoding use = Encoding::Auto; ///< The mark's encoding, or the requested one.
    qsizetype skip = 0;
    bool found = false; ///< A mark of the requested encoding (or any, for Auto).
};
/// Reads the UTF-8 or UTF-16 byte order mark at the start of @p head (3 bytes suffice); a
/// mark of another encoding than the one @p requested is not one.
ByteOrderMark readByteOrderMark(const QByteArray& head, Encoding requested);

/// The length of the valid UTF-8 sequence at @p p (1 for ASCII), 0 when it is not valid
/// UTF-8 (overlong forms, surrogates and code points above U+10FFFF included), -1 when the
/// @p available bytes end before the sequence does.
int utf8SequenceAt(const unsigned char* p, qsizetype available);

/// Text files have tabs and line breaks; binary files have NULs and other controls.
bool isBinaryControl(char16_t c);

/// A refusal naming @p line.
DecodedText failed(Encoding encoding, const QString& message, int line);

} // namespace text

} // namespace outloud::io
