// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL of organization mode: roles, ownership, row-level security, the shared
// aggregates and the notifications. Identity is session_user, never a session variable.
#include "OrgSchema.h"

#include "storage/Tallies.h"

using namespace Qt::StringLiterals;

namespace outloud::org {

namespace {

// Lookups that the policies share. Each runs once per statement: `(SELECT fn())`.
const QString Mine = u"(SELECT public.org_my_members())::integer[]"_s;
const QString Peers = u"(SELECT public.org_peer_members())::integer[]"_s;
const QString MyCircles = u"(SELECT public.org_my_circles())::integer[]"_s;
const QString Led = u"(SELECT public.org_led_circles())::integer[]"_s;
const QString LedMembers = u"(SELECT public.org_led_members())::integer[]"_s;

QString meetingsOf(const QString& circles)
{
    return u"meeting_id IN (SELECT id FROM public.meeting WHERE circle_id = ANY (%1))"_s.arg(
        circles);
}

struct Policy
{
    QString table;
    QString role;
    QString command; // SELECT, INSERT, UPDATE, DELETE
    QString expression;
};

QString policySql(const Policy& p)
{
    const QString name
        = u"%1_%2_%3"_s.arg(p.table, QString(p.role).remove(u"outloud_"_s), p.command.toLower());
    QString sql = u"CREATE POLICY %1 ON public.%2 AS PERMISSIVE FOR %3 TO %4"_s.arg(
        name, p.table, p.command, p.role);
    if (p.command != u"INSERT"_s)
        sql += u" USING (%1)"_s.arg(p.expression);
    if (p.command == u"INSERT"_s || p.command == u"UPDATE"_s)
        sql += u" WITH CHECK (%1)"_s.arg(p.expression);
    return sql;
}

QList<Policy> policies()
{
    QList<Policy> list;
    const auto add = [&list](const QString& table, const char* role,
                         std::initializer_list<const char*> commands, const QString& expression) {
        for (const char* command : commands)
            list.append(
                {table, QString::fromLatin1(role), QString::fromLatin1(command), expression});
    };
    const auto all = {"SELECT", "INSERT", "UPDATE", "DELETE"};
    const auto read = {"SELECT"};
    // The owner runs the SECURITY DEFINER functions and the operator's org commands.
    for (const QString& table : protectedTables())
        add(table, OwnerRole, all, u"true"_s);

    // Private to the member: the relationship list and everything about it.
    add(u"person"_s, MemberRole, all, u"member_id = ANY (%1)"_s.arg(Mine));
    const QString ownPeople
        = u"person_id IN (SELECT id FROM public.person WHERE member_id = ANY (%1))"_s.arg(Mine);
    add(u"closeness_change"_s, MemberRole, all, ownPeople);
    add(u"contribution"_s, MemberRole, all, ownPeople);
    // The member's own counts (core/storage/Tallies.h), read by their Overview. Only the
    // triggers write them, as the owner.
    for (const QString& table : tally::tables())
        add(table, MemberRole, read, u"member_id = ANY (%1)"_s.arg(Mine));

    // The goal: the member writes it, the circle and its facilitator read it.
    add(u"goal_revision"_s, MemberRole, read, u"member_id = ANY (%1)"_s.arg(Peers));
    add(u"goal_revision"_s, MemberRole, {"INSERT", "UPDATE", "DELETE"},
        u"member_id = ANY (%1)"_s.arg(Mine));
    add(u"goal_revision"_s, FacilitatorRole, read, u"member_id = ANY (%1)"_s.arg(LedMembers));

    // The circle: its members read, its facilitator writes, the program's admin runs them.
    add(u"circle"_s, MemberRole, read, u"id = ANY (%1)"_s.arg(MyCircles));
    add(u"circle"_s, FacilitatorRole, {"SELECT", "UPDATE"}, u"id = ANY (%1)"_s.arg(Led));
    add(u"circle"_s, AdminRole, all, u"true"_s);
    add(u"member"_s, MemberRole, read, u"circle_id = ANY (%1)"_s.arg(MyCircles));
    add(u"member"_s, FacilitatorRole, {"SELECT", "UPDATE"}, u"circle_id = ANY (%1)"_s.arg(Led));
    for (const QString& table : {u"meeting"_s, u"circle_plan"_s, u"share_setting"_s}) {
        add(table, MemberRole, read, u"circle_id = ANY (%1)"_s.arg(MyCircles));
        add(table, FacilitatorRole, all, u"circle_id = ANY (%1)"_s.arg(Led));
    }
    for (const QString& table : {u"attendance"_s, u"round_note"_s, u"exercise_done"_s}) {
        add(table, MemberRole, read, meetingsOf(MyCircles));
        add(table, FacilitatorRole, all,
            meetingsOf(Led) + u" AND member_id = ANY (%1)"_s.arg(LedMembers));
    }
    // Commitments: the circle reads them, each member keeps their own, the facilitator all.
    add(u"commitment"_s, MemberRole, read, u"member_id = ANY (%1)"_s.arg(Peers));
    add(u"commitment"_s, MemberRole, {"INSERT", "UPDATE", "DELETE"},
        u"member_id = ANY (%1)"_s.arg(Mine));
    add(u"commitment"_s, FacilitatorRole, all, u"member_id = ANY (%1)"_s.arg(LedMembers));
    add(u"reported_round"_s, MemberRole, read, u"member_id = ANY (%1)"_s.arg(Peers));
    add(u"reported_round"_s, FacilitatorRole, all, u"member_id = ANY (%1)"_s.arg(LedMembers));

    // Who facilitates: the facilitator sees their own circles, the admin runs it.
    add(u"org_facilitator"_s, FacilitatorRole, read, u"circle_id = ANY (%1)"_s.arg(Led));
    add(u"org_facilitator"_s, AdminRole, all, u"true"_s);

    // Lists every Outloud shares: kinds, channels, default rhythms, the schema version.
    for (const QString& table :
        {u"contribution_kind"_s, u"channel"_s, u"keep_in_touch_default"_s, u"outloud_schema"_s}) {
        for (const char* role : {MemberRole, FacilitatorRole, AdminRole})
            add(table, role, read, u"true"_s);
    }
    return list;
}

// Table privileges: a role without the privilege is refused outright (42501); with it,
// the policies above decide which rows it sees and writes.
QStringList grants()
{
    const QString groups = u"outloud_member, outloud_facilitator, outloud_admin"_s;
    return {
        u"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, %1"_s.arg(groups),
        u"GRANT SELECT ON contribution_kind, channel, keep_in_touch_default, outloud_schema TO %1"_s
            .arg(groups),
        u"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1"_s.arg(groups),
        u"GRANT SELECT, INSERT, UPDATE, DELETE ON person, closeness_change, contribution,"
        " goal_revision, commitment TO outloud_member"_s,
        u"GRANT SELECT ON circle, member, meeting, attendance, round_note, exercise_done,"
        " circle_plan, share_setting, reported_round TO outloud_member"_s,
        u"GRANT SELECT ON %1 TO outloud_member"_s.arg(tally::tables().join(u", "_s)),
        u"GRANT SELECT, UPDATE ON circle TO outloud_facilitator"_s,
        u"GRANT SELECT, UPDATE (name, position) ON member TO outloud_facilitator"_s,
        u"GRANT SELECT ON goal_revision, org_facilitator TO outloud_facilitator"_s,
        u"GRANT SELECT, INSERT, UPDATE, DELETE ON meeting, attendance, round_note,"
        " exercise_done, commitment, circle_plan, share_setting, reported_round"
        " TO outloud_facilitator"_s,
        u"GRANT SELECT, INSERT, UPDATE, DELETE ON circle, org_facilitator TO outloud_admin"_s,
    };
}

// A SECURITY DEFINER function: runs as the owner with a pinned search_path.
QString definer(
    const QString& signature, const QString& returns, const QString& language, const QString& body)
{
    return uR"(CREATE OR REPLACE FUNCTION public.%1 RETURNS %2 LANGUAGE %3 STABLE
        SECURITY DEFINER SET search_path = public, pg_temp AS $fn$%4$fn$)"_s.arg(
        signature, returns, language, body);
}

