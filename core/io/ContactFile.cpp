// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactFile.h"

#include "VCardReader.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace outloud::io {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("outloud::io", text, disambiguation, n);
}

QString formatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return tr("Detect");
    case ImportFormat::LinkedIn:
        return tr("LinkedIn connections (CSV)");
    case ImportFormat::Csv:
        return tr("CSV");
    case ImportFormat::VCard:
        return tr("vCard");
    case ImportFormat::Json:
        return tr("Outloud JSON export");
    }
    return {};
}

ImportFormat formatFromName(const QString& name, bool* ok)
{
    const QString key = name.trimmed().toLower();
    *ok = true;
    if (key == u"linkedin"_s)
        return ImportFormat::LinkedIn;
    if (key == u"csv"_s)
        return ImportFormat::Csv;
    if (key == u"vcard"_s || key == u"vcf"_s)
        return ImportFormat::VCard;
    if (key == u"json"_s)
        return ImportFormat::Json;
    *ok = key.isEmpty() || key == u"auto"_s;
    return ImportFormat::Auto;
}

ImportFormat detectFormat(const QString& fileName, const QByteArray& bytes)
{
    const DecodedText head = decodeText(bytes.left(64 * 1024));
    const QString text = head.text.trimmed();
    if (text.startsWith(u"BEGIN:VCARD"_s, Qt::CaseInsensitive))
        return ImportFormat::VCard;
    if (text.startsWith(u'{'))
        return ImportFormat::Json;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"vcf"_s || suffix == u"vcard"_s)
        return ImportFormat::VCard;
    if (suffix == u"json"_s)
        return ImportFormat::Json;
    if (head.ok()) {
        CsvOptions options;
        options.delimiter = u',';
        // The head may end inside a quoted field; cut it at the last line break.
        const qsizetype cut = head.text.lastIndexOf(u'\n');
        const CsvTable table = parseCsvText(cut > 0 ? head.text.left(cut) : head.text, options);
        if (table.ok() && findLinkedInHeader(table) >= 0)
            return ImportFormat::LinkedIn;
    }
    return ImportFormat::Csv;
}

ReadResult readContacts(const QByteArray& bytes, ImportFormat format, const CsvOptions& options,
    const CsvMapping* mapping)
{
    if (format == ImportFormat::Auto)
        format = detectFormat(QString(), bytes);
    switch (format) {
    case ImportFormat::LinkedIn:
        return readLinkedIn(bytes, options);
    case ImportFormat::VCard:
        return readVCards(bytes, options.encoding);
    case ImportFormat::Csv: {
        const CsvTable table = parseCsv(bytes, options);
        if (!table.ok()) {
            ReadResult r;
            r.error = table.error;
            r.errorLine = table.errorLine;
            return r;
        }
        const CsvMapping use = mapping ? *mapping : guessMapping(table.rows.value(0).fields);
        return readCsvContacts(table, use);
    }
    case ImportFormat::Json:
    case ImportFormat::Auto:
        break;
    }
    ReadResult r;
    r.error = tr("A JSON export is a whole database: restore it instead of importing it.");
    return r;
}

} // namespace outloud::io
