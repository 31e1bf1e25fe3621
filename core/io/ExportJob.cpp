// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportJob.h"

#include "CsvExport.h"
#include "JsonArchive.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outloud::io", text);
}

// A read-only transaction: every table read as it was when the export began, while the
// window goes on writing through its own connection. SQLite's deferred BEGIN takes no
// lock (WAL readers do not stop writers); PostgreSQL needs REPEATABLE READ for one
// snapshot across statements.
bool beginReadSnapshot(Database& db, QString* error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(db.isServer() ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s
                              : u"BEGIN DEFERRED"_s))
        return fail(error, sqlErrorMessage(tr("start the export"), q.lastError()));
    // The first read takes the snapshot: now, not at whichever table comes first.
    return db.schemaVersion() > 0
        || fail(error, tr("Could not read the database version to start the export."));
}

// Ends the snapshot however the export ends; it wrote nothing.
struct EndSnapshot
{
    Database& db;
    ~EndSnapshot()
    {
        QSqlQuery q(db.connection());
        q.exec(u"ROLLBACK"_s);
    }
};
} // namespace

bool exportAside(const QString& location, ExportKind kind, qint64 memberId, const QString& path,
    ExportProgress* progress, bool* canceled, QString* error)
{
    *canceled = false;
    bool ok = false;
    {
        const std::unique_ptr<Database> db
            = Database::open(location, error, Database::OpenMode::MustExist);
        if (!db)
            return false;
        if (!beginReadSnapshot(*db, error))
            return false;
        const EndSnapshot end {*db};
        switch (kind) {
        case ExportKind::Everything:
            ok = json::writeExport(*db, path, error, progress);
            break;
        case ExportKind::People:
            ok = writePeopleCsv(*db, memberId, path, error, CsvCells::Defused, progress);
            break;
        case ExportKind::Contributions:
            ok = writeContributionsCsv(*db, memberId, path, error, CsvCells::Defused, progress);
            break;
        }
    }
    if (!ok && progress && progress->canceled.load()) {
        *canceled = true;
        return fail(error, tr("The export was canceled; no file was written."));
    }
    return ok;
}

} // namespace outloud::io
