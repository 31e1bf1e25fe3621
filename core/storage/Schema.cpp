// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

#include "Database.h"
#include "SqlUtil.h"
#include "Tallies.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("outloud", text, disambiguation, n);
}

// Version 1: the circle, its members and goals, relationship lists, contributions,
// meetings and commitments. On SQLite dates are ISO 8601 text (YYYY-MM-DD), instants
// local ISO text; on PostgreSQL `date` and `timestamptz`. Times of day are HH:MM text.
QList<SchemaStatement> version1()
{
    return {
        // PostgreSQL has no NOCASE: a case-insensitive collation of that name lets the
        // same queries and indexes say COLLATE NOCASE on both engines.
        {uR"(CREATE COLLATION IF NOT EXISTS nocase
            (provider = icu, locale = 'und-u-ks-level2', deterministic = false))"_s,
            SchemaStatement::PostgresOnly},
        uR"(CREATE TABLE circle (
            id {id},
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            start_date {day} NOT NULL,
            meeting_weekday INTEGER NOT NULL CHECK (meeting_weekday BETWEEN 1 AND 7),
            meeting_time TEXT NOT NULL DEFAULT '12:00',
            time_zone TEXT NOT NULL DEFAULT '',
            length_weeks INTEGER NOT NULL DEFAULT 12 CHECK (length_weeks BETWEEN 1 AND 52),
            facilitator_id INTEGER{facilitator_ref},
            created_at {instant} NOT NULL))"_s,
        uR"(CREATE TABLE member (
            id {id},
            circle_id INTEGER NOT NULL REFERENCES circle(id) ON DELETE CASCADE{deferrable},
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            is_me INTEGER NOT NULL DEFAULT 0 CHECK (is_me IN (0, 1)),
            position INTEGER NOT NULL DEFAULT 0))"_s,
        // PostgreSQL checks a reference when it is declared: circle -> member comes after member.
        {uR"(ALTER TABLE circle ADD FOREIGN KEY (facilitator_id) REFERENCES member(id)
            ON DELETE SET NULL DEFERRABLE)"_s,
            SchemaStatement::PostgresOnly},
        u"CREATE INDEX member_circle ON member(circle_id, position)"_s,
        u"CREATE UNIQUE INDEX member_one_me ON member(circle_id) WHERE is_me = 1"_s,
        uR"(CREATE TABLE goal_revision (
            id {id},
            member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE{deferrable},
            revised_at {instant} NOT NULL,
            accomplish TEXT NOT NULL,
            why TEXT NOT NULL DEFAULT '',
            progress TEXT NOT NULL DEFAULT '',
            weekly_target INTEGER NOT NULL DEFAULT 3 CHECK (weekly_target BETWEEN 0 AND 100)))"_s,
        u"CREATE INDEX goal_revision_member ON goal_revision(member_id, revised_at)"_s,
        uR"(CREATE TABLE person (
            id {id},
            member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE{deferrable},
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            organization TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            relation TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            channels TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            closeness INTEGER NOT NULL DEFAULT 0 CHECK (closeness BETWEEN 0 AND 5),
            introduced_by INTEGER REFERENCES person(id) ON DELETE SET NULL{deferrable},
            created_on {day} NOT NULL))"_s,
        u"CREATE INDEX person_member_name ON person(member_id, name COLLATE NOCASE)"_s,
        u"CREATE INDEX person_introduced_by ON person(introduced_by)"_s,
        u"CREATE INDEX person_email ON person(member_id, email COLLATE NOCASE) WHERE email <> ''"_s,
        uR"(CREATE TABLE closeness_change (
            id {id},
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE{deferrable},
            changed_on {day} NOT NULL,
            closeness INTEGER NOT NULL CHECK (closeness BETWEEN 0 AND 5)))"_s,
        u"CREATE INDEX closeness_change_person ON closeness_change(person_id, changed_on)"_s,
        uR"(CREATE TABLE contribution_kind (
            id {id},
            code TEXT UNIQUE,
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            position INTEGER NOT NULL,
            shares_others INTEGER NOT NULL DEFAULT 0 CHECK (shares_others IN (0, 1)),
            connects INTEGER NOT NULL DEFAULT 0 CHECK (connects IN (0, 1))))"_s,
        uR"(INSERT INTO contribution_kind (code, name, position, shares_others, connects) VALUES
            ('attention', 'Attention', 1, 0, 0),
            ('appreciation', 'Appreciation', 2, 0, 0),
            ('recognition', 'Recognition', 3, 1, 0),
            ('share_theirs', 'Share their work', 4, 1, 0),
            ('share_mine', 'Share my learning', 5, 0, 0),
            ('question', 'Thoughtful question', 6, 0, 0),
            ('connect', 'Connect the dots', 7, 1, 1),
            ('help', 'Offer help', 8, 0, 0),
            ('collaborate', 'Collaborate', 9, 0, 0),
            ('advocate', 'Advocate', 10, 0, 0))"_s,
        uR"(CREATE TABLE channel (
            id {id},
            code TEXT UNIQUE,
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            position INTEGER NOT NULL))"_s,
        uR"(INSERT INTO channel (code, name, position) VALUES
            ('linkedin', 'LinkedIn', 1), ('x', 'X/Twitter', 2), ('mastodon', 'Mastodon', 3),
            ('blog', 'Blog', 4), ('email', 'E-mail', 5), ('intranet', 'Internal network', 6),
            ('chat', 'Chat', 7), ('call', 'Phone or video', 8), ('in_person', 'In person', 9),
            ('other', 'Other', 10))"_s,
        uR"(CREATE TABLE contribution (
            id {id},
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE{deferrable},
            happened_on {day} NOT NULL,
            direction INTEGER NOT NULL CHECK (direction IN (0, 1)),
            kind_id INTEGER NOT NULL REFERENCES contribution_kind(id){deferrable},
            channel_id INTEGER REFERENCES channel(id){deferrable},
            brought INTEGER CHECK (brought IS NULL OR (direction = 1 AND brought BETWEEN 0 AND 2)),
            note TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX contribution_person ON contribution(person_id, direction, happened_on)"_s,
        u"CREATE INDEX contribution_date ON contribution(happened_on)"_s,
        uR"(CREATE TABLE meeting (
            id {id},
            circle_id INTEGER NOT NULL REFERENCES circle(id) ON DELETE CASCADE{deferrable},
            week INTEGER NOT NULL CHECK (week >= 1),
            scheduled_at TEXT NOT NULL,
            status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3),
            notes TEXT NOT NULL DEFAULT '',
            UNIQUE (circle_id, week)))"_s,
        uR"(CREATE TABLE attendance (
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE{deferrable},
            member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE{deferrable},
            present INTEGER NOT NULL CHECK (present IN (0, 1)),
            PRIMARY KEY (meeting_id, member_id)))"_s,
        uR"(CREATE TABLE commitment (
            id {id},
            member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE{deferrable},
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            made_week INTEGER NOT NULL CHECK (made_week >= 0),
            due_week INTEGER NOT NULL CHECK (due_week >= made_week),
            kept INTEGER CHECK (kept IS NULL OR kept IN (0, 1))))"_s,
        u"CREATE INDEX commitment_member ON commitment(member_id, due_week)"_s,
    };
}

