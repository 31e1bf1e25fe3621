// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfTextLayer.h"

#include <QBuffer>
#include <QGlyphRun>
#include <QHash>
#include <QMap>
#include <QPainterPath>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>
#include <QTextLayout>
#include <QtEndian>
#include <cmath>
#include <limits>

namespace outloud::pdftextlayer {

namespace {

// The PDF read piece by piece from a random-access device (a file of any size): only the
// pieces asked for are in memory, never the whole document.
class Source
{
public:
    explicit Source(QIODevice* device)
        : m_device(device)
        , m_size(device->size())
    { }

    qint64 size() const { return m_size; }

    QByteArray mid(qint64 pos, qint64 length) const
    {
        if (pos < 0 || pos >= m_size || length <= 0 || !m_device->seek(pos))
            return {};
        return m_device->read(std::min(length, m_size - pos));
    }

    /// The first place at or after @p from where one of @p needles starts, -1 if none.
    qint64 indexOf(const QList<QByteArray>& needles, qint64 from) const
    {
        qsizetype longest = 1;
        for (const QByteArray& n : needles)
            longest = std::max(longest, n.size());
        qint64 chunk = 4096;
        for (qint64 at = std::max<qint64>(from, 0); at < m_size;) {
            const QByteArray piece = mid(at, chunk);
            if (piece.isEmpty())
                return -1;
            qsizetype best = -1;
            for (const QByteArray& n : needles) {
                const qsizetype i = piece.indexOf(n);
                if (i >= 0 && (best < 0 || i < best))
                    best = i;
            }
            if (best >= 0)
                return at + best;
            if (at + piece.size() >= m_size)
                return -1;
            at += std::max<qint64>(1, piece.size() - (longest - 1));
            chunk = std::min<qint64>(chunk * 2, 1 << 20);
        }
        return -1;
    }
    qint64 indexOf(const QByteArray& needle, qint64 from) const
    {
        return indexOf(QList<QByteArray> {needle}, from);
    }

    /// The last place where @p needle starts at or before @p from (-1: the end), -1 if none.
    qint64 lastIndexOf(const QByteArray& needle, qint64 from = -1) const
    {
        qint64 end = from < 0 ? m_size : std::min(m_size, from + needle.size());
        qint64 chunk = 4096;
        while (end > 0) {
            const qint64 start = std::max<qint64>(0, end - chunk);
            const QByteArray piece = mid(start, end - start);
            const qsizetype i = piece.lastIndexOf(needle);
            if (i >= 0)
                return start + i;
            if (start == 0)
                return -1;
            end = start + needle.size() - 1;
            chunk = std::min<qint64>(chunk * 2, 1 << 20);
        }
        return -1;
    }

private:
    QIODevice* m_device;
    qint64 m_size;
};

// Where each object starts, from the cross-reference table QPdfWriter writes (one section).
struct Xref
{
    QHash<int, qsizetype> offsets;
    int size = 0;
    QByteArray root;
    qint64 start = -1;
};

bool readXref(const Source& pdf, Xref* x)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return false;
    bool ok = false;
    x->start = pdf.mid(startxref + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || x->start <= 0 || x->start >= pdf.size() || !pdf.mid(x->start, 4).startsWith("xref"))
        return false;
    qint64 pos = pdf.indexOf("\n", x->start) + 1;
    while (pos > 0 && pos < pdf.size()) {
        const qint64 eol = pdf.indexOf("\n", pos);
        if (eol < 0)
            return false;
        const QByteArray line = pdf.mid(pos, eol - pos).trimmed();
        if (line.startsWith("trailer"))
            break;
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 2)
            return false;
        const int first = parts.at(0).toInt();
        const int count = parts.at(1).toInt();
        pos = eol + 1;
        for (int i = 0; i < count; ++i) {
            const QByteArray entry = pdf.mid(pos + 20 * qsizetype(i), 18);
            if (entry.endsWith('n'))
                x->offsets.insert(first + i, entry.left(10).toLongLong());
        }
        pos += 20 * qsizetype(count);
    }
    const QByteArray trailer = pdf.mid(pos, startxref - pos);
    const auto size
        = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(QString::fromLatin1(trailer));
    const auto root = QRegularExpression(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)"))
                          .match(QString::fromLatin1(trailer));
    if (!size.hasMatch() || !root.hasMatch())
        return false;
    x->size = size.captured(1).toInt();
    x->root = root.captured(1).toLatin1();
    return true;
}

