// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Tallies.h"

#include "SqlUtil.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud::tally {

namespace {
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("outloud::tally", text, disambiguation, n);
}

// Messages built here so that their context is this namespace's (a member function's
// tr() would be filed under the class).
bool failedToPrepare(QSqlQuery& q, QString* error)
{
    return fail(error, sqlErrorMessage(tr("prepare the load"), q.lastError()));
}

bool failedToCount(QSqlQuery& q, QString* error)
{
    return fail(error, sqlErrorMessage(tr("count the contributions"), q.lastError()));
}

// The member a SQLite trigger's contribution row counts for.
QString memberOf(const QString& row)
{
    return u"(SELECT member_id FROM person WHERE id = %1.person_id)"_s.arg(row);
}

// SQLite: one contribution row (NEW) counted in.
QString sqliteAdd(const QString& r)
{
    const QString from = u" FROM person WHERE id = %1.person_id"_s.arg(r);
    return uR"(
INSERT INTO tally_day (member_id, happened_on, direction, n)
    SELECT member_id, %1.happened_on, %1.direction, 1%2
    ON CONFLICT (member_id, happened_on, direction) DO UPDATE SET n = n + 1;
INSERT INTO tally_kind (member_id, kind_id, direction, brought, n)
    SELECT member_id, %1.kind_id, %1.direction, coalesce(%1.brought, -1), 1%2
    ON CONFLICT (member_id, kind_id, direction, brought) DO UPDATE SET n = n + 1;
INSERT INTO tally_channel (member_id, channel_id, direction, n)
    SELECT member_id, coalesce(%1.channel_id, -1), %1.direction, 1%2
    ON CONFLICT (member_id, channel_id, direction) DO UPDATE SET n = n + 1;
INSERT INTO tally_person (person_id, member_id, given, received, last_on)
    SELECT id, member_id, %1.direction = 0, %1.direction = 1, %1.happened_on%2
    ON CONFLICT (person_id) DO UPDATE SET given = given + excluded.given,
        received = received + excluded.received, last_on = max(last_on, excluded.last_on);)"_s.arg(
        r, from);
}

// SQLite: one contribution row (OLD) counted out; rows that reach 0 go.
QString sqliteRemove(const QString& r)
{
    const QString day = u"member_id = %1 AND happened_on = %2.happened_on AND direction = "
                        u"%2.direction"_s.arg(memberOf(r), r);
    const QString kind = u"member_id = %1 AND kind_id = %2.kind_id AND direction = %2.direction"
                         " AND brought = coalesce(%2.brought, -1)"_s.arg(memberOf(r), r);
    const QString channel = u"member_id = %1 AND channel_id = coalesce(%2.channel_id, -1)"
                            " AND direction = %2.direction"_s.arg(memberOf(r), r);
    QString sql;
    for (const auto& [table, where] :
        {std::pair {u"tally_day"_s, day}, {u"tally_kind"_s, kind}, {u"tally_channel"_s, channel}}) {
        sql += u"\nUPDATE %1 SET n = n - 1 WHERE %2;"_s.arg(table, where);
        sql += u"\nDELETE FROM %1 WHERE %2 AND n <= 0;"_s.arg(table, where);
    }
    sql += uR"(
UPDATE tally_person SET given = given - (%1.direction = 0), received = received - (%1.direction = 1),
    last_on = (SELECT max(happened_on) FROM contribution WHERE person_id = %1.person_id)
    WHERE person_id = %1.person_id;
DELETE FROM tally_person WHERE person_id = %1.person_id AND given + received <= 0;)"_s.arg(r);
    return sql;
}

QStringList sqliteTriggers()
{
    return {
        u"CREATE TRIGGER contribution_tally_insert AFTER INSERT ON contribution BEGIN%1\nEND"_s.arg(
            sqliteAdd(u"NEW"_s)),
        // A note alone changes no count.
        u"CREATE TRIGGER contribution_tally_update AFTER UPDATE OF person_id, happened_on,"
        " direction, kind_id, channel_id, brought ON contribution BEGIN%1%2\nEND"_s.arg(
            sqliteRemove(u"OLD"_s), sqliteAdd(u"NEW"_s)),
        u"CREATE TRIGGER contribution_tally_delete AFTER DELETE ON contribution BEGIN%1\nEND"_s.arg(
            sqliteRemove(u"OLD"_s)),
        // Counted out while the person still says whose they were.
        u"CREATE TRIGGER person_tally_delete BEFORE DELETE ON person"
        " BEGIN DELETE FROM contribution WHERE person_id = OLD.id; END"_s,
    };
}

