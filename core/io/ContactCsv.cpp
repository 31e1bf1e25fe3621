// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactCsv.h"

#include "people/Closeness.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace outloud::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outloud::io", text);
}

QString normalized(const QString& header)
{
    QString s = header.trimmed().toCaseFolded();
    s.remove(u' ');
    s.remove(u'-');
    s.remove(u'_');
    s.remove(u'.');
    return s;
}

struct Alias
{
    CsvField field;
    const char* names; // normalized, separated by '|'
};

// Header names that are known to mean a field: common exports (LinkedIn, Outlook,
// Google Contacts, Outloud's own) and plain English.
const Alias Aliases[] = {
    {CsvField::Name, "name|fullname|displayname|person|contact"},
    {CsvField::FirstName, "firstname|givenname|forename|vorname"},
    {CsvField::LastName, "lastname|surname|familyname|nachname"},
    {CsvField::Organization, "organization|organisation|company|companyname|employer|org|firma"},
    {CsvField::Role, "role|position|title|jobtitle|job"},
    {CsvField::Relation, "relation|relationtogoal|howtheyrelate"},
    {CsvField::Email, "email|emailaddress|mail|email1value|primaryemail|e-mail"},
    {CsvField::Url, "url|website|webpage|homepage|profile|linkedin"},
    {CsvField::Channels, "channels|channel"},
    {CsvField::Tags, "tags|labels|groups|groupmembership"},
    {CsvField::Notes, "notes|note|comments|comment"},
    {CsvField::Closeness, "closeness|level"},
};

QString joinName(const QString& first, const QString& last)
{
    return (first.trimmed() + u' ' + last.trimmed()).trimmed();
}
} // namespace

QList<CsvField> csvFields()
{
    return {CsvField::Ignore, CsvField::Name, CsvField::FirstName, CsvField::LastName,
        CsvField::Organization, CsvField::Role, CsvField::Relation, CsvField::Email, CsvField::Url,
        CsvField::Channels, CsvField::Tags, CsvField::Notes, CsvField::Closeness};
}

QString csvFieldName(CsvField field)
{
    switch (field) {
    case CsvField::Ignore:
        return tr("(ignore)");
    case CsvField::Name:
        return tr("Name");
    case CsvField::FirstName:
        return tr("First name");
    case CsvField::LastName:
        return tr("Last name");
    case CsvField::Organization:
        return tr("Organization");
    case CsvField::Role:
        return tr("Role");
    case CsvField::Relation:
        return tr("Relation to the goal");
    case CsvField::Email:
        return tr("E-mail");
    case CsvField::Url:
        return tr("URL");
    case CsvField::Channels:
        return tr("Channels");
    case CsvField::Tags:
        return tr("Tags");
    case CsvField::Notes:
        return tr("Notes");
    case CsvField::Closeness:
        return tr("Closeness");
    }
    return {};
}

bool CsvMapping::isUsable() const
{
    return columns.contains(CsvField::Name) || columns.contains(CsvField::FirstName)
        || columns.contains(CsvField::LastName);
}

CsvMapping guessMapping(const QStringList& headers)
{
    CsvMapping mapping;
    for (const QString& header : headers) {
        const QString key = normalized(header);
        CsvField found = CsvField::Ignore;
        for (const Alias& alias : Aliases) {
            const QStringList names = QString::fromLatin1(alias.names).split(u'|');
            if (names.contains(key) || key == normalized(csvFieldName(alias.field))) {
                found = alias.field;
                break;
            }
        }
        // Each field once: the first matching column wins.
        if (found != CsvField::Ignore && mapping.columns.contains(found))
            found = CsvField::Ignore;
        mapping.columns.append(found);
    }
    return mapping;
}

ReadResult readCsvContacts(const CsvTable& table, const CsvMapping& mapping)
{
    ReadResult r;
    if (!table.ok()) {
        r.error = table.error;
        r.errorLine = table.errorLine;
        return r;
    }
    if (!mapping.isUsable()) {
        r.error = tr("No column is mapped to a name (or a first or last name).");
        return r;
    }
    for (qsizetype i = mapping.hasHeader ? 1 : 0; i < table.rows.size(); ++i) {
        if (r.records.size() >= MaxImportRecords) {
            r.records.clear();
            r.error = tooManyPeopleMessage();
            r.errorLine = table.rows.at(i).line;
            return r;
        }
        ImportRecord record;
        if (!csvRowRecord(table.rows.at(i), mapping, &record, &r.error)) {
            r.records.clear();
            r.errorLine = table.rows.at(i).line;
            return r;
        }
        r.records.append(record);
    }
    return r;
}

QString tooManyPeopleMessage()
{
    return tr("The file holds more than %L1 people; Outloud imports at most %L1 at a time.")
        .arg(MaxImportRecords);
}

