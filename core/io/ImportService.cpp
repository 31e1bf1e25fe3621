// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportService.h"

#include "ImportWriter.h"
#include "people/PeopleService.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud::io {

namespace detail {
// The in-file check must match COLLATE NOCASE exactly, as findDuplicate compares: SQLite's
// NOCASE folds ASCII letters only; PostgreSQL's nocase collation (ICU, level 2) ignores the
// case of every letter.
QString nocase(const QString& s, Fold fold)
{
    QString out = s.trimmed();
    if (fold == Fold::Unicode)
        return out.normalized(QString::NormalizationForm_C).toCaseFolded();
    for (QChar& c : out) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(c.unicode() + 32);
    }
    return out;
}

QString emailKey(const Person& p, Fold fold)
{
    return nocase(p.email, fold);
}

QString nameKey(const Person& p, Fold fold)
{
    return nocase(p.name, fold) + u'\x1f' + nocase(p.organization, fold);
}

// Adds the comma-separated items of @p extra that @p list lacks.
QString unionList(const QString& list, const QString& extra)
{
    QStringList items;
    for (const QString& s : list.split(u',', Qt::SkipEmptyParts))
        items.append(s.trimmed());
    for (const QString& s : extra.split(u',', Qt::SkipEmptyParts)) {
        if (!items.contains(s.trimmed(), Qt::CaseInsensitive))
            items.append(s.trimmed());
    }
    items.removeAll(QString());
    return items.join(u", "_s);
}

// The existing person with the file's details added where the list has none.
Person merged(const Person& existing, const Person& incoming)
{
    Person p = existing;
    auto fill = [](QString& field, const QString& value) {
        if (field.trimmed().isEmpty())
            field = value.trimmed();
    };
    fill(p.organization, incoming.organization);
    fill(p.role, incoming.role);
    fill(p.relation, incoming.relation);
    fill(p.email, incoming.email);
    fill(p.url, incoming.url);
    p.channels = unionList(existing.channels, incoming.channels);
    p.tags = unionList(existing.tags, incoming.tags);
    if (!incoming.notes.trimmed().isEmpty() && !existing.notes.contains(incoming.notes.trimmed()))
        p.notes = existing.notes.trimmed().isEmpty() ? incoming.notes
                                                     : existing.notes + u"\n\n"_s + incoming.notes;
    return p;
}

bool sameFields(const Person& a, const Person& b)
{
    return a.name == b.name && a.organization == b.organization && a.role == b.role
        && a.relation == b.relation && a.email == b.email && a.url == b.url
        && a.channels == b.channels && a.tags == b.tags && a.notes == b.notes
        && a.closeness == b.closeness;
}

Person cleaned(const Person& p, qint64 memberId)
{
    Person c = p;
    c.id = -1;
    c.memberId = memberId;
    c.name = p.name.simplified();
    c.organization = p.organization.trimmed();
    c.role = p.role.trimmed();
    c.relation = p.relation.trimmed();
    c.email = p.email.trimmed();
    c.url = p.url.trimmed();
    c.channels = p.channels.trimmed();
    c.tags = p.tags.trimmed();
    c.introducedBy = -1;
    return c;
}

bool updatePerson(QSqlQuery& q, const Person& p, QString* error)
{
    return execPrepared(q,
        u"UPDATE person SET name = ?, organization = ?, role = ?, relation = ?, email = ?, url = ?,"
        " channels = ?, tags = ?, notes = ?, closeness = ? WHERE id = ?"_s,
        {p.name, p.organization, p.role, p.relation, p.email, p.url, p.channels, p.tags, p.notes,
            p.closeness, p.id},
        QCoreApplication::translate("outloud::io", "update %1").arg(p.name), error);
}

ImportWriter::ImportWriter(Database& db, qint64 memberId, const QList<qint64>& reuseIds,
    ImportOutcome* result, bool keepUndo)
    : m_db(db)
    , m_memberId(memberId)
    , m_reuseIds(reuseIds)
    , m_result(result)
    , m_keepUndo(keepUndo)
    , m_today(db.now().date().toString(Qt::ISODate))
    , m_update(db.connection())
    , m_insert(db.connection())
    , m_history(db.connection())
    // New people go in batches, one multi-row INSERT (and one for their closeness history)
    // per batch: on a server every statement is a round trip, and 10,000 rows one by one
    // cost seconds of waiting on the network.
    , m_batch(db.isServer() ? ServerAddBatch : 1)
{
    m_result->memberId = memberId;
}