const QStringList SqliteTriggerNames = {u"contribution_tally_insert"_s,
    u"contribution_tally_update"_s, u"contribution_tally_delete"_s, u"person_tally_delete"_s};

// PostgreSQL: the rows of transition table @p rows counted in, grouped first.
QString postgresAdd(const QString& rows)
{
    return uR"(
    INSERT INTO tally_day AS t (member_id, happened_on, direction, n)
        SELECT p.member_id, c.happened_on, c.direction, count(*)
        FROM %1 c JOIN person p ON p.id = c.person_id GROUP BY 1, 2, 3
        ON CONFLICT (member_id, happened_on, direction) DO UPDATE SET n = t.n + EXCLUDED.n;
    INSERT INTO tally_kind AS t (member_id, kind_id, direction, brought, n)
        SELECT p.member_id, c.kind_id, c.direction, coalesce(c.brought, -1), count(*)
        FROM %1 c JOIN person p ON p.id = c.person_id GROUP BY 1, 2, 3, 4
        ON CONFLICT (member_id, kind_id, direction, brought) DO UPDATE SET n = t.n + EXCLUDED.n;
    INSERT INTO tally_channel AS t (member_id, channel_id, direction, n)
        SELECT p.member_id, coalesce(c.channel_id, -1), c.direction, count(*)
        FROM %1 c JOIN person p ON p.id = c.person_id GROUP BY 1, 2, 3
        ON CONFLICT (member_id, channel_id, direction) DO UPDATE SET n = t.n + EXCLUDED.n;
    INSERT INTO tally_person AS t (person_id, member_id, given, received, last_on)
        SELECT p.id, p.member_id, count(*) FILTER (WHERE c.direction = 0),
            count(*) FILTER (WHERE c.direction = 1), max(c.happened_on)
        FROM %1 c JOIN person p ON p.id = c.person_id GROUP BY 1, 2
        ON CONFLICT (person_id) DO UPDATE SET given = t.given + EXCLUDED.given,
            received = t.received + EXCLUDED.received,
            last_on = greatest(t.last_on, EXCLUDED.last_on);)"_s.arg(rows);
}

// PostgreSQL: the rows of @p rows counted out; rows that reach 0 go.
QString postgresRemove(const QString& rows)
{
    struct Part
    {
        QString table;
        QStringList keys;
        QStringList values;
    };
    const QList<Part> parts = {
        {u"tally_day"_s, {u"member_id"_s, u"happened_on"_s, u"direction"_s},
            {u"p.member_id"_s, u"c.happened_on"_s, u"c.direction"_s}},
        {u"tally_kind"_s, {u"member_id"_s, u"kind_id"_s, u"direction"_s, u"brought"_s},
            {u"p.member_id"_s, u"c.kind_id"_s, u"c.direction"_s, u"coalesce(c.brought, -1)"_s}},
        {u"tally_channel"_s, {u"member_id"_s, u"channel_id"_s, u"direction"_s},
            {u"p.member_id"_s, u"coalesce(c.channel_id, -1)"_s, u"c.direction"_s}},
    };
    const QString from = u"FROM %1 c JOIN person p ON p.id = c.person_id"_s.arg(rows);
    QString sql;
    for (const Part& part : parts) {
        QStringList selected;
        QStringList match;
        QStringList keys;
        for (qsizetype i = 0; i < part.keys.size(); ++i) {
            selected.append(u"%1 AS %2"_s.arg(part.values.at(i), part.keys.at(i)));
            match.append(u"t.%1 = d.%1"_s.arg(part.keys.at(i)));
            keys.append(u"t."_s + part.keys.at(i));
        }
        sql += u"\n    UPDATE %1 t SET n = t.n - d.n FROM (SELECT %2, count(*) AS n %3 GROUP BY "
               u"%4) d"
               " WHERE %5;"_s.arg(part.table, selected.join(u", "_s), from,
                   part.values.join(u", "_s), match.join(u" AND "_s));
        sql += u"\n    DELETE FROM %1 t WHERE t.n <= 0 AND (%2) IN (SELECT %3 %4);"_s.arg(
            part.table, keys.join(u", "_s), part.values.join(u", "_s), from);
    }
    sql += uR"(
    UPDATE tally_person t SET given = t.given - d.given, received = t.received - d.received,
        last_on = (SELECT max(x.happened_on) FROM contribution x WHERE x.person_id = t.person_id)
        FROM (SELECT c.person_id, count(*) FILTER (WHERE c.direction = 0) AS given,
            count(*) FILTER (WHERE c.direction = 1) AS received FROM %1 c GROUP BY 1) d
        WHERE t.person_id = d.person_id;
    DELETE FROM tally_person t WHERE t.given + t.received <= 0
        AND t.person_id IN (SELECT c.person_id FROM %1 c);)"_s.arg(rows);
    return sql;
}

