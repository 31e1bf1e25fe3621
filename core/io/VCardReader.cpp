// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VCardReader.h"

#include "Csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace outloud::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outloud::io", text);
}

struct LogicalLine
{
    int line = 0; ///< Where it starts.
    QString text;
};

struct Property
{
    QString name; ///< Upper case, group prefix removed.
    QList<std::pair<QString, QString>>
        params; ///< Upper-case keys; bare 2.1 params have key "TYPE".
    QString rawValue;
    bool quotedPrintable = false;
    bool base64 = false;
    QString charset;
};

bool isQuotedPrintableLine(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    const QStringView head = colon < 0 ? text : text.left(colon);
    return head.contains(u"QUOTED-PRINTABLE", Qt::CaseInsensitive);
}

// Splits at @p separator outside double quotes (parameter values may be quoted).
QStringList splitOutsideQuotes(QStringView text, QChar separator)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        if (c == separator && !quoted) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

bool parseProperty(const QString& text, Property* p)
{
    // The value starts at the first colon that is not inside a quoted parameter value.
    bool quoted = false;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'"')
            quoted = !quoted;
        else if (text.at(i) == u':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return false;
    const QStringList head = splitOutsideQuotes(QStringView(text).left(colon), u';');
    QString name = head.first().trimmed().toUpper();
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot >= 0)
        name = name.mid(dot + 1);
    if (name.isEmpty())
        return false;
    p->name = name;
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QString param = head.at(i).trimmed();
        const qsizetype eq = param.indexOf(u'=');
        QString key = eq < 0 ? u"TYPE"_s : param.left(eq).trimmed().toUpper();
        QString value = eq < 0 ? param : param.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        if (key == u"ENCODING"_s
            || (eq < 0
                && (value.compare(u"QUOTED-PRINTABLE"_s, Qt::CaseInsensitive) == 0
                    || value.compare(u"BASE64"_s, Qt::CaseInsensitive) == 0))) {
            const QString upper = value.toUpper();
            p->quotedPrintable = upper == u"QUOTED-PRINTABLE"_s;
            p->base64 = upper == u"BASE64"_s || upper == u"B"_s;
        } else if (key == u"CHARSET"_s) {
            p->charset = value;
        }
        p->params.append({key, value});
    }
    p->rawValue = text.mid(colon + 1);
    return true;
}

QString decodeCharset(const QByteArray& bytes, const QString& charset)
{
    if (charset.isEmpty() || charset.compare(u"UTF-8"_s, Qt::CaseInsensitive) == 0) {
        if (firstInvalidUtf8(bytes) < 0)
            return QString::fromUtf8(bytes);
        return QString::fromLatin1(bytes);
    }
    QStringDecoder decoder(charset.toLatin1().constData());
    if (decoder.isValid()) {
        QString s = decoder.decode(bytes);
        if (!decoder.hasError())
            return s;
    }
    // windows-1252 and friends, when Qt lacks them: Latin-1 is right for most letters.
    return QString::fromLatin1(bytes);
}

// The property's text after transfer decoding, still with vCard escapes.
QString decodedValue(const Property& p)
{
    if (p.quotedPrintable)
        return decodeCharset(decodeQuotedPrintable(p.rawValue), p.charset);
    if (p.base64)
        return decodeCharset(QByteArray::fromBase64(p.rawValue.toLatin1()), p.charset);
    return p.rawValue;
}

