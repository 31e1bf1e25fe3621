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

} // namespace outloud::io