QStringList functions()
{
    const QString refuse = u"RAISE EXCEPTION 'not allowed' USING ERRCODE = '42501'"_s;
    // The week of a circle on a day: 0 before it starts, length + 1 once it is over.
    const QString week = u"LEAST(GREATEST(CASE WHEN p_today < c.start_date THEN 0"
                         " ELSE (p_today - c.start_date) / 7 + 1 END, 0), c.length_weeks + 1)"_s;
    return {
        // The caller's own member rows, circles, and facilitated circles and their members.
        definer(u"org_my_members()"_s, u"integer[]"_s, u"sql"_s,
            u"SELECT coalesce(array_agg(id), '{}') FROM member WHERE login = session_user"_s),
        definer(u"org_my_circles()"_s, u"integer[]"_s, u"sql"_s,
            u"SELECT coalesce(array_agg(DISTINCT circle_id), '{}') FROM member"
            " WHERE login = session_user"_s),
        definer(u"org_peer_members()"_s, u"integer[]"_s, u"sql"_s,
            u"SELECT coalesce(array_agg(id), '{}') FROM member WHERE circle_id IN"
            " (SELECT circle_id FROM member WHERE login = session_user)"_s),
        definer(u"org_led_circles()"_s, u"integer[]"_s, u"sql"_s,
            u"SELECT coalesce(array_agg(circle_id), '{}') FROM org_facilitator"
            " WHERE login = session_user"_s),
        definer(u"org_led_members()"_s, u"integer[]"_s, u"sql"_s,
            u"SELECT coalesce(array_agg(id), '{}') FROM member WHERE circle_id IN"
            " (SELECT circle_id FROM org_facilitator WHERE login = session_user)"_s),
        definer(u"org_is_admin()"_s, u"boolean"_s, u"sql"_s,
            u"SELECT pg_has_role(session_user, 'outloud_admin', 'MEMBER')"_s),
        definer(u"org_require_circle(p_circle integer)"_s, u"void"_s, u"plpgsql"_s,
            u"BEGIN IF NOT (p_circle = ANY (org_my_circles()) OR p_circle = ANY "
            u"(org_led_circles()))"
            " THEN %1; END IF; END"_s.arg(refuse)),
        definer(u"org_require_admin()"_s, u"void"_s, u"plpgsql"_s,
            u"BEGIN IF NOT org_is_admin() THEN %1; END IF; END"_s.arg(refuse)),

        definer(u"org_session()"_s,
            u"TABLE(login text, is_admin boolean, member_circles integer[],"
            " facilitated_circles integer[])"_s,
            u"sql"_s,
            u"SELECT session_user::text, org_is_admin(), org_my_circles(), org_led_circles()"_s),

        definer(u"org_circle_days(p_circle integer, p_from date, p_to date)"_s,
            u"TABLE(member_id integer, day date, given integer, received integer)"_s, u"plpgsql"_s,
            uR"(
#variable_conflict use_column
BEGIN
    PERFORM org_require_circle(p_circle);
    RETURN QUERY SELECT p.member_id, c.happened_on,
            (count(*) FILTER (WHERE c.direction = 0))::integer,
            (count(*) FILTER (WHERE c.direction = 1))::integer
        FROM member m JOIN person p ON p.member_id = m.id JOIN contribution c ON c.person_id = p.id
        WHERE m.circle_id = p_circle AND c.happened_on >= p_from AND c.happened_on < p_to
        GROUP BY p.member_id, c.happened_on ORDER BY 1, 2;
END)"_s),

        // The goal as it stood on p_today (a later revision does not rewrite the past;
        // before the first revision, the first one), as analytics::weeklyTarget() reads it.
        definer(u"org_circle_members(p_circle integer, p_today date, p_week integer)"_s,
            u"TABLE(member_id integer, name text, member_position integer, is_me boolean,"
            " accomplish text, weekly_target integer, last_contribution date,"
            " meetings_held integer, meetings_attended integer,"
            " commitments_due integer, commitments_kept integer)"_s,
            u"plpgsql"_s, uR"(
#variable_conflict use_column
BEGIN
    PERFORM org_require_circle(p_circle);
    RETURN QUERY SELECT m.id, m.name, m.position, coalesce(m.login = session_user, false),
            coalesce(g.accomplish, ''), coalesce(g.weekly_target, 3),
            (SELECT max(c.happened_on) FROM person p JOIN contribution c ON c.person_id = p.id
                WHERE p.member_id = m.id AND c.happened_on <= p_today),
            (SELECT count(*)::integer FROM meeting mt WHERE mt.circle_id = p_circle AND mt.status = 1),
            (SELECT count(*)::integer FROM attendance a JOIN meeting mt ON mt.id = a.meeting_id
                WHERE a.member_id = m.id AND a.present = 1),
            (SELECT count(*)::integer FROM commitment k WHERE k.member_id = m.id AND k.due_week <= p_week),
            (SELECT count(*)::integer FROM commitment k
                WHERE k.member_id = m.id AND k.due_week <= p_week AND k.kept = 1)
        FROM member m
        LEFT JOIN LATERAL (SELECT gr.accomplish, gr.weekly_target FROM goal_revision gr
            WHERE gr.member_id = m.id
            ORDER BY (gr.revised_at::date <= p_today) DESC,
                CASE WHEN gr.revised_at::date <= p_today THEN gr.revised_at END DESC NULLS LAST,
                CASE WHEN gr.revised_at::date <= p_today THEN gr.id END DESC NULLS LAST,
                gr.revised_at, gr.id LIMIT 1) g ON true
        WHERE m.circle_id = p_circle ORDER BY m.position, m.id;
END)"_s),

        definer(u"org_facilitator_overview(p_today date)"_s,
            u"TABLE(circle_id integer, name text, start_date date, length_weeks integer,"
            " week integer, next_meeting text, members integer, meetings_held integer,"
            " attendance_present integer, attendance_recorded integer,"
            " commitments_due integer, commitments_kept integer,"
            " given_this_week integer, received_this_week integer,"
            " stalled integer, stalled_names text[])"_s,
            u"plpgsql"_s, uR"(
#variable_conflict use_column
BEGIN
    RETURN QUERY WITH led AS (
        SELECT c.*, %1 AS wk FROM circle c WHERE c.id = ANY (org_led_circles())
    ), stalled AS (
        SELECT m.circle_id, m.name, m.position, m.id FROM member m JOIN led ON led.id = m.circle_id
        WHERE NOT EXISTS (SELECT 1 FROM person p JOIN contribution c ON c.person_id = p.id
            WHERE p.member_id = m.id AND c.happened_on > p_today - 14 AND c.happened_on <= p_today)
    )
    SELECT led.id, led.name, led.start_date, led.length_weeks, led.wk,
        (SELECT mt.scheduled_at FROM meeting mt WHERE mt.circle_id = led.id AND mt.status = 0
            AND mt.scheduled_at >= p_today::text ORDER BY mt.scheduled_at LIMIT 1),
        (SELECT count(*)::integer FROM member m WHERE m.circle_id = led.id),
        (SELECT count(*)::integer FROM meeting mt WHERE mt.circle_id = led.id AND mt.status = 1),
        (SELECT count(*)::integer FROM attendance a JOIN meeting mt ON mt.id = a.meeting_id
            WHERE mt.circle_id = led.id AND a.present = 1),
        (SELECT count(*)::integer FROM attendance a JOIN meeting mt ON mt.id = a.meeting_id
            WHERE mt.circle_id = led.id),
        (SELECT count(*)::integer FROM commitment k JOIN member m ON m.id = k.member_id
            WHERE m.circle_id = led.id AND k.due_week <= led.wk),
        (SELECT count(*)::integer FROM commitment k JOIN member m ON m.id = k.member_id
            WHERE m.circle_id = led.id AND k.due_week <= led.wk AND k.kept = 1),
        (SELECT count(*)::integer FROM member m JOIN person p ON p.member_id = m.id
            JOIN contribution c ON c.person_id = p.id WHERE m.circle_id = led.id
            AND c.direction = 0 AND c.happened_on > p_today - 7 AND c.happened_on <= p_today),
        (SELECT count(*)::integer FROM member m JOIN person p ON p.member_id = m.id
            JOIN contribution c ON c.person_id = p.id WHERE m.circle_id = led.id
            AND c.direction = 1 AND c.happened_on > p_today - 7 AND c.happened_on <= p_today),
        (SELECT count(*)::integer FROM stalled s WHERE s.circle_id = led.id),
        (SELECT coalesce(array_agg(s.name ORDER BY s.position, s.id), '{}') FROM stalled s
            WHERE s.circle_id = led.id)
    FROM led ORDER BY led.start_date, led.id;
END)"_s.arg(week)),

        definer(u"org_program_totals(p_today date)"_s,
            u"TABLE(circles integer, circles_running integer, circles_finished integer,"
            " circles_not_started integer, members integer, members_active_this_week integer,"
            " contributions_this_week integer, commitments_due integer,"
            " commitments_kept integer)"_s,
            u"plpgsql"_s, uR"(
#variable_conflict use_column
BEGIN
    PERFORM org_require_admin();
    RETURN QUERY WITH weeks AS (SELECT c.id, %1 AS wk, c.length_weeks FROM circle c),
    recent AS (SELECT c.id, p.member_id FROM contribution c JOIN person p ON p.id = c.person_id
        WHERE c.happened_on > p_today - 7 AND c.happened_on <= p_today)
    SELECT (SELECT count(*)::integer FROM weeks),
        (SELECT count(*)::integer FROM weeks WHERE wk BETWEEN 1 AND length_weeks),
        (SELECT count(*)::integer FROM weeks WHERE wk > length_weeks),
        (SELECT count(*)::integer FROM weeks WHERE wk = 0),
        (SELECT count(*)::integer FROM member),
        (SELECT count(DISTINCT member_id)::integer FROM recent),
        (SELECT count(*)::integer FROM recent),
        (SELECT count(*)::integer FROM commitment k JOIN member m ON m.id = k.member_id
            JOIN weeks w ON w.id = m.circle_id WHERE k.due_week <= w.wk),
        (SELECT count(*)::integer FROM commitment k JOIN member m ON m.id = k.member_id
            JOIN weeks w ON w.id = m.circle_id WHERE k.due_week <= w.wk AND k.kept = 1);
END)"_s.arg(week)),

        definer(u"org_program_circles(p_today date)"_s,
            u"TABLE(circle_id integer, name text, start_date date, week integer,"
            " length_weeks integer, members integer, members_active_this_week integer)"_s,
            u"plpgsql"_s, uR"(
#variable_conflict use_column
BEGIN
    PERFORM org_require_admin();
    RETURN QUERY SELECT c.id, c.name, c.start_date, %1, c.length_weeks,
        (SELECT count(*)::integer FROM member m WHERE m.circle_id = c.id),
        (SELECT count(DISTINCT m.id)::integer FROM member m JOIN person p ON p.member_id = m.id
            JOIN contribution k ON k.person_id = p.id WHERE m.circle_id = c.id
            AND k.happened_on > p_today - 7 AND k.happened_on <= p_today)
    FROM circle c ORDER BY c.start_date, c.id;
END)"_s.arg(week)),

        definer(u"org_program_weeks(p_today date, p_weeks integer)"_s,
            u"TABLE(week_start date, members_active integer, contributions integer)"_s,
            u"plpgsql"_s, uR"(
#variable_conflict use_column
BEGIN
    PERFORM org_require_admin();
    RETURN QUERY SELECT (p_today - 7 * w + 1)::date,
        (SELECT count(DISTINCT p.member_id)::integer FROM contribution c
            JOIN person p ON p.id = c.person_id
            WHERE c.happened_on > p_today - 7 * w AND c.happened_on <= p_today - 7 * (w - 1)),
        (SELECT count(*)::integer FROM contribution c
            WHERE c.happened_on > p_today - 7 * w AND c.happened_on <= p_today - 7 * (w - 1))
    FROM generate_series(greatest(p_weeks, 1), 1, -1) AS w;
END)"_s),

        // Notifications: which circle changed and in which tables, nothing else, once per
        // committing transaction. Each changed row notes "circle:table" in a setting local
        // to the transaction (cheap, and undone with a rolled-back savepoint); the first
        // deferred trigger to fire at COMMIT announces what was noted and clears it, the
        // others find nothing left. A rollback announces nothing.
        uR"(CREATE OR REPLACE FUNCTION public.org_notify() RETURNS trigger LANGUAGE plpgsql
            SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    j jsonb;
    cid integer;
    noted text;
    item text;
BEGIN
    IF TG_OP = 'DELETE' THEN j := to_jsonb(OLD); ELSE j := to_jsonb(NEW); END IF;
    IF TG_TABLE_NAME = 'circle' THEN
        cid := (j ->> 'id')::integer;
    ELSIF j ? 'circle_id' THEN
        cid := (j ->> 'circle_id')::integer;
    ELSIF j ? 'member_id' THEN
        SELECT m.circle_id INTO cid FROM member m WHERE m.id = (j ->> 'member_id')::integer;
    ELSIF j ? 'meeting_id' THEN
        SELECT mt.circle_id INTO cid FROM meeting mt WHERE mt.id = (j ->> 'meeting_id')::integer;
    ELSIF j ? 'person_id' THEN
        SELECT m.circle_id INTO cid FROM person p JOIN member m ON m.id = p.member_id
            WHERE p.id = (j ->> 'person_id')::integer;
    END IF;
    IF cid IS NOT NULL THEN
        noted := coalesce(nullif(current_setting('outloud.changed', true), ''), ',');
        item := cid::text || ':' || TG_TABLE_NAME || ',';
        IF strpos(noted, ',' || item) = 0 THEN
            PERFORM set_config('outloud.changed', noted || item, true);
        END IF;
    END IF;
    RETURN NULL;
END$fn$)"_s,
        uR"(CREATE OR REPLACE FUNCTION public.org_announce() RETURNS trigger LANGUAGE plpgsql
            SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    noted text;
    r record;
BEGIN
    noted := coalesce(nullif(current_setting('outloud.changed', true), ''), ',');
    IF noted = ',' THEN
        RETURN NULL;
    END IF;
    PERFORM set_config('outloud.changed', ',', true);
    FOR r IN SELECT split_part(x, ':', 1) AS cid,
            string_agg(DISTINCT split_part(x, ':', 2), ',' ORDER BY split_part(x, ':', 2)) AS tables
        FROM unnest(string_to_array(trim(BOTH ',' FROM noted), ',')) AS x
        GROUP BY 1 ORDER BY 1 LOOP
        PERFORM pg_notify('circle_' || r.cid, r.tables);
        PERFORM pg_notify('outloud_program', r.cid);
        IF r.tables ~ '(^|,)(circle|member)(,|$)' THEN
            PERFORM pg_notify('outloud_circles', r.tables);
        END IF;
    END LOOP;
    RETURN NULL;
END$fn$)"_s,
    };
}

} // namespace