bool ImportWriter::write(QSqlQuery& q, const PlannedImport& item, QString* error)
{
    if (item.action == ImportAction::Skip) {
        ++m_result->skipped;
        return true;
    }
    if (item.action == ImportAction::Add) {
        m_pending.append(item);
        return m_pending.size() < m_batch || flush(q, error);
    }
    const Person& p = item.result;
    if (m_keepUndo) {
        const std::optional<Person> before = PeopleService(m_db).person(item.existingId);
        if (!before)
            return fail(error,
                tr("%1 (%2) should be merged into someone who is no longer on the list.")
                    .arg(p.name, item.record.origin));
        m_result->mergedBefore.append(*before);
    }
    if (!updatePerson(m_update, p, error))
        return false;
    if (m_update.numRowsAffected() == 0)
        return fail(error,
            tr("%1 (%2) should be merged into someone who is no longer on the list.")
                .arg(p.name, item.record.origin));
    ++m_result->merged;
    return true;
}

bool ImportWriter::finish(QSqlQuery& q, QString* error)
{
    return flush(q, error) && (m_reuseIds.isEmpty() || syncIdentity(m_db, u"person"_s, error));
}

bool ImportWriter::flush(QSqlQuery& q, QString* error)
{
    if (m_pending.isEmpty())
        return true;
    const bool reuse = !m_reuseIds.isEmpty();
    const bool withHistory = m_db.isServer();
    // A redo binds the ids the first run got; otherwise the database chooses them.
    if (m_prepared != m_pending.size()) {
        const QString idColumn = reuse ? u"id, "_s : QString();
        const QString row = reuse ? u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)"_s
                                  : u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)"_s;
        QStringList rows;
        rows.reserve(m_pending.size());
        for (qsizetype r = 0; r < m_pending.size(); ++r)
            rows.append(row);
        const QString insert = u"INSERT INTO person (%1member_id, name, organization, "
                               u"role, relation, email, url, channels, tags, notes, "
                               u"closeness, introduced_by, created_on) VALUES %2"_s.arg(
                                   idColumn, rows.join(u", "_s));
        // On a server the closeness history goes in with the people, in the same
        // statement: one round trip a batch instead of two.
        const QString sql = withHistory ? u"WITH added AS ("_s + insert
                + u" RETURNING id, closeness) INSERT INTO closeness_change "
                  u"(person_id, changed_on, closeness) SELECT id, CAST(? AS date), "
                  u"closeness "
                  u"FROM added RETURNING person_id"_s
                                        : insert + u" RETURNING id"_s;
        if (!m_insert.prepare(sql))
            return fail(error, sqlErrorMessage(tr("prepare the import"), m_insert.lastError()));
        QStringList histories;
        histories.reserve(m_pending.size());
        for (qsizetype r = 0; r < m_pending.size(); ++r)
            histories.append(u"(?, ?, ?)"_s);
        if (!withHistory
            && !m_history.prepare(
                u"INSERT INTO closeness_change (person_id, "
                u"changed_on, closeness) VALUES %1"_s.arg(histories.join(u", "_s))))
            return fail(error, sqlErrorMessage(tr("prepare the import"), m_history.lastError()));
        m_prepared = m_pending.size();
    }
    QSqlQuery& insert = m_insert;
    Q_UNUSED(q);
    const qsizetype firstId = m_added;
    int v = 0;
    for (qsizetype r = 0; r < m_pending.size(); ++r) {
        const Person& p = m_pending.at(r).result;
        if (reuse)
            insert.bindValue(v++, m_reuseIds.value(firstId + r));
        for (const QVariant& value : QVariantList {m_memberId, p.name, p.organization, p.role,
                 p.relation, p.email, p.url, p.channels, p.tags, p.notes, p.closeness, m_today})
            insert.bindValue(v++, bindable(value));
    }
    if (withHistory)
        insert.bindValue(v++, m_today);
    if (!insert.exec()) {
        const PlannedImport& first = m_pending.constFirst();
        return fail(error,
            sqlErrorMessage(isStorageError(insert.lastError()) || m_pending.size() > 1
                    ? tr("import into %1").arg(QDir::toNativeSeparators(m_db.path()))
                    : tr("add %1 (%2)").arg(first.result.name, first.record.origin),
                insert.lastError()));
    }
    QList<qint64> ids;
    ids.reserve(m_pending.size());
    while (insert.next())
        ids.append(insert.value(0).toLongLong());
    insert.finish();
    if (ids.size() != m_pending.size())
        return fail(error, tr("import into %1").arg(QDir::toNativeSeparators(m_db.path())));
    // The rows of one statement get their ids in the order of its VALUES; the
    // RETURNING rows need not come back in that order.
    if (reuse)
        ids = m_reuseIds.mid(firstId, m_pending.size());
    else
        std::sort(ids.begin(), ids.end());
    v = 0;
    for (qsizetype r = 0; r < m_pending.size() && !withHistory; ++r) {
        m_history.bindValue(v++, ids.at(r));
        m_history.bindValue(v++, m_today);
        m_history.bindValue(v++, m_pending.at(r).result.closeness);
    }
    if (!withHistory && !m_history.exec())
        return fail(error,
            sqlErrorMessage(
                tr("record the closeness of %1").arg(m_pending.constFirst().result.name),
                m_history.lastError()));
    if (m_keepUndo)
        m_result->createdIds.append(ids);
    m_added += m_pending.size();
    m_result->added += int(m_pending.size());
    m_pending.clear();
    return true;
}
} // namespace detail