// Splits a structured value (N, ORG) at unescaped semicolons.
QStringList splitComponents(const QString& value)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            current.append(c);
            current.append(value.at(++i));
        } else if (c == u';') {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

QString unescape(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            out.append(next == u'n' || next == u'N' ? QChar(u'\n') : next);
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace

namespace detail {
struct CardState
{
    int number = 0;
    int line = 0;
    QString fn;
    QString family;
    QString given;
    QString additional;
    QString title;
    QString role;
    QStringList phones;
    Person person;
};
} // namespace detail

using detail::CardState;

namespace {

void finishCard(CardState& card, QList<ImportRecord>* records)
{
    Person& p = card.person;
    p.name = card.fn.trimmed();
    if (p.name.isEmpty())
        p.name = QStringList {card.given, card.additional, card.family}.join(u' ').simplified();
    p.role = card.title.isEmpty() ? card.role : card.title;
    if (!card.phones.isEmpty()) {
        const QString phones = tr("Phone: %1").arg(card.phones.join(u", "_s));
        p.notes = p.notes.isEmpty() ? phones : p.notes + u'\n' + phones;
    }
    ImportRecord record;
    record.line = card.number;
    record.origin = tr("card %1 (line %2)").arg(card.number).arg(card.line);
    record.person = p;
    records->append(record);
}

ReadResult failure(int line, const QString& message)
{
    ReadResult r;
    r.error = message;
    r.errorLine = line;
    return r;
}
} // namespace

QByteArray decodeQuotedPrintable(QStringView text)
{
    QByteArray out;
    out.reserve(text.size());
    auto hex = [](QChar c) -> int {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        if (u >= u'A' && u <= u'F')
            return u - u'A' + 10;
        if (u >= u'a' && u <= u'f')
            return u - u'a' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'=' && i + 2 < text.size()) {
            const int hi = hex(text[i + 1]);
            const int lo = hex(text[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out.append(char(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        if (c == u'=' && i + 1 >= text.size())
            break; // a soft line break at the very end
        if (c.unicode() < 0x80) {
            out.append(char(c.unicode()));
        } else {
            out.append(QString(c).toUtf8());
        }
    }
    return out;
}

ReadResult readVCards(const QByteArray& bytes, Encoding encoding)
{
    const DecodedText decoded = decodeText(bytes, encoding);
    if (!decoded.ok())
        return failure(decoded.errorLine, decoded.error);
    ReadResult r;
    VCardParser parser;
    if (!parser.feed(decoded.text, &r.records) || !parser.finish(&r.records)) {
        r.records.clear();
        r.error = parser.error();
        r.errorLine = parser.errorLine();
    }
    return r;
}

VCardParser::VCardParser() = default;
VCardParser::~VCardParser() = default;

bool VCardParser::fail(int line, const QString& message)
{
    m_error = message;
    m_errorLine = line;
    return false;
}

// Splits text into physical lines, then unfolds: a line starting with a space or tab
// continues the one before (RFC 6350 3.2); a quoted-printable value ending in "="
// continues on the next line (vCard 2.1). Blank lines carry nothing and are left out.
bool VCardParser::physicalLine(QStringView line, QList<ImportRecord>* records)
{
    ++m_number;
    if (line.endsWith(u'\r'))
        line.chop(1);
    if (line.trimmed().isEmpty())
        return true;
    const bool continues = m_hasPending && (line.front() == u' ' || line.front() == u'\t');
    const bool softBreak
        = m_hasPending && m_pending.endsWith(u'=') && isQuotedPrintableLine(m_pending);
    if (softBreak) {
        m_pending.chop(1);
        m_pending.append(line.trimmed());
    } else if (continues) {
        m_pending.append(line.mid(1));
    } else {
        if (m_hasPending && !logicalLine(m_pendingLine, m_pending, records))
            return false;
        m_hasPending = true;
        m_pendingLine = m_number;
        m_pending = line.toString();
    }
    return true;
}

bool VCardParser::feed(QStringView piece, QList<ImportRecord>* records)
{
    if (!m_error.isEmpty())
        return false;
    qsizetype start = 0;
    while (true) {
        const qsizetype end = piece.indexOf(u'\n', start);
        if (end < 0)
            break;
        bool ok = true;
        if (m_partial.isEmpty()) {
            ok = physicalLine(piece.mid(start, end - start), records);
        } else {
            m_partial.append(piece.mid(start, end - start));
            const QString line = std::exchange(m_partial, QString());
            ok = physicalLine(line, records);
        }
        if (!ok)
            return false;
        start = end + 1;
    }
    m_partial.append(piece.mid(start));
    return true;
}

bool VCardParser::finish(QList<ImportRecord>* records)
{
    if (!m_error.isEmpty())
        return false;
    const QString line = std::exchange(m_partial, QString());
    if (!physicalLine(line, records))
        return false;
    if (m_hasPending) {
        m_hasPending = false;
        if (!logicalLine(m_pendingLine, m_pending, records))
            return false;
    }
    if (m_card) {
        return fail(m_card->line,
            tr("Card %1 (line %2) has no END:VCARD: the file ends inside it (is it cut short?).")
                .arg(m_card->number)
                .arg(m_card->line));
    }
    if (m_cards == 0)
        return fail(1, tr("The file holds no vCard (no BEGIN:VCARD line)."));
    return true;
}

bool VCardParser::logicalLine(int lineNumber, const QString& text, QList<ImportRecord>* records)
{
    const LogicalLine l {lineNumber, text};
    const QString trimmed = l.text.trimmed();
    if (trimmed.isEmpty())
        return true;
    const bool begins = trimmed.compare(u"BEGIN:VCARD"_s, Qt::CaseInsensitive) == 0;
    const bool ends = trimmed.compare(u"END:VCARD"_s, Qt::CaseInsensitive) == 0;
    if (!m_card) {
        if (!begins) {
            return fail(l.line,
                tr("Line %1: expected BEGIN:VCARD, found “%2”: this is not a vCard file, or a "
                   "card before it is broken.")
                    .arg(l.line)
                    .arg(trimmed.left(40)));
        }
        if (m_cards >= MaxImportRecords) {
            return fail(l.line,
                tr("The file holds more than %L1 cards; Outloud imports at most %L1 at a time.")
                    .arg(MaxImportRecords));
        }
        m_card = std::make_unique<CardState>();
        m_card->number = ++m_cards;
        m_card->line = l.line;
        return true;
    }
    if (begins) {
        return fail(m_card->line,
            tr("Card %1 (line %2) has no END:VCARD: another card begins on line %3.")
                .arg(m_card->number)
                .arg(m_card->line)
                .arg(l.line));
    }
    if (ends) {
        finishCard(*m_card, records);
        m_card.reset();
        return true;
    }
    Property p;
    if (!parseProperty(l.text, &p)) {
        return fail(l.line,
            tr("Line %1 (card %2) is not a vCard property: “%3”.")
                .arg(l.line)
                .arg(m_card->number)
                .arg(trimmed.left(40)));
    }
    static const QStringList used = {u"FN"_s, u"N"_s, u"ORG"_s, u"TITLE"_s, u"ROLE"_s, u"EMAIL"_s,
        u"URL"_s, u"NOTE"_s, u"TEL"_s};
    if (!used.contains(p.name))
        return true; // PHOTO, ADR, X-...: not for a relationship list
    if (p.rawValue.size() > csvlimits::MaxFieldChars) {
        return fail(l.line,
            tr("Line %1 (card %2): %3 is longer than %4 characters; Outloud does not read "
               "values that long.")
                .arg(l.line)
                .arg(m_card->number)
                .arg(p.name)
                .arg(csvlimits::MaxFieldChars));
    }
    const QString value = decodedValue(p);
    Person& person = m_card->person;
    if (p.name == u"FN"_s) {
        m_card->fn = unescape(value);
    } else if (p.name == u"N"_s) {
        const QStringList parts = splitComponents(value);
        m_card->family = unescape(parts.value(0)).trimmed();
        m_card->given = unescape(parts.value(1)).trimmed();
        m_card->additional = unescape(parts.value(2)).trimmed();
    } else if (p.name == u"ORG"_s) {
        if (person.organization.isEmpty())
            person.organization = unescape(splitComponents(value).value(0)).trimmed();
    } else if (p.name == u"TITLE"_s) {
        if (m_card->title.isEmpty())
            m_card->title = unescape(value).trimmed();
    } else if (p.name == u"ROLE"_s) {
        if (m_card->role.isEmpty())
            m_card->role = unescape(value).trimmed();
    } else if (p.name == u"EMAIL"_s) {
        if (person.email.isEmpty())
            person.email = unescape(value).trimmed();
    } else if (p.name == u"URL"_s) {
        if (person.url.isEmpty())
            person.url = unescape(value).trimmed();
    } else if (p.name == u"NOTE"_s) {
        const QString note = unescape(value);
        person.notes = person.notes.isEmpty() ? note : person.notes + u'\n' + note;
    } else if (p.name == u"TEL"_s) {
        QString tel = unescape(value).trimmed();
        if (tel.startsWith(u"tel:"_s, Qt::CaseInsensitive))
            tel = tel.mid(4);
        if (!tel.isEmpty())
            m_card->phones.append(tel);
    }
    return true;
}

} // namespace outloud::io