QStringList protectedTables()
{
    return {u"circle"_s, u"member"_s, u"goal_revision"_s, u"person"_s, u"closeness_change"_s,
        u"contribution_kind"_s, u"channel"_s, u"contribution"_s, u"meeting"_s, u"attendance"_s,
        u"commitment"_s, u"round_note"_s, u"exercise_done"_s, u"circle_plan"_s, u"share_setting"_s,
        u"reported_round"_s, u"keep_in_touch_default"_s, u"outloud_schema"_s, u"org_facilitator"_s,
        u"tally_day"_s, u"tally_kind"_s, u"tally_channel"_s, u"tally_person"_s,
        u"tally_closeness"_s, u"tally_closeness_level"_s, u"tally_closeness_person"_s,
        u"tally_closeness_mover"_s};
}

QStringList roleStatements()
{
    // Roles are the cluster's: another database may have made them already (or be making
    // them right now), so "already there" is not an error.
    return {uR"(DO $do$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['outloud_owner', 'outloud_member', 'outloud_facilitator', 'outloud_admin'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END$do$)"_s,
        // The operator must be able to act as the owner (a superuser already can).
        uR"(DO $do$
BEGIN
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
        AND NOT pg_has_role(session_user, 'outloud_owner', 'MEMBER') THEN
        EXECUTE format('GRANT outloud_owner TO %I', session_user);
    END IF;
END$do$)"_s};
}