// A trigger function that stands aside while a bulk load counts once at its end.
QString postgresFunction(const QString& name, const QString& returned, const QString& body)
{
    return uR"(CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path FROM CURRENT AS $fn$
BEGIN
    IF current_setting('outloud.tallies_suspended', true) = 'on' THEN RETURN %2; END IF;%3
    RETURN %2;
END$fn$)"_s.arg(name, returned, body);
}

QStringList postgresTriggers()
{
    return {
        postgresFunction(u"tally_contribution_insert"_s, u"NULL"_s, postgresAdd(u"new_rows"_s)),
        postgresFunction(u"tally_contribution_update"_s, u"NULL"_s,
            postgresRemove(u"old_rows"_s) + postgresAdd(u"new_rows"_s)),
        postgresFunction(u"tally_contribution_delete"_s, u"NULL"_s, postgresRemove(u"old_rows"_s)),
        postgresFunction(u"tally_contribution_truncate"_s, u"NULL"_s,
            u"\n    DELETE FROM tally_day; DELETE FROM tally_kind; DELETE FROM tally_channel;"
            " DELETE FROM tally_person;"_s),
        postgresFunction(u"tally_person_delete"_s, u"OLD"_s,
            u"\n    DELETE FROM contribution WHERE person_id = OLD.id;"_s),
        u"CREATE TRIGGER contribution_tally_insert AFTER INSERT ON contribution"
        " REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT"
        " EXECUTE FUNCTION tally_contribution_insert()"_s,
        u"CREATE TRIGGER contribution_tally_update AFTER UPDATE ON contribution"
        " REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT"
        " EXECUTE FUNCTION tally_contribution_update()"_s,
        u"CREATE TRIGGER contribution_tally_delete AFTER DELETE ON contribution"
        " REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT"
        " EXECUTE FUNCTION tally_contribution_delete()"_s,
        u"CREATE TRIGGER contribution_tally_truncate AFTER TRUNCATE ON contribution"
        " FOR EACH STATEMENT EXECUTE FUNCTION tally_contribution_truncate()"_s,
        u"CREATE TRIGGER person_tally_delete BEFORE DELETE ON person FOR EACH ROW"
        " EXECUTE FUNCTION tally_person_delete()"_s,
    };
}

