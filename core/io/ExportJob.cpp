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

// A free function, so that lupdate files its messages under outloud::io, where tr() above
// looks them up (in a member of ReadSnapshot it would file them under the class).
bool beginReadSnapshot(Database& db, QString* error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(db.isServer() ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s
                              : u"BEGIN DEFERRED"_s))
        return fail(error, sqlErrorMessage(tr("start the export"), q.lastError()));
    return true;
}

bool readVersion(Database& db, QString* error)
{
    // The first read takes the snapshot: now, not at whichever table comes first.
    return db.schemaVersion() > 0
        || fail(error, tr("Could not read the database version to start the export."));
}
} // namespace

bool ReadSnapshot::begin(QString* error)
{
    m_begun = beginReadSnapshot(m_db, error);
    return m_begun && readVersion(m_db, error);
}

ReadSnapshot::~ReadSnapshot()
{
    // However the export ends: it wrote nothing.
    if (m_begun) {
        QSqlQuery q(m_db.connection());
        q.exec(u"ROLLBACK"_s);
    }
}

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
        ReadSnapshot snapshot(*db);
        if (!snapshot.begin(error))
            return false;
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
