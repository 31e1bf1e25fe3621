// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QList>
#include <QRawFont>
#include <QString>

namespace outloud {

/**
 * How wide lines of plain text are in a few fonts, for sizing a list's columns before its
 * first paint: each character's advance is measured once and the advances summed, instead
 * of laying every text out (a text layout per cell cost as much as painting the list). For
 * Latin, Greek and Cyrillic text the sum is the text's width, or a little more where kerning
 * draws two letters closer ("To", "AV"); a text with a ligature (f before f, i, j, l or t, drawn
 * wider joined), combining marks, another script or characters beyond the Basic Multilingual
 * Plane is laid out whole.
 */
class TextWidths
{
public:
    /// The advance of @p text on one line in @p font, rounded up to whole pixels.
    int width(const QString& text, const QFont& font);

    /// The advance of @p text on one line in @p font as the text is laid out whole (kerning
    /// applied), rounded up to whole pixels: exactly what the delegate's text layout takes,
    /// at the cost of laying the text out. What width() falls back to.
    int shapedWidth(const QString& text, const QFont& font);

private:
    struct Font
    {
        QFont font;
        QFontMetricsF metrics;
        QRawFont raw; ///< Its glyphs' advances, without laying text out.
        QHash<char16_t, qreal> advances; ///< Measured so far.
    };
    Font& fontFor(const QFont& font);

    QList<Font> m_fonts;
};

} // namespace outloud