int ImportPlan::count(ImportAction action) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
        [action](const PlannedImport& i) { return i.action == action; }));
}

ImportService::ImportService(Database& db)
    : m_db(db)
{ }

ImportPlan ImportService::plan(qint64 memberId, const QList<ImportRecord>& records,
    const ImportProgress& progress, bool* cancelled) const
{
    if (cancelled)
        *cancelled = false;
    ImportPlan plan;
    plan.memberId = memberId;
    plan.items.reserve(records.size());
    PeopleService people(m_db);
    // The list as it is, indexed by the keys PeopleService::findDuplicate compares (an
    // e-mail first, then name and organization), so that 100,000 lines do not cost
    // 200,000 queries. The lowest id wins, as in the index order findDuplicate reads.
    using namespace detail;
    const Fold fold = m_db.isServer() ? Fold::Unicode : Fold::Ascii;
    QHash<qint64, Person> listed;
    QMultiHash<QString, qint64> listedByEmail;
    QMultiHash<QString, qint64> listedByName;
    for (const Person& p : people.people(memberId)) {
        listed.insert(p.id, p);
        if (!emailKey(p, fold).isEmpty())
            listedByEmail.insert(emailKey(p, fold), p.id);
        listedByName.insert(nameKey(p, fold), p.id);
    }
    // The lowest id on the list with @p key other than @p except, or -1.
    auto lowest = [](const QMultiHash<QString, qint64>& index, const QString& key, qint64 except) {
        qint64 found = -1;
        for (auto it = index.constFind(key); it != index.cend() && it.key() == key; ++it) {
            if (it.value() != except && (found < 0 || it.value() < found))
                found = it.value();
        }
        return found;
    };
    auto findListed = [&](const Person& p) -> qint64 {
        const QString email = emailKey(p, fold);
        const qint64 byEmail = email.isEmpty() ? -1 : lowest(listedByEmail, email, p.id);
        return byEmail > 0 ? byEmail : lowest(listedByName, nameKey(p, fold), p.id);
    };
    // Earlier lines of the same file, by the same keys.
    QHash<QString, int> byEmail;
    QHash<QString, int> byName;
    QHash<qint64, int> byExisting;

    for (qsizetype i = 0; i < records.size(); ++i) {
        if (progress && i % ProgressEvery == 0 && !progress(i, records.size())) {
            if (cancelled)
                *cancelled = true;
            return ImportPlan {memberId, {}};
        }
        PlannedImport item;
        item.record = records.at(i);
        const Person incoming = cleaned(item.record.person, memberId);
        QString invalid;
        if (incoming.name.isEmpty()) {
            item.reason = tr("no name");
        } else if (!PeopleService::validate(incoming, &invalid)) {
            item.reason = invalid;
        } else {
            const QString email = emailKey(incoming, fold);
            const QString name = nameKey(incoming, fold);
            int earlier = -1;
            if (!email.isEmpty() && byEmail.contains(email))
                earlier = byEmail.value(email);
            else if (byName.contains(name))
                earlier = byName.value(name);
            const qint64 existing = earlier >= 0 ? -1 : findListed(incoming);
            if (existing > 0 && byExisting.contains(existing))
                earlier = byExisting.value(existing);
            if (earlier >= 0) {
                item.reason = tr("the same person as %1").arg(plan.items.at(earlier).record.origin);
            } else if (existing > 0) {
                item.existingId = existing; // also for skips: the preview can say who it is
                const std::optional<Person> before = listed.contains(existing)
                    ? std::optional<Person>(listed.value(existing))
                    : std::nullopt;
                const Person after = before ? merged(*before, incoming) : incoming;
                if (!before) {
                    item.reason = tr("the matching person could not be read");
                } else if (sameFields(*before, after)) {
                    item.reason = before->name.compare(incoming.name, Qt::CaseInsensitive) == 0
                        ? tr("already on the list, nothing new")
                        : tr("already on the list as %1, nothing new").arg(before->name);
                    byExisting.insert(existing, int(i));
                } else if (const qint64 clash = findListed(after); clash > 0) {
                    item.reason = tr(
                        "merging into %1 would make them a duplicate of someone else on the list")
                                      .arg(before->name);
                } else {
                    item.action = ImportAction::Merge;
                    item.result = after;
                    item.reason = tr("adds details to %1").arg(before->name);
                    byExisting.insert(existing, int(i));
                }
            } else {
                item.action = ImportAction::Add;
                item.result = incoming;
            }
            if (item.action != ImportAction::Skip || earlier < 0) {
                if (!email.isEmpty())
                    byEmail.insert(email, int(i));
                byName.insert(name, int(i));
            }
        }
        plan.items.append(item);
    }
    if (progress)
        progress(records.size(), records.size());
    return plan;
}

