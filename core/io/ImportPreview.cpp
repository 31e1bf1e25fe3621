// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreview.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace outloud::io {

namespace {
// Records compared with the preview at a time during the import.
constexpr qint64 CheckRows = 500;
// Rows kept before they go into the scratch file through one prepared statement.
constexpr qsizetype FlushRows = 250;

int g_nextPreview = 1;

bool exec(const QSqlDatabase& store, const QString& sql, QString* error)
{
    QSqlQuery q(store);
    if (q.exec(sql))
        return true;
    return fail(error, sqlErrorMessage(ImportPreview::tr("prepare the preview"), q.lastError()));
}
} // namespace

// Closes a worker thread's connection to the scratch file when plan() or import() returns,
// after the queries on it: declared before them.
class StoreRelease
{
public:
    explicit StoreRelease(const ImportPreview& preview)
        : m_preview(preview)
    { }
    ~StoreRelease() { m_preview.releaseStore(); }
    StoreRelease(const StoreRelease&) = delete;
    StoreRelease& operator=(const StoreRelease&) = delete;

private:
    const ImportPreview& m_preview;
};

ImportPreview::ImportPreview(Database& db)
    : m_db(db)
    , m_name(u"outloud_import_preview_%1"_s.arg(g_nextPreview++))
    , m_owner(QThread::currentThread())
{ }

ImportPreview::~ImportPreview()
{
    const QString name = storeName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QString ImportPreview::storeName() const
{
    return m_name + u'_' + QString::number(quintptr(QThread::currentThread()), 16);
}

QSqlDatabase ImportPreview::store(QString* error) const
{
    const QString name = storeName();
    QSqlDatabase c = QSqlDatabase::database(name, false);
    if (c.isValid() && c.isOpen())
        return c;
    if (!m_dir.isValid()) {
        fail(error, tr("Could not make a folder for the preview: %1").arg(m_dir.errorString()));
        return {};
    }
    if (!c.isValid())
        c = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    c.setDatabaseName(m_dir.filePath(u"preview.sqlite"_s));
    if (!c.open()) {
        fail(error, sqlErrorMessage(tr("prepare the preview"), c.lastError()));
        return {};
    }
    // A scratch copy: nothing to keep after a crash, so no waiting for the disk.
    QSqlQuery q(c);
    q.exec(u"PRAGMA synchronous = OFF"_s);
    q.exec(u"PRAGMA journal_mode = MEMORY"_s);
    return c;
}

void ImportPreview::releaseStore() const
{
    if (QThread::currentThread() == m_owner)
        return;
    const QString name = storeName();
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

void ImportPreview::clear()
{
    const StoreRelease release(*this);
    empty();
}

void ImportPreview::empty()
{
    const QSqlDatabase c = store();
    if (c.isOpen())
        exec(c, u"DROP TABLE IF EXISTS preview"_s, nullptr);
    m_rows = 0;
    m_pending.clear();
    m_path.clear();
}

bool ImportPreview::plan(qint64 memberId, const QString& path, StreamedImport how,
    ImportOutcome* counts, QString* error, bool* fileError, bool* cancelled)
{
    return plan(m_db, memberId, path, std::move(how), counts, error, fileError, cancelled);
}

bool ImportPreview::import(
    ImportOutcome* outcome, QString* error, bool* cancelled, const ImportProgress& progress)
{
    return import(m_db, outcome, error, cancelled, progress);
}

bool ImportPreview::plan(Database& db, qint64 memberId, const QString& path, StreamedImport how,
    ImportOutcome* counts, QString* error, bool* fileError, bool* cancelled)
{
    if (fileError)
        *fileError = false;
    if (cancelled)
        *cancelled = false;
    const StoreRelease release(*this);
    empty();
    const QFileInfo file(path);
    m_fileSize = file.size();
    m_fileModified = file.lastModified();
    const QSqlDatabase c = store(error);
    if (!c.isOpen())
        return false;
    // One transaction on the scratch file for the whole plan: rows are not synced one by one.
    if (!exec(c,
            u"CREATE TABLE preview (seq INTEGER PRIMARY KEY, action INTEGER NOT NULL, "
            u"existing_id INTEGER, origin TEXT, name TEXT, organization TEXT, email TEXT, "
            u"reason TEXT)"_s,
            error)
        || !exec(c, u"BEGIN"_s, error))
        return false;
    how.dryRun = true;
    how.keepUndo = false;
    const auto each = how.each;
    how.each = [&](const PlannedImport& item, QString* e) {
        return add(item, e) && (!each || each(item, e));
    };
    ImportService service(db);
    service.setStreamSizes(m_pieceBytes, m_chunkRecords);
    if (!service.importStream(memberId, path, how, counts, error, fileError, cancelled)
        || !flush(error) || !exec(c, u"COMMIT"_s, error)) {
        exec(c, u"ROLLBACK"_s, nullptr);
        empty();
        return false;
    }
    how.each = {};
    how.opened = {};
    how.progress = {};
    how.writing = {};
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
    return m_pending.size() < FlushRows || flush(error);
}

bool ImportPreview::flush(QString* error)
{
    if (m_pending.isEmpty())
        return true;
    // One row a statement: Qt's SQLite driver binds in time quadratic in a statement's
    // parameters.
    QSqlQuery q(store());
    if (!q.prepare(u"INSERT INTO preview (seq, action, existing_id, origin, name, "
                   u"organization, email, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s))
        return fail(error, sqlErrorMessage(tr("prepare the preview"), q.lastError()));
    for (const Row& r : std::as_const(m_pending)) {
        int v = 0;
        for (const QVariant& value : QVariantList {m_rows++, int(r.action), idOrNull(r.existingId),
                 r.origin, r.name, r.organization, r.email, r.reason})
            q.bindValue(v++, bindable(value));
        if (!q.exec())
            return fail(error, sqlErrorMessage(tr("prepare the preview"), q.lastError()));
    }
    m_pending.clear();
    return true;
}

QList<ImportPreview::Row> ImportPreview::rows(qint64 from, qint64 count) const
{
    QList<Row> out;
    const QSqlDatabase c = store();
    if (!c.isOpen())
        return out;
    QSqlQuery q(c);
    q.setForwardOnly(true);
    if (!execPrepared(q,
            u"SELECT action, existing_id, origin, name, organization, email, reason FROM "
            u"preview WHERE seq >= ? AND seq < ? ORDER BY seq"_s,
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

bool ImportPreview::import(Database& db, ImportOutcome* outcome, QString* error, bool* cancelled,
    const ImportProgress& progress, const ImportProgress& writing)
{
    if (cancelled)
        *cancelled = false;
    const StoreRelease release(*this);
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
    how.writing = writing;
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
    ImportService service(db);
    service.setStreamSizes(m_pieceBytes, m_chunkRecords);
    ImportOutcome done;
    if (!service.importStream(m_memberId, m_path, how, &done, error, nullptr, cancelled))
        return false;
    if (outcome)
        *outcome = std::move(done);
    return true;
}

} // namespace outloud::io
