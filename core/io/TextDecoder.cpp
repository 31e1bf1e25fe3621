// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextDecoder.h"

#include "FileIo.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace outloud::io {

using text::failed;
using text::isBinaryControl;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outloud::io", text);
}

int lineOfChar(const QString& text, qsizetype index)
{
    return int(QStringView(text).left(index).count(u'\n')) + 1;
}

// Whether @p bytes hold a whole multi-byte UTF-8 sequence anywhere: Latin-1 text almost
// never does, UTF-8 text with accents always.
bool hasUtf8Sequence(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (p[i] >= 0x80 && text::utf8SequenceAt(p + i, bytes.size() - i) > 1)
            return true;
    }
    return false;
}
} // namespace

namespace text {

ByteOrderMark readByteOrderMark(const QByteArray& head, Encoding requested)
{
    ByteOrderMark mark;
    mark.use = requested;
    const std::pair<const char*, Encoding> marks[] = {
        {"\xEF\xBB\xBF", Encoding::Utf8},
        {"\xFF\xFE", Encoding::Utf16LE},
        {"\xFE\xFF", Encoding::Utf16BE},
    };
    for (const auto& [bytes, encoding] : marks) {
        if (!head.startsWith(bytes))
            continue;
        if (requested == Encoding::Auto || requested == encoding) {
            mark.use = encoding;
            mark.skip = qsizetype(qstrlen(bytes));
            mark.found = true;
        }
        break;
    }
    return mark;
}

int utf8SequenceAt(const unsigned char* p, qsizetype available)
{
    const unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    int extra = 0;
    unsigned int cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        extra = 1;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3;
        cp = c & 0x07;
    } else {
        return 0;
    }
    for (int k = 1; k <= extra; ++k) {
        if (k >= available)
            return -1;
        if ((p[k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[k] & 0x3F);
    }
    // Overlong forms, surrogates and code points above U+10FFFF are not UTF-8.
    if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF))
        || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return extra + 1;
}

bool isBinaryControl(char16_t c)
{
    return c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f';
}

DecodedText failed(Encoding encoding, const QString& message, int line)
{
    DecodedText r;
    r.encoding = encoding;
    r.error = message;
    r.errorLine = line;
    return r;
}

} // namespace text

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return tr("Detect");
    case Encoding::Utf8:
        return u"UTF-8"_s;
    case Encoding::Utf16LE:
        return u"UTF-16 LE"_s;
    case Encoding::Utf16BE:
        return u"UTF-16 BE"_s;
    case Encoding::Latin1:
        return u"Latin-1 (ISO 8859-1)"_s;
    }
    return {};
}

qint64 firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qint64 n = bytes.size();
    for (qint64 i = 0; i < n;) {
        const int length = text::utf8SequenceAt(p + i, n - i);
        if (length <= 0)
            return i;
        i += length;
    }
    return -1;
}

DecodedText decodeText(const QByteArray& bytes, Encoding encoding)
{
    const text::ByteOrderMark mark = text::readByteOrderMark(bytes, encoding);
    Encoding use = mark.use;
    const bool bom = mark.found;
    const QByteArray body = bytes.mid(mark.skip);

    if (use == Encoding::Auto || use == Encoding::Utf8 || use == Encoding::Latin1) {
        const qsizetype nul = body.indexOf('\0');
        if (nul >= 0) {
            return failed(use,
                tr("Line %1 holds binary data (a NUL byte): this is not a text file, or it is "
                   "UTF-16 "
                   "without a byte order mark.")
                    .arg(lineAtOffset(body, nul)),
                lineAtOffset(body, nul));
        }
    }
    if (use == Encoding::Auto) {
        const qint64 bad = firstInvalidUtf8(body);
        if (bad >= 0 && hasUtf8Sequence(body)) {
            // UTF-8 text with a broken byte: reading it all as Latin-1 would turn every
            // other accent into mojibake without a word. Say where, and let the user choose.
            const int line = lineAtOffset(body, bad);
            const qsizetype lineStart = body.lastIndexOf('\n', bad - 1) + 1;
            const int column
                = int(QString::fromUtf8(body.mid(lineStart, bad - lineStart)).size()) + 1;
            return failed(Encoding::Utf8,
                tr("Line %1, column %2 is not valid UTF-8, though the rest of the file is UTF-8. "
                   "The file may be damaged; if it is in another encoding, choose it (on the "
                   "command line: --encoding latin1).")
                    .arg(line)
                    .arg(column),
                line);
        }
        use = bad < 0 ? Encoding::Utf8 : Encoding::Latin1;
    }

    DecodedText r;
    r.encoding = use;
    r.hadBom = bom;
    switch (use) {
    case Encoding::Utf8: {
        const qint64 bad = firstInvalidUtf8(body);
        if (bad >= 0) {
            const int line = lineAtOffset(body, bad);
            return failed(
                use, tr("Line %1 is not valid UTF-8; try another encoding.").arg(line), line);
        }
        r.text = QString::fromUtf8(body);
        break;
    }
    case Encoding::Latin1:
        r.text = QString::fromLatin1(body);
        break;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        if (body.size() % 2 != 0) {
            return failed(use,
                tr("The file ends in the middle of a character: it is truncated or not %1.")
                    .arg(encodingName(use)),
                0);
        }
        QStringDecoder decoder(
            use == Encoding::Utf16LE ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
            QStringConverter::Flag::Stateless);
        r.text = decoder.decode(body);
        if (decoder.hasError()) {
            const qsizetype bad = r.text.indexOf(QChar::ReplacementCharacter);
            const int line = bad >= 0 ? lineOfChar(r.text, bad) : 0;
            return failed(use,
                tr("Line %1 is not valid %2; try another encoding.")
                    .arg(line)
                    .arg(encodingName(use)),
                line);
        }
        break;
    }
    case Encoding::Auto:
        break;
    }

    // Many control characters mean binary data that happened to decode.
    qsizetype controls = 0;
    qsizetype firstControl = -1;
    for (qsizetype i = 0; i < r.text.size(); ++i) {
        if (isBinaryControl(r.text.at(i).unicode())) {
            if (firstControl < 0)
                firstControl = i;
            ++controls;
        }
    }
    if (controls > 0
        && (r.text.contains(QChar(0)) || controls > std::max<qsizetype>(8, r.text.size() / 100))) {
        const int line = lineOfChar(r.text, firstControl);
        return failed(use,
            tr("Line %1 holds binary data: this does not look like a text file.").arg(line), line);
    }
    return r;
}

} // namespace outloud::io