// Version 2: what a meeting captures beyond attendance (round notes per member, the
// exercises each member checked off), a circle's own week plan, and a revision counter per
// meeting so that a calendar re-export updates events instead of duplicating them.
QList<SchemaStatement> version2()
{
    return {
        u"ALTER TABLE meeting ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0)"_s,
        uR"(CREATE TABLE round_note (
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE{deferrable},
            member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE{deferrable},
            notes TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (meeting_id, member_id)))"_s,
        uR"(CREATE TABLE exercise_done (
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE{deferrable},
            member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE{deferrable},
            position INTEGER NOT NULL CHECK (position >= 0),
            exercise TEXT NOT NULL,
            PRIMARY KEY (meeting_id, member_id, position)))"_s,
        u"CREATE INDEX exercise_done_member ON exercise_done(member_id)"_s,
        uR"(CREATE TABLE circle_plan (
            circle_id INTEGER PRIMARY KEY REFERENCES circle(id) ON DELETE CASCADE{deferrable},
            plan_text TEXT NOT NULL CHECK (length(trim(plan_text)) > 0),
            updated_at {instant} NOT NULL))"_s,
    };
}

// Version 3: sharing a circle without a server (core/sharing): a stable random id for each circle
// and member, so that every member's file names the same circle and the same people; the
// folder each circle shares through and which parts of the card go there; and what a
// facilitator types in when a member reports their figures in the round instead.
// Triggers give rows inserted later their ids, so no other code has to know about them.
// Ids are 32 lowercase hex digits. PostgreSQL gives every row, old and new, its own from a
// volatile column default; SQLite cannot add such a column, so it fills the old rows once
// and a trigger gives new rows theirs.
QList<SchemaStatement> sharingStep()
{
    using S = SchemaStatement;
    QList<SchemaStatement> statements;
    for (const QString& table : {u"circle"_s, u"member"_s}) {
        statements += {
            {u"ALTER TABLE %1 ADD COLUMN uid text DEFAULT replace(gen_random_uuid()::text, '-', '')"_s
                    .arg(table),
                S::PostgresOnly},
            {u"ALTER TABLE %1 ADD COLUMN uid TEXT"_s.arg(table), S::SqliteOnly},
            {u"UPDATE %1 SET uid = lower(hex(randomblob(16)))"_s.arg(table), S::SqliteOnly},
            {uR"(CREATE TRIGGER %1_uid_default AFTER INSERT ON %1 WHEN NEW.uid IS NULL
                BEGIN UPDATE %1 SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END)"_s.arg(
                 table),
                S::SqliteOnly},
            u"CREATE UNIQUE INDEX %1_uid ON %1(uid)"_s.arg(table),
        };
    }
    statements += {
        // When the invitation this circle came from was made (orders invitations).
        u"ALTER TABLE circle ADD COLUMN invitation_issued_at TEXT"_s,
        uR"(CREATE TABLE share_setting (
            circle_id INTEGER PRIMARY KEY REFERENCES circle(id) ON DELETE CASCADE{deferrable},
            folder TEXT NOT NULL DEFAULT '',
            parts INTEGER NOT NULL DEFAULT 31 CHECK (parts BETWEEN 0 AND 31),
            confirmed_at TEXT))"_s,
        uR"(CREATE TABLE reported_round (
            member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE{deferrable},
            week INTEGER NOT NULL CHECK (week >= 1),
            given INTEGER NOT NULL CHECK (given >= 0),
            received INTEGER NOT NULL CHECK (received >= 0),
            commitments_due INTEGER NOT NULL CHECK (commitments_due >= 0),
            commitments_kept INTEGER NOT NULL CHECK (commitments_kept BETWEEN 0 AND commitments_due),
            reported_at TEXT NOT NULL,
            PRIMARY KEY (member_id, week)))"_s,
    };
    return statements;
}

