// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ImportService::importFile: a contact file imported as it streams (ContactStream), with
// memory that does not grow with the file. The plan is ImportService::plan()'s, decided
// chunk by chunk: the people a chunk may match are looked up by the indexes on e-mail and
// name, and the keys of earlier lines wait in a temporary table (import_seen). The people
// to add or merge wait in a second one (import_plan) until the whole file has been read
// without an error, and are then written in the same transaction.
#include "ContactStream.h"
#include "ImportService.h"
#include "ImportWriter.h"
#include "people/PeopleService.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud::io {

namespace {
using namespace detail;

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

const QString PersonColumns
    = u"id, name, organization, role, relation, email, url, channels, tags, notes, closeness"_s;

Person personFrom(const QSqlQuery& q, qint64 memberId)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.memberId = memberId;
    p.name = q.value(1).toString();
    p.organization = q.value(2).toString();
    p.role = q.value(3).toString();
    p.relation = q.value(4).toString();
    p.email = q.value(5).toString();
    p.url = q.value(6).toString();
    p.channels = q.value(7).toString();
    p.tags = q.value(8).toString();
    p.notes = q.value(9).toString();
    p.closeness = q.value(10).toInt();
    return p;
}

bool exec(QSqlQuery& q, const QString& sql, QString* error)
{
    if (q.exec(sql))
        return true;
    return fail(error, sqlErrorMessage(ImportService::tr("prepare the import"), q.lastError()));
}

// One run through the file: plans every record; unless it is a dry run, keeps the adds and
// merges in import_plan for write() after the whole file was read.
class Planner
{
    // plan()'s words, in plan()'s context
    Q_DECLARE_TR_FUNCTIONS(outloud::io::ImportService)

public:
    // @p writer null: a dry run.
    Planner(Database& db, qint64 memberId, ImportWriter* writer)
        : m_db(db)
        , m_memberId(memberId)
        , m_writer(writer)
        , m_slice(db.isServer() ? 1000 : 16)
        , m_fold(db.isServer() ? Fold::Unicode : Fold::Ascii)
        , m_q(db.connection())
        , m_seenInsert(db.connection())
        , m_planInsert(db.connection())
    { }

    bool begin(QString* error)
    {
        const QString id = m_db.isServer() ? u"BIGINT"_s : u"INTEGER"_s;
        if (!exec(m_q, u"SELECT COALESCE(max(id), 0) FROM person"_s, error) || !m_q.next())
            return fail(error, sqlErrorMessage(tr("read the list"), m_q.lastError()));
        m_maxIdBefore = m_q.value(0).toLongLong();
        m_q.finish();
        return exec(m_q, u"DROP TABLE IF EXISTS import_seen"_s, error)
            && exec(m_q, u"DROP TABLE IF EXISTS import_plan"_s, error)
            && exec(m_q,
                u"CREATE TEMP TABLE import_seen (key TEXT PRIMARY KEY, origin TEXT NOT NULL)"_s,
                error)
            && exec(m_q,
                u"CREATE TEMP TABLE import_plan (seq %1 PRIMARY KEY, action INTEGER NOT NULL, "
                u"existing_id %1, origin TEXT, name TEXT, organization TEXT, role TEXT, "
                u"relation TEXT, email TEXT, url TEXT, channels TEXT, tags TEXT, notes TEXT, "
                u"closeness INTEGER)"_s.arg(id),
                error)
            && prepare(
                m_seenInsert, u"INSERT INTO import_seen (key, origin) VALUES (?, ?)"_s, error)
            && prepare(m_planInsert,
                u"INSERT INTO import_plan (seq, action, existing_id, origin, name, "
                u"organization, role, relation, email, url, channels, tags, notes, closeness) "
                u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                error);
    }

    static void end(Database& db)
    {
        QSqlQuery q(db.connection());
        q.exec(u"DROP TABLE IF EXISTS import_seen"_s);
        q.exec(u"DROP TABLE IF EXISTS import_plan"_s);
    }

