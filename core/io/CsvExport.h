// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace outloud {
class Database;
}

namespace outloud::io {

/// Relationship lists as RFC 4180 CSV in UTF-8 (CRLF, quoted where needed), one row a
/// person; @p memberId -1 exports every list, with whose list it is in the first column.
/// The headers are ones that guessMapping() recognizes, so the file imports back.
bool exportPeopleCsv(Database& db, qint64 memberId, QByteArray* csv, QString* error);
/// Contributions, oldest first, with the person, kind and channel by name.
bool exportContributionsCsv(Database& db, qint64 memberId, QByteArray* csv, QString* error);

/// The same, written atomically to @p path with mode 0600.
bool writePeopleCsv(Database& db, qint64 memberId, const QString& path, QString* error);
bool writeContributionsCsv(Database& db, qint64 memberId, const QString& path, QString* error);

} // namespace outloud::io