bool ImportService::apply(const ImportPlan& plan, ImportOutcome* outcome, QString* error,
    const ImportProgress& progress, const QList<qint64>& reuseIds)
{
    const bool reuse = !reuseIds.isEmpty();
    if (reuse && reuseIds.size() != plan.count(ImportAction::Add))
        return fail(error, tr("The import cannot be redone: it no longer matches the list."));
    ImportOutcome result;
    const bool ok = m_db.write(
        Database::People,
        [&](QSqlQuery& q) {
            result = ImportOutcome();
            detail::ImportWriter writer(m_db, plan.memberId, reuseIds, &result, true);
            for (qsizetype i = 0; i < plan.items.size(); ++i) {
                if (progress && i % detail::ProgressEvery == 0 && !progress(i, plan.items.size()))
                    return fail(error, tr("The import was cancelled; nothing was changed."));
                if (!writer.write(q, plan.items.at(i), error))
                    return false;
            }
            return writer.finish(q, error);
        },
        error);
    if (!ok)
        return false;
    if (progress)
        progress(plan.items.size(), plan.items.size());
    if (outcome)
        *outcome = result;
    return true;
}

bool ImportService::revert(const ImportOutcome& outcome, QString* error)
{
    return m_db.write(
        Database::People | Database::Contributions,
        [&](QSqlQuery& q) {
            if (!q.prepare(u"DELETE FROM person WHERE id = ?"_s))
                return fail(error, sqlErrorMessage(tr("undo the import"), q.lastError()));
            for (qint64 id : outcome.createdIds) {
                q.bindValue(0, id);
                if (!q.exec())
                    return fail(error, sqlErrorMessage(tr("undo the import"), q.lastError()));
            }
            QSqlQuery update(m_db.connection());
            for (const Person& before : outcome.mergedBefore) {
                if (!detail::updatePerson(update, before, error))
                    return false;
            }
            return true;
        },
        error);
}

} // namespace outloud::io