    /// Plans @p records (the next chunk of the file, in order); @p each sees every plan.
    bool plan(const QList<ImportRecord>& records,
        const std::function<bool(const PlannedImport&, QString*)>& each, ImportOutcome* counts,
        QString* error)
    {
        QList<Person> incoming;
        QStringList emails;
        QStringList names;
        incoming.reserve(records.size());
        for (const ImportRecord& r : records) {
            incoming.append(cleaned(r.person, m_memberId));
            const Person& p = incoming.constLast();
            if (!p.email.isEmpty() && !emails.contains(p.email))
                emails.append(p.email);
            if (!p.name.isEmpty() && !names.contains(p.name))
                names.append(p.name);
        }
        if (!readCandidates(emails, names, error))
            return false;
        // The existing person each record matches, as plan() finds it.
        QList<qint64> existing;
        existing.reserve(records.size());
        QStringList keys;
        for (const Person& p : std::as_const(incoming)) {
            const qint64 id = p.name.isEmpty() ? -1 : findListed(p);
            existing.append(id);
            if (p.name.isEmpty())
                continue;
            if (!p.email.isEmpty())
                keys.append(u'e' + emailKey(p, m_fold));
            keys.append(u'n' + nameKey(p, m_fold));
            if (id > 0)
                keys.append(u'x' + QString::number(id));
        }
        if (!readSeen(keys, error))
            return false;

        for (qsizetype i = 0; i < records.size(); ++i) {
            PlannedImport item;
            item.record = records.at(i);
            const Person& in = incoming.at(i);
            QString invalid;
            if (in.name.isEmpty()) {
                item.reason = tr("no name");
            } else if (!PeopleService::validate(in, &invalid)) {
                item.reason = invalid;
            } else {
                const QString email = u'e' + emailKey(in, m_fold);
                const QString name = u'n' + nameKey(in, m_fold);
                QString earlier;
                if (email.size() > 1 && m_seen.contains(email))
                    earlier = m_seen.value(email);
                else if (m_seen.contains(name))
                    earlier = m_seen.value(name);
                const qint64 found = earlier.isNull() ? existing.at(i) : -1;
                const QString existingKey = u'x' + QString::number(found);
                if (found > 0 && m_seen.contains(existingKey))
                    earlier = m_seen.value(existingKey);
                if (!earlier.isNull()) {
                    item.reason = tr("the same person as %1").arg(earlier);
                } else if (found > 0) {
                    item.existingId = found;
                    const Person before = m_listed.value(found);
                    const Person after = merged(before, in);
                    if (sameFields(before, after)) {
                        item.reason = before.name.compare(in.name, Qt::CaseInsensitive) == 0
                            ? tr("already on the list, nothing new")
                            : tr("already on the list as %1, nothing new").arg(before.name);
                        if (!remember(existingKey, item.record.origin, error))
                            return false;
                    } else if (listedDuplicate(after)) {
                        item.reason = tr("merging into %1 would make them a duplicate of someone "
                                         "else on the list")
                                          .arg(before.name);
                    } else {
                        item.action = ImportAction::Merge;
                        item.result = after;
                        item.reason = tr("adds details to %1").arg(before.name);
                        if (!remember(existingKey, item.record.origin, error))
                            return false;
                    }
                } else {
                    item.action = ImportAction::Add;
                    item.result = in;
                }
                if (item.action != ImportAction::Skip || earlier.isNull()) {
                    if (email.size() > 1 && !remember(email, item.record.origin, error))
                        return false;
                    if (!remember(name, item.record.origin, error))
                        return false;
                }
            }
            ++counts->skipped;
            if (item.action == ImportAction::Add) {
                --counts->skipped;
                ++counts->added;
            } else if (item.action == ImportAction::Merge) {
                --counts->skipped;
                ++counts->merged;
            }
            // Adds go in at once: the lookups above read only the people listed before the
            // import (m_maxIdBefore). Merges change people those lookups read, so they wait
            // in import_plan until the whole file has been planned.
            if (m_writer && item.action == ImportAction::Add && !m_writer->write(m_q, item, error))
                return false;
            if (m_writer && item.action == ImportAction::Merge && !keep(item, error))
                return false;
            if (each && !each(item, error))
                return false;
            ++m_seq;
        }
        m_listed.clear();
        m_byEmail.clear();
        m_byName.clear();
        m_seen.clear();
        return true;
    }

private:
    // The lookups, each prepared once: a chunk's IN lists come in a few lengths only.
    QSqlQuery* statement(const QString& sql, QString* error)
    {
        auto it = m_statements.find(sql);
        if (it != m_statements.end())
            return &*it;
        QSqlQuery q(m_db.connection());
        if (!q.prepare(sql)) {
            fail(error, sqlErrorMessage(tr("read the list"), q.lastError()));
            return nullptr;
        }
        return &*m_statements.insert(sql, q);
    }