// The dictionary of object @p n: its text up to "stream" or "endobj".
QByteArray dictionary(const Source& pdf, const Xref& x, int n)
{
    const qint64 at = x.offsets.value(n, -1);
    if (at < 0)
        return {};
    // Up to its stream, or to "endobj" when it has none.
    const qint64 end = pdf.indexOf({QByteArrayLiteral("stream"), QByteArrayLiteral("endobj")}, at);
    return end < 0 ? QByteArray() : pdf.mid(at, end - at);
}

int reference(const QByteArray& dict, const char* key)
{
    const auto m
        = QRegularExpression(QLatin1String(key) + QStringLiteral("\\s*\\[?\\s*(\\d+)\\s+0\\s+R"))
              .match(QString::fromLatin1(dict));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

qint64 number(const QByteArray& dict, const char* key)
{
    const auto m
        = QRegularExpression(QLatin1String(key) + QStringLiteral("\\s+(\\d+)(\\s+0\\s+R)?"))
              .match(QString::fromLatin1(dict));
    return m.hasMatch() && m.captured(2).isEmpty() ? m.captured(1).toLongLong() : -1;
}

// The decoded bytes of stream object @p n (uncompressed or FlateDecode).
QByteArray streamData(const Source& pdf, const Xref& x, int n)
{
    const QByteArray dict = dictionary(pdf, x, n);
    qint64 length = number(dict, "/Length");
    if (length < 0) {
        const int lengthObject = reference(dict, "/Length");
        const QByteArray value = dictionary(pdf, x, lengthObject);
        length = value.mid(value.indexOf("obj") + 3).trimmed().toLongLong();
    }
    qint64 start = x.offsets.value(n) + dict.size() + 6;
    if (pdf.mid(start, 1) == "\r")
        ++start;
    if (pdf.mid(start, 1) == "\n")
        ++start;
    if (length <= 0 || start + length > pdf.size())
        return {};
    const QByteArray raw = pdf.mid(start, length);
    if (!dict.contains("/FlateDecode"))
        return raw;
    // qUncompress wants the size up front; it grows its buffer when the guess is short.
    const qint64 expected = std::max<qint64>(number(dict, "/Length1"), length * 4);
    QByteArray sized(4, '\0');
    qToBigEndian(
        quint32(std::min<qint64>(expected, std::numeric_limits<qint32>::max())), sized.data());
    return qUncompress(sized + raw);
}

// ToUnicode CMap: character id to its text as UTF-16BE hex.
QMap<int, QByteArray> readToUnicode(const QByteArray& cmap)
{
    QMap<int, QByteArray> map;
    const QString text = QString::fromLatin1(cmap);
    static const QRegularExpression block(
        QStringLiteral("beginbf(range|char)(.*?)endbf(range|char)"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression range(
        QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*(<[0-9A-Fa-f]+>|\\[[^\\]]*\\])"));
    static const QRegularExpression single(QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>"));
    static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]+)>"));
    for (auto b = block.globalMatch(text); b.hasNext();) {
        const auto m = b.next();
        if (m.captured(1) == QLatin1String("char")) {
            for (auto e = single.globalMatch(m.captured(2)); e.hasNext();) {
                const auto c = e.next();
                map.insert(c.captured(1).toInt(nullptr, 16), c.captured(2).toLatin1().toUpper());
            }
            continue;
        }
        for (auto e = range.globalMatch(m.captured(2)); e.hasNext();) {
            const auto r = e.next();
            const int low = r.captured(1).toInt(nullptr, 16);
            const int high = r.captured(2).toInt(nullptr, 16);
            const QString target = r.captured(3);
            if (target.startsWith(u'[')) {
                int cid = low;
                for (auto h = hex.globalMatch(target); h.hasNext() && cid <= high; ++cid)
                    map.insert(cid, h.next().captured(1).toLatin1().toUpper());
            } else {
                const uint first = target.mid(1, target.size() - 2).toUInt(nullptr, 16);
                for (int cid = low; cid <= high; ++cid)
                    map.insert(cid,
                        QByteArray::number(first + uint(cid - low), 16)
                            .rightJustified(4, '0')
                            .toUpper());
            }
        }
    }
    return map;
}

// What the embedded subset says about each of its glyphs.
struct SubsetGlyph
{
    int advance = 0;
    int xMin = 0;
    int yMin = 0;
    int xMax = 0;
    int yMax = 0;
    bool outline = false;
};

struct Subset
{
    int unitsPerEm = 0;
    QList<SubsetGlyph> glyphs;
};

quint32 u32(const QByteArray& b, qsizetype at)
{
    return at >= 0 && at + 4 <= b.size() ? qFromBigEndian<quint32>(b.constData() + at) : 0;
}
quint16 u16(const QByteArray& b, qsizetype at)
{
    return at >= 0 && at + 2 <= b.size() ? qFromBigEndian<quint16>(b.constData() + at) : 0;
}
qint16 i16(const QByteArray& b, qsizetype at)
{
    return qint16(u16(b, at));
}

Subset readSubset(const QByteArray& ttf)
{
    QHash<QByteArray, qsizetype> tables;
    for (int i = 0; i < u16(ttf, 4); ++i)
        tables.insert(ttf.mid(12 + 16 * i, 4), u32(ttf, 12 + 16 * i + 8));
    Subset s;
    if (!tables.contains("head") || !tables.contains("maxp") || !tables.contains("hhea")
        || !tables.contains("hmtx") || !tables.contains("loca") || !tables.contains("glyf"))
        return s;
    const qsizetype head = tables.value("head");
    s.unitsPerEm = u16(ttf, head + 18);
    const bool longOffsets = i16(ttf, head + 50) != 0;
    const int glyphs = u16(ttf, tables.value("maxp") + 4);
    const int metrics = std::max(1, int(u16(ttf, tables.value("hhea") + 34)));
    const qsizetype loca = tables.value("loca");
    const qsizetype glyf = tables.value("glyf");
    auto offset = [&](int i) {
        return longOffsets ? qsizetype(u32(ttf, loca + 4 * i))
                           : qsizetype(u16(ttf, loca + 2 * i)) * 2;
    };
    for (int i = 0; i < glyphs; ++i) {
        SubsetGlyph g;
        g.advance = u16(ttf, tables.value("hmtx") + 4 * std::min(i, metrics - 1));
        const qsizetype at = glyf + offset(i);
        g.outline = offset(i + 1) - offset(i) >= 10;
        if (g.outline) {
            g.xMin = i16(ttf, at + 2);
            g.yMin = i16(ttf, at + 4);
            g.xMax = i16(ttf, at + 6);
            g.yMax = i16(ttf, at + 8);
        }
        s.glyphs.append(g);
    }
    return s;
}

// A character beyond U+FFFF as the document's fonts lay it out: the face Qt picked for it
// and that glyph's advance and box in font units.
struct Candidate
{
    char32_t character = 0;
    QString face; ///< Family name without spaces, as PDF font names start.
    int unitsPerEm = 0;
    qreal advance = 0;
    QRectF box; ///< y grows downwards, as QPainterPath has it.
};

QList<Candidate> candidates(const QString& text, const QList<QFont>& fonts)
{
    QSet<char32_t> seen;
    QList<Candidate> result;
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x10000 || seen.contains(c))
            continue;
        seen.insert(c);
        for (const QFont& font : fonts) {
            QTextLayout layout(QString::fromUcs4(&c, 1), font);
            layout.beginLayout();
            layout.createLine();
            layout.endLayout();
            for (const QGlyphRun& run : layout.glyphRuns()) {
                if (run.glyphIndexes().size() != 1)
                    continue;
                QRawFont raw = run.rawFont();
                raw.setPixelSize(raw.unitsPerEm());
                const quint32 glyph = run.glyphIndexes().constFirst();
                Candidate candidate;
                candidate.character = c;
                candidate.face = raw.familyName().remove(u' ');
                candidate.unitsPerEm = qRound(raw.unitsPerEm());
                candidate.advance = raw.advancesForGlyphIndexes({glyph}).value(0).x();
                candidate.box = raw.pathForGlyph(glyph).boundingRect();
                result.append(candidate);
            }
        }
    }
    return result;
}

