// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportRecord.h"
#include "TextDecoder.h"

#include <QCoreApplication>
#include <memory>

namespace outloud::io {

/**
 * Reads vCard 2.1, 3.0 and 4.0: one or many cards, folded lines, quoted-printable values
 * with their CHARSET (including 2.1's soft line breaks), escaped commas, semicolons and
 * line breaks. FN (or N) gives the name, ORG the organization, TITLE (or ROLE) the role,
 * the first EMAIL and URL, NOTE and telephone numbers the notes. Photos and other
 * properties are passed over. A card without END:VCARD is an error naming the card.
 */
ReadResult readVCards(const QByteArray& bytes, Encoding encoding = Encoding::Auto);

namespace detail {
struct CardState;
}

/// readVCards() a piece of text at a time: feed() each piece in order, finish() at the end.
/// The records of the cards that end are appended to @p records as they end; both return
/// false on the first error, which error() gives with its line, as readVCards() would.
class VCardParser
{
    Q_DECLARE_TR_FUNCTIONS(outloud::io)

public:
    VCardParser();
    ~VCardParser();
    VCardParser(const VCardParser&) = delete;
    VCardParser& operator=(const VCardParser&) = delete;

    bool feed(QStringView piece, QList<ImportRecord>* records);
    bool finish(QList<ImportRecord>* records);
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    bool physicalLine(QStringView line, QList<ImportRecord>* records);
    bool logicalLine(int lineNumber, const QString& text, QList<ImportRecord>* records);
    bool fail(int line, const QString& message);

    QString m_partial; ///< The start of a line the next piece ends.
    int m_number = 0; ///< Physical lines so far.
    bool m_hasPending = false;
    int m_pendingLine = 0;
    QString m_pending; ///< The logical line that later lines may still continue.
    std::unique_ptr<detail::CardState> m_card;
    int m_cards = 0;
    QString m_error;
    int m_errorLine = 0;
};

/// Decodes quoted-printable (with "=" soft line breaks) into bytes.
QByteArray decodeQuotedPrintable(QStringView text);

} // namespace outloud::io
