// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextPieces.h"

#include "FileIo.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace outloud::io {

using text::failed;
using text::isBinaryControl;

namespace {
// What one read through the bytes (UTF-8, Latin-1) learns; the verdict is decodeText()'s.
struct ByteScan
{
    qint64 newlines = 0; ///< Before the current byte.
    qint64 firstNulLine = 0;
    qint64 firstBadLine = 0; ///< The first byte that is not UTF-8 ...
    qint64 firstBadColumn = 0; ///< ... and its column (UTF-16 units of the line before it + 1).
    bool sawSequence = false; ///< A whole multi-byte UTF-8 sequence somewhere.
    qint64 unitsInLine = 0; ///< UTF-16 units since the last line break (while valid).
    qint64 utf16Units = 0; ///< The text's length as UTF-8 (while valid).
    qint64 bytes = 0;
    qint64 controls = 0;
    qint64 firstControlLine = 0;

    // Walks @p data; returns how many bytes it used (the rest starts a sequence that the
    // next piece completes, unless @p last).
    qsizetype walk(const QByteArray& data, bool last)
    {
        const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
        const qsizetype n = data.size();
        qsizetype i = 0;
        while (i < n) {
            const unsigned char c = p[i];
            if (c < 0x80) {
                if (c == '\n') {
                    ++newlines;
                    unitsInLine = 0;
                } else {
                    ++unitsInLine;
                }
                if (c == 0 && firstNulLine == 0)
                    firstNulLine = newlines + 1;
                if (isBinaryControl(c)) {
                    if (controls++ == 0)
                        firstControlLine = newlines + 1;
                }
                ++utf16Units;
                ++bytes;
                ++i;
                continue;
            }
            int length = text::utf8SequenceAt(p + i, n - i);
            if (length < 0) {
                if (!last)
                    return i;
                length = 0;
            }
            if (length == 0) {
                if (firstBadLine == 0) {
                    firstBadLine = newlines + 1;
                    firstBadColumn = unitsInLine + 1;
                }
                ++bytes;
                ++i;
                continue;
            }
            sawSequence = true;
            unitsInLine += length == 4 ? 2 : 1;
            utf16Units += length == 4 ? 2 : 1;
            bytes += length;
            i += length;
        }
        return n;
    }
};
} // namespace

TextPieces::TextPieces(qsizetype pieceBytes)
    : m_pieceBytes(std::max<qsizetype>(4, pieceBytes))
{ }

TextPieces::~TextPieces() = default;

bool TextPieces::open(const QString& path, Encoding encoding, DecodedText* verdict)
{
    QString error;
    if (!openInputFile(path, &m_file, &error)) {
        *verdict = failed(encoding, error, 0);
        return false;
    }
    if (m_file.size() > MaxInputBytes) {
        *verdict = failed(encoding, inputTooLargeMessage(path), 0);
        return false;
    }
    return scan(encoding, verdict);
}