// The closeness tallies of the people in @p persons (a list or a subquery, as inside
// IN (...)) counted again from their person row and ratings: their old rows counted out,
// their rows made again, counted in. Each person's timeline from the day they were added:
// the level then (their last rating dated on or before it, else their first rating, else
// the person's closeness), then at each later rating a step from the level before it (in
// the order of date, then entry) to its own; steps that change nothing leave no row.
QStringList closenessRecount(const QString& persons)
{
    // The people of each level at the end of every timeline: a list's levels on a day are
    // these less the rows of tally_closeness after it.
    const auto levelUpsert = [&persons](const QString& count) {
        return u"INSERT INTO tally_closeness_level (member_id, level, n)"
               " SELECT member_id, level, %1 FROM tally_closeness_person WHERE person_id IN (%2)"
               " GROUP BY member_id, level ON CONFLICT (member_id, level)"
               " DO UPDATE SET n = tally_closeness_level.n + excluded.n"_s.arg(count, persons);
    };
    const QString mineLevels
        = u"SELECT member_id, level FROM tally_closeness_person WHERE person_id IN (%1)"_s.arg(
            persons);
    const QString mine
        = u"SELECT member_id, day, level FROM tally_closeness_person WHERE person_id IN (%1)"_s.arg(
            persons);
    return {
        // Counted out as a negative count: a row that went at 0 comes back (n may be < 0).
        u"INSERT INTO tally_closeness (member_id, day, level, n)"
        " SELECT member_id, day, level, -sum(n) FROM tally_closeness_person WHERE person_id IN (%1)"
        " GROUP BY member_id, day, level"
        " ON CONFLICT (member_id, day, level) DO UPDATE SET n = tally_closeness.n + excluded.n"_s
            .arg(persons),
        u"DELETE FROM tally_closeness WHERE n = 0 AND (member_id, day, level) IN (%1)"_s.arg(mine),
        levelUpsert(u"-sum(n)"_s),
        u"DELETE FROM tally_closeness_level WHERE n = 0 AND (member_id, level) IN (%1)"_s.arg(
            mineLevels),
        u"DELETE FROM tally_closeness_person WHERE person_id IN (%1)"_s.arg(persons),
        u"DELETE FROM tally_closeness_mover WHERE person_id IN (%1)"_s.arg(persons),
        uR"(INSERT INTO tally_closeness_person (person_id, member_id, day, level, n)
    SELECT person_id, member_id, day, level, sum(n) FROM (
        SELECT p.id AS person_id, p.member_id AS member_id, p.created_on AS day, coalesce(
            (SELECT c.closeness FROM closeness_change c WHERE c.person_id = p.id
                AND c.changed_on <= p.created_on ORDER BY c.changed_on DESC, c.id DESC LIMIT 1),
            (SELECT c.closeness FROM closeness_change c WHERE c.person_id = p.id
                ORDER BY c.changed_on, c.id LIMIT 1),
            p.closeness) AS level, 1 AS n
        FROM person p WHERE p.id IN (%1)
        UNION ALL
        SELECT r.person_id, p.member_id, r.day, CASE WHEN s.sign < 0 THEN r.prev ELSE r.level END,
            s.sign
        FROM (SELECT c.person_id, c.changed_on AS day, c.closeness AS level,
                lag(c.closeness) OVER (PARTITION BY c.person_id ORDER BY c.changed_on, c.id) AS prev
            FROM closeness_change c WHERE c.person_id IN (%1)) r
        JOIN person p ON p.id = r.person_id
        CROSS JOIN (SELECT -1 AS sign UNION ALL SELECT 1 AS sign) s
        WHERE r.day > p.created_on AND r.prev <> r.level) e
    GROUP BY person_id, member_id, day, level HAVING sum(n) <> 0)"_s.arg(persons),
        u"INSERT INTO tally_closeness_mover (person_id, member_id) SELECT p.id, p.member_id"
        " FROM person p WHERE p.id IN (%1) AND (SELECT count(DISTINCT c.closeness)"
        " FROM closeness_change c WHERE c.person_id = p.id) > 1"_s.arg(persons),
        u"INSERT INTO tally_closeness (member_id, day, level, n)"
        " SELECT member_id, day, level, sum(n) FROM tally_closeness_person WHERE person_id IN (%1)"
        " GROUP BY member_id, day, level"
        " ON CONFLICT (member_id, day, level) DO UPDATE SET n = tally_closeness.n + excluded.n"_s
            .arg(persons),
        u"DELETE FROM tally_closeness WHERE n = 0 AND (member_id, day, level) IN (%1)"_s.arg(mine),
        levelUpsert(u"sum(n)"_s),
        u"DELETE FROM tally_closeness_level WHERE n = 0 AND (member_id, level) IN (%1)"_s.arg(
            mineLevels),
    };
}

QString joined(const QStringList& statements, const QString& indent)
{
    QString sql;
    for (const QString& s : statements)
        sql += u"\n"_s + indent + s + u';';
    return sql;
}