QStringList ownershipStatements()
{
    return {u"ALTER SCHEMA public OWNER TO outloud_owner"_s,
        u"REVOKE CREATE ON SCHEMA public FROM PUBLIC"_s,
        u"GRANT USAGE ON SCHEMA public TO outloud_member, outloud_facilitator, outloud_admin"_s,
        uR"(DO $do$
DECLARE r record;
BEGIN
    FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
          AND c.relowner <> 'outloud_owner'::regrole LOOP
        EXECUTE format('ALTER TABLE %s OWNER TO outloud_owner', r.name);
    END LOOP;
    FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S'
          AND c.relowner <> 'outloud_owner'::regrole
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')) LOOP
        EXECUTE format('ALTER SEQUENCE %s OWNER TO outloud_owner', r.name);
    END LOOP;
    FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> 'outloud_owner'::regrole LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO outloud_owner', r.name);
    END LOOP;
    FOR r IN SELECT c.oid::regcollation AS name FROM pg_collation c
        WHERE c.collnamespace = 'public'::regnamespace AND c.collowner <> 'outloud_owner'::regrole LOOP
        EXECUTE format('ALTER COLLATION %s OWNER TO outloud_owner', r.name);
    END LOOP;
END$do$)"_s};
}

QStringList securityStatements()
{
    QStringList sql = {
        u"ALTER DEFAULT PRIVILEGES FOR ROLE outloud_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC"_s,
        u"ALTER TABLE member ADD COLUMN IF NOT EXISTS login text"_s,
        u"CREATE UNIQUE INDEX IF NOT EXISTS member_circle_login ON member(circle_id, login)"
        " WHERE login IS NOT NULL"_s,
        u"CREATE INDEX IF NOT EXISTS member_login ON member(login)"_s,
        uR"(CREATE TABLE IF NOT EXISTS org_facilitator (
            circle_id integer NOT NULL REFERENCES circle(id) ON DELETE CASCADE,
            login text NOT NULL,
            PRIMARY KEY (circle_id, login)))"_s,
        u"CREATE INDEX IF NOT EXISTS org_facilitator_login ON org_facilitator(login)"_s,
    };
    sql += functions();
    // Every table of the schema, whether listed or not, gets forced RLS (a table nobody
    // wrote a policy for is then closed to everyone but the owner), and loses its old
    // policies so that an upgrade leaves exactly the current ones.
    sql += uR"(DO $do$