bool TextPieces::scan(Encoding encoding, DecodedText* verdict)
{
    const text::ByteOrderMark mark = text::readByteOrderMark(m_file.peek(3), encoding);
    Encoding use = mark.use;
    const bool bom = mark.found;
    m_skip = mark.skip;
    m_file.seek(m_skip);
    const bool utf16 = use == Encoding::Utf16LE || use == Encoding::Utf16BE;
    ByteScan bytes;
    // UTF-16: decoded piece by piece (the decoder keeps a split character), then counted.
    QStringDecoder decoder(
        use == Encoding::Utf16BE ? QStringConverter::Utf16BE : QStringConverter::Utf16LE);
    qint64 total = 0;
    qint64 units = 0;
    qint64 newlines = 0;
    qint64 controls = 0;
    qint64 firstControlLine = 0;
    qint64 firstReplacementLine = 0;
    bool sawNul = false;
    QByteArray carry;
    while (true) {
        QByteArray piece = m_file.read(m_pieceBytes);
        if (m_file.error() != QFileDevice::NoError) {
            *verdict = failed(use,
                tr("Could not read %1: %2")
                    .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()),
                0);
            return false;
        }
        total += piece.size();
        if (total > MaxInputBytes) { // it grew since open()
            *verdict = failed(use, inputTooLargeMessage(m_file.fileName()), 0);
            return false;
        }
        const bool last = piece.isEmpty();
        if (utf16) {
            if (last)
                break;
            const QString text = decoder.decode(piece);
            for (const QChar ch : text) {
                const char16_t c = ch.unicode();
                if (c == u'\n')
                    ++newlines;
                if (c == 0)
                    sawNul = true;
                if (c == QChar::ReplacementCharacter && firstReplacementLine == 0)
                    firstReplacementLine = newlines + 1;
                if (isBinaryControl(c) && controls++ == 0)
                    firstControlLine = newlines + 1;
            }
            units += text.size();
            continue;
        }
        if (!carry.isEmpty())
            piece.prepend(carry);
        const qsizetype used = bytes.walk(piece, last);
        carry = piece.mid(used);
        if (last)
            break;
    }

    if (!utf16) {
        if (bytes.firstNulLine > 0) {
            *verdict = failed(use,
                tr("Line %1 holds binary data (a NUL byte): this is not a text file, or it is "
                   "UTF-16 "
                   "without a byte order mark.")
                    .arg(bytes.firstNulLine),
                int(bytes.firstNulLine));
            return false;
        }
        if (use == Encoding::Auto) {
            if (bytes.firstBadLine > 0 && bytes.sawSequence) {
                *verdict = failed(Encoding::Utf8,
                    tr("Line %1, column %2 is not valid UTF-8, though the rest of the file is "
                       "UTF-8. "
                       "The file may be damaged; if it is in another encoding, choose it (on the "
                       "command line: --encoding latin1).")
                        .arg(bytes.firstBadLine)
                        .arg(bytes.firstBadColumn),
                    int(bytes.firstBadLine));
                return false;
            }
            use = bytes.firstBadLine == 0 ? Encoding::Utf8 : Encoding::Latin1;
        }
        if (use == Encoding::Utf8 && bytes.firstBadLine > 0) {
            *verdict = failed(use,
                tr("Line %1 is not valid UTF-8; try another encoding.").arg(bytes.firstBadLine),
                int(bytes.firstBadLine));
            return false;
        }
        units = use == Encoding::Utf8 ? bytes.utf16Units : bytes.bytes;
        controls = bytes.controls;
        firstControlLine = bytes.firstControlLine;
    } else {
        if ((total - m_skip) % 2 != 0) {
            *verdict = failed(use,
                tr("The file ends in the middle of a character: it is truncated or not %1.")
                    .arg(encodingName(use)),
                0);
            return false;
        }
        if (decoder.hasError()) {
            *verdict = failed(use,
                tr("Line %1 is not valid %2; try another encoding.")
                    .arg(firstReplacementLine)
                    .arg(encodingName(use)),
                int(firstReplacementLine));
            return false;
        }
    }
    if (controls > 0 && (sawNul || controls > std::max<qint64>(8, units / 100))) {
        *verdict = failed(use,
            tr("Line %1 holds binary data: this does not look like a text file.")
                .arg(firstControlLine),
            int(firstControlLine));
        return false;
    }
    *verdict = DecodedText();
    verdict->encoding = use;
    verdict->hadBom = bom;
    m_encoding = use;
    m_file.seek(m_skip);
    if (use != Encoding::Latin1) {
        // The flags of decodeText(): QString::fromUtf8 keeps a second byte order mark as
        // text, the UTF-16 decoder drops it.
        m_decoder = use == Encoding::Utf8
            ? std::make_unique<QStringDecoder>(
                QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom)
            : std::make_unique<QStringDecoder>(
                use == Encoding::Utf16LE ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
    }
    return true;
}

bool TextPieces::next(QString* piece)
{
    while (true) {
        const QByteArray bytes = m_file.read(m_pieceBytes);
        if (m_file.error() != QFileDevice::NoError) {
            m_error = tr("Could not read %1: %2")
                          .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
            return false;
        }
        if (bytes.isEmpty()) {
            piece->clear();
            return false;
        }
        *piece = m_decoder ? m_decoder->decode(bytes) : QString::fromLatin1(bytes);
        if (!piece->isEmpty())
            return true;
    }
}

} // namespace outloud::io
