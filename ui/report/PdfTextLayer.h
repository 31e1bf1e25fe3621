// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFont>
#include <QString>

class QIODevice;

namespace outloud::pdftextlayer {

/**
 * @p pdf (as QPdfWriter writes it) with the characters beyond the Basic Multilingual Plane
 * (emoji such as "🌱") put back into its text layer. Qt 6.4 draws their glyphs but leaves
 * them out of each font's ToUnicode map (it only looks for characters below U+10000), so
 * copy, search and pdftotext drop them. For each glyph the maps lack, this finds which
 * character of @p text drew it (same font, same advance, same outline box) and appends
 * completed maps as an incremental update. Returns @p pdf unchanged when nothing is missing.
 * @p fonts are the faces the document draws with (regular, bold): their fallbacks are
 * the fonts Qt used for such characters.
 */
QByteArray withSupplementaryText(
    const QByteArray& pdf, const QString& text, const QList<QFont>& fonts);

/**
 * The same for a PDF in a file (or any random-access @p pdf device), read piece by piece:
 * returns the incremental update to append to it, empty when nothing is missing. Memory
 * stays the size of the pieces, not of the document.
 */
QByteArray supplementaryTextUpdate(QIODevice* pdf, const QString& text, const QList<QFont>& fonts);

} // namespace outloud::pdftextlayer