DECLARE r record;
BEGIN
    FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') LOOP
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', r.name);
        EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', r.name);
    END LOOP;
    FOR r IN SELECT policyname, tablename FROM pg_policies WHERE schemaname = 'public' LOOP
        EXECUTE format('DROP POLICY %I ON public.%I', r.policyname, r.tablename);
    END LOOP;
END$do$)"_s;
    for (const Policy& p : policies())
        sql += policySql(p);
    sql += grants();
    // The tallies' trigger functions (SECURITY DEFINER, so that a member's edit counts in
    // tables the member may only read) look only in public.
    for (const QString& function : tally::triggerFunctions())
        sql += u"ALTER FUNCTION public.%1() SET search_path = public, pg_temp"_s.arg(function);
    sql += u"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC"_s;
    sql += u"GRANT EXECUTE ON FUNCTION org_my_members(), org_my_circles(), org_peer_members(),"
           " org_led_circles(), org_led_members(), org_is_admin(), org_session(),"
           " org_circle_days(integer, date, date), org_circle_members(integer, date, integer),"
           " org_facilitator_overview(date) TO outloud_member, outloud_facilitator, outloud_admin"_s;
    sql += u"GRANT EXECUTE ON FUNCTION org_program_totals(date), org_program_circles(date),"
           " org_program_weeks(date, integer) TO outloud_admin"_s;
    for (const QString& table :
        {u"circle"_s, u"member"_s, u"goal_revision"_s, u"person"_s, u"closeness_change"_s,
            u"contribution"_s, u"meeting"_s, u"attendance"_s, u"commitment"_s, u"round_note"_s,
            u"exercise_done"_s, u"circle_plan"_s, u"reported_round"_s}) {
        sql += u"DROP TRIGGER IF EXISTS %1_org_notify ON %1"_s.arg(table);
        sql += u"CREATE TRIGGER %1_org_notify AFTER INSERT OR UPDATE OR DELETE ON %1"
               " FOR EACH ROW EXECUTE FUNCTION org_notify()"_s.arg(table);
        sql += u"DROP TRIGGER IF EXISTS %1_org_announce ON %1"_s.arg(table);
        sql += u"CREATE CONSTRAINT TRIGGER %1_org_announce AFTER INSERT OR UPDATE OR DELETE"
               " ON %1 DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION"
               " org_announce()"_s.arg(table);
    }
    return sql;
}

} // namespace outloud::org