// SQLite: one trigger per write of a rating or a person, for the people the row names.
QStringList sqliteClosenessTriggers()
{
    const auto trigger = [](const QString& name, const QString& event, const QString& persons) {
        return u"CREATE TRIGGER %1 AFTER %2 BEGIN%3\nEND"_s.arg(
            name, event, joined(closenessRecount(persons), QString()));
    };
    return {
        trigger(u"closeness_tally_insert"_s, u"INSERT ON closeness_change"_s, u"NEW.person_id"_s),
        trigger(u"closeness_tally_update"_s, u"UPDATE ON closeness_change"_s,
            u"OLD.person_id, NEW.person_id"_s),
        trigger(u"closeness_tally_delete"_s, u"DELETE ON closeness_change"_s, u"OLD.person_id"_s),
        trigger(u"person_closeness_insert"_s, u"INSERT ON person"_s, u"NEW.id"_s),
        trigger(u"person_closeness_update"_s,
            u"UPDATE OF id, member_id, created_on, closeness ON person"_s, u"OLD.id, NEW.id"_s),
        trigger(u"person_closeness_delete"_s, u"DELETE ON person"_s, u"OLD.id"_s),
    };
}

const QStringList SqliteClosenessTriggerNames
    = {u"closeness_tally_insert"_s, u"closeness_tally_update"_s, u"closeness_tally_delete"_s,
        u"person_closeness_insert"_s, u"person_closeness_update"_s, u"person_closeness_delete"_s};

// PostgreSQL: statement triggers; the people are those of the transition tables.
QStringList postgresClosenessTriggers()
{
    QStringList sql;
    for (const auto& [table, key] :
        {std::pair {u"closeness_change"_s, u"person_id"_s}, {u"person"_s, u"id"_s}}) {
        const QString prefix = table == u"person"_s ? u"person_closeness"_s : u"closeness_tally"_s;
        const QString oldRows = u"SELECT %1 FROM old_rows"_s.arg(key);
        const QString newRows = u"SELECT %1 FROM new_rows"_s.arg(key);
        const QList<std::tuple<QString, QString, QString>> events = {
            {u"insert"_s, newRows, u"NEW TABLE AS new_rows"_s},
            {u"update"_s, oldRows + u" UNION "_s + newRows,
                u"OLD TABLE AS old_rows NEW TABLE AS new_rows"_s},
            {u"delete"_s, oldRows, u"OLD TABLE AS old_rows"_s},
        };
        for (const auto& [event, persons, referencing] : events) {
            const QString name = prefix + u'_' + event;
            sql.append(
                postgresFunction(name, u"NULL"_s, joined(closenessRecount(persons), u"    "_s)));
            sql.append(u"CREATE TRIGGER %1 AFTER %2 ON %3 REFERENCING %4 FOR EACH STATEMENT"
                       " EXECUTE FUNCTION %1()"_s.arg(name, event.toUpper(), table, referencing));
        }
    }
    return sql;
}

QStringList closenessRecountAll()
{
    QStringList sql = {u"DELETE FROM tally_closeness"_s, u"DELETE FROM tally_closeness_level"_s,
        u"DELETE FROM tally_closeness_person"_s, u"DELETE FROM tally_closeness_mover"_s};
    const QStringList each = closenessRecount(u"SELECT id FROM person"_s);
    // The rows of each person and the movers (the statements before them have nothing to undo).
    for (const QString& statement : each) {
        if (statement.startsWith(u"INSERT INTO tally_closeness_person"_s)
            || statement.startsWith(u"INSERT INTO tally_closeness_mover"_s))
            sql.append(statement);
    }
    sql.append(u"INSERT INTO tally_closeness (member_id, day, level, n)"
               " SELECT member_id, day, level, sum(n) FROM tally_closeness_person"
               " GROUP BY member_id, day, level HAVING sum(n) <> 0"_s);
    sql.append(u"INSERT INTO tally_closeness_level (member_id, level, n)"
               " SELECT member_id, level, sum(n) FROM tally_closeness_person"
               " GROUP BY member_id, level HAVING sum(n) <> 0"_s);
    return sql;
}

