// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreview.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud::io {

namespace {
// Rows per INSERT: one on SQLite (no round trips, and Qt's driver binds in time quadratic in
// a statement's parameters), many on a server (a round trip a statement).
qsizetype batchRows(const Database& db)
{
    return db.isServer() ? 200 : 1;
}

// Records compared with the preview at a time during the import.
constexpr qint64 CheckRows = 500;

int g_nextTable = 1;

void dropTable(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    q.exec(u"DROP TABLE IF EXISTS %1"_s.arg(table));
}
} // namespace

ImportPreview::ImportPreview(Database& db)
    : m_db(db)
    , m_table(u"import_preview_%1"_s.arg(g_nextTable++))
{ }

ImportPreview::~ImportPreview()
{
    dropTable(m_db, m_table);
}

void ImportPreview::clear()
{
    dropTable(m_db, m_table);
    m_rows = 0;
    m_pending.clear();
    m_path.clear();
}

bool ImportPreview::plan(qint64 memberId, const QString& path, StreamedImport how,
    ImportOutcome* counts, QString* error, bool* fileError, bool* cancelled)
{
    clear();
    const QFileInfo file(path);
    m_fileSize = file.size();
    m_fileModified = file.lastModified();
    QSqlQuery q(m_db.connection());
    const QString id = m_db.isServer() ? u"BIGINT"_s : u"INTEGER"_s;
    if (!q.exec(u"CREATE TEMP TABLE %1 (seq %2 PRIMARY KEY, action INTEGER NOT NULL, "
                u"existing_id %2, origin TEXT, name TEXT, organization TEXT, email TEXT, "
                u"reason TEXT)"_s.arg(m_table, id)))
        return fail(error, sqlErrorMessage(tr("prepare the preview"), q.lastError()));
    how.dryRun = true;
    how.keepUndo = false;
    const auto each = how.each;
    how.each = [&](const PlannedImport& item, QString* e) {
        return add(item, e) && (!each || each(item, e));
    };
    ImportService service(m_db);
    service.setStreamSizes(m_pieceBytes, m_chunkRecords);
    if (!service.importStream(memberId, path, how, counts, error, fileError, cancelled)
        || !flush(error)) {
        clear();
        return false;
    }
    how.each = {};
    how.opened = {};
    how.progress = {};
    m_how = how;
    m_memberId = memberId;
    m_path = path;
    return true;
}

bool ImportPreview::add(const PlannedImport& item, QString* error)
{
    // What the list will hold for adds and merges; what the file said for skips.
    const Person& p = item.action == ImportAction::Skip ? item.record.person : item.result;
    Row row;
    row.action = item.action;
    row.existingId = item.existingId;
    row.origin = item.record.origin;
    row.name = p.name.isEmpty() ? item.record.person.name : p.name;
    row.organization = p.organization;
    row.email = p.email;
    row.reason = item.reason;
    m_pending.append(row);
    return m_pending.size() < batchRows(m_db) || flush(error);
}

bool ImportPreview::flush(QString* error)
{
    if (m_pending.isEmpty())
        return true;
    QStringList marks;
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        marks.append(u"(?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"INSERT INTO %1 (seq, action, existing_id, origin, name, "
                   u"organization, email, reason) VALUES "_s.arg(m_table)
            + marks.join(u", "_s)))
        return fail(error, sqlErrorMessage(tr("prepare the preview"), q.lastError()));
    int v = 0;
    for (const Row& r : std::as_const(m_pending)) {
        for (const QVariant& value : QVariantList {m_rows++, int(r.action), idOrNull(r.existingId),
                 r.origin, r.name, r.organization, r.email, r.reason})
            q.bindValue(v++, bindable(value));
    }
    m_pending.clear();
    if (!q.exec())
        return fail(error, sqlErrorMessage(tr("prepare the preview"), q.lastError()));
    return true;
}

QList<ImportPreview::Row> ImportPreview::rows(qint64 from, qint64 count) const
{
    QList<Row> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!execPrepared(q,
            u"SELECT action, existing_id, origin, name, organization, email, reason FROM "
            u"%1 WHERE seq >= ? AND seq < ? ORDER BY seq"_s.arg(m_table),
            {from, from + count}, QString(), nullptr))
        return out;
    while (q.next()) {
        Row r;
        r.action = ImportAction(q.value(0).toInt());
        r.existingId = q.value(1).isNull() ? -1 : q.value(1).toLongLong();
        r.origin = q.value(2).toString();
        r.name = q.value(3).toString();
        r.organization = q.value(4).toString();
        r.email = q.value(5).toString();
        r.reason = q.value(6).toString();
        out.append(r);
    }
    return out;
}

bool ImportPreview::import(
    ImportOutcome* outcome, QString* error, bool* cancelled, const ImportProgress& progress)
{
    if (cancelled)
        *cancelled = false;
    const QFileInfo file(m_path);
    if (m_path.isEmpty() || !file.exists() || file.size() != m_fileSize
        || file.lastModified() != m_fileModified)
        return fail(error,
            tr("The file changed since the preview was made: nothing was imported. Look at the "
               "new preview, then import again."));
    StreamedImport how = m_how;
    how.dryRun = false;
    how.keepUndo = true;
    how.progress = progress;
    qint64 seq = 0;
    qint64 blockFrom = -1;
    QList<Row> block;
    how.each = [&](const PlannedImport& item, QString* e) {
        if (blockFrom < 0 || seq >= blockFrom + CheckRows) {
            blockFrom = seq;
            block = rows(seq, CheckRows);
        }
        const qint64 at = seq++ - blockFrom;
        if (at < block.size() && block.at(at).action == item.action
            && block.at(at).existingId == item.existingId)
            return true;
        return fail(e,
            tr("The list changed since the preview was made (%1 would not be imported as "
               "shown): nothing was imported. Look at the new preview, then import again.")
                .arg(item.record.origin));
    };
    ImportService service(m_db);
    service.setStreamSizes(m_pieceBytes, m_chunkRecords);
    ImportOutcome done;
    if (!service.importStream(m_memberId, m_path, how, &done, error, nullptr, cancelled))
        return false;
    if (outcome)
        *outcome = std::move(done);
    return true;
}

} // namespace outloud::io