// How far @p c is from @p g, in font units; negative when it cannot be that glyph. Heights
// compare as they are; widths relative to the advance, since a fallback face may come
// stretched sideways to its layout (the PDF embeds the outline unstretched).
qreal distance(const Candidate& c, const SubsetGlyph& g, int unitsPerEm)
{
    if (c.unitsPerEm != unitsPerEm || !g.outline || g.advance <= 0 || c.advance <= 0)
        return -1;
    const qreal tolerance = std::max(2.0, unitsPerEm / 64.0);
    const qreal wide = g.advance / c.advance;
    const qreal d[]
        = {std::abs(c.box.left() * wide - g.xMin), std::abs(c.box.right() * wide - g.xMax),
            std::abs(-c.box.bottom() - g.yMin), std::abs(-c.box.top() - g.yMax)};
    qreal sum = 0;
    for (const qreal v : d) {
        if (v > tolerance)
            return -1;
        sum += v;
    }
    return sum;
}

QByteArray utf16Hex(char32_t c)
{
    const QString s = QString::fromUcs4(&c, 1);
    QByteArray hex;
    for (const QChar u : s)
        hex += QByteArray::number(u.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex;
}

QByteArray toUnicodeCMap(const QMap<int, QByteArray>& map)
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    const QList<int> ids = map.keys();
    // A bfchar block holds at most 100 entries.
    for (qsizetype i = 0; i < ids.size(); i += 100) {
        const qsizetype n = std::min<qsizetype>(100, ids.size() - i);
        out += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype j = i; j < i + n; ++j)
            out += '<' + QByteArray::number(ids.at(j), 16).rightJustified(4, '0').toUpper() + "> <"
                + map.value(ids.at(j)) + ">\n";
        out += "endbfchar\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}
} // namespace

