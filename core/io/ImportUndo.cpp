// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ImportService::undo and redo: an import taken back and done again without its plan in
// memory. Undo keeps the people the import added and merged, as they are, in temporary tables
// (they live as long as the connection, as the undo stack does); redo puts them back from there.
#include "ImportService.h"
#include "ImportWriter.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud::io {

namespace {
const QString PersonColumns = u"id, member_id, name, organization, role, relation, email, url, "
                              u"channels, tags, notes, closeness, introduced_by, created_on"_s;
const QString ClosenessColumns = u"id, person_id, changed_on, closeness"_s;

bool run(QSqlQuery& q, const QString& sql, const QString& operation, QString* error)
{
    if (q.exec(sql))
        return true;
    return fail(error, sqlErrorMessage(operation, q.lastError()));
}

// The tables undo() keeps people in; their columns are the tables' own.
bool makeTables(Database& db, const QString& operation, QString* error)
{
    QSqlQuery q(db.connection());
    return run(q,
               u"CREATE TEMP TABLE IF NOT EXISTS import_redo_person AS SELECT CAST(0 AS INTEGER) "
               u"AS slot, CAST(0 AS INTEGER) AS merged, %1 FROM person WHERE 1 = 0"_s.arg(
                   PersonColumns),
               operation, error)
        && run(q,
            u"CREATE TEMP TABLE IF NOT EXISTS import_redo_closeness AS SELECT CAST(0 AS INTEGER) "
            u"AS slot, %1 FROM closeness_change WHERE 1 = 0"_s.arg(ClosenessColumns),
            operation, error);
}

bool forget(QSqlQuery& q, int slot, const QString& operation, QString* error)
{
    for (const QString& table : {u"import_redo_person"_s, u"import_redo_closeness"_s}) {
        if (!execPrepared(
                q, u"DELETE FROM %1 WHERE slot = ?"_s.arg(table), {slot}, operation, error))
            return false;
    }
    return true;
}

struct Prepared
{
    QSqlQuery query;
    bool ok = true;
    Prepared(Database& db, const QString& sql)
        : query(db.connection())
    {
        ok = query.prepare(sql);
    }
};

bool execBound(QSqlQuery& q, const QVariantList& values, const QString& operation, QString* error)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (q.exec())
        return true;
    return fail(error, sqlErrorMessage(operation, q.lastError()));
}
} // namespace

bool ImportService::undo(const ImportOutcome& outcome, int slot, QString* error)
{
    const QString operation = tr("undo the import");
    if (!makeTables(m_db, operation, error))
        return false;
    return m_db.write(
        Database::People | Database::Contributions,
        [&](QSqlQuery& q) {
            if (!forget(q, slot, operation, error))
                return false;
            Prepared keepPerson(m_db,
                u"INSERT INTO import_redo_person SELECT CAST(? AS INTEGER), CAST(? AS INTEGER), "
                u"%1 FROM person WHERE id = ?"_s.arg(PersonColumns));
            Prepared keepCloseness(m_db,
                u"INSERT INTO import_redo_closeness SELECT CAST(? AS INTEGER), %1 FROM "
                u"closeness_change WHERE person_id = ?"_s.arg(ClosenessColumns));
            Prepared remove(m_db, u"DELETE FROM person WHERE id = ?"_s);
            for (const Prepared* p : {&keepPerson, &keepCloseness, &remove}) {
                if (!p->ok)
                    return fail(error, sqlErrorMessage(operation, p->query.lastError()));
            }
            for (qint64 id : outcome.createdIds) {
                if (!execBound(keepPerson.query, {slot, 0, id}, operation, error)
                    || !execBound(keepCloseness.query, {slot, id}, operation, error)
                    || !execBound(remove.query, {id}, operation, error))
                    return false;
            }
            QSqlQuery update(m_db.connection());
            for (const Person& before : outcome.mergedBefore) {
                if (!execBound(keepPerson.query, {slot, 1, before.id}, operation, error)
                    || !detail::updatePerson(update, before, error))
                    return false;
            }
            return true;
        },
        error);
}

bool ImportService::redo(const ImportOutcome& outcome, int slot, QString* error)
{
    const QString operation = tr("redo the import");
    if (!makeTables(m_db, operation, error))
        return false;
    return m_db.write(
        Database::People | Database::Contributions,
        [&](QSqlQuery& q) {
            if (!execPrepared(q,
                    u"SELECT count(*) FROM import_redo_person WHERE slot = ? AND merged = 0"_s,
                    {slot}, operation, error))
                return false;
            if (!q.next() || q.value(0).toLongLong() != outcome.createdIds.size())
                return fail(error, tr("The people to import again are no longer known."));
            q.finish();
            // The merged people's fields from the kept rows, all in one statement.
            const QString fields = u"name, organization, role, relation, email, url, channels, "
                                   u"tags, notes, closeness"_s;
            return execPrepared(q,
                       u"INSERT INTO person (%1) SELECT %1 FROM import_redo_person WHERE slot = ? "
                       u"AND merged = 0"_s.arg(PersonColumns),
                       {slot}, operation, error)
                && execPrepared(q,
                    u"INSERT INTO closeness_change (%1) SELECT %1 FROM import_redo_closeness "
                    u"WHERE slot = ?"_s.arg(ClosenessColumns),
                    {slot}, operation, error)
                && execPrepared(q,
                    u"UPDATE person SET (%1) = (SELECT %1 FROM import_redo_person r WHERE "
                    u"r.slot = ? AND r.merged = 1 AND r.id = person.id) WHERE id IN (SELECT id "
                    u"FROM import_redo_person WHERE slot = ? AND merged = 1)"_s.arg(fields),
                    {slot, slot}, operation, error)
                && syncIdentity(m_db, u"person"_s, error)
                && syncIdentity(m_db, u"closeness_change"_s, error)
                && forget(q, slot, operation, error);
        },
        error);
}

} // namespace outloud::io
