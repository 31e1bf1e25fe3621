// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Csv.h"
#include "ImportRecord.h"

namespace outloud::io {

/// Which person field a CSV column fills.
enum class CsvField {
    Ignore,
    Name,
    FirstName,
    LastName,
    Organization,
    Role,
    Relation,
    Email,
    Url,
    Channels,
    Tags,
    Notes,
    Closeness,
};

/// The fields in the order the mapping step offers them.
QList<CsvField> csvFields();
/// "First name", "E-mail", ... (translated).
QString csvFieldName(CsvField field);

/// One field a column; columns past the end are ignored.
struct CsvMapping
{
    bool hasHeader = true;
    QList<CsvField> columns;
    bool isUsable() const; ///< Maps a name, or a first or last name.
};

/// A mapping guessed from header names (English, the translated ones, LinkedIn's and
/// Outloud's own export headers).
CsvMapping guessMapping(const QStringList& headers);

/// People from a parsed table through @p mapping. Rows without a name are kept (the
/// plan skips them with a reason); a closeness that is not 0 to 5 is an error.
ReadResult readCsvContacts(const CsvTable& table, const CsvMapping& mapping);

/// One person (@p out) from one row through @p mapping; false with @p error (naming the
/// line) when its closeness is not 0 to 5.
bool csvRowRecord(const CsvRow& row, const CsvMapping& mapping, ImportRecord* out, QString* error);
/// "The file holds more than 200,000 people; ..."
QString tooManyPeopleMessage();

/// The index of the header row of LinkedIn's Connections.csv (it follows a few note
/// lines), or -1.
int findLinkedInHeader(const CsvTable& table);

/// LinkedIn's Connections.csv: note lines, then First Name, Last Name, URL, Email Address,
/// Company, Position, Connected On. Connections start at closeness 1 ("connected
/// somewhere") on the LinkedIn channel; the connection date goes into the notes.
ReadResult readLinkedIn(const QByteArray& bytes, const CsvOptions& options = {});
/// The mapping of LinkedIn's header row, and its "Connected On" column (-1 when missing).
CsvMapping linkedInMapping(const QStringList& headers, int* connectedOn);
/// What a LinkedIn connection gets beside its row: closeness 1, the LinkedIn channel, and
/// the date of the connection in the notes.
void finishLinkedIn(ImportRecord* record, const CsvRow& row, int connectedOn);
/// The error for a file without LinkedIn's header near the top.
QString notLinkedInMessage();

} // namespace outloud::io
