// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextWidths.h"

#include <cmath>

namespace outloud {

namespace {
// Scripts whose letters keep their own advance side by side (kerning only narrows pairs);
// combining marks (U+0300..U+036F) and everything from Armenian on are shaped.
bool summable(char16_t c)
{
    return c >= 0x20
        && (c < 0x300 || (c >= 0x370 && c < 0x483) || (c >= 0x48A && c < 0x530)
            || (c >= 0x2000 && c < 0x2070 && c != 0x200C && c != 0x200D) || c == 0x20AC);
}
} // namespace

TextWidths::Font& TextWidths::fontFor(const QFont& font)
{
    for (Font& f : m_fonts) {
        if (f.font == font)
            return f;
    }
    m_fonts.append(Font {font, QFontMetricsF(font), QRawFont::fromFont(font), {}});
    return m_fonts.last();
}

int TextWidths::shapedWidth(const QString& text, const QFont& font)
{
    return int(std::ceil(fontFor(font).metrics.horizontalAdvance(text)));
}

int TextWidths::width(const QString& text, const QFont& font)
{
    Font& f = fontFor(font);
    const auto whole = [this, &text, &font] { return shapedWidth(text, font); };
    qreal sum = 0;
    QString unknown; // characters not measured yet, measured at once
    char16_t before = 0;
    for (const QChar c : text) {
        // Fonts join f with the letter after it into a ligature that may be wider.
        if (!summable(c.unicode()) || (before == u'f' && QStringView(u"fijlt").contains(c)))
            return whole();
        before = c.unicode();
        const auto it = f.advances.constFind(c.unicode());
        if (it != f.advances.cend())
            sum += it.value();
        else if (!unknown.contains(c))
            unknown.append(c);
    }
    if (unknown.isEmpty())
        return int(std::ceil(sum));
    if (!f.raw.isValid())
        return whole();
    const QList<quint32> glyphs = f.raw.glyphIndexesForString(unknown);
    if (glyphs.size() != unknown.size() || glyphs.contains(0))
        return whole(); // drawn from another font
    const QList<QPointF> advances = f.raw.advancesForGlyphIndexes(glyphs);
    for (qsizetype i = 0; i < unknown.size(); ++i)
        f.advances.insert(unknown.at(i).unicode(), advances.at(i).x());
    // Summed again in the text's order: the same sum however many were known before.
    sum = 0;
    for (const QChar c : text)
        sum += f.advances.value(c.unicode());
    return int(std::ceil(sum));
}

} // namespace outloud