    bool prepare(QSqlQuery& q, const QString& sql, QString* error)
    {
        if (q.prepare(sql))
            return true;
        return fail(error, sqlErrorMessage(tr("prepare the import"), q.lastError()));
    }

    // The people on the list a chunk may match: by the indexes on e-mail and on name.
    bool readCandidates(const QStringList& emails, const QStringList& names, QString* error)
    {
        const std::pair<const QStringList*, QString> lookups[] = {
            {&emails, u"email <> '' AND email COLLATE NOCASE IN (%1)"_s},
            {&names, u"name COLLATE NOCASE IN (%1)"_s},
        };
        for (const auto& [values, condition] : lookups) {
            for (qsizetype from = 0; from < values->size(); from += m_slice) {
                const QStringList slice = values->mid(from, m_slice);
                QSqlQuery* q
                    = statement(u"SELECT %1 FROM person WHERE member_id = ? AND id <= ? AND "_s.arg(
                                    PersonColumns)
                            + condition.arg(placeholders(slice.size())),
                        error);
                if (!q)
                    return false;
                int v = 0;
                q->bindValue(v++, m_memberId);
                q->bindValue(v++, m_maxIdBefore);
                for (const QString& value : slice)
                    q->bindValue(v++, value);
                if (!q->exec())
                    return fail(error, sqlErrorMessage(tr("read the list"), q->lastError()));
                while (q->next()) {
                    const Person p = personFrom(*q, m_memberId);
                    if (m_listed.contains(p.id))
                        continue;
                    m_listed.insert(p.id, p);
                    if (!emailKey(p, m_fold).isEmpty())
                        m_byEmail.insert(emailKey(p, m_fold), p.id);
                    m_byName.insert(nameKey(p, m_fold), p.id);
                }
                q->finish();
            }
        }
        return true;
    }

    // plan()'s findListed on the chunk's candidates: an e-mail first, then name and
    // organization; the lowest id wins.
    qint64 findListed(const Person& p) const
    {
        auto lowest = [](const QMultiHash<QString, qint64>& index, const QString& key) {
            qint64 found = -1;
            for (auto it = index.constFind(key); it != index.cend() && it.key() == key; ++it) {
                if (found < 0 || it.value() < found)
                    found = it.value();
            }
            return found;
        };
        const QString email = emailKey(p, m_fold);
        const qint64 byEmail = email.isEmpty() ? -1 : lowest(m_byEmail, email);
        return byEmail > 0 ? byEmail : lowest(m_byName, nameKey(p, m_fold));
    }

    // PeopleService::findDuplicate among the people listed before the import: whether
    // @p after would have the e-mail, or the name and organization, of someone else.
    bool listedDuplicate(const Person& after)
    {
        QSqlQuery q(m_db.connection());
        const QString email = after.email.trimmed();
        if (!email.isEmpty()
            && execPrepared(q,
                u"SELECT id FROM person WHERE member_id = ? AND email = ? COLLATE NOCASE AND "
                u"email <> '' AND id <> ? AND id <= ? LIMIT 1"_s,
                {m_memberId, email, after.id, m_maxIdBefore}, QString(), nullptr)
            && q.next())
            return true;
        return execPrepared(q,
                   u"SELECT id FROM person WHERE member_id = ? AND name = ? COLLATE NOCASE AND "
                   u"organization = ? COLLATE NOCASE AND id <> ? AND id <= ? LIMIT 1"_s,
                   {m_memberId, after.name.trimmed(), after.organization.trimmed(), after.id,
                       m_maxIdBefore},
                   QString(), nullptr)
            && q.next();
    }