QStringList recountStatements()
{
    const QString from = u" FROM contribution c JOIN person p ON p.id = c.person_id"_s;
    QStringList sql;
    for (const QString& table :
        {u"tally_day"_s, u"tally_kind"_s, u"tally_channel"_s, u"tally_person"_s})
        sql.append(u"DELETE FROM "_s + table);
    sql += {
        u"INSERT INTO tally_day (member_id, happened_on, direction, n)"
        " SELECT p.member_id, c.happened_on, c.direction, count(*)%1"
        " GROUP BY p.member_id, c.happened_on, c.direction"_s.arg(from),
        u"INSERT INTO tally_kind (member_id, kind_id, direction, brought, n)"
        " SELECT p.member_id, c.kind_id, c.direction, coalesce(c.brought, -1), count(*)%1"
        " GROUP BY p.member_id, c.kind_id, c.direction, coalesce(c.brought, -1)"_s.arg(from),
        u"INSERT INTO tally_channel (member_id, channel_id, direction, n)"
        " SELECT p.member_id, coalesce(c.channel_id, -1), c.direction, count(*)%1"
        " GROUP BY p.member_id, coalesce(c.channel_id, -1), c.direction"_s.arg(from),
        u"INSERT INTO tally_person (person_id, member_id, given, received, last_on)"
        " SELECT p.id, p.member_id, sum(CASE WHEN c.direction = 0 THEN 1 ELSE 0 END),"
        " sum(CASE WHEN c.direction = 1 THEN 1 ELSE 0 END), max(c.happened_on)%1"
        " GROUP BY p.id, p.member_id"_s.arg(from),
    };
    return sql;
}
} // namespace

QStringList tables()
{
    return {u"tally_day"_s, u"tally_kind"_s, u"tally_channel"_s, u"tally_person"_s,
        u"tally_closeness"_s, u"tally_closeness_level"_s, u"tally_closeness_person"_s,
        u"tally_closeness_mover"_s};
}

QStringList triggerFunctions()
{
    return {u"tally_contribution_insert"_s, u"tally_contribution_update"_s,
        u"tally_contribution_delete"_s, u"tally_contribution_truncate"_s, u"tally_person_delete"_s,
        u"closeness_tally_insert"_s, u"closeness_tally_update"_s, u"closeness_tally_delete"_s,
        u"person_closeness_insert"_s, u"person_closeness_update"_s, u"person_closeness_delete"_s};
}

bool isTally(const QString& table)
{
    return tables().contains(table);
}

QList<SchemaStatement> schemaStep()
{
    using S = SchemaStatement;
    QList<SchemaStatement> statements;
    // Keyed tables: SQLite keeps them in key order without a second index.
    const QList<std::pair<QString, QString>> keyed = {
        {u"tally_day"_s,
            u"member_id INTEGER NOT NULL, happened_on {day} NOT NULL,"
            " direction INTEGER NOT NULL, n INTEGER NOT NULL,"
            " PRIMARY KEY (member_id, happened_on, direction)"_s},
        {u"tally_kind"_s,
            u"member_id INTEGER NOT NULL, kind_id INTEGER NOT NULL, direction INTEGER NOT NULL,"
            " brought INTEGER NOT NULL, n INTEGER NOT NULL,"
            " PRIMARY KEY (member_id, kind_id, direction, brought)"_s},
        {u"tally_channel"_s,
            u"member_id INTEGER NOT NULL, channel_id INTEGER NOT NULL,"
            " direction INTEGER NOT NULL, n INTEGER NOT NULL,"
            " PRIMARY KEY (member_id, channel_id, direction)"_s},
    };
    for (const auto& [table, columns] : keyed) {
        statements += {
            {u"CREATE TABLE %1 (%2) WITHOUT ROWID"_s.arg(table, columns), S::SqliteOnly},
            {u"CREATE TABLE %1 (%2)"_s.arg(table, columns), S::PostgresOnly},
        };
    }
    statements += {
        uR"(CREATE TABLE tally_person (
            person_id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL,
            given INTEGER NOT NULL,
            received INTEGER NOT NULL,
            last_on {day}))"_s,
        u"CREATE INDEX tally_person_member ON tally_person(member_id)"_s,
    };
    for (const QString& sql : sqliteTriggers())
        statements.append({sql, S::SqliteOnly});
    for (const QString& sql : postgresTriggers())
        statements.append({sql, S::PostgresOnly});
    for (const QString& sql : recountStatements())
        statements.append(sql);
    return statements;
}