bool csvRowRecord(const CsvRow& row, const CsvMapping& mapping, ImportRecord* out, QString* error)
{
    ImportRecord record;
    record.line = row.line;
    record.origin = tr("line %1").arg(row.line);
    QString first;
    QString last;
    Person& p = record.person;
    for (qsizetype c = 0; c < mapping.columns.size() && c < row.fields.size(); ++c) {
        const QString value = row.fields.at(c).trimmed();
        switch (mapping.columns.at(c)) {
        case CsvField::Ignore:
            break;
        case CsvField::Name:
            p.name = value;
            break;
        case CsvField::FirstName:
            first = value;
            break;
        case CsvField::LastName:
            last = value;
            break;
        case CsvField::Organization:
            p.organization = value;
            break;
        case CsvField::Role:
            p.role = value;
            break;
        case CsvField::Relation:
            p.relation = value;
            break;
        case CsvField::Email:
            p.email = value;
            break;
        case CsvField::Url:
            p.url = value;
            break;
        case CsvField::Channels:
            p.channels = value;
            break;
        case CsvField::Tags:
            p.tags = value;
            break;
        case CsvField::Notes:
            p.notes = row.fields.at(c); // as written: notes may start with spaces on purpose
            break;
        case CsvField::Closeness: {
            if (value.isEmpty())
                break;
            bool ok = false;
            // "3 · we have exchanged ..." as Outloud exports it, or a bare number.
            const int level = value.section(u' ', 0, 0).toInt(&ok);
            if (!ok || level < closeness::Min || level > closeness::Max) {
                *error = tr("Line %1: closeness “%2” is not a number from 0 to 5.")
                             .arg(row.line)
                             .arg(value.left(40));
                return false;
            }
            p.closeness = level;
            break;
        }
        }
    }
    if (p.name.isEmpty())
        p.name = joinName(first, last);
    *out = record;
    return true;
}

int findLinkedInHeader(const CsvTable& table)
{
    // The notes before the header are a few lines; look no further than that.
    for (qsizetype i = 0; i < table.rows.size() && i < 20; ++i) {
        QStringList keys;
        for (const QString& f : table.rows.at(i).fields)
            keys.append(normalized(f));
        if (keys.contains(u"firstname"_s) && keys.contains(u"lastname"_s))
            return int(i);
    }
    return -1;
}

ReadResult readLinkedIn(const QByteArray& bytes, const CsvOptions& options)
{
    ReadResult r;
    CsvOptions use = options;
    if (use.delimiter.isNull())
        use.delimiter = u','; // LinkedIn writes commas; the notes would mislead detection
    CsvTable table = parseCsv(bytes, use);
    if (!table.ok()) {
        r.error = table.error;
        r.errorLine = table.errorLine;
        return r;
    }
    const int header = findLinkedInHeader(table);
    if (header < 0) {
        r.error = notLinkedInMessage();
        return r;
    }
    int connectedOn = -1;
    const CsvMapping mapping = linkedInMapping(table.rows.at(header).fields, &connectedOn);
    table.rows.remove(0, header);
    r = readCsvContacts(table, mapping);
    if (!r.ok())
        return r;
    // Rows after the header keep their index shift: row k of records is table row k + 1.
    for (qsizetype i = 0; i < r.records.size(); ++i)
        finishLinkedIn(&r.records[i], table.rows.at(i + 1), connectedOn);
    return r;
}

QString notLinkedInMessage()
{
    return tr("This is not LinkedIn's Connections.csv: no line with the columns “First "
              "Name” and “Last Name” "
              "near the top. Import it as CSV instead.");
}

CsvMapping linkedInMapping(const QStringList& headers, int* connectedOn)
{
    auto column = [&headers](const QString& key) {
        for (qsizetype i = 0; i < headers.size(); ++i) {
            if (normalized(headers.at(i)) == key)
                return int(i);
        }
        return -1;
    };
    *connectedOn = column(u"connectedon"_s);
    CsvMapping mapping;
    mapping.hasHeader = true;
    mapping.columns = QList<CsvField>(headers.size(), CsvField::Ignore);
    const std::pair<const char16_t*, CsvField> known[]
        = {{u"firstname", CsvField::FirstName}, {u"lastname", CsvField::LastName},
            {u"url", CsvField::Url}, {u"emailaddress", CsvField::Email},
            {u"company", CsvField::Organization}, {u"position", CsvField::Role}};
    for (const auto& [key, field] : known) {
        const int c = column(QString::fromUtf16(key));
        if (c >= 0)
            mapping.columns[c] = field;
    }
    return mapping;
}

void finishLinkedIn(ImportRecord* record, const CsvRow& row, int connectedOn)
{
    Person& p = record->person;
    p.closeness = 1;
    p.channels = u"LinkedIn"_s;
    const QStringList& fields = row.fields;
    if (connectedOn >= 0 && connectedOn < fields.size()
        && !fields.at(connectedOn).trimmed().isEmpty()) {
        const QString raw = fields.at(connectedOn).trimmed();
        const QDate date = QLocale::c().toDate(raw, u"dd MMM yyyy"_s);
        p.notes = tr("Connected on LinkedIn since %1.")
                      .arg(date.isValid() ? date.toString(Qt::ISODate) : raw);
    }
}

} // namespace outloud::io