// Version 4: keeping in touch. A person's rhythm in weeks (NULL: the default for their
// closeness, 0: none) and the user's default rhythm per closeness level, seeded so that
// closer relationships are looked after more often.
QList<SchemaStatement> keepInTouchStep()
{
    return {
        u"ALTER TABLE person ADD COLUMN keep_in_touch_weeks INTEGER"
        " CHECK (keep_in_touch_weeks IS NULL OR keep_in_touch_weeks BETWEEN 0 AND 52)"_s,
        uR"(CREATE TABLE keep_in_touch_default (
            closeness INTEGER PRIMARY KEY CHECK (closeness BETWEEN 0 AND 5),
            every_weeks INTEGER NOT NULL CHECK (every_weeks BETWEEN 0 AND 52)))"_s,
        uR"(INSERT INTO keep_in_touch_default (closeness, every_weeks) VALUES
            (0, 0), (1, 0), (2, 8), (3, 4), (4, 2), (5, 2))"_s,
    };
}

// Version 5: the Overview reads a member's contributions from one index alone. Every
// analytics statement groups a member's contributions by day, direction, kind, channel or
// what they brought; with all of those in the index after the person, no statement visits
// the table's rows. It replaces contribution_person, whose columns it begins with.
QList<SchemaStatement> coveringIndexStep()
{
    return {
        u"CREATE INDEX contribution_person_covering ON contribution"
        " (person_id, direction, happened_on, kind_id, channel_id, brought)"_s,
        u"DROP INDEX contribution_person"_s,
    };
}

// Version 7: the contributions filter reads a member's notes from an index. Typing in it
// counts the member's contributions whose person or note holds the text: with the notes in
// an index after the person, that count reads no table row (a third of the time at 40,000
// rows, and it grows with the log). SQLite only: a PostgreSQL B-tree refuses entries over
// about 2,700 bytes, and a note may be longer; PostgreSQL plans that count from its own
// statistics.
QList<SchemaStatement> noteIndexStep()
{
    return {
        {u"CREATE INDEX contribution_person_note ON contribution (person_id, note)"_s,
            SchemaStatement::SqliteOnly},
    };
}

// Version 9: a person's timeline reads their newest contributions from an index. The detail
// pane shows a screenful of a person's history, newest first: sorting all of it first grew
// with the history (a tenth of the relationship list's first paint at ten times the demo's).
// On SQLite the index also carries the note, and replaces contribution_person_note: the
// contributions filter's count still reads no table row, and an edit updates no more indexes
// than before. PostgreSQL keeps notes out of B-trees (see version 7).
QList<SchemaStatement> timelineIndexStep()
{
    return {
        {u"CREATE INDEX contribution_person_date ON contribution (person_id, happened_on, id, note)"_s,
            SchemaStatement::SqliteOnly},
        {u"DROP INDEX contribution_person_note"_s, SchemaStatement::SqliteOnly},
        {u"CREATE INDEX contribution_person_date ON contribution (person_id, happened_on, id)"_s,
            SchemaStatement::PostgresOnly},
    };
}

} // namespace