QList<SchemaStatement> closenessSchemaStep()
{
    using S = SchemaStatement;
    QList<SchemaStatement> statements = {
        {u"CREATE TABLE tally_closeness (member_id INTEGER NOT NULL, day {day} NOT NULL,"
         " level INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (member_id, day, level))"
         " WITHOUT ROWID"_s,
            S::SqliteOnly},
        {u"CREATE TABLE tally_closeness (member_id INTEGER NOT NULL, day {day} NOT NULL,"
         " level INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (member_id, day, level))"_s,
            S::PostgresOnly},
        {u"CREATE TABLE tally_closeness_level (member_id INTEGER NOT NULL,"
         " level INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (member_id, level))"
         " WITHOUT ROWID"_s,
            S::SqliteOnly},
        {u"CREATE TABLE tally_closeness_level (member_id INTEGER NOT NULL,"
         " level INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (member_id, level))"_s,
            S::PostgresOnly},
        {u"CREATE TABLE tally_closeness_person (person_id INTEGER NOT NULL,"
         " member_id INTEGER NOT NULL, day {day} NOT NULL, level INTEGER NOT NULL,"
         " n INTEGER NOT NULL, PRIMARY KEY (person_id, day, level)) WITHOUT ROWID"_s,
            S::SqliteOnly},
        {u"CREATE TABLE tally_closeness_person (person_id INTEGER NOT NULL,"
         " member_id INTEGER NOT NULL, day {day} NOT NULL, level INTEGER NOT NULL,"
         " n INTEGER NOT NULL, PRIMARY KEY (person_id, day, level))"_s,
            S::PostgresOnly},
        u"CREATE TABLE tally_closeness_mover (person_id INTEGER PRIMARY KEY,"
        " member_id INTEGER NOT NULL)"_s,
        u"CREATE INDEX tally_closeness_mover_member ON tally_closeness_mover(member_id, person_id)"_s,
        // The Overview's largest imbalances: the first few of a member's people in the order
        // of given - received, without sorting the whole list.
        u"CREATE INDEX tally_person_balance ON tally_person(member_id, (given - received))"_s,
    };
    for (const QString& sql : sqliteClosenessTriggers())
        statements.append({sql, S::SqliteOnly});
    for (const QString& sql : postgresClosenessTriggers())
        statements.append({sql, S::PostgresOnly});
    for (const QString& sql : closenessRecountAll())
        statements.append(sql);
    return statements;
}

bool recount(QSqlQuery& q, Database::Engine, QString* error)
{
    for (const QString& sql : recountStatements()) {
        if (!q.exec(sql))
            return failedToCount(q, error);
    }
    return true;
}

bool recountCloseness(QSqlQuery& q, QString* error)
{
    for (const QString& sql : closenessRecountAll()) {
        if (!q.exec(sql))
            return failedToCount(q, error);
    }
    return true;
}

BulkLoad::BulkLoad(Database& db, QSqlQuery& q)
    : m_q(q)
    , m_engine(db.engine())
    , m_active(db.schemaVersion() >= SchemaVersion)
    , m_closeness(db.schemaVersion() >= ClosenessSchemaVersion)
{ }

bool BulkLoad::begin(QString* error)
{
    if (!m_active)
        return true;
    if (m_engine == Database::Engine::Postgres) {
        if (!m_q.exec(u"SET LOCAL outloud.tallies_suspended = 'on'"_s))
            return failedToPrepare(m_q, error);
        return true;
    }
    for (const QString& name : SqliteTriggerNames + SqliteClosenessTriggerNames) {
        if (!m_q.exec(u"DROP TRIGGER IF EXISTS "_s + name))
            return failedToPrepare(m_q, error);
    }
    return true;
}

bool BulkLoad::finish(QString* error)
{
    if (!m_active)
        return true;
    if (m_engine == Database::Engine::Postgres) {
        if (!m_q.exec(u"SET LOCAL outloud.tallies_suspended = 'off'"_s))
            return failedToCount(m_q, error);
    } else {
        QStringList triggers = sqliteTriggers();
        if (m_closeness)
            triggers += sqliteClosenessTriggers();
        for (const QString& sql : std::as_const(triggers)) {
            if (!m_q.exec(sql))
                return failedToCount(m_q, error);
        }
    }
    return recount(m_q, m_engine, error) && (!m_closeness || recountCloseness(m_q, error));
}

} // namespace outloud::tally
