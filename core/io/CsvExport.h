// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace outloud {
class Database;
}

namespace outloud::io {

struct ExportProgress;

/// How cells that a spreadsheet would run as a formula are written.
enum class CsvCells {
    /// A cell starting with = + - @ tab or carriage return gets a leading ' (OWASP's rule
    /// against CSV injection): names come from other people, through LinkedIn or vCards.
    Defused,
    /// Every cell exactly as stored, for programs that read CSV as data.
    Exact,
};

/// @p text as a cell that a spreadsheet shows rather than evaluates.
QString defusedCell(const QString& text);

/// Relationship lists as RFC 4180 CSV in UTF-8 (CRLF, quoted where needed), one row a
/// person; @p memberId -1 exports every list, with whose list it is in the first column.
/// The headers are ones that guessMapping() recognizes, so the file imports back.
bool exportPeopleCsv(Database& db, qint64 memberId, QByteArray* csv, QString* error,
    CsvCells cells = CsvCells::Defused);
/// Contributions, oldest first, with the person, kind and channel by name.
bool exportContributionsCsv(Database& db, qint64 memberId, QByteArray* csv, QString* error,
    CsvCells cells = CsvCells::Defused);

/// The same, written atomically to @p path with mode 0600; with @p progress, counting the
/// rows and stopping with no file when it is canceled.
bool writePeopleCsv(Database& db, qint64 memberId, const QString& path, QString* error,
    CsvCells cells = CsvCells::Defused, ExportProgress* progress = nullptr);
bool writeContributionsCsv(Database& db, qint64 memberId, const QString& path, QString* error,
    CsvCells cells = CsvCells::Defused, ExportProgress* progress = nullptr);

} // namespace outloud::io