    bool readSeen(QStringList keys, QString* error)
    {
        keys.removeDuplicates();
        for (qsizetype from = 0; from < keys.size(); from += m_slice) {
            const QStringList slice = keys.mid(from, m_slice);
            QSqlQuery* q = statement(u"SELECT key, origin FROM import_seen WHERE key IN (%1)"_s.arg(
                                         placeholders(slice.size())),
                error);
            if (!q)
                return false;
            int v = 0;
            for (const QString& k : slice)
                q->bindValue(v++, k);
            if (!q->exec())
                return fail(error, sqlErrorMessage(tr("prepare the import"), q->lastError()));
            while (q->next())
                m_seen.insert(q->value(0).toString(), q->value(1).toString());
            q->finish();
        }
        return true;
    }

    bool remember(const QString& key, const QString& origin, QString* error)
    {
        if (m_seen.contains(key))
            return true;
        m_seen.insert(key, origin);
        m_seenInsert.bindValue(0, key);
        m_seenInsert.bindValue(1, origin);
        if (m_seenInsert.exec())
            return true;
        return fail(error, sqlErrorMessage(tr("prepare the import"), m_seenInsert.lastError()));
    }

    bool keep(const PlannedImport& item, QString* error)
    {
        const Person& p = item.result;
        int v = 0;
        for (const QVariant& value : QVariantList {m_seq, int(item.action), item.existingId,
                 item.record.origin, p.name, p.organization, p.role, p.relation, p.email, p.url,
                 p.channels, p.tags, p.notes, p.closeness})
            m_planInsert.bindValue(v++, bindable(value));
        if (m_planInsert.exec())
            return true;
        return fail(error, sqlErrorMessage(tr("prepare the import"), m_planInsert.lastError()));
    }

    Database& m_db;
    qint64 m_memberId;
    ImportWriter* m_writer;
    qint64 m_maxIdBefore = 0; ///< People above it are this import's adds.
    // Values per IN list. Qt's SQLite driver binds in time quadratic in a statement's
    // parameters, and SQLite has no round trips: there short lists are faster. On a server
    // each statement is a round trip: one list a chunk.
    qsizetype m_slice;
    Fold m_fold;
    QSqlQuery m_q;
    QSqlQuery m_seenInsert;
    QSqlQuery m_planInsert;
    QHash<QString, QSqlQuery> m_statements;
    qint64 m_seq = 0;
    // The chunk's candidates and keys of earlier lines: cleared after each chunk.
    QHash<qint64, Person> m_listed;
    QMultiHash<QString, qint64> m_byEmail;
    QMultiHash<QString, qint64> m_byName;
    QHash<QString, QString> m_seen;
};

// Writes the merges the planner kept in import_plan, a page at a time, in file order, and
// the adds still batched.
bool writePlan(Database& db, QSqlQuery& q, qint64 memberId, ImportWriter& writer,
    const ImportOutcome& written, const ImportOutcome* counts, const ImportProgress& progress,
    bool* cancelled, QString* error)
{
    // The adds went in as they were planned; the merges waited in import_plan.
    const qsizetype total = counts->merged;
    qsizetype done = 0;
    QSqlQuery page(db.connection());
    if (!page.prepare(u"SELECT seq, action, existing_id, origin, name, organization, role, "
                      u"relation, email, url, channels, tags, notes, closeness FROM import_plan "
                      u"WHERE seq > ? ORDER BY seq LIMIT 500"_s))
        return fail(
            error, sqlErrorMessage(ImportService::tr("prepare the import"), page.lastError()));
    qint64 after = -1;
    while (true) {
        page.bindValue(0, after);
        if (!page.exec())
            return fail(
                error, sqlErrorMessage(ImportService::tr("prepare the import"), page.lastError()));
        QList<PlannedImport> items;
        while (page.next()) {
            after = page.value(0).toLongLong();
            PlannedImport item;
            item.action = ImportAction(page.value(1).toInt());
            item.existingId = page.value(2).isNull() ? -1 : page.value(2).toLongLong();
            item.record.origin = page.value(3).toString();
            Person& p = item.result;
            p.id = item.existingId;
            p.memberId = memberId;
            p.name = page.value(4).toString();
            p.organization = page.value(5).toString();
            p.role = page.value(6).toString();
            p.relation = page.value(7).toString();
            p.email = page.value(8).toString();
            p.url = page.value(9).toString();
            p.channels = page.value(10).toString();
            p.tags = page.value(11).toString();
            p.notes = page.value(12).toString();
            p.closeness = page.value(13).toInt();
            items.append(item);
        }
        page.finish();
        if (items.isEmpty())
            break;
        for (const PlannedImport& item : std::as_const(items)) {
            if (!writer.write(q, item, error))
                return false;
        }
        done += items.size();
        if (progress && !progress(done, total)) {
            if (cancelled)
                *cancelled = true;
            return fail(error, ImportService::tr("The import was cancelled; nothing was changed."));
        }
    }
    if (!writer.finish(q, error))
        return false;
    if (written.added != counts->added || written.merged != counts->merged)
        return fail(error, ImportService::tr("import into %1").arg(db.path()));
    return true;
}
} // namespace