QByteArray supplementaryTextUpdate(
    QIODevice* device, const QString& text, const QList<QFont>& fonts)
{
    const QList<Candidate> all = candidates(text, fonts);
    if (all.isEmpty())
        return {};
    const Source pdf(device);
    Xref x;
    if (!readXref(pdf, &x))
        return {};

    QMap<int, QByteArray> replaced; // ToUnicode object -> its new CMap
    static const QRegularExpression type0(QStringLiteral("/Subtype\\s*/Type0"));
    static const QRegularExpression baseFont(QStringLiteral("/BaseFont\\s*/([^\\s/<>\\[\\]]+)"));
    for (auto it = x.offsets.cbegin(); it != x.offsets.cend(); ++it) {
        const QByteArray dict = dictionary(pdf, x, it.key());
        const QString dictText = QString::fromLatin1(dict);
        if (!dictText.contains(type0))
            continue;
        const QString name = baseFont.match(dictText).captured(1);
        const int toUnicode = reference(dict, "/ToUnicode");
        const int descendant = reference(dict, "/DescendantFonts");
        const int descriptor = reference(dictionary(pdf, x, descendant), "/FontDescriptor");
        const int file = reference(dictionary(pdf, x, descriptor), "/FontFile2");
        if (toUnicode < 0 || file < 0)
            continue;
        QMap<int, QByteArray> map = readToUnicode(streamData(pdf, x, toUnicode));
        const Subset subset = readSubset(streamData(pdf, x, file));
        bool changed = false;
        for (int cid = 1; cid < subset.glyphs.size(); ++cid) {
            const QByteArray known = map.value(cid);
            if (!known.isEmpty() && known.toUInt(nullptr, 16) != 0)
                continue;
            const Candidate* best = nullptr;
            qreal bestDistance = 0;
            for (const Candidate& c : all) {
                if (!name.startsWith(c.face))
                    continue;
                const qreal d = distance(c, subset.glyphs.at(cid), subset.unitsPerEm);
                if (d >= 0 && (!best || d < bestDistance)) {
                    best = &c;
                    bestDistance = d;
                }
            }
            if (best) {
                map.insert(cid, utf16Hex(best->character));
                changed = true;
            }
        }
        if (changed)
            replaced.insert(toUnicode, toUnicodeCMap(map));
    }
    if (replaced.isEmpty())
        return {};

    // An incremental update: the completed maps replace the old ones under the same numbers.
    QByteArray out;
    if (pdf.mid(pdf.size() - 1, 1) != "\n")
        out.append('\n');
    QMap<int, qint64> written;
    for (auto it = replaced.cbegin(); it != replaced.cend(); ++it) {
        written.insert(it.key(), pdf.size() + out.size());
        out += QByteArray::number(it.key()) + " 0 obj\n<< /Length "
            + QByteArray::number(it.value().size()) + " >>\nstream\n" + it.value()
            + "\nendstream\nendobj\n";
    }
    const qint64 xref = pdf.size() + out.size();
    out += "xref\n";
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        out += QByteArray::number(it.key()) + " 1\n"
            + QByteArray::number(it.value()).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(x.size) + " /Root " + x.root + " /Prev "
        + QByteArray::number(x.start) + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray withSupplementaryText(
    const QByteArray& pdf, const QString& text, const QList<QFont>& fonts)
{
    QByteArray bytes = pdf; // shared, not copied: the buffer only reads it
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray update = supplementaryTextUpdate(&buffer, text, fonts);
    return update.isEmpty() ? pdf : pdf + update;
}

} // namespace outloud::pdftextlayer
