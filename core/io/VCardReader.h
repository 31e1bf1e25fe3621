// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportRecord.h"
#include "TextDecoder.h"

namespace outloud::io {

/**
 * Reads vCard 2.1, 3.0 and 4.0: one or many cards, folded lines, quoted-printable values
 * with their CHARSET (including 2.1's soft line breaks), escaped commas, semicolons and
 * line breaks. FN (or N) gives the name, ORG the organization, TITLE (or ROLE) the role,
 * the first EMAIL and URL, NOTE and telephone numbers the notes. Photos and other
 * properties are passed over. A card without END:VCARD is an error naming the card.
 */
ReadResult readVCards(const QByteArray& bytes, Encoding encoding = Encoding::Auto);

/// Decodes quoted-printable (with "=" soft line breaks) into bytes.
QByteArray decodeQuotedPrintable(QStringView text);

} // namespace outloud::io