bool ImportService::importFile(qint64 memberId, const QString& path, ImportFormat format,
    const CsvOptions& options, bool dryRun, const std::function<void(const PlannedImport&)>& each,
    ImportOutcome* outcome, QString* error, bool* fileError)
{
    StreamedImport how;
    how.format = format;
    how.options = options;
    how.dryRun = dryRun;
    if (each)
        how.each = [&each](const PlannedImport& item, QString*) {
            each(item);
            return true;
        };
    return importStream(memberId, path, how, outcome, error, fileError);
}

bool ImportService::importStream(qint64 memberId, const QString& path, const StreamedImport& how,
    ImportOutcome* outcome, QString* error, bool* fileError, bool* cancelled)
{
    if (fileError)
        *fileError = false;
    if (cancelled)
        *cancelled = false;
    ImportOutcome counts;
    ImportOutcome written;
    const bool dryRun = how.dryRun;
    auto run = [&](QSqlQuery* q) -> bool {
        counts = ImportOutcome();
        counts.memberId = memberId;
        written = ImportOutcome();
        ContactStream stream(m_pieceBytes);
        if (!stream.open(path, how.format, how.options, how.mapping ? &*how.mapping : nullptr)) {
            if (fileError)
                *fileError = true;
            return fail(error, stream.error());
        }
        if (how.opened && !how.opened(stream, error))
            return false;
        std::optional<ImportWriter> writer;
        if (!dryRun)
            writer.emplace(m_db, memberId, QList<qint64>(), &written, how.keepUndo);
        Planner planner(m_db, memberId, writer ? &*writer : nullptr);
        if (!planner.begin(error))
            return false;
        QList<ImportRecord> chunk;
        ImportRecord record;
        bool more = true;
        while (more) {
            chunk.clear();
            while (chunk.size() < m_chunkRecords && (more = stream.next(&record)))
                chunk.append(std::move(record));
            if (!stream.error().isEmpty()) {
                if (fileError)
                    *fileError = true;
                return fail(error, stream.error());
            }
            if (!chunk.isEmpty() && !planner.plan(chunk, how.each, &counts, error))
                return false;
            if (how.progress && !how.progress(stream.bytesRead(), stream.fileSize())) {
                if (cancelled)
                    *cancelled = true;
                return fail(error, tr("The import was cancelled; nothing was changed."));
            }
        }
        return dryRun
            || writePlan(
                m_db, *q, memberId, *writer, written, &counts, how.writing, cancelled, error);
    };
    bool ok = false;
    if (dryRun) {
        ok = run(nullptr);
    } else {
        ok = m_db.write(
            Database::People, [&](QSqlQuery& q) { return run(&q); }, error);
    }
    Planner::end(m_db);
    if (ok && outcome) {
        if (dryRun) {
            *outcome = counts;
        } else {
            *outcome = std::move(written);
            outcome->skipped = counts.skipped;
        }
    }
    return ok;
}

} // namespace outloud::io