QString SchemaStatement::textFor(Database::Engine engine) const
{
    const bool postgres = engine == Database::Engine::Postgres;
    if ((only == SqliteOnly && postgres) || (only == PostgresOnly && !postgres))
        return {};
    // The only places where the dialects differ within a statement.
    static const QList<std::pair<QString, std::pair<QString, QString>>> types = {
        {u"{id}"_s,
            {u"INTEGER PRIMARY KEY"_s, u"integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s}},
        {u"{day}"_s, {u"TEXT"_s, u"date"_s}},
        {u"{instant}"_s, {u"TEXT"_s, u"timestamptz"_s}},
        // A restore checks references at commit (SQLite: PRAGMA defer_foreign_keys).
        {u"{deferrable}"_s, {QString(), u" DEFERRABLE"_s}},
        {u"{facilitator_ref}"_s, {u" REFERENCES member(id) ON DELETE SET NULL"_s, QString()}},
    };
    QString text = sql;
    for (const auto& [placeholder, variants] : types)
        text.replace(placeholder, postgres ? variants.second : variants.first);
    return text;
}

const QList<MigrationStep>& migrationSteps()
{
    static const QList<MigrationStep> steps = {
        {1, version1()},
        {2, version2()},
        {3, sharingStep()},
        {4, keepInTouchStep()},
        {5, coveringIndexStep()},
        // Version 6: the Overview's counts kept ahead by triggers (Tallies.h). Later changes
        // to the tallies' triggers come as steps of their own.
        {6, tally::schemaStep()},
        {7, noteIndexStep()},
        // Version 8: the relationship list's closeness kept ahead by triggers (Tallies.h).
        {8, tally::closenessSchemaStep()},
        {9, timelineIndexStep()},
    };
    return steps;
}

namespace {
// Where each engine keeps the version: PRAGMA user_version (with the file's application
// id), or a one-row table naming the application on PostgreSQL.
bool recordVersion(Database& db, QSqlQuery& q, int version)
{
    if (db.isServer()) {
        const QString table = QLatin1StringView(Database::VersionTable);
        // Created by the first step; IF NOT EXISTS would print a notice on every later one.
        const bool create = q.exec(u"SELECT to_regclass('%1') IS NULL"_s.arg(table)) && q.next()
            && q.value(0).toBool();
        q.finish();
        if (create
            && !q.exec(
                u"CREATE TABLE %1 (application text NOT NULL, version integer NOT NULL)"_s.arg(
                    table)))
            return false;
        return q.exec(u"DELETE FROM %1"_s.arg(table))
            && q.exec(
                u"INSERT INTO %1 (application, version) VALUES ('outloud', %2)"_s.arg(table).arg(
                    version));
    }
    // PRAGMAs cannot be bound; both values are our own integers.
    return q.exec(u"PRAGMA application_id = %1"_s.arg(Database::ApplicationId))
        && q.exec(u"PRAGMA user_version = %1"_s.arg(version));
}

bool runStep(Database& db, QSqlQuery& q, const MigrationStep& step, QString* error)
{
    for (const SchemaStatement& statement : step.statements) {
        const QString sql = statement.textFor(db.engine());
        if (sql.isEmpty())
            continue;
        if (!q.exec(sql)) {
            return fail(error,
                sqlErrorMessage(
                    tr("upgrade the database to version %1").arg(step.to), q.lastError()));
        }
    }
    if (!recordVersion(db, q, step.to)) {
        return fail(error, sqlErrorMessage(tr("record the schema version"), q.lastError()));
    }
    return true;
}
} // namespace

bool migrate(Database& db, int fromVersion, QString* error, int toVersion)
{
    for (const MigrationStep& step : migrationSteps()) {
        if (step.to <= fromVersion || (toVersion >= 0 && step.to > toVersion))
            continue;
        // Nothing to announce: no model is open while a database is upgraded.
        if (!db.write(
                {}, [&](QSqlQuery& q) { return runStep(db, q, step, error); }, error))
            return false;
    }
    // Statements prepared before the change are planned against the old tables.
    db.forgetPreparedStatements();
    return true;
}

} // namespace outloud
