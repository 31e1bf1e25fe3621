--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: nocase; Type: COLLATION; Schema: public; Owner: -
--

CREATE COLLATION public.nocase (provider = icu, deterministic = false, locale = 'und-u-ks-level2');


--
-- Name: closeness_tally_delete(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.closeness_tally_delete() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO '$user', 'public'
    AS $$
BEGIN
    IF current_setting('outloud.tallies_suspended', true) = 'on' THEN RETURN NULL; END IF;
    INSERT INTO tally_closeness (member_id, day, level, n) SELECT member_id, day, level, -sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM old_rows) GROUP BY member_id, day, level ON CONFLICT (member_id, day, level) DO UPDATE SET n = tally_closeness.n + excluded.n;
    DELETE FROM tally_closeness WHERE n = 0 AND (member_id, day, level) IN (SELECT member_id, day, level FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM old_rows));
    INSERT INTO tally_closeness_level (member_id, level, n) SELECT member_id, level, -sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM old_rows) GROUP BY member_id, level ON CONFLICT (member_id, level) DO UPDATE SET n = tally_closeness_level.n + excluded.n;
    DELETE FROM tally_closeness_level WHERE n = 0 AND (member_id, level) IN (SELECT member_id, level FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM old_rows));
    DELETE FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM old_rows);
    DELETE FROM tally_closeness_mover WHERE person_id IN (SELECT person_id FROM old_rows);
    INSERT INTO tally_closeness_person (person_id, member_id, day, level, n)
    SELECT person_id, member_id, day, level, sum(n) FROM (
        SELECT p.id AS person_id, p.member_id AS member_id, p.created_on AS day, coalesce(
            (SELECT c.closeness FROM closeness_change c WHERE c.person_id = p.id
                AND c.changed_on <= p.created_on ORDER BY c.changed_on DESC, c.id DESC LIMIT 1),
            (SELECT c.closeness FROM closeness_change c WHERE c.person_id = p.id
                ORDER BY c.changed_on, c.id LIMIT 1),
            p.closeness) AS level, 1 AS n
        FROM person p WHERE p.id IN (SELECT person_id FROM old_rows)
        UNION ALL
        SELECT r.person_id, p.member_id, r.day, CASE WHEN s.sign < 0 THEN r.prev ELSE r.level END,
            s.sign
        FROM (SELECT c.person_id, c.changed_on AS day, c.closeness AS level,
                lag(c.closeness) OVER (PARTITION BY c.person_id ORDER BY c.changed_on, c.id) AS prev
            FROM closeness_change c WHERE c.person_id IN (SELECT person_id FROM old_rows)) r
        JOIN person p ON p.id = r.person_id
        CROSS JOIN (SELECT -1 AS sign UNION ALL SELECT 1 AS sign) s
        WHERE r.day > p.created_on AND r.prev <> r.level) e
    GROUP BY person_id, member_id, day, level HAVING sum(n) <> 0;
    INSERT INTO tally_closeness_mover (person_id, member_id) SELECT p.id, p.member_id FROM person p WHERE p.id IN (SELECT person_id FROM old_rows) AND (SELECT count(DISTINCT c.closeness) FROM closeness_change c WHERE c.person_id = p.id) > 1;
    INSERT INTO tally_closeness (member_id, day, level, n) SELECT member_id, day, level, sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM old_rows) GROUP BY member_id, day, level ON CONFLICT (member_id, day, level) DO UPDATE SET n = tally_closeness.n + excluded.n;
    DELETE FROM tally_closeness WHERE n = 0 AND (member_id, day, level) IN (SELECT member_id, day, level FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM old_rows));
    INSERT INTO tally_closeness_level (member_id, level, n) SELECT member_id, level, sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM old_rows) GROUP BY member_id, level ON CONFLICT (member_id, level) DO UPDATE SET n = tally_closeness_level.n + excluded.n;
    DELETE FROM tally_closeness_level WHERE n = 0 AND (member_id, level) IN (SELECT member_id, level FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM old_rows));
    RETURN NULL;
END$$;


--
-- Name: closeness_tally_insert(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.closeness_tally_insert() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO '$user', 'public'
    AS $$
BEGIN
    IF current_setting('outloud.tallies_suspended', true) = 'on' THEN RETURN NULL; END IF;
    INSERT INTO tally_closeness (member_id, day, level, n) SELECT member_id, day, level, -sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM new_rows) GROUP BY member_id, day, level ON CONFLICT (member_id, day, level) DO UPDATE SET n = tally_closeness.n + excluded.n;
    DELETE FROM tally_closeness WHERE n = 0 AND (member_id, day, level) IN (SELECT member_id, day, level FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM new_rows));
    INSERT INTO tally_closeness_level (member_id, level, n) SELECT member_id, level, -sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM new_rows) GROUP BY member_id, level ON CONFLICT (member_id, level) DO UPDATE SET n = tally_closeness_level.n + excluded.n;
    DELETE FROM tally_closeness_level WHERE n = 0 AND (member_id, level) IN (SELECT member_id, level FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM new_rows));
    DELETE FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM new_rows);
    DELETE FROM tally_closeness_mover WHERE person_id IN (SELECT person_id FROM new_rows);
    INSERT INTO tally_closeness_person (person_id, member_id, day, level, n)
    SELECT person_id, member_id, day, level, sum(n) FROM (
        SELECT p.id AS person_id, p.member_id AS member_id, p.created_on AS day, coalesce(
            (SELECT c.closeness FROM closeness_change c WHERE c.person_id = p.id
                AND c.changed_on <= p.created_on ORDER BY c.changed_on DESC, c.id DESC LIMIT 1),
            (SELECT c.closeness FROM closeness_change c WHERE c.person_id = p.id
                ORDER BY c.changed_on, c.id LIMIT 1),
            p.closeness) AS level, 1 AS n
        FROM person p WHERE p.id IN (SELECT person_id FROM new_rows)
        UNION ALL
        SELECT r.person_id, p.member_id, r.day, CASE WHEN s.sign < 0 THEN r.prev ELSE r.level END,
            s.sign
        FROM (SELECT c.person_id, c.changed_on AS day, c.closeness AS level,
                lag(c.closeness) OVER (PARTITION BY c.person_id ORDER BY c.changed_on, c.id) AS prev
            FROM closeness_change c WHERE c.person_id IN (SELECT person_id FROM new_rows)) r
        JOIN person p ON p.id = r.person_id
        CROSS JOIN (SELECT -1 AS sign UNION ALL SELECT 1 AS sign) s
        WHERE r.day > p.created_on AND r.prev <> r.level) e
    GROUP BY person_id, member_id, day, level HAVING sum(n) <> 0;
    INSERT INTO tally_closeness_mover (person_id, member_id) SELECT p.id, p.member_id FROM person p WHERE p.id IN (SELECT person_id FROM new_rows) AND (SELECT count(DISTINCT c.closeness) FROM closeness_change c WHERE c.person_id = p.id) > 1;
    INSERT INTO tally_closeness (member_id, day, level, n) SELECT member_id, day, level, sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM new_rows) GROUP BY member_id, day, level ON CONFLICT (member_id, day, level) DO UPDATE SET n = tally_closeness.n + excluded.n;
    DELETE FROM tally_closeness WHERE n = 0 AND (member_id, day, level) IN (SELECT member_id, day, level FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM new_rows));
    INSERT INTO tally_closeness_level (member_id, level, n) SELECT member_id, level, sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM new_rows) GROUP BY member_id, level ON CONFLICT (member_id, level) DO UPDATE SET n = tally_closeness_level.n + excluded.n;
    DELETE FROM tally_closeness_level WHERE n = 0 AND (member_id, level) IN (SELECT member_id, level FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM new_rows));
    RETURN NULL;
END$$;


--
-- Name: closeness_tally_update(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.closeness_tally_update() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO '$user', 'public'
    AS $$
BEGIN
    IF current_setting('outloud.tallies_suspended', true) = 'on' THEN RETURN NULL; END IF;
    INSERT INTO tally_closeness (member_id, day, level, n) SELECT member_id, day, level, -sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM old_rows UNION SELECT person_id FROM new_rows) GROUP BY member_id, day, level ON CONFLICT (member_id, day, level) DO UPDATE SET n = tally_closeness.n + excluded.n;
    DELETE FROM tally_closeness WHERE n = 0 AND (member_id, day, level) IN (SELECT member_id, day, level FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM old_rows UNION SELECT person_id FROM new_rows));
    INSERT INTO tally_closeness_level (member_id, level, n) SELECT member_id, level, -sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM old_rows UNION SELECT person_id FROM new_rows) GROUP BY member_id, level ON CONFLICT (member_id, level) DO UPDATE SET n = tally_closeness_level.n + excluded.n;
    DELETE FROM tally_closeness_level WHERE n = 0 AND (member_id, level) IN (SELECT member_id, level FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM old_rows UNION SELECT person_id FROM new_rows));
    DELETE FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM old_rows UNION SELECT person_id FROM new_rows);
    DELETE FROM tally_closeness_mover WHERE person_id IN (SELECT person_id FROM old_rows UNION SELECT person_id FROM new_rows);
    INSERT INTO tally_closeness_person (person_id, member_id, day, level, n)
    SELECT person_id, member_id, day, level, sum(n) FROM (
        SELECT p.id AS person_id, p.member_id AS member_id, p.created_on AS day, coalesce(
            (SELECT c.closeness FROM closeness_change c WHERE c.person_id = p.id
                AND c.changed_on <= p.created_on ORDER BY c.changed_on DESC, c.id DESC LIMIT 1),
            (SELECT c.closeness FROM closeness_change c WHERE c.person_id = p.id
                ORDER BY c.changed_on, c.id LIMIT 1),
            p.closeness) AS level, 1 AS n
        FROM person p WHERE p.id IN (SELECT person_id FROM old_rows UNION SELECT person_id FROM new_rows)
        UNION ALL
        SELECT r.person_id, p.member_id, r.day, CASE WHEN s.sign < 0 THEN r.prev ELSE r.level END,
            s.sign
        FROM (SELECT c.person_id, c.changed_on AS day, c.closeness AS level,
                lag(c.closeness) OVER (PARTITION BY c.person_id ORDER BY c.changed_on, c.id) AS prev
            FROM closeness_change c WHERE c.person_id IN (SELECT person_id FROM old_rows UNION SELECT person_id FROM new_rows)) r
        JOIN person p ON p.id = r.person_id
        CROSS JOIN (SELECT -1 AS sign UNION ALL SELECT 1 AS sign) s
        WHERE r.day > p.created_on AND r.prev <> r.level) e
    GROUP BY person_id, member_id, day, level HAVING sum(n) <> 0;
    INSERT INTO tally_closeness_mover (person_id, member_id) SELECT p.id, p.member_id FROM person p WHERE p.id IN (SELECT person_id FROM old_rows UNION SELECT person_id FROM new_rows) AND (SELECT count(DISTINCT c.closeness) FROM closeness_change c WHERE c.person_id = p.id) > 1;
    INSERT INTO tally_closeness (member_id, day, level, n) SELECT member_id, day, level, sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM old_rows UNION SELECT person_id FROM new_rows) GROUP BY member_id, day, level ON CONFLICT (member_id, day, level) DO UPDATE SET n = tally_closeness.n + excluded.n;
    DELETE FROM tally_closeness WHERE n = 0 AND (member_id, day, level) IN (SELECT member_id, day, level FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM old_rows UNION SELECT person_id FROM new_rows));
    INSERT INTO tally_closeness_level (member_id, level, n) SELECT member_id, level, sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM old_rows UNION SELECT person_id FROM new_rows) GROUP BY member_id, level ON CONFLICT (member_id, level) DO UPDATE SET n = tally_closeness_level.n + excluded.n;
    DELETE FROM tally_closeness_level WHERE n = 0 AND (member_id, level) IN (SELECT member_id, level FROM tally_closeness_person WHERE person_id IN (SELECT person_id FROM old_rows UNION SELECT person_id FROM new_rows));
    RETURN NULL;
END$$;


--
-- Name: person_closeness_delete(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.person_closeness_delete() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO '$user', 'public'
    AS $$
BEGIN
    IF current_setting('outloud.tallies_suspended', true) = 'on' THEN RETURN NULL; END IF;
    INSERT INTO tally_closeness (member_id, day, level, n) SELECT member_id, day, level, -sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT id FROM old_rows) GROUP BY member_id, day, level ON CONFLICT (member_id, day, level) DO UPDATE SET n = tally_closeness.n + excluded.n;
    DELETE FROM tally_closeness WHERE n = 0 AND (member_id, day, level) IN (SELECT member_id, day, level FROM tally_closeness_person WHERE person_id IN (SELECT id FROM old_rows));
    INSERT INTO tally_closeness_level (member_id, level, n) SELECT member_id, level, -sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT id FROM old_rows) GROUP BY member_id, level ON CONFLICT (member_id, level) DO UPDATE SET n = tally_closeness_level.n + excluded.n;
    DELETE FROM tally_closeness_level WHERE n = 0 AND (member_id, level) IN (SELECT member_id, level FROM tally_closeness_person WHERE person_id IN (SELECT id FROM old_rows));
    DELETE FROM tally_closeness_person WHERE person_id IN (SELECT id FROM old_rows);
    DELETE FROM tally_closeness_mover WHERE person_id IN (SELECT id FROM old_rows);
    INSERT INTO tally_closeness_person (person_id, member_id, day, level, n)
    SELECT person_id, member_id, day, level, sum(n) FROM (
        SELECT p.id AS person_id, p.member_id AS member_id, p.created_on AS day, coalesce(
            (SELECT c.closeness FROM closeness_change c WHERE c.person_id = p.id
                AND c.changed_on <= p.created_on ORDER BY c.changed_on DESC, c.id DESC LIMIT 1),
            (SELECT c.closeness FROM closeness_change c WHERE c.person_id = p.id
                ORDER BY c.changed_on, c.id LIMIT 1),
            p.closeness) AS level, 1 AS n
        FROM person p WHERE p.id IN (SELECT id FROM old_rows)
        UNION ALL
        SELECT r.person_id, p.member_id, r.day, CASE WHEN s.sign < 0 THEN r.prev ELSE r.level END,
            s.sign
        FROM (SELECT c.person_id, c.changed_on AS day, c.closeness AS level,
                lag(c.closeness) OVER (PARTITION BY c.person_id ORDER BY c.changed_on, c.id) AS prev
            FROM closeness_change c WHERE c.person_id IN (SELECT id FROM old_rows)) r
        JOIN person p ON p.id = r.person_id
        CROSS JOIN (SELECT -1 AS sign UNION ALL SELECT 1 AS sign) s
        WHERE r.day > p.created_on AND r.prev <> r.level) e
    GROUP BY person_id, member_id, day, level HAVING sum(n) <> 0;
    INSERT INTO tally_closeness_mover (person_id, member_id) SELECT p.id, p.member_id FROM person p WHERE p.id IN (SELECT id FROM old_rows) AND (SELECT count(DISTINCT c.closeness) FROM closeness_change c WHERE c.person_id = p.id) > 1;
    INSERT INTO tally_closeness (member_id, day, level, n) SELECT member_id, day, level, sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT id FROM old_rows) GROUP BY member_id, day, level ON CONFLICT (member_id, day, level) DO UPDATE SET n = tally_closeness.n + excluded.n;
    DELETE FROM tally_closeness WHERE n = 0 AND (member_id, day, level) IN (SELECT member_id, day, level FROM tally_closeness_person WHERE person_id IN (SELECT id FROM old_rows));
    INSERT INTO tally_closeness_level (member_id, level, n) SELECT member_id, level, sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT id FROM old_rows) GROUP BY member_id, level ON CONFLICT (member_id, level) DO UPDATE SET n = tally_closeness_level.n + excluded.n;
    DELETE FROM tally_closeness_level WHERE n = 0 AND (member_id, level) IN (SELECT member_id, level FROM tally_closeness_person WHERE person_id IN (SELECT id FROM old_rows));
    RETURN NULL;
END$$;


--
-- Name: person_closeness_insert(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.person_closeness_insert() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO '$user', 'public'
    AS $$
BEGIN
    IF current_setting('outloud.tallies_suspended', true) = 'on' THEN RETURN NULL; END IF;
    INSERT INTO tally_closeness (member_id, day, level, n) SELECT member_id, day, level, -sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT id FROM new_rows) GROUP BY member_id, day, level ON CONFLICT (member_id, day, level) DO UPDATE SET n = tally_closeness.n + excluded.n;
    DELETE FROM tally_closeness WHERE n = 0 AND (member_id, day, level) IN (SELECT member_id, day, level FROM tally_closeness_person WHERE person_id IN (SELECT id FROM new_rows));
    INSERT INTO tally_closeness_level (member_id, level, n) SELECT member_id, level, -sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT id FROM new_rows) GROUP BY member_id, level ON CONFLICT (member_id, level) DO UPDATE SET n = tally_closeness_level.n + excluded.n;
    DELETE FROM tally_closeness_level WHERE n = 0 AND (member_id, level) IN (SELECT member_id, level FROM tally_closeness_person WHERE person_id IN (SELECT id FROM new_rows));
    DELETE FROM tally_closeness_person WHERE person_id IN (SELECT id FROM new_rows);
    DELETE FROM tally_closeness_mover WHERE person_id IN (SELECT id FROM new_rows);
    INSERT INTO tally_closeness_person (person_id, member_id, day, level, n)
    SELECT person_id, member_id, day, level, sum(n) FROM (
        SELECT p.id AS person_id, p.member_id AS member_id, p.created_on AS day, coalesce(
            (SELECT c.closeness FROM closeness_change c WHERE c.person_id = p.id
                AND c.changed_on <= p.created_on ORDER BY c.changed_on DESC, c.id DESC LIMIT 1),
            (SELECT c.closeness FROM closeness_change c WHERE c.person_id = p.id
                ORDER BY c.changed_on, c.id LIMIT 1),
            p.closeness) AS level, 1 AS n
        FROM person p WHERE p.id IN (SELECT id FROM new_rows)
        UNION ALL
        SELECT r.person_id, p.member_id, r.day, CASE WHEN s.sign < 0 THEN r.prev ELSE r.level END,
            s.sign
        FROM (SELECT c.person_id, c.changed_on AS day, c.closeness AS level,
                lag(c.closeness) OVER (PARTITION BY c.person_id ORDER BY c.changed_on, c.id) AS prev
            FROM closeness_change c WHERE c.person_id IN (SELECT id FROM new_rows)) r
        JOIN person p ON p.id = r.person_id
        CROSS JOIN (SELECT -1 AS sign UNION ALL SELECT 1 AS sign) s
        WHERE r.day > p.created_on AND r.prev <> r.level) e
    GROUP BY person_id, member_id, day, level HAVING sum(n) <> 0;
    INSERT INTO tally_closeness_mover (person_id, member_id) SELECT p.id, p.member_id FROM person p WHERE p.id IN (SELECT id FROM new_rows) AND (SELECT count(DISTINCT c.closeness) FROM closeness_change c WHERE c.person_id = p.id) > 1;
    INSERT INTO tally_closeness (member_id, day, level, n) SELECT member_id, day, level, sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT id FROM new_rows) GROUP BY member_id, day, level ON CONFLICT (member_id, day, level) DO UPDATE SET n = tally_closeness.n + excluded.n;
    DELETE FROM tally_closeness WHERE n = 0 AND (member_id, day, level) IN (SELECT member_id, day, level FROM tally_closeness_person WHERE person_id IN (SELECT id FROM new_rows));
    INSERT INTO tally_closeness_level (member_id, level, n) SELECT member_id, level, sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT id FROM new_rows) GROUP BY member_id, level ON CONFLICT (member_id, level) DO UPDATE SET n = tally_closeness_level.n + excluded.n;
    DELETE FROM tally_closeness_level WHERE n = 0 AND (member_id, level) IN (SELECT member_id, level FROM tally_closeness_person WHERE person_id IN (SELECT id FROM new_rows));
    RETURN NULL;
END$$;


--
-- Name: person_closeness_update(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.person_closeness_update() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO '$user', 'public'
    AS $$
BEGIN
    IF current_setting('outloud.tallies_suspended', true) = 'on' THEN RETURN NULL; END IF;
    INSERT INTO tally_closeness (member_id, day, level, n) SELECT member_id, day, level, -sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT id FROM old_rows UNION SELECT id FROM new_rows) GROUP BY member_id, day, level ON CONFLICT (member_id, day, level) DO UPDATE SET n = tally_closeness.n + excluded.n;
    DELETE FROM tally_closeness WHERE n = 0 AND (member_id, day, level) IN (SELECT member_id, day, level FROM tally_closeness_person WHERE person_id IN (SELECT id FROM old_rows UNION SELECT id FROM new_rows));
    INSERT INTO tally_closeness_level (member_id, level, n) SELECT member_id, level, -sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT id FROM old_rows UNION SELECT id FROM new_rows) GROUP BY member_id, level ON CONFLICT (member_id, level) DO UPDATE SET n = tally_closeness_level.n + excluded.n;
    DELETE FROM tally_closeness_level WHERE n = 0 AND (member_id, level) IN (SELECT member_id, level FROM tally_closeness_person WHERE person_id IN (SELECT id FROM old_rows UNION SELECT id FROM new_rows));
    DELETE FROM tally_closeness_person WHERE person_id IN (SELECT id FROM old_rows UNION SELECT id FROM new_rows);
    DELETE FROM tally_closeness_mover WHERE person_id IN (SELECT id FROM old_rows UNION SELECT id FROM new_rows);
    INSERT INTO tally_closeness_person (person_id, member_id, day, level, n)
    SELECT person_id, member_id, day, level, sum(n) FROM (
        SELECT p.id AS person_id, p.member_id AS member_id, p.created_on AS day, coalesce(
            (SELECT c.closeness FROM closeness_change c WHERE c.person_id = p.id
                AND c.changed_on <= p.created_on ORDER BY c.changed_on DESC, c.id DESC LIMIT 1),
            (SELECT c.closeness FROM closeness_change c WHERE c.person_id = p.id
                ORDER BY c.changed_on, c.id LIMIT 1),
            p.closeness) AS level, 1 AS n
        FROM person p WHERE p.id IN (SELECT id FROM old_rows UNION SELECT id FROM new_rows)
        UNION ALL
        SELECT r.person_id, p.member_id, r.day, CASE WHEN s.sign < 0 THEN r.prev ELSE r.level END,
            s.sign
        FROM (SELECT c.person_id, c.changed_on AS day, c.closeness AS level,
                lag(c.closeness) OVER (PARTITION BY c.person_id ORDER BY c.changed_on, c.id) AS prev
            FROM closeness_change c WHERE c.person_id IN (SELECT id FROM old_rows UNION SELECT id FROM new_rows)) r
        JOIN person p ON p.id = r.person_id
        CROSS JOIN (SELECT -1 AS sign UNION ALL SELECT 1 AS sign) s
        WHERE r.day > p.created_on AND r.prev <> r.level) e
    GROUP BY person_id, member_id, day, level HAVING sum(n) <> 0;
    INSERT INTO tally_closeness_mover (person_id, member_id) SELECT p.id, p.member_id FROM person p WHERE p.id IN (SELECT id FROM old_rows UNION SELECT id FROM new_rows) AND (SELECT count(DISTINCT c.closeness) FROM closeness_change c WHERE c.person_id = p.id) > 1;
    INSERT INTO tally_closeness (member_id, day, level, n) SELECT member_id, day, level, sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT id FROM old_rows UNION SELECT id FROM new_rows) GROUP BY member_id, day, level ON CONFLICT (member_id, day, level) DO UPDATE SET n = tally_closeness.n + excluded.n;
    DELETE FROM tally_closeness WHERE n = 0 AND (member_id, day, level) IN (SELECT member_id, day, level FROM tally_closeness_person WHERE person_id IN (SELECT id FROM old_rows UNION SELECT id FROM new_rows));
    INSERT INTO tally_closeness_level (member_id, level, n) SELECT member_id, level, sum(n) FROM tally_closeness_person WHERE person_id IN (SELECT id FROM old_rows UNION SELECT id FROM new_rows) GROUP BY member_id, level ON CONFLICT (member_id, level) DO UPDATE SET n = tally_closeness_level.n + excluded.n;
    DELETE FROM tally_closeness_level WHERE n = 0 AND (member_id, level) IN (SELECT member_id, level FROM tally_closeness_person WHERE person_id IN (SELECT id FROM old_rows UNION SELECT id FROM new_rows));
    RETURN NULL;
END$$;


--
-- Name: tally_contribution_delete(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.tally_contribution_delete() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO '$user', 'public'
    AS $$
BEGIN
    IF current_setting('outloud.tallies_suspended', true) = 'on' THEN RETURN NULL; END IF;
    UPDATE tally_day t SET n = t.n - d.n FROM (SELECT p.member_id AS member_id, c.happened_on AS happened_on, c.direction AS direction, count(*) AS n FROM old_rows c JOIN person p ON p.id = c.person_id GROUP BY p.member_id, c.happened_on, c.direction) d WHERE t.member_id = d.member_id AND t.happened_on = d.happened_on AND t.direction = d.direction;
    DELETE FROM tally_day t WHERE t.n <= 0 AND (t.member_id, t.happened_on, t.direction) IN (SELECT p.member_id, c.happened_on, c.direction FROM old_rows c JOIN person p ON p.id = c.person_id);
    UPDATE tally_kind t SET n = t.n - d.n FROM (SELECT p.member_id AS member_id, c.kind_id AS kind_id, c.direction AS direction, coalesce(c.brought, -1) AS brought, count(*) AS n FROM old_rows c JOIN person p ON p.id = c.person_id GROUP BY p.member_id, c.kind_id, c.direction, coalesce(c.brought, -1)) d WHERE t.member_id = d.member_id AND t.kind_id = d.kind_id AND t.direction = d.direction AND t.brought = d.brought;
    DELETE FROM tally_kind t WHERE t.n <= 0 AND (t.member_id, t.kind_id, t.direction, t.brought) IN (SELECT p.member_id, c.kind_id, c.direction, coalesce(c.brought, -1) FROM old_rows c JOIN person p ON p.id = c.person_id);
    UPDATE tally_channel t SET n = t.n - d.n FROM (SELECT p.member_id AS member_id, coalesce(c.channel_id, -1) AS channel_id, c.direction AS direction, count(*) AS n FROM old_rows c JOIN person p ON p.id = c.person_id GROUP BY p.member_id, coalesce(c.channel_id, -1), c.direction) d WHERE t.member_id = d.member_id AND t.channel_id = d.channel_id AND t.direction = d.direction;
    DELETE FROM tally_channel t WHERE t.n <= 0 AND (t.member_id, t.channel_id, t.direction) IN (SELECT p.member_id, coalesce(c.channel_id, -1), c.direction FROM old_rows c JOIN person p ON p.id = c.person_id);
    UPDATE tally_person t SET given = t.given - d.given, received = t.received - d.received,
        last_on = (SELECT max(x.happened_on) FROM contribution x WHERE x.person_id = t.person_id)
        FROM (SELECT c.person_id, count(*) FILTER (WHERE c.direction = 0) AS given,
            count(*) FILTER (WHERE c.direction = 1) AS received FROM old_rows c GROUP BY 1) d
        WHERE t.person_id = d.person_id;
    DELETE FROM tally_person t WHERE t.given + t.received <= 0
        AND t.person_id IN (SELECT c.person_id FROM old_rows c);
    RETURN NULL;
END$$;


--
-- Name: tally_contribution_insert(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.tally_contribution_insert() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO '$user', 'public'
    AS $$
BEGIN
    IF current_setting('outloud.tallies_suspended', true) = 'on' THEN RETURN NULL; END IF;
    INSERT INTO tally_day AS t (member_id, happened_on, direction, n)
        SELECT p.member_id, c.happened_on, c.direction, count(*)
        FROM new_rows c JOIN person p ON p.id = c.person_id GROUP BY 1, 2, 3
        ON CONFLICT (member_id, happened_on, direction) DO UPDATE SET n = t.n + EXCLUDED.n;
    INSERT INTO tally_kind AS t (member_id, kind_id, direction, brought, n)
        SELECT p.member_id, c.kind_id, c.direction, coalesce(c.brought, -1), count(*)
        FROM new_rows c JOIN person p ON p.id = c.person_id GROUP BY 1, 2, 3, 4
        ON CONFLICT (member_id, kind_id, direction, brought) DO UPDATE SET n = t.n + EXCLUDED.n;
    INSERT INTO tally_channel AS t (member_id, channel_id, direction, n)
        SELECT p.member_id, coalesce(c.channel_id, -1), c.direction, count(*)
        FROM new_rows c JOIN person p ON p.id = c.person_id GROUP BY 1, 2, 3
        ON CONFLICT (member_id, channel_id, direction) DO UPDATE SET n = t.n + EXCLUDED.n;
    INSERT INTO tally_person AS t (person_id, member_id, given, received, last_on)
        SELECT p.id, p.member_id, count(*) FILTER (WHERE c.direction = 0),
            count(*) FILTER (WHERE c.direction = 1), max(c.happened_on)
        FROM new_rows c JOIN person p ON p.id = c.person_id GROUP BY 1, 2
        ON CONFLICT (person_id) DO UPDATE SET given = t.given + EXCLUDED.given,
            received = t.received + EXCLUDED.received,
            last_on = greatest(t.last_on, EXCLUDED.last_on);
    RETURN NULL;
END$$;


--
-- Name: tally_contribution_truncate(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.tally_contribution_truncate() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO '$user', 'public'
    AS $$
BEGIN
    IF current_setting('outloud.tallies_suspended', true) = 'on' THEN RETURN NULL; END IF;
    DELETE FROM tally_day; DELETE FROM tally_kind; DELETE FROM tally_channel; DELETE FROM tally_person;
    RETURN NULL;
END$$;


--
-- Name: tally_contribution_update(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.tally_contribution_update() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO '$user', 'public'
    AS $$
BEGIN
    IF current_setting('outloud.tallies_suspended', true) = 'on' THEN RETURN NULL; END IF;
    UPDATE tally_day t SET n = t.n - d.n FROM (SELECT p.member_id AS member_id, c.happened_on AS happened_on, c.direction AS direction, count(*) AS n FROM old_rows c JOIN person p ON p.id = c.person_id GROUP BY p.member_id, c.happened_on, c.direction) d WHERE t.member_id = d.member_id AND t.happened_on = d.happened_on AND t.direction = d.direction;
    DELETE FROM tally_day t WHERE t.n <= 0 AND (t.member_id, t.happened_on, t.direction) IN (SELECT p.member_id, c.happened_on, c.direction FROM old_rows c JOIN person p ON p.id = c.person_id);
    UPDATE tally_kind t SET n = t.n - d.n FROM (SELECT p.member_id AS member_id, c.kind_id AS kind_id, c.direction AS direction, coalesce(c.brought, -1) AS brought, count(*) AS n FROM old_rows c JOIN person p ON p.id = c.person_id GROUP BY p.member_id, c.kind_id, c.direction, coalesce(c.brought, -1)) d WHERE t.member_id = d.member_id AND t.kind_id = d.kind_id AND t.direction = d.direction AND t.brought = d.brought;
    DELETE FROM tally_kind t WHERE t.n <= 0 AND (t.member_id, t.kind_id, t.direction, t.brought) IN (SELECT p.member_id, c.kind_id, c.direction, coalesce(c.brought, -1) FROM old_rows c JOIN person p ON p.id = c.person_id);
    UPDATE tally_channel t SET n = t.n - d.n FROM (SELECT p.member_id AS member_id, coalesce(c.channel_id, -1) AS channel_id, c.direction AS direction, count(*) AS n FROM old_rows c JOIN person p ON p.id = c.person_id GROUP BY p.member_id, coalesce(c.channel_id, -1), c.direction) d WHERE t.member_id = d.member_id AND t.channel_id = d.channel_id AND t.direction = d.direction;
    DELETE FROM tally_channel t WHERE t.n <= 0 AND (t.member_id, t.channel_id, t.direction) IN (SELECT p.member_id, coalesce(c.channel_id, -1), c.direction FROM old_rows c JOIN person p ON p.id = c.person_id);
    UPDATE tally_person t SET given = t.given - d.given, received = t.received - d.received,
        last_on = (SELECT max(x.happened_on) FROM contribution x WHERE x.person_id = t.person_id)
        FROM (SELECT c.person_id, count(*) FILTER (WHERE c.direction = 0) AS given,
            count(*) FILTER (WHERE c.direction = 1) AS received FROM old_rows c GROUP BY 1) d
        WHERE t.person_id = d.person_id;
    DELETE FROM tally_person t WHERE t.given + t.received <= 0
        AND t.person_id IN (SELECT c.person_id FROM old_rows c);
    INSERT INTO tally_day AS t (member_id, happened_on, direction, n)
        SELECT p.member_id, c.happened_on, c.direction, count(*)
        FROM new_rows c JOIN person p ON p.id = c.person_id GROUP BY 1, 2, 3
        ON CONFLICT (member_id, happened_on, direction) DO UPDATE SET n = t.n + EXCLUDED.n;
    INSERT INTO tally_kind AS t (member_id, kind_id, direction, brought, n)
        SELECT p.member_id, c.kind_id, c.direction, coalesce(c.brought, -1), count(*)
        FROM new_rows c JOIN person p ON p.id = c.person_id GROUP BY 1, 2, 3, 4
        ON CONFLICT (member_id, kind_id, direction, brought) DO UPDATE SET n = t.n + EXCLUDED.n;
    INSERT INTO tally_channel AS t (member_id, channel_id, direction, n)
        SELECT p.member_id, coalesce(c.channel_id, -1), c.direction, count(*)
        FROM new_rows c JOIN person p ON p.id = c.person_id GROUP BY 1, 2, 3
        ON CONFLICT (member_id, channel_id, direction) DO UPDATE SET n = t.n + EXCLUDED.n;
    INSERT INTO tally_person AS t (person_id, member_id, given, received, last_on)
        SELECT p.id, p.member_id, count(*) FILTER (WHERE c.direction = 0),
            count(*) FILTER (WHERE c.direction = 1), max(c.happened_on)
        FROM new_rows c JOIN person p ON p.id = c.person_id GROUP BY 1, 2
        ON CONFLICT (person_id) DO UPDATE SET given = t.given + EXCLUDED.given,
            received = t.received + EXCLUDED.received,
            last_on = greatest(t.last_on, EXCLUDED.last_on);
    RETURN NULL;
END$$;


--
-- Name: tally_person_delete(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.tally_person_delete() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO '$user', 'public'
    AS $$
BEGIN
    IF current_setting('outloud.tallies_suspended', true) = 'on' THEN RETURN OLD; END IF;
    DELETE FROM contribution WHERE person_id = OLD.id;
    RETURN OLD;
END$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: attendance; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.attendance (
    meeting_id integer NOT NULL,
    member_id integer NOT NULL,
    present integer NOT NULL,
    CONSTRAINT attendance_present_check CHECK ((present = ANY (ARRAY[0, 1])))
);


--
-- Name: channel; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.channel (
    id integer NOT NULL,
    code text,
    name text NOT NULL,
    "position" integer NOT NULL,
    CONSTRAINT channel_name_check CHECK ((length(TRIM(BOTH FROM name)) > 0))
);


--
-- Name: channel_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.channel ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.channel_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: circle; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.circle (
    id integer NOT NULL,
    name text NOT NULL,
    start_date date NOT NULL,
    meeting_weekday integer NOT NULL,
    meeting_time text DEFAULT '12:00'::text NOT NULL,
    time_zone text DEFAULT ''::text NOT NULL,
    length_weeks integer DEFAULT 12 NOT NULL,
    facilitator_id integer,
    created_at timestamp with time zone NOT NULL,
    uid text DEFAULT replace((gen_random_uuid())::text, '-'::text, ''::text),
    invitation_issued_at text,
    CONSTRAINT circle_length_weeks_check CHECK (((length_weeks >= 1) AND (length_weeks <= 52))),
    CONSTRAINT circle_meeting_weekday_check CHECK (((meeting_weekday >= 1) AND (meeting_weekday <= 7))),
    CONSTRAINT circle_name_check CHECK ((length(TRIM(BOTH FROM name)) > 0))
);


--
-- Name: circle_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.circle ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.circle_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: circle_plan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.circle_plan (
    circle_id integer NOT NULL,
    plan_text text NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT circle_plan_plan_text_check CHECK ((length(TRIM(BOTH FROM plan_text)) > 0))
);


--
-- Name: closeness_change; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.closeness_change (
    id integer NOT NULL,
    person_id integer NOT NULL,
    changed_on date NOT NULL,
    closeness integer NOT NULL,
    CONSTRAINT closeness_change_closeness_check CHECK (((closeness >= 0) AND (closeness <= 5)))
);


--
-- Name: closeness_change_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.closeness_change ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.closeness_change_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: commitment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.commitment (
    id integer NOT NULL,
    member_id integer NOT NULL,
    text text NOT NULL,
    made_week integer NOT NULL,
    due_week integer NOT NULL,
    kept integer,
    CONSTRAINT commitment_check CHECK ((due_week >= made_week)),
    CONSTRAINT commitment_kept_check CHECK (((kept IS NULL) OR (kept = ANY (ARRAY[0, 1])))),
    CONSTRAINT commitment_made_week_check CHECK ((made_week >= 0)),
    CONSTRAINT commitment_text_check CHECK ((length(TRIM(BOTH FROM text)) > 0))
);


--
-- Name: commitment_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.commitment ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.commitment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: contribution; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.contribution (
    id integer NOT NULL,
    person_id integer NOT NULL,
    happened_on date NOT NULL,
    direction integer NOT NULL,
    kind_id integer NOT NULL,
    channel_id integer,
    brought integer,
    note text DEFAULT ''::text NOT NULL,
    CONSTRAINT contribution_check CHECK (((brought IS NULL) OR ((direction = 1) AND ((brought >= 0) AND (brought <= 2))))),
    CONSTRAINT contribution_direction_check CHECK ((direction = ANY (ARRAY[0, 1])))
);


--
-- Name: contribution_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.contribution ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.contribution_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: contribution_kind; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.contribution_kind (
    id integer NOT NULL,
    code text,
    name text NOT NULL,
    "position" integer NOT NULL,
    shares_others integer DEFAULT 0 NOT NULL,
    connects integer DEFAULT 0 NOT NULL,
    CONSTRAINT contribution_kind_connects_check CHECK ((connects = ANY (ARRAY[0, 1]))),
    CONSTRAINT contribution_kind_name_check CHECK ((length(TRIM(BOTH FROM name)) > 0)),
    CONSTRAINT contribution_kind_shares_others_check CHECK ((shares_others = ANY (ARRAY[0, 1])))
);


--
-- Name: contribution_kind_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.contribution_kind ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.contribution_kind_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: exercise_done; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.exercise_done (
    meeting_id integer NOT NULL,
    member_id integer NOT NULL,
    "position" integer NOT NULL,
    exercise text NOT NULL,
    CONSTRAINT exercise_done_position_check CHECK (("position" >= 0))
);


--
-- Name: goal_revision; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.goal_revision (
    id integer NOT NULL,
    member_id integer NOT NULL,
    revised_at timestamp with time zone NOT NULL,
    accomplish text NOT NULL,
    why text DEFAULT ''::text NOT NULL,
    progress text DEFAULT ''::text NOT NULL,
    weekly_target integer DEFAULT 3 NOT NULL,
    CONSTRAINT goal_revision_weekly_target_check CHECK (((weekly_target >= 0) AND (weekly_target <= 100)))
);


--
-- Name: goal_revision_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.goal_revision ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.goal_revision_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: keep_in_touch_default; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.keep_in_touch_default (
    closeness integer NOT NULL,
    every_weeks integer NOT NULL,
    CONSTRAINT keep_in_touch_default_closeness_check CHECK (((closeness >= 0) AND (closeness <= 5))),
    CONSTRAINT keep_in_touch_default_every_weeks_check CHECK (((every_weeks >= 0) AND (every_weeks <= 52)))
);


--
-- Name: meeting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meeting (
    id integer NOT NULL,
    circle_id integer NOT NULL,
    week integer NOT NULL,
    scheduled_at text NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    notes text DEFAULT ''::text NOT NULL,
    sequence integer DEFAULT 0 NOT NULL,
    CONSTRAINT meeting_sequence_check CHECK ((sequence >= 0)),
    CONSTRAINT meeting_status_check CHECK (((status >= 0) AND (status <= 3))),
    CONSTRAINT meeting_week_check CHECK ((week >= 1))
);


--
-- Name: meeting_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.meeting ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.meeting_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: member; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.member (
    id integer NOT NULL,
    circle_id integer NOT NULL,
    name text NOT NULL,
    is_me integer DEFAULT 0 NOT NULL,
    "position" integer DEFAULT 0 NOT NULL,
    uid text DEFAULT replace((gen_random_uuid())::text, '-'::text, ''::text),
    CONSTRAINT member_is_me_check CHECK ((is_me = ANY (ARRAY[0, 1]))),
    CONSTRAINT member_name_check CHECK ((length(TRIM(BOTH FROM name)) > 0))
);


--
-- Name: member_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.member ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.member_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: outloud_schema; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outloud_schema (
    application text NOT NULL,
    version integer NOT NULL
);


--
-- Name: person; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person (
    id integer NOT NULL,
    member_id integer NOT NULL,
    name text NOT NULL,
    organization text DEFAULT ''::text NOT NULL,
    role text DEFAULT ''::text NOT NULL,
    relation text DEFAULT ''::text NOT NULL,
    email text DEFAULT ''::text NOT NULL,
    url text DEFAULT ''::text NOT NULL,
    channels text DEFAULT ''::text NOT NULL,
    tags text DEFAULT ''::text NOT NULL,
    notes text DEFAULT ''::text NOT NULL,
    closeness integer DEFAULT 0 NOT NULL,
    introduced_by integer,
    created_on date NOT NULL,
    keep_in_touch_weeks integer,
    CONSTRAINT person_closeness_check CHECK (((closeness >= 0) AND (closeness <= 5))),
    CONSTRAINT person_keep_in_touch_weeks_check CHECK (((keep_in_touch_weeks IS NULL) OR ((keep_in_touch_weeks >= 0) AND (keep_in_touch_weeks <= 52)))),
    CONSTRAINT person_name_check CHECK ((length(TRIM(BOTH FROM name)) > 0))
);


--
-- Name: person_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.person ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.person_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reported_round; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reported_round (
    member_id integer NOT NULL,
    week integer NOT NULL,
    given integer NOT NULL,
    received integer NOT NULL,
    commitments_due integer NOT NULL,
    commitments_kept integer NOT NULL,
    reported_at text NOT NULL,
    CONSTRAINT reported_round_check CHECK (((commitments_kept >= 0) AND (commitments_kept <= commitments_due))),
    CONSTRAINT reported_round_commitments_due_check CHECK ((commitments_due >= 0)),
    CONSTRAINT reported_round_given_check CHECK ((given >= 0)),
    CONSTRAINT reported_round_received_check CHECK ((received >= 0)),
    CONSTRAINT reported_round_week_check CHECK ((week >= 1))
);


--
-- Name: round_note; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.round_note (
    meeting_id integer NOT NULL,
    member_id integer NOT NULL,
    notes text DEFAULT ''::text NOT NULL
);


--
-- Name: share_setting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.share_setting (
    circle_id integer NOT NULL,
    folder text DEFAULT ''::text NOT NULL,
    parts integer DEFAULT 31 NOT NULL,
    confirmed_at text,
    CONSTRAINT share_setting_parts_check CHECK (((parts >= 0) AND (parts <= 31)))
);


--
-- Name: tally_channel; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tally_channel (
    member_id integer NOT NULL,
    channel_id integer NOT NULL,
    direction integer NOT NULL,
    n integer NOT NULL
);


--
-- Name: tally_closeness; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tally_closeness (
    member_id integer NOT NULL,
    day date NOT NULL,
    level integer NOT NULL,
    n integer NOT NULL
);


--
-- Name: tally_closeness_level; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tally_closeness_level (
    member_id integer NOT NULL,
    level integer NOT NULL,
    n integer NOT NULL
);


--
-- Name: tally_closeness_mover; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tally_closeness_mover (
    person_id integer NOT NULL,
    member_id integer NOT NULL
);


--
-- Name: tally_closeness_person; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tally_closeness_person (
    person_id integer NOT NULL,
    member_id integer NOT NULL,
    day date NOT NULL,
    level integer NOT NULL,
    n integer NOT NULL
);


--
-- Name: tally_day; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tally_day (
    member_id integer NOT NULL,
    happened_on date NOT NULL,
    direction integer NOT NULL,
    n integer NOT NULL
);


--
-- Name: tally_kind; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tally_kind (
    member_id integer NOT NULL,
    kind_id integer NOT NULL,
    direction integer NOT NULL,
    brought integer NOT NULL,
    n integer NOT NULL
);


--
-- Name: tally_person; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tally_person (
    person_id integer NOT NULL,
    member_id integer NOT NULL,
    given integer NOT NULL,
    received integer NOT NULL,
    last_on date
);


--
-- Data for Name: attendance; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.attendance VALUES (1, 1, 1);
INSERT INTO public.attendance VALUES (1, 2, 1);
INSERT INTO public.attendance VALUES (1, 3, 0);
INSERT INTO public.attendance VALUES (1, 4, 1);
INSERT INTO public.attendance VALUES (1, 5, 0);
INSERT INTO public.attendance VALUES (2, 1, 1);
INSERT INTO public.attendance VALUES (2, 2, 1);
INSERT INTO public.attendance VALUES (2, 3, 1);
INSERT INTO public.attendance VALUES (2, 4, 1);
INSERT INTO public.attendance VALUES (2, 5, 1);
INSERT INTO public.attendance VALUES (3, 1, 1);
INSERT INTO public.attendance VALUES (3, 2, 1);
INSERT INTO public.attendance VALUES (3, 3, 1);
INSERT INTO public.attendance VALUES (3, 4, 1);
INSERT INTO public.attendance VALUES (3, 5, 1);
INSERT INTO public.attendance VALUES (4, 1, 1);
INSERT INTO public.attendance VALUES (4, 2, 1);
INSERT INTO public.attendance VALUES (4, 3, 1);
INSERT INTO public.attendance VALUES (4, 4, 1);
INSERT INTO public.attendance VALUES (4, 5, 1);
INSERT INTO public.attendance VALUES (5, 1, 1);
INSERT INTO public.attendance VALUES (5, 2, 1);
INSERT INTO public.attendance VALUES (5, 3, 1);
INSERT INTO public.attendance VALUES (5, 4, 0);
INSERT INTO public.attendance VALUES (5, 5, 1);
INSERT INTO public.attendance VALUES (6, 1, 1);
INSERT INTO public.attendance VALUES (6, 2, 1);
INSERT INTO public.attendance VALUES (6, 3, 1);
INSERT INTO public.attendance VALUES (6, 4, 0);
INSERT INTO public.attendance VALUES (6, 5, 1);
INSERT INTO public.attendance VALUES (7, 1, 1);
INSERT INTO public.attendance VALUES (7, 2, 1);
INSERT INTO public.attendance VALUES (7, 3, 1);
INSERT INTO public.attendance VALUES (7, 4, 0);
INSERT INTO public.attendance VALUES (7, 5, 1);


--
-- Data for Name: channel; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.channel VALUES (1, 'linkedin', 'LinkedIn', 1);
INSERT INTO public.channel VALUES (2, 'x', 'X/Twitter', 2);
INSERT INTO public.channel VALUES (3, 'mastodon', 'Mastodon', 3);
INSERT INTO public.channel VALUES (4, 'blog', 'Blog', 4);
INSERT INTO public.channel VALUES (5, 'email', 'E-mail', 5);
INSERT INTO public.channel VALUES (6, 'intranet', 'Internal network', 6);
INSERT INTO public.channel VALUES (7, 'chat', 'Chat', 7);
INSERT INTO public.channel VALUES (8, 'call', 'Phone or video', 8);
INSERT INTO public.channel VALUES (9, 'in_person', 'In person', 9);
INSERT INTO public.channel VALUES (10, 'other', 'Other', 10);


--
-- Data for Name: circle; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.circle VALUES (1, 'Lunchtime Circle', '2026-01-17', 6, '12:30', '', 12, 2, '2026-01-03 09:00:00+00', '21d8ea4bf8e7e4a6444d05b2ce343b80', NULL);


--
-- Data for Name: circle_plan; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: closeness_change; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.closeness_change VALUES (1, 1, '2026-01-22', 4);
INSERT INTO public.closeness_change VALUES (2, 2, '2026-01-20', 1);
INSERT INTO public.closeness_change VALUES (3, 3, '2026-01-17', 2);
INSERT INTO public.closeness_change VALUES (4, 4, '2026-01-18', 0);
INSERT INTO public.closeness_change VALUES (5, 5, '2026-01-17', 2);
INSERT INTO public.closeness_change VALUES (6, 6, '2026-01-15', 4);
INSERT INTO public.closeness_change VALUES (7, 7, '2026-01-23', 2);
INSERT INTO public.closeness_change VALUES (8, 8, '2026-01-23', 2);
INSERT INTO public.closeness_change VALUES (9, 9, '2026-01-15', 3);
INSERT INTO public.closeness_change VALUES (10, 10, '2026-01-16', 2);
INSERT INTO public.closeness_change VALUES (11, 11, '2026-01-23', 2);
INSERT INTO public.closeness_change VALUES (12, 12, '2026-01-17', 1);
INSERT INTO public.closeness_change VALUES (13, 13, '2026-01-22', 1);
INSERT INTO public.closeness_change VALUES (14, 14, '2026-01-21', 1);
INSERT INTO public.closeness_change VALUES (15, 15, '2026-01-18', 3);
INSERT INTO public.closeness_change VALUES (16, 16, '2026-01-23', 3);
INSERT INTO public.closeness_change VALUES (17, 17, '2026-01-17', 2);
INSERT INTO public.closeness_change VALUES (18, 18, '2026-01-18', 0);
INSERT INTO public.closeness_change VALUES (19, 19, '2026-01-18', 2);
INSERT INTO public.closeness_change VALUES (20, 20, '2026-01-21', 1);
INSERT INTO public.closeness_change VALUES (21, 21, '2026-01-18', 4);
INSERT INTO public.closeness_change VALUES (22, 22, '2026-01-14', 1);
INSERT INTO public.closeness_change VALUES (23, 23, '2026-01-16', 1);
INSERT INTO public.closeness_change VALUES (24, 24, '2026-01-14', 2);
INSERT INTO public.closeness_change VALUES (25, 25, '2026-01-16', 1);
INSERT INTO public.closeness_change VALUES (26, 26, '2026-01-20', 2);
INSERT INTO public.closeness_change VALUES (27, 27, '2026-01-22', 1);
INSERT INTO public.closeness_change VALUES (28, 28, '2026-01-16', 2);
INSERT INTO public.closeness_change VALUES (29, 29, '2026-01-22', 2);
INSERT INTO public.closeness_change VALUES (30, 30, '2026-01-18', 2);
INSERT INTO public.closeness_change VALUES (31, 31, '2026-01-23', 1);
INSERT INTO public.closeness_change VALUES (32, 32, '2026-01-20', 1);
INSERT INTO public.closeness_change VALUES (33, 33, '2026-01-15', 3);
INSERT INTO public.closeness_change VALUES (34, 34, '2026-01-21', 0);
INSERT INTO public.closeness_change VALUES (35, 35, '2026-01-22', 1);
INSERT INTO public.closeness_change VALUES (36, 36, '2026-01-18', 1);
INSERT INTO public.closeness_change VALUES (37, 37, '2026-01-20', 1);
INSERT INTO public.closeness_change VALUES (38, 38, '2026-01-23', 1);
INSERT INTO public.closeness_change VALUES (39, 39, '2026-01-20', 2);
INSERT INTO public.closeness_change VALUES (40, 2, '2026-02-08', 2);
INSERT INTO public.closeness_change VALUES (41, 6, '2026-03-01', 5);
INSERT INTO public.closeness_change VALUES (42, 9, '2026-02-06', 4);
INSERT INTO public.closeness_change VALUES (43, 14, '2026-02-26', 2);
INSERT INTO public.closeness_change VALUES (44, 15, '2026-02-27', 4);
INSERT INTO public.closeness_change VALUES (45, 22, '2026-01-27', 2);
INSERT INTO public.closeness_change VALUES (46, 23, '2026-02-12', 2);
INSERT INTO public.closeness_change VALUES (47, 25, '2026-02-28', 2);
INSERT INTO public.closeness_change VALUES (48, 33, '2026-01-28', 4);
INSERT INTO public.closeness_change VALUES (49, 34, '2026-02-22', 1);
INSERT INTO public.closeness_change VALUES (50, 35, '2026-02-15', 2);
INSERT INTO public.closeness_change VALUES (51, 38, '2026-02-26', 2);
INSERT INTO public.closeness_change VALUES (52, 40, '2026-01-18', 0);
INSERT INTO public.closeness_change VALUES (53, 41, '2026-01-23', 0);
INSERT INTO public.closeness_change VALUES (54, 42, '2026-01-23', 2);
INSERT INTO public.closeness_change VALUES (55, 43, '2026-01-15', 2);
INSERT INTO public.closeness_change VALUES (56, 44, '2026-01-20', 0);
INSERT INTO public.closeness_change VALUES (57, 45, '2026-01-23', 1);
INSERT INTO public.closeness_change VALUES (58, 46, '2026-01-22', 2);
INSERT INTO public.closeness_change VALUES (59, 47, '2026-01-15', 5);
INSERT INTO public.closeness_change VALUES (60, 48, '2026-01-23', 0);
INSERT INTO public.closeness_change VALUES (61, 49, '2026-01-15', 0);
INSERT INTO public.closeness_change VALUES (62, 50, '2026-01-15', 1);
INSERT INTO public.closeness_change VALUES (63, 51, '2026-01-22', 1);
INSERT INTO public.closeness_change VALUES (64, 52, '2026-01-20', 2);
INSERT INTO public.closeness_change VALUES (65, 53, '2026-01-23', 5);
INSERT INTO public.closeness_change VALUES (66, 54, '2026-01-21', 3);
INSERT INTO public.closeness_change VALUES (67, 55, '2026-01-21', 0);
INSERT INTO public.closeness_change VALUES (68, 56, '2026-01-23', 3);
INSERT INTO public.closeness_change VALUES (69, 57, '2026-01-15', 2);
INSERT INTO public.closeness_change VALUES (70, 58, '2026-01-17', 3);
INSERT INTO public.closeness_change VALUES (71, 59, '2026-01-17', 0);
INSERT INTO public.closeness_change VALUES (72, 60, '2026-01-15', 0);
INSERT INTO public.closeness_change VALUES (73, 61, '2026-01-21', 0);
INSERT INTO public.closeness_change VALUES (74, 62, '2026-01-18', 1);
INSERT INTO public.closeness_change VALUES (75, 63, '2026-01-21', 2);
INSERT INTO public.closeness_change VALUES (76, 64, '2026-01-18', 0);
INSERT INTO public.closeness_change VALUES (77, 65, '2026-01-19', 2);
INSERT INTO public.closeness_change VALUES (78, 66, '2026-01-22', 2);
INSERT INTO public.closeness_change VALUES (79, 67, '2026-01-20', 2);
INSERT INTO public.closeness_change VALUES (80, 68, '2026-01-14', 1);
INSERT INTO public.closeness_change VALUES (81, 69, '2026-01-17', 1);
INSERT INTO public.closeness_change VALUES (82, 70, '2026-01-23', 2);
INSERT INTO public.closeness_change VALUES (83, 71, '2026-01-15', 0);
INSERT INTO public.closeness_change VALUES (84, 72, '2026-01-20', 2);
INSERT INTO public.closeness_change VALUES (85, 73, '2026-01-17', 1);
INSERT INTO public.closeness_change VALUES (86, 74, '2026-01-23', 1);
INSERT INTO public.closeness_change VALUES (87, 75, '2026-01-22', 1);
INSERT INTO public.closeness_change VALUES (88, 76, '2026-01-15', 3);
INSERT INTO public.closeness_change VALUES (89, 77, '2026-01-16', 0);
INSERT INTO public.closeness_change VALUES (90, 78, '2026-01-17', 1);
INSERT INTO public.closeness_change VALUES (91, 79, '2026-01-21', 0);
INSERT INTO public.closeness_change VALUES (92, 80, '2026-01-16', 3);
INSERT INTO public.closeness_change VALUES (93, 48, '2026-02-05', 1);
INSERT INTO public.closeness_change VALUES (94, 51, '2026-02-24', 2);
INSERT INTO public.closeness_change VALUES (95, 52, '2026-02-01', 3);
INSERT INTO public.closeness_change VALUES (96, 56, '2026-02-02', 4);
INSERT INTO public.closeness_change VALUES (97, 60, '2026-02-09', 1);
INSERT INTO public.closeness_change VALUES (98, 62, '2026-01-28', 2);
INSERT INTO public.closeness_change VALUES (99, 65, '2026-02-12', 3);
INSERT INTO public.closeness_change VALUES (100, 66, '2026-02-20', 3);
INSERT INTO public.closeness_change VALUES (101, 67, '2026-02-12', 3);
INSERT INTO public.closeness_change VALUES (102, 74, '2026-02-23', 2);
INSERT INTO public.closeness_change VALUES (103, 75, '2026-01-28', 2);
INSERT INTO public.closeness_change VALUES (104, 79, '2026-02-18', 1);
INSERT INTO public.closeness_change VALUES (105, 81, '2026-01-23', 2);
INSERT INTO public.closeness_change VALUES (106, 82, '2026-01-22', 1);
INSERT INTO public.closeness_change VALUES (107, 83, '2026-01-21', 1);
INSERT INTO public.closeness_change VALUES (108, 84, '2026-01-16', 3);
INSERT INTO public.closeness_change VALUES (109, 85, '2026-01-21', 4);
INSERT INTO public.closeness_change VALUES (110, 86, '2026-01-16', 2);
INSERT INTO public.closeness_change VALUES (111, 87, '2026-01-21', 2);
INSERT INTO public.closeness_change VALUES (112, 88, '2026-01-16', 1);
INSERT INTO public.closeness_change VALUES (113, 89, '2026-01-14', 2);
INSERT INTO public.closeness_change VALUES (114, 90, '2026-01-17', 0);
INSERT INTO public.closeness_change VALUES (115, 91, '2026-01-22', 2);
INSERT INTO public.closeness_change VALUES (116, 92, '2026-01-17', 1);
INSERT INTO public.closeness_change VALUES (117, 93, '2026-01-23', 1);
INSERT INTO public.closeness_change VALUES (118, 94, '2026-01-18', 0);
INSERT INTO public.closeness_change VALUES (119, 95, '2026-01-20', 2);
INSERT INTO public.closeness_change VALUES (120, 96, '2026-01-21', 2);
INSERT INTO public.closeness_change VALUES (121, 97, '2026-01-15', 1);
INSERT INTO public.closeness_change VALUES (122, 98, '2026-01-19', 0);
INSERT INTO public.closeness_change VALUES (123, 99, '2026-01-21', 0);
INSERT INTO public.closeness_change VALUES (124, 100, '2026-01-22', 0);
INSERT INTO public.closeness_change VALUES (125, 101, '2026-01-19', 1);
INSERT INTO public.closeness_change VALUES (126, 102, '2026-01-14', 1);
INSERT INTO public.closeness_change VALUES (127, 103, '2026-01-20', 5);
INSERT INTO public.closeness_change VALUES (128, 104, '2026-01-17', 2);
INSERT INTO public.closeness_change VALUES (129, 105, '2026-01-22', 3);
INSERT INTO public.closeness_change VALUES (130, 106, '2026-01-18', 2);
INSERT INTO public.closeness_change VALUES (131, 107, '2026-01-22', 0);
INSERT INTO public.closeness_change VALUES (132, 108, '2026-01-15', 1);
INSERT INTO public.closeness_change VALUES (133, 109, '2026-01-14', 0);
INSERT INTO public.closeness_change VALUES (134, 110, '2026-01-21', 1);
INSERT INTO public.closeness_change VALUES (135, 111, '2026-01-15', 1);
INSERT INTO public.closeness_change VALUES (136, 112, '2026-01-17', 1);
INSERT INTO public.closeness_change VALUES (137, 113, '2026-01-21', 2);
INSERT INTO public.closeness_change VALUES (138, 114, '2026-01-22', 3);
INSERT INTO public.closeness_change VALUES (139, 115, '2026-01-18', 1);
INSERT INTO public.closeness_change VALUES (140, 116, '2026-01-15', 0);
INSERT INTO public.closeness_change VALUES (141, 117, '2026-01-19', 0);
INSERT INTO public.closeness_change VALUES (142, 118, '2026-01-23', 0);
INSERT INTO public.closeness_change VALUES (143, 119, '2026-01-16', 1);
INSERT INTO public.closeness_change VALUES (144, 81, '2026-01-26', 3);
INSERT INTO public.closeness_change VALUES (145, 83, '2026-02-28', 2);
INSERT INTO public.closeness_change VALUES (146, 89, '2026-02-02', 3);
INSERT INTO public.closeness_change VALUES (147, 91, '2026-02-05', 3);
INSERT INTO public.closeness_change VALUES (148, 93, '2026-02-05', 2);
INSERT INTO public.closeness_change VALUES (149, 105, '2026-02-10', 4);
INSERT INTO public.closeness_change VALUES (150, 112, '2026-02-22', 2);
INSERT INTO public.closeness_change VALUES (151, 113, '2026-02-18', 3);
INSERT INTO public.closeness_change VALUES (152, 116, '2026-03-01', 1);
INSERT INTO public.closeness_change VALUES (153, 119, '2026-02-27', 2);
INSERT INTO public.closeness_change VALUES (154, 120, '2026-01-20', 1);
INSERT INTO public.closeness_change VALUES (155, 121, '2026-01-14', 5);
INSERT INTO public.closeness_change VALUES (156, 122, '2026-01-22', 1);
INSERT INTO public.closeness_change VALUES (157, 123, '2026-01-14', 1);
INSERT INTO public.closeness_change VALUES (158, 124, '2026-01-23', 1);
INSERT INTO public.closeness_change VALUES (159, 125, '2026-01-15', 1);
INSERT INTO public.closeness_change VALUES (160, 126, '2026-01-18', 2);
INSERT INTO public.closeness_change VALUES (161, 127, '2026-01-21', 1);
INSERT INTO public.closeness_change VALUES (162, 128, '2026-01-23', 1);
INSERT INTO public.closeness_change VALUES (163, 129, '2026-01-17', 1);
INSERT INTO public.closeness_change VALUES (164, 130, '2026-01-21', 2);
INSERT INTO public.closeness_change VALUES (165, 131, '2026-01-21', 1);
INSERT INTO public.closeness_change VALUES (166, 132, '2026-01-19', 1);
INSERT INTO public.closeness_change VALUES (167, 133, '2026-01-22', 0);
INSERT INTO public.closeness_change VALUES (168, 134, '2026-01-14', 1);
INSERT INTO public.closeness_change VALUES (169, 135, '2026-01-20', 2);
INSERT INTO public.closeness_change VALUES (170, 136, '2026-01-14', 2);
INSERT INTO public.closeness_change VALUES (171, 137, '2026-01-18', 2);
INSERT INTO public.closeness_change VALUES (172, 138, '2026-01-14', 0);
INSERT INTO public.closeness_change VALUES (173, 139, '2026-01-21', 1);
INSERT INTO public.closeness_change VALUES (174, 140, '2026-01-17', 2);
INSERT INTO public.closeness_change VALUES (175, 141, '2026-01-18', 2);
INSERT INTO public.closeness_change VALUES (176, 142, '2026-01-16', 2);
INSERT INTO public.closeness_change VALUES (177, 143, '2026-01-19', 0);
INSERT INTO public.closeness_change VALUES (178, 144, '2026-01-15', 0);
INSERT INTO public.closeness_change VALUES (179, 145, '2026-01-15', 1);
INSERT INTO public.closeness_change VALUES (180, 146, '2026-01-15', 0);
INSERT INTO public.closeness_change VALUES (181, 147, '2026-01-18', 2);
INSERT INTO public.closeness_change VALUES (182, 148, '2026-01-21', 1);
INSERT INTO public.closeness_change VALUES (183, 149, '2026-01-18', 2);
INSERT INTO public.closeness_change VALUES (184, 150, '2026-01-22', 1);
INSERT INTO public.closeness_change VALUES (185, 151, '2026-01-15', 0);
INSERT INTO public.closeness_change VALUES (186, 152, '2026-01-15', 2);
INSERT INTO public.closeness_change VALUES (187, 153, '2026-01-16', 0);
INSERT INTO public.closeness_change VALUES (188, 154, '2026-01-15', 2);
INSERT INTO public.closeness_change VALUES (189, 155, '2026-01-18', 1);
INSERT INTO public.closeness_change VALUES (190, 156, '2026-01-22', 4);
INSERT INTO public.closeness_change VALUES (191, 157, '2026-01-23', 2);
INSERT INTO public.closeness_change VALUES (192, 158, '2026-01-17', 4);
INSERT INTO public.closeness_change VALUES (193, 159, '2026-01-23', 2);
INSERT INTO public.closeness_change VALUES (194, 120, '2026-02-05', 2);
INSERT INTO public.closeness_change VALUES (195, 130, '2026-01-25', 3);
INSERT INTO public.closeness_change VALUES (196, 131, '2026-02-10', 2);
INSERT INTO public.closeness_change VALUES (197, 137, '2026-01-28', 3);
INSERT INTO public.closeness_change VALUES (198, 140, '2026-02-05', 3);
INSERT INTO public.closeness_change VALUES (199, 142, '2026-02-11', 3);
INSERT INTO public.closeness_change VALUES (200, 143, '2026-02-09', 1);
INSERT INTO public.closeness_change VALUES (201, 160, '2026-01-21', 2);
INSERT INTO public.closeness_change VALUES (202, 161, '2026-01-20', 2);
INSERT INTO public.closeness_change VALUES (203, 162, '2026-01-19', 2);
INSERT INTO public.closeness_change VALUES (204, 163, '2026-01-16', 2);
INSERT INTO public.closeness_change VALUES (205, 164, '2026-01-17', 0);
INSERT INTO public.closeness_change VALUES (206, 165, '2026-01-18', 2);
INSERT INTO public.closeness_change VALUES (207, 166, '2026-01-19', 1);
INSERT INTO public.closeness_change VALUES (208, 167, '2026-01-23', 2);
INSERT INTO public.closeness_change VALUES (209, 168, '2026-01-20', 0);
INSERT INTO public.closeness_change VALUES (210, 169, '2026-01-14', 1);
INSERT INTO public.closeness_change VALUES (211, 170, '2026-01-22', 4);
INSERT INTO public.closeness_change VALUES (212, 171, '2026-01-17', 2);
INSERT INTO public.closeness_change VALUES (213, 172, '2026-01-17', 4);
INSERT INTO public.closeness_change VALUES (214, 173, '2026-01-23', 1);
INSERT INTO public.closeness_change VALUES (215, 174, '2026-01-19', 2);
INSERT INTO public.closeness_change VALUES (216, 175, '2026-01-22', 1);
INSERT INTO public.closeness_change VALUES (217, 176, '2026-01-15', 2);
INSERT INTO public.closeness_change VALUES (218, 177, '2026-01-17', 0);
INSERT INTO public.closeness_change VALUES (219, 178, '2026-01-20', 1);
INSERT INTO public.closeness_change VALUES (220, 179, '2026-01-21', 1);
INSERT INTO public.closeness_change VALUES (221, 180, '2026-01-19', 2);
INSERT INTO public.closeness_change VALUES (222, 181, '2026-01-23', 0);
INSERT INTO public.closeness_change VALUES (223, 182, '2026-01-14', 2);
INSERT INTO public.closeness_change VALUES (224, 183, '2026-01-18', 2);
INSERT INTO public.closeness_change VALUES (225, 184, '2026-01-21', 0);
INSERT INTO public.closeness_change VALUES (226, 185, '2026-01-16', 3);
INSERT INTO public.closeness_change VALUES (227, 186, '2026-01-16', 1);
INSERT INTO public.closeness_change VALUES (228, 187, '2026-01-19', 1);
INSERT INTO public.closeness_change VALUES (229, 188, '2026-01-15', 0);
INSERT INTO public.closeness_change VALUES (230, 189, '2026-01-16', 2);
INSERT INTO public.closeness_change VALUES (231, 190, '2026-01-23', 0);
INSERT INTO public.closeness_change VALUES (232, 191, '2026-01-18', 0);
INSERT INTO public.closeness_change VALUES (233, 192, '2026-01-15', 0);
INSERT INTO public.closeness_change VALUES (234, 193, '2026-01-20', 2);
INSERT INTO public.closeness_change VALUES (235, 194, '2026-01-23', 0);
INSERT INTO public.closeness_change VALUES (236, 195, '2026-01-21', 2);
INSERT INTO public.closeness_change VALUES (237, 196, '2026-01-17', 2);
INSERT INTO public.closeness_change VALUES (238, 197, '2026-01-23', 3);
INSERT INTO public.closeness_change VALUES (239, 198, '2026-01-21', 0);
INSERT INTO public.closeness_change VALUES (240, 199, '2026-01-16', 1);
INSERT INTO public.closeness_change VALUES (241, 200, '2026-01-18', 1);
INSERT INTO public.closeness_change VALUES (242, 166, '2026-02-10', 2);
INSERT INTO public.closeness_change VALUES (243, 174, '2026-02-14', 3);
INSERT INTO public.closeness_change VALUES (244, 176, '2026-02-25', 3);
INSERT INTO public.closeness_change VALUES (245, 178, '2026-01-30', 2);
INSERT INTO public.closeness_change VALUES (246, 184, '2026-02-08', 1);
INSERT INTO public.closeness_change VALUES (247, 185, '2026-01-27', 4);
INSERT INTO public.closeness_change VALUES (248, 190, '2026-02-18', 1);
INSERT INTO public.closeness_change VALUES (249, 196, '2026-02-09', 3);
INSERT INTO public.closeness_change VALUES (250, 199, '2026-02-05', 2);


--
-- Data for Name: commitment; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.commitment VALUES (1, 1, 'Reach out to three people on my list', 1, 2, 0);
INSERT INTO public.commitment VALUES (2, 1, 'Share one piece of my work in progress', 2, 3, 1);
INSERT INTO public.commitment VALUES (3, 1, 'Reach out to three people on my list', 3, 4, 1);
INSERT INTO public.commitment VALUES (4, 1, 'Share one piece of my work in progress', 4, 5, 1);
INSERT INTO public.commitment VALUES (5, 1, 'Reach out to three people on my list', 5, 6, 1);
INSERT INTO public.commitment VALUES (6, 1, 'Share one piece of my work in progress', 6, 7, 1);
INSERT INTO public.commitment VALUES (7, 1, 'Reach out to three people on my list', 7, 8, NULL);
INSERT INTO public.commitment VALUES (8, 2, 'Reach out to three people on my list', 1, 2, 1);
INSERT INTO public.commitment VALUES (9, 2, 'Share one piece of my work in progress', 2, 3, 1);
INSERT INTO public.commitment VALUES (10, 2, 'Reach out to three people on my list', 3, 4, 1);
INSERT INTO public.commitment VALUES (11, 2, 'Share one piece of my work in progress', 4, 5, 1);
INSERT INTO public.commitment VALUES (12, 2, 'Reach out to three people on my list', 5, 6, 1);
INSERT INTO public.commitment VALUES (13, 2, 'Share one piece of my work in progress', 6, 7, 1);
INSERT INTO public.commitment VALUES (14, 2, 'Reach out to three people on my list', 7, 8, NULL);
INSERT INTO public.commitment VALUES (15, 3, 'Reach out to three people on my list', 1, 2, 1);
INSERT INTO public.commitment VALUES (16, 3, 'Share one piece of my work in progress', 2, 3, 0);
INSERT INTO public.commitment VALUES (17, 3, 'Reach out to three people on my list', 3, 4, 1);
INSERT INTO public.commitment VALUES (18, 3, 'Share one piece of my work in progress', 4, 5, 1);
INSERT INTO public.commitment VALUES (19, 3, 'Reach out to three people on my list', 5, 6, 1);
INSERT INTO public.commitment VALUES (20, 3, 'Share one piece of my work in progress', 6, 7, 1);
INSERT INTO public.commitment VALUES (21, 3, 'Reach out to three people on my list', 7, 8, NULL);
INSERT INTO public.commitment VALUES (22, 4, 'Reach out to three people on my list', 1, 2, 1);
INSERT INTO public.commitment VALUES (23, 4, 'Share one piece of my work in progress', 2, 3, 1);
INSERT INTO public.commitment VALUES (24, 4, 'Reach out to three people on my list', 3, 4, 0);
INSERT INTO public.commitment VALUES (25, 4, 'Share one piece of my work in progress', 4, 5, 0);
INSERT INTO public.commitment VALUES (26, 4, 'Reach out to three people on my list', 5, 6, 0);
INSERT INTO public.commitment VALUES (27, 4, 'Share one piece of my work in progress', 6, 7, 0);
INSERT INTO public.commitment VALUES (28, 4, 'Reach out to three people on my list', 7, 8, NULL);
INSERT INTO public.commitment VALUES (29, 5, 'Reach out to three people on my list', 1, 2, 1);
INSERT INTO public.commitment VALUES (30, 5, 'Share one piece of my work in progress', 2, 3, 1);
INSERT INTO public.commitment VALUES (31, 5, 'Reach out to three people on my list', 3, 4, 1);
INSERT INTO public.commitment VALUES (32, 5, 'Share one piece of my work in progress', 4, 5, 1);
INSERT INTO public.commitment VALUES (33, 5, 'Reach out to three people on my list', 5, 6, 1);
INSERT INTO public.commitment VALUES (34, 5, 'Share one piece of my work in progress', 6, 7, 1);
INSERT INTO public.commitment VALUES (35, 5, 'Reach out to three people on my list', 7, 8, NULL);


--
-- Data for Name: contribution; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.contribution VALUES (1, 13, '2026-01-21', 0, 1, 4, NULL, 'Asked how they started their community');
INSERT INTO public.contribution VALUES (2, 3, '2026-01-19', 0, 2, 1, NULL, 'Commented on their post about onboarding');
INSERT INTO public.contribution VALUES (3, 3, '2026-01-23', 0, 5, 9, NULL, 'Shared their slides with my team, with my notes');
INSERT INTO public.contribution VALUES (4, 6, '2026-01-17', 0, 7, 1, NULL, 'Commented on their post about onboarding');
INSERT INTO public.contribution VALUES (5, 5, '2026-01-22', 0, 3, 6, NULL, '');
INSERT INTO public.contribution VALUES (6, 4, '2026-01-22', 0, 1, 2, NULL, 'Thanked them for the talk');
INSERT INTO public.contribution VALUES (7, 28, '2026-01-17', 0, 3, 5, NULL, '');
INSERT INTO public.contribution VALUES (8, 6, '2026-01-21', 1, 5, 3, 0, 'Gave detailed feedback on my plan');
INSERT INTO public.contribution VALUES (9, 12, '2026-01-21', 1, 2, NULL, 2, '');
INSERT INTO public.contribution VALUES (10, 2, '2026-01-26', 0, 2, NULL, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (11, 11, '2026-01-30', 0, 2, 2, NULL, 'Shared their slides with my team, with my notes');
INSERT INTO public.contribution VALUES (12, 23, '2026-01-26', 0, 1, 9, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (13, 11, '2026-01-26', 0, 2, 3, NULL, '');
INSERT INTO public.contribution VALUES (14, 5, '2026-01-24', 0, 4, NULL, NULL, 'Offered feedback on their draft');
INSERT INTO public.contribution VALUES (15, 4, '2026-01-29', 0, 1, NULL, NULL, 'Introduced them to a colleague working on the same thing');
INSERT INTO public.contribution VALUES (16, 10, '2026-01-28', 0, 3, 1, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (17, 10, '2026-01-24', 1, 6, 1, 2, 'Pointed me to a useful study');
INSERT INTO public.contribution VALUES (18, 4, '2026-01-28', 1, 2, 2, 1, 'Pointed me to a useful study');
INSERT INTO public.contribution VALUES (19, 11, '2026-01-26', 1, 2, 1, 1, 'Gave detailed feedback on my plan');
INSERT INTO public.contribution VALUES (20, 3, '2026-01-31', 0, 7, 3, NULL, '');
INSERT INTO public.contribution VALUES (21, 10, '2026-02-06', 0, 4, 8, NULL, 'Asked how they started their community');
INSERT INTO public.contribution VALUES (22, 35, '2026-02-04', 0, 3, 3, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (23, 12, '2026-02-03', 0, 3, NULL, NULL, 'Commented on their post about onboarding');
INSERT INTO public.contribution VALUES (24, 10, '2026-02-05', 0, 5, 5, NULL, 'Recommended them for the panel');
INSERT INTO public.contribution VALUES (25, 9, '2026-02-03', 0, 4, 7, NULL, '');
INSERT INTO public.contribution VALUES (26, 10, '2026-02-06', 0, 7, 6, NULL, 'Asked how they started their community');
INSERT INTO public.contribution VALUES (27, 4, '2026-02-05', 1, 3, 1, 1, 'Mentioned my post in their newsletter');
INSERT INTO public.contribution VALUES (28, 2, '2026-02-01', 1, 4, 4, 0, '');
INSERT INTO public.contribution VALUES (29, 4, '2026-02-05', 1, 4, 1, 2, 'Introduced me to their manager');
INSERT INTO public.contribution VALUES (30, 8, '2026-02-11', 0, 4, 1, NULL, '');
INSERT INTO public.contribution VALUES (31, 2, '2026-02-09', 0, 1, 2, NULL, 'Introduced them to a colleague working on the same thing');
INSERT INTO public.contribution VALUES (32, 39, '2026-02-09', 0, 4, 5, NULL, 'Recommended them for the panel');
INSERT INTO public.contribution VALUES (33, 19, '2026-02-10', 0, 5, NULL, NULL, 'Shared their slides with my team, with my notes');
INSERT INTO public.contribution VALUES (34, 12, '2026-02-11', 0, 2, 2, NULL, 'Shared their slides with my team, with my notes');
INSERT INTO public.contribution VALUES (35, 27, '2026-02-11', 0, 3, 1, NULL, '');
INSERT INTO public.contribution VALUES (36, 9, '2026-02-09', 0, 6, 1, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (37, 2, '2026-02-10', 0, 1, 4, NULL, 'Asked how they started their community');
INSERT INTO public.contribution VALUES (38, 10, '2026-02-10', 0, 5, 1, NULL, '');
INSERT INTO public.contribution VALUES (39, 10, '2026-02-11', 1, 7, 2, 0, 'Mentioned my post in their newsletter');
INSERT INTO public.contribution VALUES (40, 8, '2026-02-10', 1, 7, 7, 1, '');
INSERT INTO public.contribution VALUES (41, 37, '2026-02-08', 1, 3, 4, 2, 'Introduced me to their manager');
INSERT INTO public.contribution VALUES (42, 5, '2026-02-10', 1, 7, NULL, 0, 'Mentioned my post in their newsletter');
INSERT INTO public.contribution VALUES (43, 11, '2026-02-20', 0, 5, 3, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (44, 6, '2026-02-15', 0, 6, 5, NULL, 'Commented on their post about onboarding');
INSERT INTO public.contribution VALUES (45, 14, '2026-02-20', 0, 4, 6, NULL, '');
INSERT INTO public.contribution VALUES (46, 3, '2026-02-20', 0, 7, 2, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (47, 30, '2026-02-17', 0, 7, 6, NULL, 'Thanked them for the talk');
INSERT INTO public.contribution VALUES (48, 18, '2026-02-18', 0, 1, 5, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (49, 7, '2026-02-14', 1, 7, 9, 2, 'Invited me to their meetup');
INSERT INTO public.contribution VALUES (50, 12, '2026-02-18', 1, 1, NULL, 1, 'Invited me to their meetup');
INSERT INTO public.contribution VALUES (51, 27, '2026-02-20', 1, 1, 9, 0, 'Gave detailed feedback on my plan');
INSERT INTO public.contribution VALUES (52, 29, '2026-02-26', 0, 7, 2, NULL, 'Recommended them for the panel');
INSERT INTO public.contribution VALUES (53, 9, '2026-02-26', 0, 8, 4, NULL, '');
INSERT INTO public.contribution VALUES (54, 4, '2026-02-26', 0, 3, 6, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (55, 8, '2026-02-22', 0, 2, NULL, NULL, 'Thanked them for the talk');
INSERT INTO public.contribution VALUES (56, 1, '2026-02-23', 0, 6, 1, NULL, 'Introduced them to a colleague working on the same thing');
INSERT INTO public.contribution VALUES (57, 6, '2026-02-23', 0, 5, 9, NULL, 'Offered feedback on their draft');
INSERT INTO public.contribution VALUES (58, 1, '2026-02-25', 1, 8, 7, 2, '');
INSERT INTO public.contribution VALUES (59, 5, '2026-02-25', 1, 3, 2, 0, 'Gave detailed feedback on my plan');
INSERT INTO public.contribution VALUES (60, 37, '2026-02-22', 1, 2, 6, 1, '');
INSERT INTO public.contribution VALUES (61, 7, '2026-02-27', 1, 4, 1, 1, 'Introduced me to their manager');
INSERT INTO public.contribution VALUES (62, 7, '2026-02-28', 0, 6, 1, NULL, 'Offered feedback on their draft');
INSERT INTO public.contribution VALUES (63, 1, '2026-02-28', 0, 8, 4, NULL, 'Shared their slides with my team, with my notes');
INSERT INTO public.contribution VALUES (64, 10, '2026-02-28', 0, 3, 10, NULL, '');
INSERT INTO public.contribution VALUES (65, 7, '2026-03-01', 1, 4, 6, 1, 'Pointed me to a useful study');
INSERT INTO public.contribution VALUES (66, 8, '2026-03-02', 1, 3, 2, 0, 'Invited me to their meetup');
INSERT INTO public.contribution VALUES (67, 50, '2026-01-18', 0, 2, 9, NULL, 'Offered feedback on their draft');
INSERT INTO public.contribution VALUES (68, 47, '2026-01-22', 0, 8, 3, NULL, 'Recommended them for the panel');
INSERT INTO public.contribution VALUES (69, 78, '2026-01-23', 0, 3, 5, NULL, 'Commented on their post about onboarding');
INSERT INTO public.contribution VALUES (70, 51, '2026-01-22', 0, 3, 1, NULL, 'Asked how they started their community');
INSERT INTO public.contribution VALUES (71, 41, '2026-01-17', 0, 2, 3, NULL, 'Introduced them to a colleague working on the same thing');
INSERT INTO public.contribution VALUES (72, 46, '2026-01-22', 0, 5, 6, NULL, 'Recommended them for the panel');
INSERT INTO public.contribution VALUES (73, 49, '2026-01-18', 0, 3, 6, NULL, 'Asked how they started their community');
INSERT INTO public.contribution VALUES (74, 40, '2026-01-18', 0, 1, 9, NULL, '');
INSERT INTO public.contribution VALUES (75, 45, '2026-01-17', 0, 2, 4, NULL, 'Commented on their post about onboarding');
INSERT INTO public.contribution VALUES (76, 68, '2026-01-21', 0, 4, 3, NULL, 'Shared their slides with my team, with my notes');
INSERT INTO public.contribution VALUES (77, 48, '2026-01-18', 0, 4, 1, NULL, 'Asked how they started their community');
INSERT INTO public.contribution VALUES (78, 48, '2026-01-23', 1, 3, 6, 0, '');
INSERT INTO public.contribution VALUES (79, 58, '2026-01-20', 1, 8, 9, 2, '');
INSERT INTO public.contribution VALUES (80, 40, '2026-01-29', 0, 3, 9, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (81, 46, '2026-01-29', 0, 3, 3, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (82, 75, '2026-01-28', 0, 2, 3, NULL, 'Asked how they started their community');
INSERT INTO public.contribution VALUES (83, 73, '2026-01-30', 0, 4, 1, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (84, 53, '2026-01-29', 0, 10, 1, NULL, '');
INSERT INTO public.contribution VALUES (85, 50, '2026-01-30', 0, 1, 7, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (86, 47, '2026-01-24', 0, 6, 5, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (87, 46, '2026-01-29', 0, 7, 1, NULL, 'Recommended them for the panel');
INSERT INTO public.contribution VALUES (88, 48, '2026-01-26', 0, 4, 1, NULL, 'Introduced them to a colleague working on the same thing');
INSERT INTO public.contribution VALUES (89, 53, '2026-01-24', 0, 7, NULL, NULL, 'Recommended them for the panel');
INSERT INTO public.contribution VALUES (90, 64, '2026-01-29', 0, 4, 9, NULL, 'Commented on their post about onboarding');
INSERT INTO public.contribution VALUES (91, 49, '2026-01-25', 0, 4, 3, NULL, 'Thanked them for the talk');
INSERT INTO public.contribution VALUES (92, 50, '2026-01-29', 0, 2, 1, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (93, 68, '2026-01-30', 1, 1, 1, 1, 'Introduced me to their manager');
INSERT INTO public.contribution VALUES (94, 44, '2026-01-29', 1, 2, 2, 0, '');
INSERT INTO public.contribution VALUES (95, 77, '2026-01-24', 1, 4, 9, 1, 'Introduced me to their manager');
INSERT INTO public.contribution VALUES (96, 45, '2026-02-02', 0, 1, 1, NULL, 'Asked how they started their community');
INSERT INTO public.contribution VALUES (97, 43, '2026-01-31', 0, 2, 8, NULL, '');
INSERT INTO public.contribution VALUES (98, 44, '2026-02-02', 0, 4, 5, NULL, 'Offered feedback on their draft');
INSERT INTO public.contribution VALUES (99, 50, '2026-02-05', 0, 4, 9, NULL, 'Commented on their post about onboarding');
INSERT INTO public.contribution VALUES (100, 43, '2026-02-04', 0, 4, 8, NULL, 'Offered feedback on their draft');
INSERT INTO public.contribution VALUES (101, 57, '2026-02-06', 0, 7, 1, NULL, 'Commented on their post about onboarding');
INSERT INTO public.contribution VALUES (102, 44, '2026-02-01', 0, 2, NULL, NULL, '');
INSERT INTO public.contribution VALUES (103, 50, '2026-01-31', 0, 1, 1, NULL, 'Introduced them to a colleague working on the same thing');
INSERT INTO public.contribution VALUES (104, 50, '2026-01-31', 0, 1, 2, NULL, '');
INSERT INTO public.contribution VALUES (105, 59, '2026-02-03', 0, 4, 1, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (106, 48, '2026-02-06', 0, 3, 5, NULL, '');
INSERT INTO public.contribution VALUES (107, 71, '2026-02-04', 0, 1, 1, NULL, 'Recommended them for the panel');
INSERT INTO public.contribution VALUES (108, 47, '2026-02-04', 1, 6, 5, 1, 'Introduced me to their manager');
INSERT INTO public.contribution VALUES (109, 48, '2026-02-03', 1, 3, 1, 1, 'Introduced me to their manager');
INSERT INTO public.contribution VALUES (110, 45, '2026-02-02', 1, 1, NULL, 0, '');
INSERT INTO public.contribution VALUES (111, 44, '2026-02-08', 0, 2, NULL, NULL, 'Recommended them for the panel');
INSERT INTO public.contribution VALUES (112, 41, '2026-02-08', 0, 1, 1, NULL, 'Commented on their post about onboarding');
INSERT INTO public.contribution VALUES (113, 44, '2026-02-11', 0, 2, 2, NULL, 'Commented on their post about onboarding');
INSERT INTO public.contribution VALUES (114, 47, '2026-02-09', 0, 9, 8, NULL, '');
INSERT INTO public.contribution VALUES (115, 46, '2026-02-11', 0, 4, NULL, NULL, 'Introduced them to a colleague working on the same thing');
INSERT INTO public.contribution VALUES (116, 42, '2026-02-10', 0, 3, NULL, NULL, 'Introduced them to a colleague working on the same thing');
INSERT INTO public.contribution VALUES (117, 44, '2026-02-09', 0, 4, 1, NULL, 'Recommended them for the panel');
INSERT INTO public.contribution VALUES (118, 47, '2026-02-11', 0, 4, 9, NULL, 'Shared their slides with my team, with my notes');
INSERT INTO public.contribution VALUES (119, 59, '2026-02-09', 0, 2, 7, NULL, 'Commented on their post about onboarding');
INSERT INTO public.contribution VALUES (120, 70, '2026-02-07', 0, 5, 7, NULL, 'Asked how they started their community');
INSERT INTO public.contribution VALUES (121, 68, '2026-02-08', 0, 2, 9, NULL, 'Shared their slides with my team, with my notes');
INSERT INTO public.contribution VALUES (122, 69, '2026-02-12', 0, 4, 1, NULL, 'Introduced them to a colleague working on the same thing');
INSERT INTO public.contribution VALUES (123, 48, '2026-02-10', 0, 2, 1, NULL, 'Shared their slides with my team, with my notes');
INSERT INTO public.contribution VALUES (124, 40, '2026-02-08', 1, 4, 9, 0, 'Introduced me to their manager');
INSERT INTO public.contribution VALUES (125, 50, '2026-02-12', 1, 4, 8, 2, 'Mentioned my post in their newsletter');
INSERT INTO public.contribution VALUES (126, 74, '2026-02-12', 1, 2, NULL, 2, 'Introduced me to their manager');
INSERT INTO public.contribution VALUES (127, 45, '2026-02-11', 1, 3, 9, 2, 'Mentioned my post in their newsletter');
INSERT INTO public.contribution VALUES (128, 42, '2026-02-16', 0, 7, 3, NULL, 'Commented on their post about onboarding');
INSERT INTO public.contribution VALUES (129, 43, '2026-02-18', 0, 7, 6, NULL, '');
INSERT INTO public.contribution VALUES (130, 44, '2026-02-17', 0, 1, 6, NULL, 'Shared their slides with my team, with my notes');
INSERT INTO public.contribution VALUES (131, 44, '2026-02-15', 0, 2, 1, NULL, 'Asked how they started their community');
INSERT INTO public.contribution VALUES (132, 45, '2026-02-15', 0, 4, 5, NULL, 'Thanked them for the talk');
INSERT INTO public.contribution VALUES (133, 50, '2026-02-20', 0, 3, 4, NULL, 'Offered feedback on their draft');
INSERT INTO public.contribution VALUES (134, 56, '2026-02-14', 0, 8, 6, NULL, 'Shared their slides with my team, with my notes');
INSERT INTO public.contribution VALUES (135, 47, '2026-02-16', 0, 10, 9, NULL, '');
INSERT INTO public.contribution VALUES (136, 44, '2026-02-19', 0, 4, 5, NULL, '');
INSERT INTO public.contribution VALUES (137, 65, '2026-02-15', 0, 7, 1, NULL, '');
INSERT INTO public.contribution VALUES (138, 46, '2026-02-20', 0, 7, NULL, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (139, 45, '2026-02-14', 0, 3, 2, NULL, 'Recommended them for the panel');
INSERT INTO public.contribution VALUES (140, 45, '2026-02-19', 1, 4, 1, 1, 'Invited me to their meetup');
INSERT INTO public.contribution VALUES (141, 43, '2026-02-20', 1, 2, NULL, 2, '');
INSERT INTO public.contribution VALUES (142, 70, '2026-02-17', 1, 3, 1, 2, '');
INSERT INTO public.contribution VALUES (143, 45, '2026-02-16', 1, 1, 9, 0, 'Gave detailed feedback on my plan');
INSERT INTO public.contribution VALUES (144, 50, '2026-02-23', 0, 3, 5, NULL, 'Shared their slides with my team, with my notes');
INSERT INTO public.contribution VALUES (145, 44, '2026-02-23', 0, 3, 10, NULL, '');
INSERT INTO public.contribution VALUES (146, 44, '2026-02-26', 0, 1, 6, NULL, 'Shared their slides with my team, with my notes');
INSERT INTO public.contribution VALUES (147, 61, '2026-02-25', 0, 2, 1, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (148, 41, '2026-02-26', 0, 3, 1, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (149, 68, '2026-02-26', 0, 4, 7, NULL, '');
INSERT INTO public.contribution VALUES (150, 47, '2026-02-24', 0, 9, 6, NULL, 'Introduced them to a colleague working on the same thing');
INSERT INTO public.contribution VALUES (151, 54, '2026-02-27', 0, 8, 9, NULL, '');
INSERT INTO public.contribution VALUES (152, 63, '2026-02-21', 0, 3, 9, NULL, '');
INSERT INTO public.contribution VALUES (153, 44, '2026-02-27', 0, 1, 5, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (154, 41, '2026-02-21', 0, 1, 1, NULL, 'Shared their slides with my team, with my notes');
INSERT INTO public.contribution VALUES (155, 40, '2026-02-25', 1, 3, 2, 2, 'Pointed me to a useful study');
INSERT INTO public.contribution VALUES (156, 64, '2026-02-22', 1, 4, 3, 2, 'Mentioned my post in their newsletter');
INSERT INTO public.contribution VALUES (157, 41, '2026-02-22', 1, 1, 1, 0, '');
INSERT INTO public.contribution VALUES (158, 45, '2026-02-28', 0, 2, 1, NULL, 'Offered feedback on their draft');
INSERT INTO public.contribution VALUES (159, 79, '2026-02-28', 0, 4, 9, NULL, 'Recommended them for the panel');
INSERT INTO public.contribution VALUES (160, 51, '2026-03-02', 0, 4, 8, NULL, 'Thanked them for the talk');
INSERT INTO public.contribution VALUES (161, 49, '2026-03-01', 0, 3, 8, NULL, '');
INSERT INTO public.contribution VALUES (162, 58, '2026-02-28', 0, 4, 8, NULL, 'Recommended them for the panel');
INSERT INTO public.contribution VALUES (163, 41, '2026-03-02', 0, 4, 9, NULL, 'Asked how they started their community');
INSERT INTO public.contribution VALUES (164, 40, '2026-03-01', 1, 3, 1, 2, '');
INSERT INTO public.contribution VALUES (165, 84, '2026-01-22', 0, 10, 1, NULL, 'Introduced them to a colleague working on the same thing');
INSERT INTO public.contribution VALUES (166, 86, '2026-01-19', 0, 5, 3, NULL, '');
INSERT INTO public.contribution VALUES (167, 83, '2026-01-17', 1, 1, NULL, 2, 'Introduced me to their manager');
INSERT INTO public.contribution VALUES (168, 110, '2026-01-22', 1, 2, 1, 1, 'Mentioned my post in their newsletter');
INSERT INTO public.contribution VALUES (169, 87, '2026-01-22', 1, 4, 1, 0, 'Introduced me to their manager');
INSERT INTO public.contribution VALUES (170, 87, '2026-01-22', 1, 3, 8, 1, 'Introduced me to their manager');
INSERT INTO public.contribution VALUES (171, 85, '2026-01-17', 1, 8, 1, 1, '');
INSERT INTO public.contribution VALUES (172, 112, '2026-01-19', 1, 2, 10, 2, '');
INSERT INTO public.contribution VALUES (173, 90, '2026-01-27', 0, 3, 4, NULL, 'Recommended them for the panel');
INSERT INTO public.contribution VALUES (174, 89, '2026-01-26', 1, 3, 4, 2, 'Gave detailed feedback on my plan');
INSERT INTO public.contribution VALUES (175, 109, '2026-01-24', 1, 3, 9, 0, 'Pointed me to a useful study');
INSERT INTO public.contribution VALUES (176, 88, '2026-01-29', 1, 1, 8, 1, 'Mentioned my post in their newsletter');
INSERT INTO public.contribution VALUES (177, 82, '2026-01-27', 1, 2, 2, 0, 'Pointed me to a useful study');
INSERT INTO public.contribution VALUES (178, 81, '2026-01-27', 1, 3, 1, 1, 'Invited me to their meetup');
INSERT INTO public.contribution VALUES (179, 81, '2026-01-27', 1, 2, 9, 1, 'Invited me to their meetup');
INSERT INTO public.contribution VALUES (180, 103, '2026-01-26', 1, 9, 1, 2, '');
INSERT INTO public.contribution VALUES (181, 82, '2026-02-05', 0, 4, 7, NULL, '');
INSERT INTO public.contribution VALUES (182, 92, '2026-02-01', 1, 3, 1, 1, 'Pointed me to a useful study');
INSERT INTO public.contribution VALUES (183, 91, '2026-02-02', 1, 5, 1, 0, 'Introduced me to their manager');
INSERT INTO public.contribution VALUES (184, 82, '2026-01-31', 1, 4, 5, 2, 'Pointed me to a useful study');
INSERT INTO public.contribution VALUES (185, 85, '2026-02-06', 1, 5, 6, 2, 'Invited me to their meetup');
INSERT INTO public.contribution VALUES (186, 86, '2026-02-03', 1, 4, 1, 2, '');
INSERT INTO public.contribution VALUES (187, 107, '2026-02-03', 1, 4, 5, 0, '');
INSERT INTO public.contribution VALUES (188, 99, '2026-02-07', 0, 3, 1, NULL, 'Offered feedback on their draft');
INSERT INTO public.contribution VALUES (189, 89, '2026-02-09', 1, 5, NULL, 0, '');
INSERT INTO public.contribution VALUES (190, 92, '2026-02-07', 1, 2, 9, 0, 'Pointed me to a useful study');
INSERT INTO public.contribution VALUES (191, 104, '2026-02-12', 1, 5, NULL, 1, 'Introduced me to their manager');
INSERT INTO public.contribution VALUES (192, 95, '2026-02-11', 1, 7, 1, 2, '');
INSERT INTO public.contribution VALUES (193, 96, '2026-02-07', 1, 5, 1, 1, '');
INSERT INTO public.contribution VALUES (194, 86, '2026-02-11', 1, 2, 1, 0, 'Invited me to their meetup');
INSERT INTO public.contribution VALUES (195, 81, '2026-02-10', 1, 4, 3, 2, 'Mentioned my post in their newsletter');
INSERT INTO public.contribution VALUES (196, 81, '2026-02-09', 1, 2, NULL, 0, '');
INSERT INTO public.contribution VALUES (197, 82, '2026-02-14', 0, 3, 6, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (198, 92, '2026-02-19', 1, 3, 1, 2, 'Gave detailed feedback on my plan');
INSERT INTO public.contribution VALUES (199, 84, '2026-02-18', 1, 7, 1, 1, '');
INSERT INTO public.contribution VALUES (200, 83, '2026-02-17', 1, 1, 9, 0, 'Introduced me to their manager');
INSERT INTO public.contribution VALUES (201, 81, '2026-02-17', 1, 6, 1, 0, '');
INSERT INTO public.contribution VALUES (202, 98, '2026-02-14', 1, 2, 5, 2, 'Gave detailed feedback on my plan');
INSERT INTO public.contribution VALUES (203, 87, '2026-02-19', 1, 7, 8, 1, 'Pointed me to a useful study');
INSERT INTO public.contribution VALUES (204, 92, '2026-02-25', 0, 2, NULL, NULL, 'Asked how they started their community');
INSERT INTO public.contribution VALUES (205, 91, '2026-02-24', 1, 2, 1, 2, 'Gave detailed feedback on my plan');
INSERT INTO public.contribution VALUES (206, 90, '2026-02-24', 1, 4, 1, 0, 'Introduced me to their manager');
INSERT INTO public.contribution VALUES (207, 103, '2026-02-26', 1, 5, 1, 0, 'Invited me to their meetup');
INSERT INTO public.contribution VALUES (208, 89, '2026-02-23', 1, 6, 6, 2, 'Gave detailed feedback on my plan');
INSERT INTO public.contribution VALUES (209, 82, '2026-02-25', 1, 4, 8, 0, 'Pointed me to a useful study');
INSERT INTO public.contribution VALUES (210, 92, '2026-02-27', 1, 3, 7, 0, 'Invited me to their meetup');
INSERT INTO public.contribution VALUES (211, 97, '2026-02-28', 1, 1, 1, 2, 'Mentioned my post in their newsletter');
INSERT INTO public.contribution VALUES (212, 119, '2026-03-02', 1, 2, 1, 1, '');
INSERT INTO public.contribution VALUES (213, 151, '2026-01-19', 0, 1, 7, NULL, 'Offered feedback on their draft');
INSERT INTO public.contribution VALUES (214, 120, '2026-01-20', 0, 2, 1, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (215, 124, '2026-01-22', 0, 1, 2, NULL, 'Recommended them for the panel');
INSERT INTO public.contribution VALUES (216, 129, '2026-01-18', 0, 1, 6, NULL, 'Thanked them for the talk');
INSERT INTO public.contribution VALUES (217, 126, '2026-01-22', 0, 7, 8, NULL, 'Commented on their post about onboarding');
INSERT INTO public.contribution VALUES (218, 129, '2026-01-20', 0, 1, 1, NULL, 'Shared their slides with my team, with my notes');
INSERT INTO public.contribution VALUES (219, 121, '2026-01-20', 0, 10, 1, NULL, 'Thanked them for the talk');
INSERT INTO public.contribution VALUES (220, 131, '2026-01-21', 1, 4, 9, 2, 'Gave detailed feedback on my plan');
INSERT INTO public.contribution VALUES (221, 136, '2026-01-18', 1, 3, 1, 1, 'Pointed me to a useful study');
INSERT INTO public.contribution VALUES (222, 137, '2026-01-30', 0, 5, 5, NULL, '');
INSERT INTO public.contribution VALUES (223, 126, '2026-01-26', 0, 4, 6, NULL, 'Commented on their post about onboarding');
INSERT INTO public.contribution VALUES (224, 125, '2026-01-29', 0, 2, 5, NULL, 'Introduced them to a colleague working on the same thing');
INSERT INTO public.contribution VALUES (225, 128, '2026-01-29', 0, 4, 1, NULL, 'Thanked them for the talk');
INSERT INTO public.contribution VALUES (226, 126, '2026-01-28', 0, 6, NULL, NULL, 'Thanked them for the talk');
INSERT INTO public.contribution VALUES (227, 131, '2026-01-27', 1, 3, NULL, 1, '');
INSERT INTO public.contribution VALUES (228, 126, '2026-01-24', 1, 6, NULL, 1, '');
INSERT INTO public.contribution VALUES (229, 120, '2026-01-25', 1, 2, 4, 2, 'Mentioned my post in their newsletter');
INSERT INTO public.contribution VALUES (230, 136, '2026-02-01', 0, 7, 1, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (231, 134, '2026-01-31', 0, 2, 4, NULL, 'Asked how they started their community');
INSERT INTO public.contribution VALUES (232, 131, '2026-02-03', 0, 3, 6, NULL, 'Offered feedback on their draft');
INSERT INTO public.contribution VALUES (233, 121, '2026-02-02', 0, 8, 7, NULL, '');
INSERT INTO public.contribution VALUES (234, 158, '2026-02-06', 0, 4, 7, NULL, 'Asked how they started their community');
INSERT INTO public.contribution VALUES (235, 138, '2026-02-02', 1, 4, 6, 1, 'Mentioned my post in their newsletter');
INSERT INTO public.contribution VALUES (236, 121, '2026-02-02', 1, 8, 8, 0, 'Pointed me to a useful study');
INSERT INTO public.contribution VALUES (237, 120, '2026-02-08', 0, 4, 7, NULL, '');
INSERT INTO public.contribution VALUES (238, 136, '2026-02-26', 1, 3, 4, 2, 'Gave detailed feedback on my plan');
INSERT INTO public.contribution VALUES (239, 169, '2026-01-20', 0, 4, 9, NULL, 'Shared their slides with my team, with my notes');
INSERT INTO public.contribution VALUES (240, 168, '2026-01-30', 0, 2, NULL, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (241, 165, '2026-01-30', 1, 5, 5, 1, 'Gave detailed feedback on my plan');
INSERT INTO public.contribution VALUES (242, 197, '2026-02-01', 0, 10, 1, NULL, 'Introduced them to a colleague working on the same thing');
INSERT INTO public.contribution VALUES (243, 161, '2026-02-04', 0, 6, 1, NULL, 'Asked how they started their community');
INSERT INTO public.contribution VALUES (244, 163, '2026-02-01', 0, 3, 1, NULL, 'Thanked them for the talk');
INSERT INTO public.contribution VALUES (245, 165, '2026-02-06', 0, 3, 1, NULL, 'Offered feedback on their draft');
INSERT INTO public.contribution VALUES (246, 187, '2026-02-03', 1, 2, 3, 1, '');
INSERT INTO public.contribution VALUES (247, 199, '2026-02-02', 1, 3, 4, 2, 'Mentioned my post in their newsletter');
INSERT INTO public.contribution VALUES (248, 194, '2026-02-10', 0, 3, 1, NULL, '');
INSERT INTO public.contribution VALUES (249, 162, '2026-02-08', 0, 7, 5, NULL, '');
INSERT INTO public.contribution VALUES (250, 168, '2026-02-09', 0, 2, 5, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (251, 172, '2026-02-10', 0, 10, 5, NULL, 'Recommended them for the panel');
INSERT INTO public.contribution VALUES (252, 188, '2026-02-11', 0, 3, 5, NULL, 'Thanked them for the talk');
INSERT INTO public.contribution VALUES (253, 170, '2026-02-12', 0, 6, 5, NULL, 'Recommended them for the panel');
INSERT INTO public.contribution VALUES (254, 174, '2026-02-07', 1, 2, 9, 0, 'Mentioned my post in their newsletter');
INSERT INTO public.contribution VALUES (255, 165, '2026-02-13', 1, 7, 5, 0, 'Introduced me to their manager');
INSERT INTO public.contribution VALUES (256, 179, '2026-02-08', 1, 3, 1, 0, 'Mentioned my post in their newsletter');
INSERT INTO public.contribution VALUES (257, 166, '2026-02-19', 0, 2, 9, NULL, 'Thanked them for the talk');
INSERT INTO public.contribution VALUES (258, 161, '2026-02-18', 0, 7, 1, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (259, 194, '2026-02-16', 0, 3, 1, NULL, 'Sent the article we talked about');
INSERT INTO public.contribution VALUES (260, 192, '2026-02-17', 0, 4, 1, NULL, 'Offered feedback on their draft');
INSERT INTO public.contribution VALUES (261, 171, '2026-02-15', 0, 2, 4, NULL, '');
INSERT INTO public.contribution VALUES (262, 162, '2026-02-19', 0, 7, NULL, NULL, '');
INSERT INTO public.contribution VALUES (263, 163, '2026-02-18', 0, 7, 7, NULL, '');
INSERT INTO public.contribution VALUES (264, 163, '2026-02-20', 0, 6, 5, NULL, '');
INSERT INTO public.contribution VALUES (265, 161, '2026-02-19', 0, 4, 6, NULL, 'Offered feedback on their draft');
INSERT INTO public.contribution VALUES (266, 168, '2026-02-14', 1, 1, NULL, 1, '');
INSERT INTO public.contribution VALUES (267, 194, '2026-02-14', 1, 1, 1, 1, 'Pointed me to a useful study');
INSERT INTO public.contribution VALUES (268, 192, '2026-02-15', 1, 3, 3, 1, 'Invited me to their meetup');
INSERT INTO public.contribution VALUES (269, 163, '2026-02-14', 1, 3, 1, 1, 'Mentioned my post in their newsletter');
INSERT INTO public.contribution VALUES (270, 162, '2026-02-26', 0, 7, 1, NULL, 'Thanked them for the talk');
INSERT INTO public.contribution VALUES (271, 170, '2026-02-21', 0, 6, 10, NULL, 'Thanked them for the talk');
INSERT INTO public.contribution VALUES (272, 163, '2026-02-25', 0, 7, 8, NULL, '');
INSERT INTO public.contribution VALUES (273, 167, '2026-02-21', 0, 6, 5, NULL, 'Offered feedback on their draft');
INSERT INTO public.contribution VALUES (274, 187, '2026-02-24', 0, 4, 1, NULL, 'Recommended them for the panel');
INSERT INTO public.contribution VALUES (275, 164, '2026-02-25', 0, 1, 2, NULL, 'Offered feedback on their draft');
INSERT INTO public.contribution VALUES (276, 175, '2026-02-23', 0, 1, 5, NULL, 'Recommended them for the panel');
INSERT INTO public.contribution VALUES (277, 166, '2026-02-22', 0, 1, 1, NULL, 'Shared their slides with my team, with my notes');
INSERT INTO public.contribution VALUES (278, 161, '2026-02-27', 0, 2, NULL, NULL, 'Commented on their post about onboarding');
INSERT INTO public.contribution VALUES (279, 185, '2026-02-22', 0, 7, 5, NULL, '');
INSERT INTO public.contribution VALUES (280, 164, '2026-02-23', 1, 2, NULL, 2, 'Introduced me to their manager');
INSERT INTO public.contribution VALUES (281, 161, '2026-02-27', 1, 3, 5, 0, '');
INSERT INTO public.contribution VALUES (282, 163, '2026-02-24', 1, 2, 5, 2, 'Gave detailed feedback on my plan');
INSERT INTO public.contribution VALUES (283, 188, '2026-02-23', 1, 3, 1, 0, 'Introduced me to their manager');
INSERT INTO public.contribution VALUES (284, 178, '2026-03-01', 0, 4, 5, NULL, 'Recommended them for the panel');
INSERT INTO public.contribution VALUES (285, 166, '2026-02-28', 0, 2, 7, NULL, '');
INSERT INTO public.contribution VALUES (286, 175, '2026-03-02', 0, 3, 7, NULL, 'Commented on their post about onboarding');
INSERT INTO public.contribution VALUES (287, 165, '2026-02-28', 0, 6, 5, NULL, '');
INSERT INTO public.contribution VALUES (288, 161, '2026-03-02', 0, 4, 5, NULL, 'Recommended them for the panel');
INSERT INTO public.contribution VALUES (289, 189, '2026-03-01', 1, 4, NULL, 0, 'Mentioned my post in their newsletter');
INSERT INTO public.contribution VALUES (290, 162, '2026-03-02', 1, 3, 5, 2, 'Gave detailed feedback on my plan');


--
-- Data for Name: contribution_kind; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.contribution_kind VALUES (1, 'attention', 'Attention', 1, 0, 0);
INSERT INTO public.contribution_kind VALUES (2, 'appreciation', 'Appreciation', 2, 0, 0);
INSERT INTO public.contribution_kind VALUES (3, 'recognition', 'Recognition', 3, 1, 0);
INSERT INTO public.contribution_kind VALUES (4, 'share_theirs', 'Share their work', 4, 1, 0);
INSERT INTO public.contribution_kind VALUES (5, 'share_mine', 'Share my learning', 5, 0, 0);
INSERT INTO public.contribution_kind VALUES (6, 'question', 'Thoughtful question', 6, 0, 0);
INSERT INTO public.contribution_kind VALUES (7, 'connect', 'Connect the dots', 7, 1, 1);
INSERT INTO public.contribution_kind VALUES (8, 'help', 'Offer help', 8, 0, 0);
INSERT INTO public.contribution_kind VALUES (9, 'collaborate', 'Collaborate', 9, 0, 0);
INSERT INTO public.contribution_kind VALUES (10, 'advocate', 'Advocate', 10, 0, 0);


--
-- Data for Name: exercise_done; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: goal_revision; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.goal_revision VALUES (1, 1, '2026-01-17 13:15:00+00', 'Become known in my company as the person who makes onboarding better', 'New colleagues struggle for months and I have ideas that could help', 'Three conversations with HR and one pilot team trying my checklist', 3);
INSERT INTO public.goal_revision VALUES (2, 1, '2026-01-31 13:10:00+00', 'Become known in my company as the person who makes onboarding better, starting with one pilot team', 'New colleagues struggle for months and I have ideas that could help', 'Three conversations with HR and one pilot team trying my checklist', 4);
INSERT INTO public.goal_revision VALUES (3, 2, '2026-01-17 13:15:00+00', 'Build a network of data-literacy trainers across Europe', 'I want to move from running courses alone to a community of practice', 'Ten trainers in touch, one shared workshop planned', 5);
INSERT INTO public.goal_revision VALUES (4, 3, '2026-01-17 13:15:00+00', 'Find a mentor for moving into product management', 'I have been an engineer for eight years and want a new challenge', 'Two people who know me and would recommend me for a PM role', 3);
INSERT INTO public.goal_revision VALUES (5, 4, '2026-01-17 13:15:00+00', 'Publish my first conference talk on sustainable logistics', 'Our team''s work deserves to be known outside the company', 'A proposal submitted and feedback from two speakers', 3);
INSERT INTO public.goal_revision VALUES (6, 5, '2026-01-17 13:15:00+00', 'Learn how other cities run open-data programs', 'Our city is starting one and I will lead it', 'Calls with people from five cities and a list of what to avoid', 3);


--
-- Data for Name: keep_in_touch_default; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.keep_in_touch_default VALUES (0, 0);
INSERT INTO public.keep_in_touch_default VALUES (1, 0);
INSERT INTO public.keep_in_touch_default VALUES (2, 8);
INSERT INTO public.keep_in_touch_default VALUES (3, 4);
INSERT INTO public.keep_in_touch_default VALUES (4, 2);
INSERT INTO public.keep_in_touch_default VALUES (5, 2);


--
-- Data for Name: meeting; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting VALUES (1, 1, 1, '2026-01-17T12:30', 1, 'Round went well; we tried the week''s exercises together.', 0);
INSERT INTO public.meeting VALUES (2, 1, 2, '2026-01-24T12:30', 1, 'Round went well; we tried the week''s exercises together.', 0);
INSERT INTO public.meeting VALUES (3, 1, 3, '2026-01-31T12:30', 1, 'Round went well; we tried the week''s exercises together.', 0);
INSERT INTO public.meeting VALUES (4, 1, 4, '2026-02-07T12:30', 1, 'Round went well; we tried the week''s exercises together.', 0);
INSERT INTO public.meeting VALUES (5, 1, 5, '2026-02-14T12:30', 1, 'Round went well; we tried the week''s exercises together.', 0);
INSERT INTO public.meeting VALUES (6, 1, 6, '2026-02-21T12:30', 1, 'Round went well; we tried the week''s exercises together.', 0);
INSERT INTO public.meeting VALUES (7, 1, 7, '2026-02-28T12:30', 1, 'Round went well; we tried the week''s exercises together.', 0);
INSERT INTO public.meeting VALUES (8, 1, 8, '2026-03-07T12:30', 0, '', 0);
INSERT INTO public.meeting VALUES (9, 1, 9, '2026-03-14T12:30', 0, '', 0);
INSERT INTO public.meeting VALUES (10, 1, 10, '2026-03-21T12:30', 0, '', 0);
INSERT INTO public.meeting VALUES (11, 1, 11, '2026-03-28T12:30', 0, '', 0);
INSERT INTO public.meeting VALUES (12, 1, 12, '2026-04-04T12:30', 0, '', 0);


--
-- Data for Name: member; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.member VALUES (1, 1, 'Alex Morgan', 1, 0, '85ccd8734d35e9ccc4b63232b1b5b9b9');
INSERT INTO public.member VALUES (2, 1, 'Priya Raman', 0, 1, 'a1a93c49d35cc95dd7bd010c9d6952e9');
INSERT INTO public.member VALUES (3, 1, 'Tomás Ortega', 0, 2, 'd36c2beedc4b4321c521c059ae75b07f');
INSERT INTO public.member VALUES (4, 1, 'Hannah Weber', 0, 3, '5ad099bbfca4641979eb8e1f49741914');
INSERT INTO public.member VALUES (5, 1, 'Kenji Sato', 0, 4, 'f3d34b032c10b63ab374fdbb1b674c46');


--
-- Data for Name: outloud_schema; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.outloud_schema VALUES ('outloud', 9);


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person VALUES (1, 1, 'Elif Petrov', 'Northwind Traders', 'Professor', 'Writes about the topic of my goal', 'elif.petrov@example.org', 'https://example.org/in/elif-petrov', 'E-mail', 'community', '', 4, NULL, '2026-01-22', 1);
INSERT INTO public.person VALUES (2, 1, 'Paula Quinn', 'Green Energy Co-op', 'Editor', 'Runs a community I want to join', 'paula.quinn@example.org', '', 'LinkedIn', 'newsletter', '', 2, NULL, '2026-01-20', NULL);
INSERT INTO public.person VALUES (3, 1, 'Ivan Wong', 'Adventure Works', 'Data Analyst', 'Could introduce me to decision makers', '', 'https://example.org/in/ivan-wong', 'LinkedIn', 'decision maker', '', 2, NULL, '2026-01-17', NULL);
INSERT INTO public.person VALUES (4, 1, 'Dana Rossi', 'Proseware', 'Team Lead', 'Works on a similar problem', 'dana.rossi@example.org', '', 'E-mail', 'community', '', 0, NULL, '2026-01-18', NULL);
INSERT INTO public.person VALUES (5, 1, 'Olga Eriksson', 'Litware', 'Engineer', 'Did what I want to do', 'olga.eriksson@example.org', '', 'E-mail', 'community', '', 2, NULL, '2026-01-17', NULL);
INSERT INTO public.person VALUES (6, 1, 'Fatima Lindholm', 'Proseware', 'Researcher', 'Could introduce me to decision makers', 'fatima.lindholm@example.org', '', 'LinkedIn', 'mentor', '', 5, NULL, '2026-01-15', NULL);
INSERT INTO public.person VALUES (7, 1, 'Emma Bauer', 'Alpine Health', 'Editor', 'Mentor from a past project', 'emma.bauer@example.org', 'https://example.org/in/emma-bauer', 'LinkedIn', 'peer', '', 2, NULL, '2026-01-23', NULL);
INSERT INTO public.person VALUES (8, 1, 'Sara Ahmed', 'Alpine Health', 'Professor', 'Organizes the yearly meetup', 'sara.ahmed@example.org', 'https://example.org/in/sara-ahmed', 'LinkedIn', 'peer', '', 2, NULL, '2026-01-23', NULL);
INSERT INTO public.person VALUES (9, 1, 'Lars Singh', 'Alpine Health', 'Agile Coach', 'Runs a community I want to join', 'lars.singh@example.org', '', 'LinkedIn', 'speaker', '', 4, NULL, '2026-01-15', NULL);
INSERT INTO public.person VALUES (10, 1, 'Farid Rossi', 'Wide World Importers', 'Agile Coach', 'Works on a similar problem', 'farid.rossi@example.org', 'https://example.org/in/farid-rossi', 'E-mail', 'community', '', 2, NULL, '2026-01-16', NULL);
INSERT INTO public.person VALUES (11, 1, 'Emma Schmidt', 'Alpine Health', 'Data Analyst', 'Did what I want to do', 'emma.schmidt@example.org', '', 'LinkedIn', 'peer', '', 2, NULL, '2026-01-23', NULL);
INSERT INTO public.person VALUES (12, 1, 'Vera Dubois', 'Green Energy Co-op', 'Author', 'Organizes the yearly meetup', '', '', 'E-mail', 'decision maker', '', 1, NULL, '2026-01-17', NULL);
INSERT INTO public.person VALUES (13, 1, 'Marco Vogel', 'Freelance', 'Agile Coach', 'Organizes the yearly meetup', 'marco.vogel@example.org', '', 'LinkedIn', 'community', '', 1, NULL, '2026-01-22', NULL);
INSERT INTO public.person VALUES (14, 1, 'Tariq Schulz', 'Northwind Traders', 'Engineer', 'Runs a community I want to join', '', 'https://example.org/in/tariq-schulz', 'LinkedIn', 'mentor', '', 2, NULL, '2026-01-21', NULL);
INSERT INTO public.person VALUES (15, 1, 'Esther Hoffmann', 'Tailspin Toys', 'Author', 'Works on a similar problem', 'esther.hoffmann@example.org', '', 'LinkedIn', 'mentor', '', 4, NULL, '2026-01-18', NULL);
INSERT INTO public.person VALUES (16, 1, 'Lars Novak', 'Fabrikam', 'Data Analyst', 'Asked the same questions as me', 'lars.novak@example.org', 'https://example.org/in/lars-novak', 'LinkedIn', 'peer, mentor', '', 3, NULL, '2026-01-23', NULL);
INSERT INTO public.person VALUES (17, 1, 'Ana García', 'Adventure Works', 'Product Owner', 'Did what I want to do', 'ana.garcía@example.org', 'https://example.org/in/ana-garcía', 'LinkedIn', 'newsletter', '', 2, NULL, '2026-01-17', NULL);
INSERT INTO public.person VALUES (18, 1, 'Zoë Keller', 'Harbor Logistics', 'Engineer', 'Runs a community I want to join', '', '', 'E-mail', 'decision maker, peer', '', 0, NULL, '2026-01-18', NULL);
INSERT INTO public.person VALUES (19, 1, 'Esther Brennan', 'Northwind Traders', 'Community Manager', 'Runs a community I want to join', 'esther.brennan@example.org', '', 'LinkedIn', 'colleague', '', 2, NULL, '2026-01-18', NULL);
INSERT INTO public.person VALUES (20, 1, 'Jonas Wagner', 'Contoso', 'Data Analyst', 'Asked the same questions as me', 'jonas.wagner@example.org', '', 'LinkedIn', 'decision maker, colleague', '', 1, NULL, '2026-01-21', NULL);
INSERT INTO public.person VALUES (21, 1, 'Noah Hoffmann', 'Wide World Importers', 'Recruiter', 'Colleague in another department', '', '', 'LinkedIn', 'community', '', 4, NULL, '2026-01-18', NULL);
INSERT INTO public.person VALUES (22, 1, 'David Wong', 'Wide World Importers', 'Consultant', 'Asked the same questions as me', 'david.wong@example.org', 'https://example.org/in/david-wong', 'E-mail', 'author', '', 2, 9, '2026-01-14', NULL);
INSERT INTO public.person VALUES (23, 1, 'Farid García', 'Fabrikam', 'Recruiter', 'Works on a similar problem', 'farid.garcía@example.org', '', 'E-mail', 'author', '', 2, NULL, '2026-01-16', NULL);
INSERT INTO public.person VALUES (24, 1, 'Dmitri Kaya', 'Tailspin Toys', 'Team Lead', 'Did what I want to do', '', 'https://example.org/in/dmitri-kaya', 'E-mail', 'community, decision maker', '', 2, NULL, '2026-01-14', NULL);
INSERT INTO public.person VALUES (25, 1, 'Hana Sørensen', 'Contoso', 'Recruiter', 'Did what I want to do', '', '', 'LinkedIn', 'author, peer', '', 2, NULL, '2026-01-16', NULL);
INSERT INTO public.person VALUES (26, 1, 'Sam Bauer', 'Alpine Health', 'Product Owner', 'Colleague in another department', 'sam.bauer@example.org', '', 'E-mail', 'peer, mentor', '', 2, NULL, '2026-01-20', NULL);
INSERT INTO public.person VALUES (27, 1, 'Sam Yilmaz', 'Open Learning Lab', 'Professor', 'Did what I want to do', 'sam.yilmaz@example.org', '', 'E-mail', 'peer', '', 1, NULL, '2026-01-22', NULL);
INSERT INTO public.person VALUES (28, 1, 'Paula Brennan', 'Litware', 'Professor', 'Runs a community I want to join', 'paula.brennan@example.org', 'https://example.org/in/paula-brennan', 'E-mail', 'colleague, author', '', 2, NULL, '2026-01-16', NULL);
INSERT INTO public.person VALUES (29, 1, 'Luca Yilmaz', 'Green Energy Co-op', 'Consultant', 'Publishes research I use', 'luca.yilmaz@example.org', '', 'E-mail', 'peer', '', 2, 1, '2026-01-22', NULL);
INSERT INTO public.person VALUES (30, 1, 'Tariq Sørensen', 'Tech University', 'Head of Learning', 'Asked the same questions as me', 'tariq.sørensen@example.org', 'https://example.org/in/tariq-sørensen', 'E-mail', 'colleague', '', 2, NULL, '2026-01-18', NULL);
INSERT INTO public.person VALUES (31, 1, 'Carla Rossi', 'Tech University', 'Editor', 'Did what I want to do', 'carla.rossi@example.org', '', 'E-mail', 'mentor, author', '', 1, NULL, '2026-01-23', NULL);
INSERT INTO public.person VALUES (32, 1, 'Jana Rossi', 'Green Energy Co-op', 'Product Owner', 'Works on a similar problem', '', 'https://example.org/in/jana-rossi', 'E-mail', 'author', '', 1, 23, '2026-01-20', NULL);
INSERT INTO public.person VALUES (33, 1, 'Jürgen Vogel', 'Proseware', 'Community Manager', 'Runs a community I want to join', 'jürgen.vogel@example.org', '', 'E-mail', 'mentor', '', 4, NULL, '2026-01-15', NULL);
INSERT INTO public.person VALUES (34, 1, 'Sam Tanaka', 'Wide World Importers', 'Team Lead', 'Runs a community I want to join', '', '', 'E-mail', 'speaker', '', 1, NULL, '2026-01-21', NULL);
INSERT INTO public.person VALUES (35, 1, 'Lea Nakamura', 'Alpine Health', 'Agile Coach', 'Organizes the yearly meetup', '', 'https://example.org/in/lea-nakamura', 'LinkedIn', 'speaker, mentor', '', 2, NULL, '2026-01-22', NULL);
INSERT INTO public.person VALUES (36, 1, 'Lars Kaya', 'Contoso', 'Author', 'Organizes the yearly meetup', 'lars.kaya@example.org', 'https://example.org/in/lars-kaya', 'E-mail', 'speaker', '', 1, NULL, '2026-01-18', NULL);
INSERT INTO public.person VALUES (37, 1, 'Carla Kaya', 'Fabrikam', 'HR Business Partner', 'Did what I want to do', 'carla.kaya@example.org', '', 'LinkedIn', 'colleague', '', 1, NULL, '2026-01-20', NULL);
INSERT INTO public.person VALUES (38, 1, 'Chen Novak', 'City Library', 'Consultant', 'Publishes research I use', 'chen.novak@example.org', 'https://example.org/in/chen-novak', 'LinkedIn', 'newsletter', '', 2, 14, '2026-01-23', NULL);
INSERT INTO public.person VALUES (39, 1, 'Nils Kowalski', 'Northwind Traders', 'Consultant', 'Could introduce me to decision makers', 'nils.kowalski@example.org', '', 'LinkedIn', 'decision maker', '', 2, NULL, '2026-01-20', NULL);
INSERT INTO public.person VALUES (40, 2, 'Marco Keller', 'Litware', 'HR Business Partner', 'Asked the same questions as me', '', 'https://example.org/in/marco-keller', 'LinkedIn', 'mentor', '', 0, NULL, '2026-01-18', NULL);
INSERT INTO public.person VALUES (41, 2, 'Carla Ito', 'Open Learning Lab', 'Author', 'Could introduce me to decision makers', '', '', 'E-mail', 'peer', '', 0, NULL, '2026-01-23', NULL);
INSERT INTO public.person VALUES (42, 2, 'David Lindholm', 'Contoso', 'Author', 'Colleague in another department', 'david.lindholm@example.org', 'https://example.org/in/david-lindholm', 'LinkedIn', 'colleague, peer', '', 2, NULL, '2026-01-23', NULL);
INSERT INTO public.person VALUES (43, 2, 'Olga Yilmaz', 'Open Learning Lab', 'Professor', 'Publishes research I use', 'olga.yilmaz@example.org', 'https://example.org/in/olga-yilmaz', 'E-mail', 'colleague', '', 2, NULL, '2026-01-15', NULL);
INSERT INTO public.person VALUES (44, 2, 'Luca Wagner', 'Fabrikam', 'Consultant', 'Did what I want to do', 'luca.wagner@example.org', '', 'LinkedIn', 'mentor', '', 0, NULL, '2026-01-20', NULL);
INSERT INTO public.person VALUES (45, 2, 'Wei Fischer', 'Harbor Logistics', 'Community Manager', 'Runs a community I want to join', '', '', 'LinkedIn', 'community, colleague', '', 1, NULL, '2026-01-23', NULL);
INSERT INTO public.person VALUES (46, 2, 'Tariq Nakamura', 'City Library', 'Product Owner', 'Runs a community I want to join', 'tariq.nakamura@example.org', '', 'E-mail', 'speaker', '', 2, NULL, '2026-01-22', NULL);
INSERT INTO public.person VALUES (47, 2, 'Esther Brennan', 'Adventure Works', 'Community Manager', 'Runs a community I want to join', 'esther.brennan@example.org', '', 'E-mail', 'decision maker', '', 5, NULL, '2026-01-15', NULL);
INSERT INTO public.person VALUES (48, 2, 'Nadia Zimmermann', 'Fabrikam', 'Engineer', 'Runs a community I want to join', 'nadia.zimmermann@example.org', 'https://example.org/in/nadia-zimmermann', 'E-mail', 'speaker', '', 1, NULL, '2026-01-23', NULL);
INSERT INTO public.person VALUES (49, 2, 'Leila Ahmed', 'Northwind Traders', 'Engineer', 'Asked the same questions as me', '', 'https://example.org/in/leila-ahmed', 'E-mail', 'colleague, speaker', '', 0, NULL, '2026-01-15', NULL);
INSERT INTO public.person VALUES (50, 2, 'Noah Singh', 'Proseware', 'Recruiter', 'Did what I want to do', '', '', 'E-mail', 'peer, speaker', '', 1, NULL, '2026-01-15', NULL);
INSERT INTO public.person VALUES (51, 2, 'Leila Bauer', 'Fabrikam', 'HR Business Partner', 'Writes about the topic of my goal', 'leila.bauer@example.org', '', 'LinkedIn', 'newsletter, community', '', 2, NULL, '2026-01-22', NULL);
INSERT INTO public.person VALUES (52, 2, 'Jana Hoffmann', 'Green Energy Co-op', 'Head of Learning', 'Organizes the yearly meetup', '', '', 'LinkedIn', 'author', '', 3, NULL, '2026-01-20', NULL);
INSERT INTO public.person VALUES (53, 2, 'Chiara Lindholm', 'Alpine Health', 'Community Manager', 'Organizes the yearly meetup', 'chiara.lindholm@example.org', 'https://example.org/in/chiara-lindholm', 'E-mail', 'colleague', '', 5, NULL, '2026-01-23', NULL);
INSERT INTO public.person VALUES (54, 2, 'Björn Nakamura', 'City Library', 'Head of Learning', 'Works on a similar problem', 'björn.nakamura@example.org', 'https://example.org/in/björn-nakamura', 'E-mail', 'speaker', '', 3, NULL, '2026-01-21', NULL);
INSERT INTO public.person VALUES (55, 2, 'Wei Vogel', 'Tech University', 'Team Lead', 'Mentor from a past project', 'wei.vogel@example.org', 'https://example.org/in/wei-vogel', 'LinkedIn', 'peer', '', 0, NULL, '2026-01-21', NULL);
INSERT INTO public.person VALUES (56, 2, 'Pedro Hoffmann', 'Litware', 'Author', 'Could introduce me to decision makers', '', '', 'E-mail', 'newsletter', '', 4, NULL, '2026-01-23', NULL);
INSERT INTO public.person VALUES (57, 2, 'Fatima Becker', 'Adventure Works', 'Author', 'Colleague in another department', 'fatima.becker@example.org', 'https://example.org/in/fatima-becker', 'E-mail', 'community', '', 2, NULL, '2026-01-15', NULL);
INSERT INTO public.person VALUES (58, 2, 'Sven Silva', 'Green Energy Co-op', 'Professor', 'Runs a community I want to join', 'sven.silva@example.org', '', 'E-mail', 'speaker, speaker', '', 3, NULL, '2026-01-17', NULL);
INSERT INTO public.person VALUES (59, 2, 'Ada Schmidt', 'Tailspin Toys', 'Professor', 'Organizes the yearly meetup', 'ada.schmidt@example.org', 'https://example.org/in/ada-schmidt', 'E-mail', 'colleague, newsletter', '', 0, NULL, '2026-01-17', NULL);
INSERT INTO public.person VALUES (60, 2, 'Kofi Kaya', 'Tech University', 'Product Owner', 'Writes about the topic of my goal', 'kofi.kaya@example.org', '', 'E-mail', 'peer, author', '', 1, NULL, '2026-01-15', NULL);
INSERT INTO public.person VALUES (61, 2, 'Leila Olsen', 'Wide World Importers', 'HR Business Partner', 'Could introduce me to decision makers', 'leila.olsen@example.org', '', 'E-mail', 'mentor', '', 0, NULL, '2026-01-21', NULL);
INSERT INTO public.person VALUES (62, 2, 'Pedro Meyer', 'Alpine Health', 'Data Analyst', 'Works on a similar problem', 'pedro.meyer@example.org', 'https://example.org/in/pedro-meyer', 'LinkedIn', 'decision maker', '', 2, NULL, '2026-01-18', NULL);
INSERT INTO public.person VALUES (63, 2, 'Björn Pereira', 'Litware', 'Recruiter', 'Writes about the topic of my goal', 'björn.pereira@example.org', 'https://example.org/in/björn-pereira', 'LinkedIn', 'mentor, peer', '', 2, NULL, '2026-01-21', NULL);
INSERT INTO public.person VALUES (64, 2, 'Tariq Wong', 'Proseware', 'Recruiter', 'Colleague in another department', 'tariq.wong@example.org', 'https://example.org/in/tariq-wong', 'E-mail', 'decision maker', '', 0, NULL, '2026-01-18', NULL);
INSERT INTO public.person VALUES (65, 2, 'Rafael Weber', 'Contoso', 'Researcher', 'Colleague in another department', '', '', 'E-mail', 'author', '', 3, NULL, '2026-01-19', NULL);
INSERT INTO public.person VALUES (66, 2, 'Lars Olsen', 'Proseware', 'Researcher', 'Organizes the yearly meetup', 'lars.olsen@example.org', 'https://example.org/in/lars-olsen', 'E-mail', 'peer', '', 3, NULL, '2026-01-22', NULL);
INSERT INTO public.person VALUES (67, 2, 'Esther M. Brennan', 'Litware', 'Engineer', 'Could introduce me to decision makers', '', 'https://example.org/in/esther-brennan', 'E-mail', 'community, author', '', 3, NULL, '2026-01-20', NULL);
INSERT INTO public.person VALUES (68, 2, 'Rina Martin', 'Harbor Logistics', 'Editor', 'Asked the same questions as me', '', 'https://example.org/in/rina-martin', 'E-mail', 'colleague, author', '', 1, NULL, '2026-01-14', NULL);
INSERT INTO public.person VALUES (69, 2, 'Leila Becker', 'Harbor Logistics', 'Professor', 'Did what I want to do', '', 'https://example.org/in/leila-becker', 'LinkedIn', 'peer', '', 1, NULL, '2026-01-17', NULL);
INSERT INTO public.person VALUES (70, 2, 'Jana Lindholm', 'Freelance', 'Community Manager', 'Asked the same questions as me', 'jana.lindholm@example.org', '', 'E-mail', 'speaker', '', 2, NULL, '2026-01-23', NULL);
INSERT INTO public.person VALUES (71, 2, 'Nadia Martin', 'Alpine Health', 'Agile Coach', 'Writes about the topic of my goal', '', 'https://example.org/in/nadia-martin', 'LinkedIn', 'author, colleague', '', 0, NULL, '2026-01-15', NULL);
INSERT INTO public.person VALUES (72, 2, 'Yusuf Fischer', 'Adventure Works', 'Designer', 'Runs a community I want to join', 'yusuf.fischer@example.org', 'https://example.org/in/yusuf-fischer', 'E-mail', 'community, peer', '', 2, NULL, '2026-01-20', NULL);
INSERT INTO public.person VALUES (73, 2, 'Leila Dubois', 'Harbor Logistics', 'Engineer', 'Could introduce me to decision makers', 'leila.dubois@example.org', '', 'LinkedIn', 'community, speaker', '', 1, NULL, '2026-01-17', NULL);
INSERT INTO public.person VALUES (74, 2, 'Vera Sørensen', 'Wide World Importers', 'Community Manager', 'Did what I want to do', '', 'https://example.org/in/vera-sørensen', 'E-mail', 'decision maker', '', 2, NULL, '2026-01-23', NULL);
INSERT INTO public.person VALUES (75, 2, 'Björn Dubois', 'Harbor Logistics', 'Head of Learning', 'Colleague in another department', '', 'https://example.org/in/björn-dubois', 'LinkedIn', 'author', '', 2, NULL, '2026-01-22', NULL);
INSERT INTO public.person VALUES (76, 2, 'Ben Schmidt', 'Contoso', 'Data Analyst', 'Organizes the yearly meetup', 'ben.schmidt@example.org', '', 'LinkedIn', 'decision maker', '', 3, NULL, '2026-01-15', NULL);
INSERT INTO public.person VALUES (77, 2, 'Lars Singh', 'Open Learning Lab', 'Head of Learning', 'Mentor from a past project', 'lars.singh@example.org', '', 'E-mail', 'decision maker', '', 0, NULL, '2026-01-16', NULL);
INSERT INTO public.person VALUES (78, 2, 'Tariq García', 'Open Learning Lab', 'Community Manager', 'Did what I want to do', 'tariq.garcía@example.org', '', 'LinkedIn', 'mentor, speaker', '', 1, NULL, '2026-01-17', NULL);
INSERT INTO public.person VALUES (79, 2, 'Pedro Olsen', 'Litware', 'Researcher', 'Mentor from a past project', '', 'https://example.org/in/pedro-olsen', 'E-mail', 'author', '', 1, NULL, '2026-01-21', NULL);
INSERT INTO public.person VALUES (80, 2, 'Maja Fischer', 'Litware', 'Product Owner', 'Did what I want to do', 'maja.fischer@example.org', 'https://example.org/in/maja-fischer', 'E-mail', 'mentor', '', 3, NULL, '2026-01-16', NULL);
INSERT INTO public.person VALUES (81, 3, 'Ivan Meyer', 'Litware', 'Product Owner', 'Did what I want to do', '', '', 'E-mail', 'newsletter', '', 3, NULL, '2026-01-23', NULL);
INSERT INTO public.person VALUES (82, 3, 'Ulla García', 'Wide World Importers', 'Author', 'Works on a similar problem', 'ulla.garcía@example.org', 'https://example.org/in/ulla-garcía', 'LinkedIn', 'decision maker', '', 1, NULL, '2026-01-22', NULL);
INSERT INTO public.person VALUES (83, 3, 'Amara Bauer', 'Freelance', 'Agile Coach', 'Runs a community I want to join', '', '', 'LinkedIn', 'speaker', '', 2, NULL, '2026-01-21', NULL);
INSERT INTO public.person VALUES (84, 3, 'Ben Becker', 'Freelance', 'Author', 'Could introduce me to decision makers', '', '', 'E-mail', 'community', '', 3, NULL, '2026-01-16', NULL);
INSERT INTO public.person VALUES (85, 3, 'Dmitri Meyer', 'Adventure Works', 'Team Lead', 'Asked the same questions as me', '', 'https://example.org/in/dmitri-meyer', 'E-mail', 'community', '', 4, NULL, '2026-01-21', NULL);
INSERT INTO public.person VALUES (86, 3, 'Amara Dubois', 'Proseware', 'Product Owner', 'Works on a similar problem', '', 'https://example.org/in/amara-dubois', 'E-mail', 'mentor, author', '', 2, NULL, '2026-01-16', NULL);
INSERT INTO public.person VALUES (87, 3, 'Chen Quinn', 'Adventure Works', 'Engineer', 'Works on a similar problem', '', 'https://example.org/in/chen-quinn', 'E-mail', 'speaker', '', 2, NULL, '2026-01-21', NULL);
INSERT INTO public.person VALUES (88, 3, 'Sara Dubois', 'Fabrikam', 'Recruiter', 'Mentor from a past project', 'sara.dubois@example.org', '', 'LinkedIn', 'peer', '', 1, NULL, '2026-01-16', NULL);
INSERT INTO public.person VALUES (89, 3, 'Wei Silva', 'Wide World Importers', 'Head of Learning', 'Runs a community I want to join', '', '', 'LinkedIn', 'peer', '', 3, NULL, '2026-01-14', NULL);
INSERT INTO public.person VALUES (90, 3, 'Lars Singh', 'Open Learning Lab', 'Data Analyst', 'Runs a community I want to join', 'lars.singh@example.org', '', 'LinkedIn', 'author', '', 0, NULL, '2026-01-17', NULL);
INSERT INTO public.person VALUES (91, 3, 'Esther Weber', 'Tech University', 'Professor', 'Colleague in another department', '', 'https://example.org/in/esther-weber', 'E-mail', 'speaker, decision maker', '', 3, 83, '2026-01-22', NULL);
INSERT INTO public.person VALUES (92, 3, 'Paula Martin', 'Alpine Health', 'HR Business Partner', 'Asked the same questions as me', 'paula.martin@example.org', '', 'LinkedIn', 'decision maker, speaker', '', 1, NULL, '2026-01-17', NULL);
INSERT INTO public.person VALUES (93, 3, 'Farid Zimmermann', 'Tailspin Toys', 'Community Manager', 'Runs a community I want to join', '', '', 'LinkedIn', 'newsletter', '', 2, 90, '2026-01-23', NULL);
INSERT INTO public.person VALUES (94, 3, 'Pedro Brennan', 'Northwind Traders', 'Editor', 'Publishes research I use', 'pedro.brennan@example.org', '', 'E-mail', 'peer', '', 0, NULL, '2026-01-18', NULL);
INSERT INTO public.person VALUES (95, 3, 'Pedro Tanaka', 'Northwind Traders', 'Professor', 'Publishes research I use', 'pedro.tanaka@example.org', '', 'E-mail', 'speaker, peer', '', 2, NULL, '2026-01-20', NULL);
INSERT INTO public.person VALUES (96, 3, 'Elif Ahmed', 'Adventure Works', 'Author', 'Did what I want to do', '', 'https://example.org/in/elif-ahmed', 'E-mail', 'author, speaker', '', 2, NULL, '2026-01-21', NULL);
INSERT INTO public.person VALUES (97, 3, 'Emma García', 'City Library', 'HR Business Partner', 'Colleague in another department', '', 'https://example.org/in/emma-garcía', 'LinkedIn', 'author, community', '', 1, 85, '2026-01-15', NULL);
INSERT INTO public.person VALUES (98, 3, 'Jürgen Silva', 'Freelance', 'Community Manager', 'Asked the same questions as me', 'jürgen.silva@example.org', '', 'E-mail', 'author', '', 0, NULL, '2026-01-19', NULL);
INSERT INTO public.person VALUES (99, 3, 'Rafael Brennan', 'Freelance', 'HR Business Partner', 'Asked the same questions as me', '', '', 'LinkedIn', 'mentor, peer', '', 0, NULL, '2026-01-21', NULL);
INSERT INTO public.person VALUES (100, 3, 'David Lindholm', 'Fabrikam', 'Engineer', 'Writes about the topic of my goal', 'david.lindholm@example.org', '', 'LinkedIn', 'newsletter, mentor', '', 0, NULL, '2026-01-22', NULL);
INSERT INTO public.person VALUES (101, 3, 'Ben Lang', 'Tech University', 'Head of Learning', 'Works on a similar problem', 'ben.lang@example.org', '', 'LinkedIn', 'community, author', '', 1, NULL, '2026-01-19', NULL);
INSERT INTO public.person VALUES (102, 3, 'Jana Schulz', 'Contoso', 'Editor', 'Writes about the topic of my goal', '', '', 'LinkedIn', 'newsletter', '', 1, 99, '2026-01-14', NULL);
INSERT INTO public.person VALUES (103, 3, 'Yusuf Schulz', 'Tech University', 'Agile Coach', 'Works on a similar problem', 'yusuf.schulz@example.org', 'https://example.org/in/yusuf-schulz', 'E-mail', 'author', '', 5, 82, '2026-01-20', NULL);
INSERT INTO public.person VALUES (104, 3, 'Omar Ahmed', 'Fabrikam', 'Agile Coach', 'Could introduce me to decision makers', 'omar.ahmed@example.org', 'https://example.org/in/omar-ahmed', 'LinkedIn', 'decision maker, peer', '', 2, NULL, '2026-01-17', NULL);
INSERT INTO public.person VALUES (105, 3, 'Ivan Adeyemi', 'Tailspin Toys', 'Researcher', 'Organizes the yearly meetup', 'ivan.adeyemi@example.org', 'https://example.org/in/ivan-adeyemi', 'LinkedIn', 'colleague', '', 4, 84, '2026-01-22', NULL);
INSERT INTO public.person VALUES (106, 3, 'Chen Yilmaz', 'Contoso', 'Designer', 'Asked the same questions as me', 'chen.yilmaz@example.org', '', 'LinkedIn', 'author', '', 2, NULL, '2026-01-18', NULL);
INSERT INTO public.person VALUES (107, 3, 'Wei Novak', 'Open Learning Lab', 'Agile Coach', 'Publishes research I use', 'wei.novak@example.org', 'https://example.org/in/wei-novak', 'E-mail', 'peer, newsletter', '', 0, NULL, '2026-01-22', NULL);
INSERT INTO public.person VALUES (108, 3, 'Wei Dubois', 'Harbor Logistics', 'Professor', 'Runs a community I want to join', '', 'https://example.org/in/wei-dubois', 'LinkedIn', 'community', '', 1, NULL, '2026-01-15', NULL);
INSERT INTO public.person VALUES (109, 3, 'Karin Novak', 'Harbor Logistics', 'Head of Learning', 'Works on a similar problem', 'karin.novak@example.org', 'https://example.org/in/karin-novak', 'E-mail', 'speaker, decision maker', '', 0, NULL, '2026-01-14', NULL);
INSERT INTO public.person VALUES (110, 3, 'Paula Dubois', 'Green Energy Co-op', 'Data Analyst', 'Did what I want to do', 'paula.dubois@example.org', '', 'LinkedIn', 'newsletter', '', 1, NULL, '2026-01-21', NULL);
INSERT INTO public.person VALUES (111, 3, 'Lea Meyer', 'Litware', 'Engineer', 'Runs a community I want to join', '', '', 'E-mail', 'newsletter', '', 1, NULL, '2026-01-15', NULL);
INSERT INTO public.person VALUES (112, 3, 'Olga Petrov', 'Tailspin Toys', 'Community Manager', 'Organizes the yearly meetup', 'olga.petrov@example.org', 'https://example.org/in/olga-petrov', 'LinkedIn', 'peer, author', '', 2, NULL, '2026-01-17', NULL);
INSERT INTO public.person VALUES (113, 3, 'Pedro V. Tanaka', 'Alpine Health', 'HR Business Partner', 'Colleague in another department', '', '', 'E-mail', 'newsletter, community', '', 3, 100, '2026-01-21', NULL);
INSERT INTO public.person VALUES (114, 3, 'Dana Singh', 'Tech University', 'Editor', 'Publishes research I use', '', 'https://example.org/in/dana-singh', 'LinkedIn', 'speaker, newsletter', '', 3, NULL, '2026-01-22', NULL);
INSERT INTO public.person VALUES (115, 3, 'David Silva', 'Wide World Importers', 'Product Owner', 'Did what I want to do', '', 'https://example.org/in/david-silva', 'E-mail', 'mentor, mentor', '', 1, NULL, '2026-01-18', NULL);
INSERT INTO public.person VALUES (116, 3, 'Marco Brennan', 'Fabrikam', 'Product Owner', 'Runs a community I want to join', '', 'https://example.org/in/marco-brennan', 'LinkedIn', 'peer, peer', '', 1, 104, '2026-01-15', NULL);
INSERT INTO public.person VALUES (117, 3, 'Chen Kowalski', 'Northwind Traders', 'Designer', 'Mentor from a past project', 'chen.kowalski@example.org', 'https://example.org/in/chen-kowalski', 'LinkedIn', 'author', '', 0, NULL, '2026-01-19', NULL);
INSERT INTO public.person VALUES (118, 3, 'Wei Singh', 'Proseware', 'Data Analyst', 'Mentor from a past project', 'wei.singh@example.org', 'https://example.org/in/wei-singh', 'LinkedIn', 'decision maker', '', 0, NULL, '2026-01-23', NULL);
INSERT INTO public.person VALUES (119, 3, 'Leila Martin', 'Wide World Importers', 'Recruiter', 'Colleague in another department', 'leila.martin@example.org', 'https://example.org/in/leila-martin', 'LinkedIn', 'speaker', '', 2, NULL, '2026-01-16', NULL);
INSERT INTO public.person VALUES (120, 4, 'Lars Lang', 'Tech University', 'Engineer', 'Colleague in another department', 'lars.lang@example.org', 'https://example.org/in/lars-lang', 'E-mail', 'mentor', '', 2, NULL, '2026-01-20', NULL);
INSERT INTO public.person VALUES (121, 4, 'Marco Kowalski', 'Open Learning Lab', 'Community Manager', 'Publishes research I use', 'marco.kowalski@example.org', '', 'E-mail', 'speaker', '', 5, NULL, '2026-01-14', NULL);
INSERT INTO public.person VALUES (122, 4, 'Ines Meyer', 'Harbor Logistics', 'Agile Coach', 'Asked the same questions as me', 'ines.meyer@example.org', 'https://example.org/in/ines-meyer', 'E-mail', 'newsletter, peer', '', 1, NULL, '2026-01-22', NULL);
INSERT INTO public.person VALUES (123, 4, 'David Pereira', 'Litware', 'Agile Coach', 'Publishes research I use', 'david.pereira@example.org', 'https://example.org/in/david-pereira', 'E-mail', 'community', '', 1, NULL, '2026-01-14', NULL);
INSERT INTO public.person VALUES (124, 4, 'Ulla Keller', 'Tailspin Toys', 'Team Lead', 'Organizes the yearly meetup', 'ulla.keller@example.org', '', 'E-mail', 'newsletter', '', 1, NULL, '2026-01-23', NULL);
INSERT INTO public.person VALUES (125, 4, 'Pedro Meyer', 'Open Learning Lab', 'Data Analyst', 'Colleague in another department', 'pedro.meyer@example.org', 'https://example.org/in/pedro-meyer', 'E-mail', 'author', '', 1, NULL, '2026-01-15', NULL);
INSERT INTO public.person VALUES (126, 4, 'Farid Okafor', 'Freelance', 'Data Analyst', 'Could introduce me to decision makers', '', 'https://example.org/in/farid-okafor', 'E-mail', 'colleague', '', 2, NULL, '2026-01-18', NULL);
INSERT INTO public.person VALUES (127, 4, 'Vera Silva', 'Tech University', 'Editor', 'Colleague in another department', 'vera.silva@example.org', 'https://example.org/in/vera-silva', 'E-mail', 'speaker', '', 1, NULL, '2026-01-21', NULL);
INSERT INTO public.person VALUES (128, 4, 'Zoë Wagner', 'Open Learning Lab', 'Designer', 'Did what I want to do', 'zoë.wagner@example.org', 'https://example.org/in/zoë-wagner', 'LinkedIn', 'speaker', '', 1, 125, '2026-01-23', NULL);
INSERT INTO public.person VALUES (129, 4, 'Dana Costa', 'Contoso', 'Editor', 'Colleague in another department', 'dana.costa@example.org', '', 'E-mail', 'speaker, newsletter', '', 1, NULL, '2026-01-17', NULL);
INSERT INTO public.person VALUES (130, 4, 'Olga Novak', 'Tech University', 'Researcher', 'Organizes the yearly meetup', '', '', 'E-mail', 'decision maker, community', '', 3, 123, '2026-01-21', NULL);
INSERT INTO public.person VALUES (131, 4, 'Lea Fischer', 'Northwind Traders', 'Team Lead', 'Runs a community I want to join', '', 'https://example.org/in/lea-fischer', 'E-mail', 'author, mentor', '', 2, NULL, '2026-01-21', NULL);
INSERT INTO public.person VALUES (132, 4, 'Omar Eriksson', 'Northwind Traders', 'Recruiter', 'Organizes the yearly meetup', '', '', 'E-mail', 'author', '', 1, NULL, '2026-01-19', NULL);
INSERT INTO public.person VALUES (133, 4, 'Jürgen Yilmaz', 'Open Learning Lab', 'Author', 'Could introduce me to decision makers', '', 'https://example.org/in/jürgen-yilmaz', 'LinkedIn', 'decision maker, colleague', '', 0, NULL, '2026-01-22', NULL);
INSERT INTO public.person VALUES (134, 4, 'Jonas Petrov', 'Green Energy Co-op', 'HR Business Partner', 'Asked the same questions as me', '', 'https://example.org/in/jonas-petrov', 'LinkedIn', 'peer', '', 1, NULL, '2026-01-14', NULL);
INSERT INTO public.person VALUES (135, 4, 'Ada Wong', 'Contoso', 'HR Business Partner', 'Could introduce me to decision makers', 'ada.wong@example.org', 'https://example.org/in/ada-wong', 'E-mail', 'author, author', '', 2, NULL, '2026-01-20', NULL);
INSERT INTO public.person VALUES (136, 4, 'Fatima Brennan', 'Green Energy Co-op', 'Researcher', 'Writes about the topic of my goal', '', '', 'E-mail', 'speaker', '', 2, NULL, '2026-01-14', NULL);
INSERT INTO public.person VALUES (137, 4, 'Hana Ahmed', 'Litware', 'Professor', 'Runs a community I want to join', '', 'https://example.org/in/hana-ahmed', 'LinkedIn', 'colleague', '', 3, NULL, '2026-01-18', NULL);
INSERT INTO public.person VALUES (138, 4, 'Emma García', 'Proseware', 'HR Business Partner', 'Mentor from a past project', 'emma.garcía@example.org', '', 'LinkedIn', 'peer', '', 0, NULL, '2026-01-14', NULL);
INSERT INTO public.person VALUES (139, 4, 'Pedro Keller', 'Fabrikam', 'Data Analyst', 'Runs a community I want to join', 'pedro.keller@example.org', 'https://example.org/in/pedro-keller', 'E-mail', 'newsletter', '', 1, NULL, '2026-01-21', NULL);
INSERT INTO public.person VALUES (140, 4, 'Vera Vogel', 'Wide World Importers', 'Community Manager', 'Organizes the yearly meetup', 'vera.vogel@example.org', '', 'E-mail', 'newsletter', '', 3, NULL, '2026-01-17', NULL);
INSERT INTO public.person VALUES (141, 4, 'Karin Vogel', 'City Library', 'Recruiter', 'Publishes research I use', '', 'https://example.org/in/karin-vogel', 'LinkedIn', 'decision maker', '', 2, NULL, '2026-01-18', NULL);
INSERT INTO public.person VALUES (142, 4, 'Luca Meyer', 'Proseware', 'Agile Coach', 'Publishes research I use', '', '', 'E-mail', 'peer, decision maker', '', 3, NULL, '2026-01-16', NULL);
INSERT INTO public.person VALUES (143, 4, 'Gustav Wagner', 'Freelance', 'Researcher', 'Colleague in another department', 'gustav.wagner@example.org', '', 'LinkedIn', 'author, peer', '', 1, NULL, '2026-01-19', NULL);
INSERT INTO public.person VALUES (144, 4, 'Sven Weber', 'Alpine Health', 'Community Manager', 'Mentor from a past project', 'sven.weber@example.org', '', 'E-mail', 'speaker', '', 0, NULL, '2026-01-15', NULL);
INSERT INTO public.person VALUES (145, 4, 'Tariq Lindholm', 'Adventure Works', 'Researcher', 'Publishes research I use', '', '', 'LinkedIn', 'community', '', 1, 132, '2026-01-15', NULL);
INSERT INTO public.person VALUES (146, 4, 'Wei Costa', 'Green Energy Co-op', 'Author', 'Organizes the yearly meetup', '', 'https://example.org/in/wei-costa', 'LinkedIn', 'newsletter', '', 0, NULL, '2026-01-15', NULL);
INSERT INTO public.person VALUES (147, 4, 'Lea Adeyemi', 'Tailspin Toys', 'Team Lead', 'Did what I want to do', 'lea.adeyemi@example.org', '', 'LinkedIn', 'newsletter', '', 2, NULL, '2026-01-18', NULL);
INSERT INTO public.person VALUES (148, 4, 'Marco Yilmaz', 'Tailspin Toys', 'Product Owner', 'Mentor from a past project', 'marco.yilmaz@example.org', '', 'E-mail', 'speaker', '', 1, NULL, '2026-01-21', NULL);
INSERT INTO public.person VALUES (149, 4, 'Emma Becker', 'Contoso', 'Engineer', 'Did what I want to do', 'emma.becker@example.org', 'https://example.org/in/emma-becker', 'LinkedIn', 'colleague', '', 2, NULL, '2026-01-18', NULL);
INSERT INTO public.person VALUES (150, 4, 'Dana Singh', 'Contoso', 'Consultant', 'Colleague in another department', 'dana.singh@example.org', 'https://example.org/in/dana-singh', 'E-mail', 'peer, newsletter', '', 1, NULL, '2026-01-22', NULL);
INSERT INTO public.person VALUES (151, 4, 'Sven Quinn', 'Green Energy Co-op', 'Editor', 'Works on a similar problem', '', 'https://example.org/in/sven-quinn', 'E-mail', 'mentor', '', 0, NULL, '2026-01-15', NULL);
INSERT INTO public.person VALUES (152, 4, 'Björn Kaya', 'Contoso', 'Consultant', 'Mentor from a past project', '', 'https://example.org/in/björn-kaya', 'E-mail', 'newsletter, author', '', 2, NULL, '2026-01-15', NULL);
INSERT INTO public.person VALUES (153, 4, 'Amara Kowalski', 'Litware', 'Consultant', 'Organizes the yearly meetup', 'amara.kowalski@example.org', '', 'LinkedIn', 'author, decision maker', '', 0, NULL, '2026-01-16', NULL);
INSERT INTO public.person VALUES (154, 4, 'Tariq Quinn', 'Wide World Importers', 'Engineer', 'Did what I want to do', 'tariq.quinn@example.org', 'https://example.org/in/tariq-quinn', 'LinkedIn', 'community, newsletter', '', 2, NULL, '2026-01-15', NULL);
INSERT INTO public.person VALUES (155, 4, 'Fatima Costa', 'Tech University', 'Head of Learning', 'Organizes the yearly meetup', '', 'https://example.org/in/fatima-costa', 'E-mail', 'colleague, peer', '', 1, NULL, '2026-01-18', NULL);
INSERT INTO public.person VALUES (156, 4, 'Dana Z. Costa', 'Tech University', 'Head of Learning', 'Works on a similar problem', '', 'https://example.org/in/dana-costa', 'LinkedIn', 'author', '', 4, NULL, '2026-01-22', NULL);
INSERT INTO public.person VALUES (157, 4, 'Mei Bauer', 'City Library', 'Team Lead', 'Colleague in another department', 'mei.bauer@example.org', '', 'LinkedIn', 'colleague', '', 2, NULL, '2026-01-23', NULL);
INSERT INTO public.person VALUES (158, 4, 'Jana Novak', 'City Library', 'HR Business Partner', 'Mentor from a past project', 'jana.novak@example.org', 'https://example.org/in/jana-novak', 'LinkedIn', 'newsletter, speaker', '', 4, NULL, '2026-01-17', NULL);
INSERT INTO public.person VALUES (159, 4, 'Karin Costa', 'Proseware', 'HR Business Partner', 'Writes about the topic of my goal', '', '', 'LinkedIn', 'newsletter', '', 2, NULL, '2026-01-23', NULL);
INSERT INTO public.person VALUES (160, 5, 'Zoë Sørensen', 'Litware', 'Author', 'Organizes the yearly meetup', '', '', 'E-mail', 'newsletter', '', 2, NULL, '2026-01-21', NULL);
INSERT INTO public.person VALUES (161, 5, 'Ben Hoffmann', 'Open Learning Lab', 'Engineer', 'Runs a community I want to join', '', '', 'LinkedIn', 'community', '', 2, NULL, '2026-01-20', NULL);
INSERT INTO public.person VALUES (162, 5, 'Marco Pereira', 'Proseware', 'Agile Coach', 'Runs a community I want to join', 'marco.pereira@example.org', '', 'LinkedIn', 'newsletter, speaker', '', 2, NULL, '2026-01-19', NULL);
INSERT INTO public.person VALUES (163, 5, 'Vera Petrov', 'Open Learning Lab', 'Data Analyst', 'Organizes the yearly meetup', 'vera.petrov@example.org', '', 'LinkedIn', 'peer', '', 2, NULL, '2026-01-16', NULL);
INSERT INTO public.person VALUES (164, 5, 'Jonas Yilmaz', 'Fabrikam', 'Data Analyst', 'Publishes research I use', 'jonas.yilmaz@example.org', '', 'LinkedIn', 'community', '', 0, NULL, '2026-01-17', NULL);
INSERT INTO public.person VALUES (165, 5, 'Ana Rossi', 'Wide World Importers', 'Researcher', 'Asked the same questions as me', '', '', 'E-mail', 'peer', '', 2, NULL, '2026-01-18', NULL);
INSERT INTO public.person VALUES (166, 5, 'Ana Lang', 'Contoso', 'HR Business Partner', 'Publishes research I use', 'ana.lang@example.org', '', 'E-mail', 'newsletter', '', 2, NULL, '2026-01-19', NULL);
INSERT INTO public.person VALUES (167, 5, 'Luca Lang', 'Green Energy Co-op', 'Community Manager', 'Asked the same questions as me', '', '', 'E-mail', 'decision maker, colleague', '', 2, NULL, '2026-01-23', NULL);
INSERT INTO public.person VALUES (168, 5, 'Carla Dubois', 'Litware', 'Community Manager', 'Writes about the topic of my goal', '', '', 'E-mail', 'decision maker, community', '', 0, 165, '2026-01-20', NULL);
INSERT INTO public.person VALUES (169, 5, 'Noah Rossi', 'Open Learning Lab', 'Data Analyst', 'Colleague in another department', 'noah.rossi@example.org', 'https://example.org/in/noah-rossi', 'LinkedIn', 'newsletter, peer', '', 1, NULL, '2026-01-14', NULL);
INSERT INTO public.person VALUES (170, 5, 'Lea Silva', 'Alpine Health', 'HR Business Partner', 'Colleague in another department', '', '', 'E-mail', 'peer, colleague', '', 4, 169, '2026-01-22', NULL);
INSERT INTO public.person VALUES (171, 5, 'Ada Lang', 'Northwind Traders', 'Author', 'Writes about the topic of my goal', '', '', 'E-mail', 'community, colleague', '', 2, NULL, '2026-01-17', NULL);
INSERT INTO public.person VALUES (172, 5, 'Ana Kowalski', 'Open Learning Lab', 'Researcher', 'Organizes the yearly meetup', '', '', 'E-mail', 'mentor', '', 4, NULL, '2026-01-17', NULL);
INSERT INTO public.person VALUES (173, 5, 'Nils Tanaka', 'Green Energy Co-op', 'Professor', 'Did what I want to do', 'nils.tanaka@example.org', 'https://example.org/in/nils-tanaka', 'LinkedIn', 'mentor', '', 1, NULL, '2026-01-23', NULL);
INSERT INTO public.person VALUES (174, 5, 'Esther Weber', 'Alpine Health', 'Agile Coach', 'Publishes research I use', 'esther.weber@example.org', '', 'LinkedIn', 'speaker, colleague', '', 3, NULL, '2026-01-19', NULL);
INSERT INTO public.person VALUES (175, 5, 'Björn Bauer', 'Litware', 'Recruiter', 'Asked the same questions as me', 'björn.bauer@example.org', 'https://example.org/in/björn-bauer', 'LinkedIn', 'author', '', 1, NULL, '2026-01-22', NULL);
INSERT INTO public.person VALUES (176, 5, 'Lars Wong', 'Alpine Health', 'Consultant', 'Writes about the topic of my goal', '', '', 'E-mail', 'speaker, community', '', 3, NULL, '2026-01-15', NULL);
INSERT INTO public.person VALUES (177, 5, 'Kofi Kowalski', 'Tailspin Toys', 'Consultant', 'Runs a community I want to join', 'kofi.kowalski@example.org', '', 'E-mail', 'speaker, colleague', '', 0, NULL, '2026-01-17', NULL);
INSERT INTO public.person VALUES (178, 5, 'Farid Hoffmann', 'Green Energy Co-op', 'Editor', 'Could introduce me to decision makers', 'farid.hoffmann@example.org', 'https://example.org/in/farid-hoffmann', 'E-mail', 'speaker', '', 2, NULL, '2026-01-20', NULL);
INSERT INTO public.person VALUES (179, 5, 'Lea Lindholm', 'Tailspin Toys', 'Product Owner', 'Asked the same questions as me', '', 'https://example.org/in/lea-lindholm', 'LinkedIn', 'decision maker, decision maker', '', 1, NULL, '2026-01-21', NULL);
INSERT INTO public.person VALUES (180, 5, 'Yusuf Dubois', 'Green Energy Co-op', 'Recruiter', 'Could introduce me to decision makers', '', 'https://example.org/in/yusuf-dubois', 'LinkedIn', 'speaker', '', 2, NULL, '2026-01-19', NULL);
INSERT INTO public.person VALUES (181, 5, 'Paula Singh', 'Proseware', 'Head of Learning', 'Organizes the yearly meetup', 'paula.singh@example.org', '', 'LinkedIn', 'speaker', '', 0, NULL, '2026-01-23', NULL);
INSERT INTO public.person VALUES (182, 5, 'Dana Wagner', 'Alpine Health', 'Head of Learning', 'Writes about the topic of my goal', 'dana.wagner@example.org', 'https://example.org/in/dana-wagner', 'E-mail', 'newsletter', '', 2, 168, '2026-01-14', NULL);
INSERT INTO public.person VALUES (183, 5, 'Nadia Ito', 'Open Learning Lab', 'Consultant', 'Writes about the topic of my goal', 'nadia.ito@example.org', '', 'LinkedIn', 'newsletter', '', 2, NULL, '2026-01-18', NULL);
INSERT INTO public.person VALUES (184, 5, 'Chiara Meyer', 'Litware', 'Agile Coach', 'Publishes research I use', 'chiara.meyer@example.org', '', 'E-mail', 'author, peer', '', 1, NULL, '2026-01-21', NULL);
INSERT INTO public.person VALUES (185, 5, 'Emma Olsen', 'Proseware', 'Agile Coach', 'Did what I want to do', '', '', 'LinkedIn', 'speaker, peer', '', 4, NULL, '2026-01-16', NULL);
INSERT INTO public.person VALUES (186, 5, 'Elif Becker', 'Freelance', 'Team Lead', 'Mentor from a past project', 'elif.becker@example.org', 'https://example.org/in/elif-becker', 'E-mail', 'mentor', '', 1, NULL, '2026-01-16', NULL);
INSERT INTO public.person VALUES (187, 5, 'David Ahmed', 'Open Learning Lab', 'Recruiter', 'Runs a community I want to join', 'david.ahmed@example.org', '', 'LinkedIn', 'decision maker', '', 1, NULL, '2026-01-19', NULL);
INSERT INTO public.person VALUES (188, 5, 'Hana Olsen', 'Fabrikam', 'Team Lead', 'Works on a similar problem', 'hana.olsen@example.org', '', 'E-mail', 'newsletter', '', 0, NULL, '2026-01-15', NULL);
INSERT INTO public.person VALUES (189, 5, 'Jana Okafor', 'Tailspin Toys', 'Recruiter', 'Colleague in another department', '', 'https://example.org/in/jana-okafor', 'LinkedIn', 'peer', '', 2, 173, '2026-01-16', NULL);
INSERT INTO public.person VALUES (190, 5, 'Pedro Martin', 'Litware', 'Editor', 'Works on a similar problem', 'pedro.martin@example.org', '', 'E-mail', 'mentor', '', 1, 188, '2026-01-23', NULL);
INSERT INTO public.person VALUES (191, 5, 'Ana Novak', 'City Library', 'Author', 'Colleague in another department', 'ana.novak@example.org', '', 'E-mail', 'speaker', '', 0, NULL, '2026-01-18', NULL);
INSERT INTO public.person VALUES (192, 5, 'Fatima Quinn', 'Open Learning Lab', 'Consultant', 'Colleague in another department', '', '', 'LinkedIn', 'author, decision maker', '', 0, NULL, '2026-01-15', NULL);
INSERT INTO public.person VALUES (193, 5, 'Sara Eriksson', 'Freelance', 'Engineer', 'Publishes research I use', 'sara.eriksson@example.org', 'https://example.org/in/sara-eriksson', 'E-mail', 'speaker', '', 2, NULL, '2026-01-20', NULL);
INSERT INTO public.person VALUES (194, 5, 'Pedro Keller', 'Freelance', 'Community Manager', 'Works on a similar problem', 'pedro.keller@example.org', 'https://example.org/in/pedro-keller', 'LinkedIn', 'peer', '', 0, 167, '2026-01-23', NULL);
INSERT INTO public.person VALUES (195, 5, 'Rafael Quinn', 'Harbor Logistics', 'Head of Learning', 'Writes about the topic of my goal', '', '', 'E-mail', 'decision maker', '', 2, NULL, '2026-01-21', NULL);
INSERT INTO public.person VALUES (196, 5, 'Ana Weber', 'Litware', 'Professor', 'Asked the same questions as me', '', '', 'LinkedIn', 'mentor, community', '', 3, 187, '2026-01-17', NULL);
INSERT INTO public.person VALUES (197, 5, 'Dana Schmidt', 'Wide World Importers', 'Agile Coach', 'Publishes research I use', 'dana.schmidt@example.org', '', 'E-mail', 'author', '', 3, NULL, '2026-01-23', NULL);
INSERT INTO public.person VALUES (198, 5, 'Esther Tanaka', 'Fabrikam', 'Product Owner', 'Did what I want to do', 'esther.tanaka@example.org', 'https://example.org/in/esther-tanaka', 'LinkedIn', 'speaker', '', 0, 175, '2026-01-21', NULL);
INSERT INTO public.person VALUES (199, 5, 'Gustav Novak', 'Wide World Importers', 'Designer', 'Works on a similar problem', '', 'https://example.org/in/gustav-novak', 'LinkedIn', 'decision maker', '', 2, NULL, '2026-01-16', NULL);
INSERT INTO public.person VALUES (200, 5, 'Rina Singh', 'Alpine Health', 'Author', 'Runs a community I want to join', '', 'https://example.org/in/rina-singh', 'E-mail', 'community', '', 1, NULL, '2026-01-18', NULL);


--
-- Data for Name: reported_round; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: round_note; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: share_setting; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: tally_channel; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tally_channel VALUES (1, -1, 0, 6);
INSERT INTO public.tally_channel VALUES (1, -1, 1, 3);
INSERT INTO public.tally_channel VALUES (1, 1, 0, 9);
INSERT INTO public.tally_channel VALUES (1, 1, 1, 5);
INSERT INTO public.tally_channel VALUES (1, 2, 0, 6);
INSERT INTO public.tally_channel VALUES (1, 2, 1, 4);
INSERT INTO public.tally_channel VALUES (1, 3, 0, 4);
INSERT INTO public.tally_channel VALUES (1, 3, 1, 1);
INSERT INTO public.tally_channel VALUES (1, 4, 0, 4);
INSERT INTO public.tally_channel VALUES (1, 4, 1, 2);
INSERT INTO public.tally_channel VALUES (1, 5, 0, 5);
INSERT INTO public.tally_channel VALUES (1, 6, 0, 5);
INSERT INTO public.tally_channel VALUES (1, 6, 1, 2);
INSERT INTO public.tally_channel VALUES (1, 7, 0, 1);
INSERT INTO public.tally_channel VALUES (1, 7, 1, 2);
INSERT INTO public.tally_channel VALUES (1, 8, 0, 1);
INSERT INTO public.tally_channel VALUES (1, 9, 0, 3);
INSERT INTO public.tally_channel VALUES (1, 9, 1, 2);
INSERT INTO public.tally_channel VALUES (1, 10, 0, 1);
INSERT INTO public.tally_channel VALUES (2, -1, 0, 6);
INSERT INTO public.tally_channel VALUES (2, -1, 1, 3);
INSERT INTO public.tally_channel VALUES (2, 1, 0, 22);
INSERT INTO public.tally_channel VALUES (2, 1, 1, 6);
INSERT INTO public.tally_channel VALUES (2, 2, 0, 3);
INSERT INTO public.tally_channel VALUES (2, 2, 1, 2);
INSERT INTO public.tally_channel VALUES (2, 3, 0, 7);
INSERT INTO public.tally_channel VALUES (2, 3, 1, 1);
INSERT INTO public.tally_channel VALUES (2, 4, 0, 2);
INSERT INTO public.tally_channel VALUES (2, 5, 0, 8);
INSERT INTO public.tally_channel VALUES (2, 5, 1, 1);
INSERT INTO public.tally_channel VALUES (2, 6, 0, 7);
INSERT INTO public.tally_channel VALUES (2, 6, 1, 1);
INSERT INTO public.tally_channel VALUES (2, 7, 0, 4);
INSERT INTO public.tally_channel VALUES (2, 8, 0, 6);
INSERT INTO public.tally_channel VALUES (2, 8, 1, 1);
INSERT INTO public.tally_channel VALUES (2, 9, 0, 12);
INSERT INTO public.tally_channel VALUES (2, 9, 1, 5);
INSERT INTO public.tally_channel VALUES (2, 10, 0, 1);
INSERT INTO public.tally_channel VALUES (3, -1, 0, 1);
INSERT INTO public.tally_channel VALUES (3, -1, 1, 4);
INSERT INTO public.tally_channel VALUES (3, 1, 0, 2);
INSERT INTO public.tally_channel VALUES (3, 1, 1, 19);
INSERT INTO public.tally_channel VALUES (3, 2, 1, 1);
INSERT INTO public.tally_channel VALUES (3, 3, 0, 1);
INSERT INTO public.tally_channel VALUES (3, 3, 1, 1);
INSERT INTO public.tally_channel VALUES (3, 4, 0, 1);
INSERT INTO public.tally_channel VALUES (3, 4, 1, 1);
INSERT INTO public.tally_channel VALUES (3, 5, 1, 3);
INSERT INTO public.tally_channel VALUES (3, 6, 0, 1);
INSERT INTO public.tally_channel VALUES (3, 6, 1, 2);
INSERT INTO public.tally_channel VALUES (3, 7, 0, 1);
INSERT INTO public.tally_channel VALUES (3, 7, 1, 1);
INSERT INTO public.tally_channel VALUES (3, 8, 1, 4);
INSERT INTO public.tally_channel VALUES (3, 9, 1, 4);
INSERT INTO public.tally_channel VALUES (3, 10, 1, 1);
INSERT INTO public.tally_channel VALUES (4, -1, 0, 1);
INSERT INTO public.tally_channel VALUES (4, -1, 1, 2);
INSERT INTO public.tally_channel VALUES (4, 1, 0, 5);
INSERT INTO public.tally_channel VALUES (4, 1, 1, 1);
INSERT INTO public.tally_channel VALUES (4, 2, 0, 1);
INSERT INTO public.tally_channel VALUES (4, 4, 0, 1);
INSERT INTO public.tally_channel VALUES (4, 4, 1, 2);
INSERT INTO public.tally_channel VALUES (4, 5, 0, 2);
INSERT INTO public.tally_channel VALUES (4, 6, 0, 3);
INSERT INTO public.tally_channel VALUES (4, 6, 1, 1);
INSERT INTO public.tally_channel VALUES (4, 7, 0, 4);
INSERT INTO public.tally_channel VALUES (4, 8, 0, 1);
INSERT INTO public.tally_channel VALUES (4, 8, 1, 1);
INSERT INTO public.tally_channel VALUES (4, 9, 1, 1);
INSERT INTO public.tally_channel VALUES (5, -1, 0, 3);
INSERT INTO public.tally_channel VALUES (5, -1, 1, 3);
INSERT INTO public.tally_channel VALUES (5, 1, 0, 11);
INSERT INTO public.tally_channel VALUES (5, 1, 1, 4);
INSERT INTO public.tally_channel VALUES (5, 2, 0, 1);
INSERT INTO public.tally_channel VALUES (5, 3, 1, 2);
INSERT INTO public.tally_channel VALUES (5, 4, 0, 1);
INSERT INTO public.tally_channel VALUES (5, 4, 1, 1);
INSERT INTO public.tally_channel VALUES (5, 5, 0, 12);
INSERT INTO public.tally_channel VALUES (5, 5, 1, 5);
INSERT INTO public.tally_channel VALUES (5, 6, 0, 1);
INSERT INTO public.tally_channel VALUES (5, 7, 0, 3);
INSERT INTO public.tally_channel VALUES (5, 8, 0, 1);
INSERT INTO public.tally_channel VALUES (5, 9, 0, 2);
INSERT INTO public.tally_channel VALUES (5, 9, 1, 1);
INSERT INTO public.tally_channel VALUES (5, 10, 0, 1);


--
-- Data for Name: tally_closeness; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tally_closeness VALUES (1, '2026-01-14', 1, 1);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-14', 2, 1);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-15', 3, 2);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-15', 4, 1);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-16', 1, 2);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-16', 2, 2);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-17', 1, 1);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-17', 2, 3);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-18', 0, 2);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-18', 1, 1);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-18', 2, 2);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-18', 3, 1);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-18', 4, 1);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-20', 1, 3);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-20', 2, 2);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-21', 0, 1);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-21', 1, 2);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-22', 1, 3);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-22', 2, 1);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-22', 4, 1);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-23', 1, 2);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-23', 2, 3);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-23', 3, 1);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-27', 1, -1);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-27', 2, 1);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-28', 3, -1);
INSERT INTO public.tally_closeness VALUES (1, '2026-01-28', 4, 1);
INSERT INTO public.tally_closeness VALUES (1, '2026-02-06', 3, -1);
INSERT INTO public.tally_closeness VALUES (1, '2026-02-06', 4, 1);
INSERT INTO public.tally_closeness VALUES (1, '2026-02-08', 1, -1);
INSERT INTO public.tally_closeness VALUES (1, '2026-02-08', 2, 1);
INSERT INTO public.tally_closeness VALUES (1, '2026-02-12', 1, -1);
INSERT INTO public.tally_closeness VALUES (1, '2026-02-12', 2, 1);
INSERT INTO public.tally_closeness VALUES (1, '2026-02-15', 1, -1);
INSERT INTO public.tally_closeness VALUES (1, '2026-02-15', 2, 1);
INSERT INTO public.tally_closeness VALUES (1, '2026-02-22', 0, -1);
INSERT INTO public.tally_closeness VALUES (1, '2026-02-22', 1, 1);
INSERT INTO public.tally_closeness VALUES (1, '2026-02-26', 1, -2);
INSERT INTO public.tally_closeness VALUES (1, '2026-02-26', 2, 2);
INSERT INTO public.tally_closeness VALUES (1, '2026-02-27', 3, -1);
INSERT INTO public.tally_closeness VALUES (1, '2026-02-27', 4, 1);
INSERT INTO public.tally_closeness VALUES (1, '2026-02-28', 1, -1);
INSERT INTO public.tally_closeness VALUES (1, '2026-02-28', 2, 1);
INSERT INTO public.tally_closeness VALUES (1, '2026-03-01', 4, -1);
INSERT INTO public.tally_closeness VALUES (1, '2026-03-01', 5, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-14', 1, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-15', 0, 3);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-15', 1, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-15', 2, 2);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-15', 3, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-15', 5, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-16', 0, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-16', 3, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-17', 0, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-17', 1, 3);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-17', 3, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-18', 0, 2);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-18', 1, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-19', 2, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-20', 0, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-20', 2, 3);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-21', 0, 3);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-21', 2, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-21', 3, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-22', 1, 2);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-22', 2, 2);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-23', 0, 2);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-23', 1, 2);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-23', 2, 2);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-23', 3, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-23', 5, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-28', 1, -2);
INSERT INTO public.tally_closeness VALUES (2, '2026-01-28', 2, 2);
INSERT INTO public.tally_closeness VALUES (2, '2026-02-01', 2, -1);
INSERT INTO public.tally_closeness VALUES (2, '2026-02-01', 3, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-02-02', 3, -1);
INSERT INTO public.tally_closeness VALUES (2, '2026-02-02', 4, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-02-05', 0, -1);
INSERT INTO public.tally_closeness VALUES (2, '2026-02-05', 1, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-02-09', 0, -1);
INSERT INTO public.tally_closeness VALUES (2, '2026-02-09', 1, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-02-12', 2, -2);
INSERT INTO public.tally_closeness VALUES (2, '2026-02-12', 3, 2);
INSERT INTO public.tally_closeness VALUES (2, '2026-02-18', 0, -1);
INSERT INTO public.tally_closeness VALUES (2, '2026-02-18', 1, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-02-20', 2, -1);
INSERT INTO public.tally_closeness VALUES (2, '2026-02-20', 3, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-02-23', 1, -1);
INSERT INTO public.tally_closeness VALUES (2, '2026-02-23', 2, 1);
INSERT INTO public.tally_closeness VALUES (2, '2026-02-24', 1, -1);
INSERT INTO public.tally_closeness VALUES (2, '2026-02-24', 2, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-14', 0, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-14', 1, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-14', 2, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-15', 0, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-15', 1, 3);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-16', 1, 2);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-16', 2, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-16', 3, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-17', 0, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-17', 1, 2);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-17', 2, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-18', 0, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-18', 1, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-18', 2, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-19', 0, 2);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-19', 1, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-20', 2, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-20', 5, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-21', 0, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-21', 1, 2);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-21', 2, 3);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-21', 4, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-22', 0, 2);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-22', 1, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-22', 2, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-22', 3, 2);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-23', 0, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-23', 1, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-23', 2, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-26', 2, -1);
INSERT INTO public.tally_closeness VALUES (3, '2026-01-26', 3, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-02-02', 2, -1);
INSERT INTO public.tally_closeness VALUES (3, '2026-02-02', 3, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-02-05', 1, -1);
INSERT INTO public.tally_closeness VALUES (3, '2026-02-05', 3, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-02-10', 3, -1);
INSERT INTO public.tally_closeness VALUES (3, '2026-02-10', 4, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-02-18', 2, -1);
INSERT INTO public.tally_closeness VALUES (3, '2026-02-18', 3, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-02-22', 1, -1);
INSERT INTO public.tally_closeness VALUES (3, '2026-02-22', 2, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-02-27', 1, -1);
INSERT INTO public.tally_closeness VALUES (3, '2026-02-27', 2, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-02-28', 1, -1);
INSERT INTO public.tally_closeness VALUES (3, '2026-02-28', 2, 1);
INSERT INTO public.tally_closeness VALUES (3, '2026-03-01', 0, -1);
INSERT INTO public.tally_closeness VALUES (3, '2026-03-01', 1, 1);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-14', 0, 1);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-14', 1, 2);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-14', 2, 1);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-14', 5, 1);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-15', 0, 3);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-15', 1, 2);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-15', 2, 2);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-16', 0, 1);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-16', 2, 1);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-17', 1, 1);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-17', 2, 1);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-17', 4, 1);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-18', 1, 1);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-18', 2, 5);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-19', 0, 1);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-19', 1, 1);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-20', 1, 1);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-20', 2, 1);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-21', 1, 4);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-21', 2, 1);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-22', 0, 1);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-22', 1, 2);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-22', 4, 1);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-23', 1, 2);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-23', 2, 2);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-25', 2, -1);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-25', 3, 1);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-28', 2, -1);
INSERT INTO public.tally_closeness VALUES (4, '2026-01-28', 3, 1);
INSERT INTO public.tally_closeness VALUES (4, '2026-02-05', 1, -1);
INSERT INTO public.tally_closeness VALUES (4, '2026-02-05', 3, 1);
INSERT INTO public.tally_closeness VALUES (4, '2026-02-09', 0, -1);
INSERT INTO public.tally_closeness VALUES (4, '2026-02-09', 1, 1);
INSERT INTO public.tally_closeness VALUES (4, '2026-02-10', 1, -1);
INSERT INTO public.tally_closeness VALUES (4, '2026-02-10', 2, 1);
INSERT INTO public.tally_closeness VALUES (4, '2026-02-11', 2, -1);
INSERT INTO public.tally_closeness VALUES (4, '2026-02-11', 3, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-14', 1, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-14', 2, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-15', 0, 2);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-15', 2, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-16', 1, 2);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-16', 2, 2);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-16', 3, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-17', 0, 2);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-17', 2, 2);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-17', 4, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-18', 0, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-18', 1, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-18', 2, 2);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-19', 1, 2);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-19', 2, 3);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-20', 0, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-20', 1, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-20', 2, 2);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-21', 0, 2);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-21', 1, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-21', 2, 2);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-22', 1, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-22', 4, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-23', 0, 3);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-23', 1, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-23', 2, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-23', 3, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-27', 3, -1);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-27', 4, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-30', 1, -1);
INSERT INTO public.tally_closeness VALUES (5, '2026-01-30', 2, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-02-05', 1, -1);
INSERT INTO public.tally_closeness VALUES (5, '2026-02-05', 2, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-02-08', 0, -1);
INSERT INTO public.tally_closeness VALUES (5, '2026-02-08', 1, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-02-09', 2, -1);
INSERT INTO public.tally_closeness VALUES (5, '2026-02-09', 3, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-02-10', 1, -1);
INSERT INTO public.tally_closeness VALUES (5, '2026-02-10', 2, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-02-14', 2, -1);
INSERT INTO public.tally_closeness VALUES (5, '2026-02-14', 3, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-02-18', 0, -1);
INSERT INTO public.tally_closeness VALUES (5, '2026-02-18', 1, 1);
INSERT INTO public.tally_closeness VALUES (5, '2026-02-25', 2, -1);
INSERT INTO public.tally_closeness VALUES (5, '2026-02-25', 3, 1);


--
-- Data for Name: tally_closeness_level; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tally_closeness_level VALUES (1, 0, 2);
INSERT INTO public.tally_closeness_level VALUES (1, 1, 9);
INSERT INTO public.tally_closeness_level VALUES (1, 2, 21);
INSERT INTO public.tally_closeness_level VALUES (1, 3, 1);
INSERT INTO public.tally_closeness_level VALUES (1, 4, 5);
INSERT INTO public.tally_closeness_level VALUES (1, 5, 1);
INSERT INTO public.tally_closeness_level VALUES (2, 0, 10);
INSERT INTO public.tally_closeness_level VALUES (2, 1, 9);
INSERT INTO public.tally_closeness_level VALUES (2, 2, 11);
INSERT INTO public.tally_closeness_level VALUES (2, 3, 8);
INSERT INTO public.tally_closeness_level VALUES (2, 4, 1);
INSERT INTO public.tally_closeness_level VALUES (2, 5, 2);
INSERT INTO public.tally_closeness_level VALUES (3, 0, 9);
INSERT INTO public.tally_closeness_level VALUES (3, 1, 11);
INSERT INTO public.tally_closeness_level VALUES (3, 2, 10);
INSERT INTO public.tally_closeness_level VALUES (3, 3, 6);
INSERT INTO public.tally_closeness_level VALUES (3, 4, 2);
INSERT INTO public.tally_closeness_level VALUES (3, 5, 1);
INSERT INTO public.tally_closeness_level VALUES (4, 0, 6);
INSERT INTO public.tally_closeness_level VALUES (4, 1, 15);
INSERT INTO public.tally_closeness_level VALUES (4, 2, 12);
INSERT INTO public.tally_closeness_level VALUES (4, 3, 4);
INSERT INTO public.tally_closeness_level VALUES (4, 4, 2);
INSERT INTO public.tally_closeness_level VALUES (4, 5, 1);
INSERT INTO public.tally_closeness_level VALUES (5, 0, 9);
INSERT INTO public.tally_closeness_level VALUES (5, 1, 9);
INSERT INTO public.tally_closeness_level VALUES (5, 2, 16);
INSERT INTO public.tally_closeness_level VALUES (5, 3, 4);
INSERT INTO public.tally_closeness_level VALUES (5, 4, 3);


--
-- Data for Name: tally_closeness_mover; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tally_closeness_mover VALUES (2, 1);
INSERT INTO public.tally_closeness_mover VALUES (6, 1);
INSERT INTO public.tally_closeness_mover VALUES (9, 1);
INSERT INTO public.tally_closeness_mover VALUES (14, 1);
INSERT INTO public.tally_closeness_mover VALUES (15, 1);
INSERT INTO public.tally_closeness_mover VALUES (22, 1);
INSERT INTO public.tally_closeness_mover VALUES (23, 1);
INSERT INTO public.tally_closeness_mover VALUES (25, 1);
INSERT INTO public.tally_closeness_mover VALUES (33, 1);
INSERT INTO public.tally_closeness_mover VALUES (34, 1);
INSERT INTO public.tally_closeness_mover VALUES (35, 1);
INSERT INTO public.tally_closeness_mover VALUES (38, 1);
INSERT INTO public.tally_closeness_mover VALUES (48, 2);
INSERT INTO public.tally_closeness_mover VALUES (51, 2);
INSERT INTO public.tally_closeness_mover VALUES (52, 2);
INSERT INTO public.tally_closeness_mover VALUES (56, 2);
INSERT INTO public.tally_closeness_mover VALUES (60, 2);
INSERT INTO public.tally_closeness_mover VALUES (62, 2);
INSERT INTO public.tally_closeness_mover VALUES (65, 2);
INSERT INTO public.tally_closeness_mover VALUES (66, 2);
INSERT INTO public.tally_closeness_mover VALUES (67, 2);
INSERT INTO public.tally_closeness_mover VALUES (74, 2);
INSERT INTO public.tally_closeness_mover VALUES (75, 2);
INSERT INTO public.tally_closeness_mover VALUES (79, 2);
INSERT INTO public.tally_closeness_mover VALUES (81, 3);
INSERT INTO public.tally_closeness_mover VALUES (83, 3);
INSERT INTO public.tally_closeness_mover VALUES (89, 3);
INSERT INTO public.tally_closeness_mover VALUES (91, 3);
INSERT INTO public.tally_closeness_mover VALUES (93, 3);
INSERT INTO public.tally_closeness_mover VALUES (105, 3);
INSERT INTO public.tally_closeness_mover VALUES (112, 3);
INSERT INTO public.tally_closeness_mover VALUES (113, 3);
INSERT INTO public.tally_closeness_mover VALUES (116, 3);
INSERT INTO public.tally_closeness_mover VALUES (119, 3);
INSERT INTO public.tally_closeness_mover VALUES (120, 4);
INSERT INTO public.tally_closeness_mover VALUES (130, 4);
INSERT INTO public.tally_closeness_mover VALUES (131, 4);
INSERT INTO public.tally_closeness_mover VALUES (137, 4);
INSERT INTO public.tally_closeness_mover VALUES (140, 4);
INSERT INTO public.tally_closeness_mover VALUES (142, 4);
INSERT INTO public.tally_closeness_mover VALUES (143, 4);
INSERT INTO public.tally_closeness_mover VALUES (166, 5);
INSERT INTO public.tally_closeness_mover VALUES (174, 5);
INSERT INTO public.tally_closeness_mover VALUES (176, 5);
INSERT INTO public.tally_closeness_mover VALUES (178, 5);
INSERT INTO public.tally_closeness_mover VALUES (184, 5);
INSERT INTO public.tally_closeness_mover VALUES (185, 5);
INSERT INTO public.tally_closeness_mover VALUES (190, 5);
INSERT INTO public.tally_closeness_mover VALUES (196, 5);
INSERT INTO public.tally_closeness_mover VALUES (199, 5);


--
-- Data for Name: tally_closeness_person; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tally_closeness_person VALUES (1, 1, '2026-01-22', 4, 1);
INSERT INTO public.tally_closeness_person VALUES (2, 1, '2026-01-20', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (2, 1, '2026-02-08', 1, -1);
INSERT INTO public.tally_closeness_person VALUES (2, 1, '2026-02-08', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (3, 1, '2026-01-17', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (4, 1, '2026-01-18', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (5, 1, '2026-01-17', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (6, 1, '2026-01-15', 4, 1);
INSERT INTO public.tally_closeness_person VALUES (6, 1, '2026-03-01', 4, -1);
INSERT INTO public.tally_closeness_person VALUES (6, 1, '2026-03-01', 5, 1);
INSERT INTO public.tally_closeness_person VALUES (7, 1, '2026-01-23', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (8, 1, '2026-01-23', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (9, 1, '2026-01-15', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (9, 1, '2026-02-06', 3, -1);
INSERT INTO public.tally_closeness_person VALUES (9, 1, '2026-02-06', 4, 1);
INSERT INTO public.tally_closeness_person VALUES (10, 1, '2026-01-16', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (11, 1, '2026-01-23', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (12, 1, '2026-01-17', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (13, 1, '2026-01-22', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (14, 1, '2026-01-21', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (14, 1, '2026-02-26', 1, -1);
INSERT INTO public.tally_closeness_person VALUES (14, 1, '2026-02-26', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (15, 1, '2026-01-18', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (15, 1, '2026-02-27', 3, -1);
INSERT INTO public.tally_closeness_person VALUES (15, 1, '2026-02-27', 4, 1);
INSERT INTO public.tally_closeness_person VALUES (16, 1, '2026-01-23', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (17, 1, '2026-01-17', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (18, 1, '2026-01-18', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (19, 1, '2026-01-18', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (20, 1, '2026-01-21', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (21, 1, '2026-01-18', 4, 1);
INSERT INTO public.tally_closeness_person VALUES (22, 1, '2026-01-14', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (22, 1, '2026-01-27', 1, -1);
INSERT INTO public.tally_closeness_person VALUES (22, 1, '2026-01-27', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (23, 1, '2026-01-16', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (23, 1, '2026-02-12', 1, -1);
INSERT INTO public.tally_closeness_person VALUES (23, 1, '2026-02-12', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (24, 1, '2026-01-14', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (25, 1, '2026-01-16', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (25, 1, '2026-02-28', 1, -1);
INSERT INTO public.tally_closeness_person VALUES (25, 1, '2026-02-28', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (26, 1, '2026-01-20', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (27, 1, '2026-01-22', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (28, 1, '2026-01-16', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (29, 1, '2026-01-22', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (30, 1, '2026-01-18', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (31, 1, '2026-01-23', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (32, 1, '2026-01-20', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (33, 1, '2026-01-15', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (33, 1, '2026-01-28', 3, -1);
INSERT INTO public.tally_closeness_person VALUES (33, 1, '2026-01-28', 4, 1);
INSERT INTO public.tally_closeness_person VALUES (34, 1, '2026-01-21', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (34, 1, '2026-02-22', 0, -1);
INSERT INTO public.tally_closeness_person VALUES (34, 1, '2026-02-22', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (35, 1, '2026-01-22', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (35, 1, '2026-02-15', 1, -1);
INSERT INTO public.tally_closeness_person VALUES (35, 1, '2026-02-15', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (36, 1, '2026-01-18', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (37, 1, '2026-01-20', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (38, 1, '2026-01-23', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (38, 1, '2026-02-26', 1, -1);
INSERT INTO public.tally_closeness_person VALUES (38, 1, '2026-02-26', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (39, 1, '2026-01-20', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (40, 2, '2026-01-18', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (41, 2, '2026-01-23', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (42, 2, '2026-01-23', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (43, 2, '2026-01-15', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (44, 2, '2026-01-20', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (45, 2, '2026-01-23', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (46, 2, '2026-01-22', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (47, 2, '2026-01-15', 5, 1);
INSERT INTO public.tally_closeness_person VALUES (48, 2, '2026-01-23', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (48, 2, '2026-02-05', 0, -1);
INSERT INTO public.tally_closeness_person VALUES (48, 2, '2026-02-05', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (49, 2, '2026-01-15', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (50, 2, '2026-01-15', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (51, 2, '2026-01-22', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (51, 2, '2026-02-24', 1, -1);
INSERT INTO public.tally_closeness_person VALUES (51, 2, '2026-02-24', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (52, 2, '2026-01-20', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (52, 2, '2026-02-01', 2, -1);
INSERT INTO public.tally_closeness_person VALUES (52, 2, '2026-02-01', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (53, 2, '2026-01-23', 5, 1);
INSERT INTO public.tally_closeness_person VALUES (54, 2, '2026-01-21', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (55, 2, '2026-01-21', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (56, 2, '2026-01-23', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (56, 2, '2026-02-02', 3, -1);
INSERT INTO public.tally_closeness_person VALUES (56, 2, '2026-02-02', 4, 1);
INSERT INTO public.tally_closeness_person VALUES (57, 2, '2026-01-15', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (58, 2, '2026-01-17', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (59, 2, '2026-01-17', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (60, 2, '2026-01-15', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (60, 2, '2026-02-09', 0, -1);
INSERT INTO public.tally_closeness_person VALUES (60, 2, '2026-02-09', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (61, 2, '2026-01-21', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (62, 2, '2026-01-18', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (62, 2, '2026-01-28', 1, -1);
INSERT INTO public.tally_closeness_person VALUES (62, 2, '2026-01-28', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (63, 2, '2026-01-21', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (64, 2, '2026-01-18', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (65, 2, '2026-01-19', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (65, 2, '2026-02-12', 2, -1);
INSERT INTO public.tally_closeness_person VALUES (65, 2, '2026-02-12', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (66, 2, '2026-01-22', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (66, 2, '2026-02-20', 2, -1);
INSERT INTO public.tally_closeness_person VALUES (66, 2, '2026-02-20', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (67, 2, '2026-01-20', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (67, 2, '2026-02-12', 2, -1);
INSERT INTO public.tally_closeness_person VALUES (67, 2, '2026-02-12', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (68, 2, '2026-01-14', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (69, 2, '2026-01-17', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (70, 2, '2026-01-23', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (71, 2, '2026-01-15', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (72, 2, '2026-01-20', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (73, 2, '2026-01-17', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (74, 2, '2026-01-23', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (74, 2, '2026-02-23', 1, -1);
INSERT INTO public.tally_closeness_person VALUES (74, 2, '2026-02-23', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (75, 2, '2026-01-22', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (75, 2, '2026-01-28', 1, -1);
INSERT INTO public.tally_closeness_person VALUES (75, 2, '2026-01-28', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (76, 2, '2026-01-15', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (77, 2, '2026-01-16', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (78, 2, '2026-01-17', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (79, 2, '2026-01-21', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (79, 2, '2026-02-18', 0, -1);
INSERT INTO public.tally_closeness_person VALUES (79, 2, '2026-02-18', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (80, 2, '2026-01-16', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (81, 3, '2026-01-23', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (81, 3, '2026-01-26', 2, -1);
INSERT INTO public.tally_closeness_person VALUES (81, 3, '2026-01-26', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (82, 3, '2026-01-22', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (83, 3, '2026-01-21', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (83, 3, '2026-02-28', 1, -1);
INSERT INTO public.tally_closeness_person VALUES (83, 3, '2026-02-28', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (84, 3, '2026-01-16', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (85, 3, '2026-01-21', 4, 1);
INSERT INTO public.tally_closeness_person VALUES (86, 3, '2026-01-16', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (87, 3, '2026-01-21', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (88, 3, '2026-01-16', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (89, 3, '2026-01-14', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (89, 3, '2026-02-02', 2, -1);
INSERT INTO public.tally_closeness_person VALUES (89, 3, '2026-02-02', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (90, 3, '2026-01-17', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (91, 3, '2026-01-22', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (91, 3, '2026-02-05', 2, -1);
INSERT INTO public.tally_closeness_person VALUES (91, 3, '2026-02-05', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (92, 3, '2026-01-17', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (93, 3, '2026-01-23', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (93, 3, '2026-02-05', 1, -1);
INSERT INTO public.tally_closeness_person VALUES (93, 3, '2026-02-05', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (94, 3, '2026-01-18', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (95, 3, '2026-01-20', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (96, 3, '2026-01-21', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (97, 3, '2026-01-15', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (98, 3, '2026-01-19', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (99, 3, '2026-01-21', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (100, 3, '2026-01-22', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (101, 3, '2026-01-19', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (102, 3, '2026-01-14', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (103, 3, '2026-01-20', 5, 1);
INSERT INTO public.tally_closeness_person VALUES (104, 3, '2026-01-17', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (105, 3, '2026-01-22', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (105, 3, '2026-02-10', 3, -1);
INSERT INTO public.tally_closeness_person VALUES (105, 3, '2026-02-10', 4, 1);
INSERT INTO public.tally_closeness_person VALUES (106, 3, '2026-01-18', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (107, 3, '2026-01-22', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (108, 3, '2026-01-15', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (109, 3, '2026-01-14', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (110, 3, '2026-01-21', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (111, 3, '2026-01-15', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (112, 3, '2026-01-17', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (112, 3, '2026-02-22', 1, -1);
INSERT INTO public.tally_closeness_person VALUES (112, 3, '2026-02-22', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (113, 3, '2026-01-21', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (113, 3, '2026-02-18', 2, -1);
INSERT INTO public.tally_closeness_person VALUES (113, 3, '2026-02-18', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (114, 3, '2026-01-22', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (115, 3, '2026-01-18', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (116, 3, '2026-01-15', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (116, 3, '2026-03-01', 0, -1);
INSERT INTO public.tally_closeness_person VALUES (116, 3, '2026-03-01', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (117, 3, '2026-01-19', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (118, 3, '2026-01-23', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (119, 3, '2026-01-16', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (119, 3, '2026-02-27', 1, -1);
INSERT INTO public.tally_closeness_person VALUES (119, 3, '2026-02-27', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (120, 4, '2026-01-20', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (120, 4, '2026-02-05', 1, -1);
INSERT INTO public.tally_closeness_person VALUES (120, 4, '2026-02-05', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (121, 4, '2026-01-14', 5, 1);
INSERT INTO public.tally_closeness_person VALUES (122, 4, '2026-01-22', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (123, 4, '2026-01-14', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (124, 4, '2026-01-23', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (125, 4, '2026-01-15', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (126, 4, '2026-01-18', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (127, 4, '2026-01-21', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (128, 4, '2026-01-23', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (129, 4, '2026-01-17', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (130, 4, '2026-01-21', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (130, 4, '2026-01-25', 2, -1);
INSERT INTO public.tally_closeness_person VALUES (130, 4, '2026-01-25', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (131, 4, '2026-01-21', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (131, 4, '2026-02-10', 1, -1);
INSERT INTO public.tally_closeness_person VALUES (131, 4, '2026-02-10', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (132, 4, '2026-01-19', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (133, 4, '2026-01-22', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (134, 4, '2026-01-14', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (135, 4, '2026-01-20', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (136, 4, '2026-01-14', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (137, 4, '2026-01-18', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (137, 4, '2026-01-28', 2, -1);
INSERT INTO public.tally_closeness_person VALUES (137, 4, '2026-01-28', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (138, 4, '2026-01-14', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (139, 4, '2026-01-21', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (140, 4, '2026-01-17', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (140, 4, '2026-02-05', 2, -1);
INSERT INTO public.tally_closeness_person VALUES (140, 4, '2026-02-05', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (141, 4, '2026-01-18', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (142, 4, '2026-01-16', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (142, 4, '2026-02-11', 2, -1);
INSERT INTO public.tally_closeness_person VALUES (142, 4, '2026-02-11', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (143, 4, '2026-01-19', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (143, 4, '2026-02-09', 0, -1);
INSERT INTO public.tally_closeness_person VALUES (143, 4, '2026-02-09', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (144, 4, '2026-01-15', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (145, 4, '2026-01-15', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (146, 4, '2026-01-15', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (147, 4, '2026-01-18', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (148, 4, '2026-01-21', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (149, 4, '2026-01-18', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (150, 4, '2026-01-22', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (151, 4, '2026-01-15', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (152, 4, '2026-01-15', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (153, 4, '2026-01-16', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (154, 4, '2026-01-15', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (155, 4, '2026-01-18', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (156, 4, '2026-01-22', 4, 1);
INSERT INTO public.tally_closeness_person VALUES (157, 4, '2026-01-23', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (158, 4, '2026-01-17', 4, 1);
INSERT INTO public.tally_closeness_person VALUES (159, 4, '2026-01-23', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (160, 5, '2026-01-21', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (161, 5, '2026-01-20', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (162, 5, '2026-01-19', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (163, 5, '2026-01-16', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (164, 5, '2026-01-17', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (165, 5, '2026-01-18', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (166, 5, '2026-01-19', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (166, 5, '2026-02-10', 1, -1);
INSERT INTO public.tally_closeness_person VALUES (166, 5, '2026-02-10', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (167, 5, '2026-01-23', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (168, 5, '2026-01-20', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (169, 5, '2026-01-14', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (170, 5, '2026-01-22', 4, 1);
INSERT INTO public.tally_closeness_person VALUES (171, 5, '2026-01-17', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (172, 5, '2026-01-17', 4, 1);
INSERT INTO public.tally_closeness_person VALUES (173, 5, '2026-01-23', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (174, 5, '2026-01-19', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (174, 5, '2026-02-14', 2, -1);
INSERT INTO public.tally_closeness_person VALUES (174, 5, '2026-02-14', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (175, 5, '2026-01-22', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (176, 5, '2026-01-15', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (176, 5, '2026-02-25', 2, -1);
INSERT INTO public.tally_closeness_person VALUES (176, 5, '2026-02-25', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (177, 5, '2026-01-17', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (178, 5, '2026-01-20', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (178, 5, '2026-01-30', 1, -1);
INSERT INTO public.tally_closeness_person VALUES (178, 5, '2026-01-30', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (179, 5, '2026-01-21', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (180, 5, '2026-01-19', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (181, 5, '2026-01-23', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (182, 5, '2026-01-14', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (183, 5, '2026-01-18', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (184, 5, '2026-01-21', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (184, 5, '2026-02-08', 0, -1);
INSERT INTO public.tally_closeness_person VALUES (184, 5, '2026-02-08', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (185, 5, '2026-01-16', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (185, 5, '2026-01-27', 3, -1);
INSERT INTO public.tally_closeness_person VALUES (185, 5, '2026-01-27', 4, 1);
INSERT INTO public.tally_closeness_person VALUES (186, 5, '2026-01-16', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (187, 5, '2026-01-19', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (188, 5, '2026-01-15', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (189, 5, '2026-01-16', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (190, 5, '2026-01-23', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (190, 5, '2026-02-18', 0, -1);
INSERT INTO public.tally_closeness_person VALUES (190, 5, '2026-02-18', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (191, 5, '2026-01-18', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (192, 5, '2026-01-15', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (193, 5, '2026-01-20', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (194, 5, '2026-01-23', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (195, 5, '2026-01-21', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (196, 5, '2026-01-17', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (196, 5, '2026-02-09', 2, -1);
INSERT INTO public.tally_closeness_person VALUES (196, 5, '2026-02-09', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (197, 5, '2026-01-23', 3, 1);
INSERT INTO public.tally_closeness_person VALUES (198, 5, '2026-01-21', 0, 1);
INSERT INTO public.tally_closeness_person VALUES (199, 5, '2026-01-16', 1, 1);
INSERT INTO public.tally_closeness_person VALUES (199, 5, '2026-02-05', 1, -1);
INSERT INTO public.tally_closeness_person VALUES (199, 5, '2026-02-05', 2, 1);
INSERT INTO public.tally_closeness_person VALUES (200, 5, '2026-01-18', 1, 1);


--
-- Data for Name: tally_day; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tally_day VALUES (1, '2026-01-17', 0, 2);
INSERT INTO public.tally_day VALUES (1, '2026-01-19', 0, 1);
INSERT INTO public.tally_day VALUES (1, '2026-01-21', 0, 1);
INSERT INTO public.tally_day VALUES (1, '2026-01-21', 1, 2);
INSERT INTO public.tally_day VALUES (1, '2026-01-22', 0, 2);
INSERT INTO public.tally_day VALUES (1, '2026-01-23', 0, 1);
INSERT INTO public.tally_day VALUES (1, '2026-01-24', 0, 1);
INSERT INTO public.tally_day VALUES (1, '2026-01-24', 1, 1);
INSERT INTO public.tally_day VALUES (1, '2026-01-26', 0, 3);
INSERT INTO public.tally_day VALUES (1, '2026-01-26', 1, 1);
INSERT INTO public.tally_day VALUES (1, '2026-01-28', 0, 1);
INSERT INTO public.tally_day VALUES (1, '2026-01-28', 1, 1);
INSERT INTO public.tally_day VALUES (1, '2026-01-29', 0, 1);
INSERT INTO public.tally_day VALUES (1, '2026-01-30', 0, 1);
INSERT INTO public.tally_day VALUES (1, '2026-01-31', 0, 1);
INSERT INTO public.tally_day VALUES (1, '2026-02-01', 1, 1);
INSERT INTO public.tally_day VALUES (1, '2026-02-03', 0, 2);
INSERT INTO public.tally_day VALUES (1, '2026-02-04', 0, 1);
INSERT INTO public.tally_day VALUES (1, '2026-02-05', 0, 1);
INSERT INTO public.tally_day VALUES (1, '2026-02-05', 1, 2);
INSERT INTO public.tally_day VALUES (1, '2026-02-06', 0, 2);
INSERT INTO public.tally_day VALUES (1, '2026-02-08', 1, 1);
INSERT INTO public.tally_day VALUES (1, '2026-02-09', 0, 3);
INSERT INTO public.tally_day VALUES (1, '2026-02-10', 0, 3);
INSERT INTO public.tally_day VALUES (1, '2026-02-10', 1, 2);
INSERT INTO public.tally_day VALUES (1, '2026-02-11', 0, 3);
INSERT INTO public.tally_day VALUES (1, '2026-02-11', 1, 1);
INSERT INTO public.tally_day VALUES (1, '2026-02-14', 1, 1);
INSERT INTO public.tally_day VALUES (1, '2026-02-15', 0, 1);
INSERT INTO public.tally_day VALUES (1, '2026-02-17', 0, 1);
INSERT INTO public.tally_day VALUES (1, '2026-02-18', 0, 1);
INSERT INTO public.tally_day VALUES (1, '2026-02-18', 1, 1);
INSERT INTO public.tally_day VALUES (1, '2026-02-20', 0, 3);
INSERT INTO public.tally_day VALUES (1, '2026-02-20', 1, 1);
INSERT INTO public.tally_day VALUES (1, '2026-02-22', 0, 1);
INSERT INTO public.tally_day VALUES (1, '2026-02-22', 1, 1);
INSERT INTO public.tally_day VALUES (1, '2026-02-23', 0, 2);
INSERT INTO public.tally_day VALUES (1, '2026-02-25', 1, 2);
INSERT INTO public.tally_day VALUES (1, '2026-02-26', 0, 3);
INSERT INTO public.tally_day VALUES (1, '2026-02-27', 1, 1);
INSERT INTO public.tally_day VALUES (1, '2026-02-28', 0, 3);
INSERT INTO public.tally_day VALUES (1, '2026-03-01', 1, 1);
INSERT INTO public.tally_day VALUES (1, '2026-03-02', 1, 1);
INSERT INTO public.tally_day VALUES (2, '2026-01-17', 0, 2);
INSERT INTO public.tally_day VALUES (2, '2026-01-18', 0, 4);
INSERT INTO public.tally_day VALUES (2, '2026-01-20', 1, 1);
INSERT INTO public.tally_day VALUES (2, '2026-01-21', 0, 1);
INSERT INTO public.tally_day VALUES (2, '2026-01-22', 0, 3);
INSERT INTO public.tally_day VALUES (2, '2026-01-23', 0, 1);
INSERT INTO public.tally_day VALUES (2, '2026-01-23', 1, 1);
INSERT INTO public.tally_day VALUES (2, '2026-01-24', 0, 2);
INSERT INTO public.tally_day VALUES (2, '2026-01-24', 1, 1);
INSERT INTO public.tally_day VALUES (2, '2026-01-25', 0, 1);
INSERT INTO public.tally_day VALUES (2, '2026-01-26', 0, 1);
INSERT INTO public.tally_day VALUES (2, '2026-01-28', 0, 1);
INSERT INTO public.tally_day VALUES (2, '2026-01-29', 0, 6);
INSERT INTO public.tally_day VALUES (2, '2026-01-29', 1, 1);
INSERT INTO public.tally_day VALUES (2, '2026-01-30', 0, 2);
INSERT INTO public.tally_day VALUES (2, '2026-01-30', 1, 1);
INSERT INTO public.tally_day VALUES (2, '2026-01-31', 0, 3);
INSERT INTO public.tally_day VALUES (2, '2026-02-01', 0, 1);
INSERT INTO public.tally_day VALUES (2, '2026-02-02', 0, 2);
INSERT INTO public.tally_day VALUES (2, '2026-02-02', 1, 1);
INSERT INTO public.tally_day VALUES (2, '2026-02-03', 0, 1);
INSERT INTO public.tally_day VALUES (2, '2026-02-03', 1, 1);
INSERT INTO public.tally_day VALUES (2, '2026-02-04', 0, 2);
INSERT INTO public.tally_day VALUES (2, '2026-02-04', 1, 1);
INSERT INTO public.tally_day VALUES (2, '2026-02-05', 0, 1);
INSERT INTO public.tally_day VALUES (2, '2026-02-06', 0, 2);
INSERT INTO public.tally_day VALUES (2, '2026-02-07', 0, 1);
INSERT INTO public.tally_day VALUES (2, '2026-02-08', 0, 3);
INSERT INTO public.tally_day VALUES (2, '2026-02-08', 1, 1);
INSERT INTO public.tally_day VALUES (2, '2026-02-09', 0, 3);
INSERT INTO public.tally_day VALUES (2, '2026-02-10', 0, 2);
INSERT INTO public.tally_day VALUES (2, '2026-02-11', 0, 3);
INSERT INTO public.tally_day VALUES (2, '2026-02-11', 1, 1);
INSERT INTO public.tally_day VALUES (2, '2026-02-12', 0, 1);
INSERT INTO public.tally_day VALUES (2, '2026-02-12', 1, 2);
INSERT INTO public.tally_day VALUES (2, '2026-02-14', 0, 2);
INSERT INTO public.tally_day VALUES (2, '2026-02-15', 0, 3);
INSERT INTO public.tally_day VALUES (2, '2026-02-16', 0, 2);
INSERT INTO public.tally_day VALUES (2, '2026-02-16', 1, 1);
INSERT INTO public.tally_day VALUES (2, '2026-02-17', 0, 1);
INSERT INTO public.tally_day VALUES (2, '2026-02-17', 1, 1);
INSERT INTO public.tally_day VALUES (2, '2026-02-18', 0, 1);
INSERT INTO public.tally_day VALUES (2, '2026-02-19', 0, 1);
INSERT INTO public.tally_day VALUES (2, '2026-02-19', 1, 1);
INSERT INTO public.tally_day VALUES (2, '2026-02-20', 0, 2);
INSERT INTO public.tally_day VALUES (2, '2026-02-20', 1, 1);
INSERT INTO public.tally_day VALUES (2, '2026-02-21', 0, 2);
INSERT INTO public.tally_day VALUES (2, '2026-02-22', 1, 2);
INSERT INTO public.tally_day VALUES (2, '2026-02-23', 0, 2);
INSERT INTO public.tally_day VALUES (2, '2026-02-24', 0, 1);
INSERT INTO public.tally_day VALUES (2, '2026-02-25', 0, 1);
INSERT INTO public.tally_day VALUES (2, '2026-02-25', 1, 1);
INSERT INTO public.tally_day VALUES (2, '2026-02-26', 0, 3);
INSERT INTO public.tally_day VALUES (2, '2026-02-27', 0, 2);
INSERT INTO public.tally_day VALUES (2, '2026-02-28', 0, 3);
INSERT INTO public.tally_day VALUES (2, '2026-03-01', 0, 1);
INSERT INTO public.tally_day VALUES (2, '2026-03-01', 1, 1);
INSERT INTO public.tally_day VALUES (2, '2026-03-02', 0, 2);
INSERT INTO public.tally_day VALUES (3, '2026-01-17', 1, 2);
INSERT INTO public.tally_day VALUES (3, '2026-01-19', 0, 1);
INSERT INTO public.tally_day VALUES (3, '2026-01-19', 1, 1);
INSERT INTO public.tally_day VALUES (3, '2026-01-22', 0, 1);
INSERT INTO public.tally_day VALUES (3, '2026-01-22', 1, 3);
INSERT INTO public.tally_day VALUES (3, '2026-01-24', 1, 1);
INSERT INTO public.tally_day VALUES (3, '2026-01-26', 1, 2);
INSERT INTO public.tally_day VALUES (3, '2026-01-27', 0, 1);
INSERT INTO public.tally_day VALUES (3, '2026-01-27', 1, 3);
INSERT INTO public.tally_day VALUES (3, '2026-01-29', 1, 1);
INSERT INTO public.tally_day VALUES (3, '2026-01-31', 1, 1);
INSERT INTO public.tally_day VALUES (3, '2026-02-01', 1, 1);
INSERT INTO public.tally_day VALUES (3, '2026-02-02', 1, 1);
INSERT INTO public.tally_day VALUES (3, '2026-02-03', 1, 2);
INSERT INTO public.tally_day VALUES (3, '2026-02-05', 0, 1);
INSERT INTO public.tally_day VALUES (3, '2026-02-06', 1, 1);
INSERT INTO public.tally_day VALUES (3, '2026-02-07', 0, 1);
INSERT INTO public.tally_day VALUES (3, '2026-02-07', 1, 2);
INSERT INTO public.tally_day VALUES (3, '2026-02-09', 1, 2);
INSERT INTO public.tally_day VALUES (3, '2026-02-10', 1, 1);
INSERT INTO public.tally_day VALUES (3, '2026-02-11', 1, 2);
INSERT INTO public.tally_day VALUES (3, '2026-02-12', 1, 1);
INSERT INTO public.tally_day VALUES (3, '2026-02-14', 0, 1);
INSERT INTO public.tally_day VALUES (3, '2026-02-14', 1, 1);
INSERT INTO public.tally_day VALUES (3, '2026-02-17', 1, 2);
INSERT INTO public.tally_day VALUES (3, '2026-02-18', 1, 1);
INSERT INTO public.tally_day VALUES (3, '2026-02-19', 1, 2);
INSERT INTO public.tally_day VALUES (3, '2026-02-23', 1, 1);
INSERT INTO public.tally_day VALUES (3, '2026-02-24', 1, 2);
INSERT INTO public.tally_day VALUES (3, '2026-02-25', 0, 1);
INSERT INTO public.tally_day VALUES (3, '2026-02-25', 1, 1);
INSERT INTO public.tally_day VALUES (3, '2026-02-26', 1, 1);
INSERT INTO public.tally_day VALUES (3, '2026-02-27', 1, 1);
INSERT INTO public.tally_day VALUES (3, '2026-02-28', 1, 1);
INSERT INTO public.tally_day VALUES (3, '2026-03-02', 1, 1);
INSERT INTO public.tally_day VALUES (4, '2026-01-18', 0, 1);
INSERT INTO public.tally_day VALUES (4, '2026-01-18', 1, 1);
INSERT INTO public.tally_day VALUES (4, '2026-01-19', 0, 1);
INSERT INTO public.tally_day VALUES (4, '2026-01-20', 0, 3);
INSERT INTO public.tally_day VALUES (4, '2026-01-21', 1, 1);
INSERT INTO public.tally_day VALUES (4, '2026-01-22', 0, 2);
INSERT INTO public.tally_day VALUES (4, '2026-01-24', 1, 1);
INSERT INTO public.tally_day VALUES (4, '2026-01-25', 1, 1);
INSERT INTO public.tally_day VALUES (4, '2026-01-26', 0, 1);
INSERT INTO public.tally_day VALUES (4, '2026-01-27', 1, 1);
INSERT INTO public.tally_day VALUES (4, '2026-01-28', 0, 1);
INSERT INTO public.tally_day VALUES (4, '2026-01-29', 0, 2);
INSERT INTO public.tally_day VALUES (4, '2026-01-30', 0, 1);
INSERT INTO public.tally_day VALUES (4, '2026-01-31', 0, 1);
INSERT INTO public.tally_day VALUES (4, '2026-02-01', 0, 1);
INSERT INTO public.tally_day VALUES (4, '2026-02-02', 0, 1);
INSERT INTO public.tally_day VALUES (4, '2026-02-02', 1, 2);
INSERT INTO public.tally_day VALUES (4, '2026-02-03', 0, 1);
INSERT INTO public.tally_day VALUES (4, '2026-02-06', 0, 1);
INSERT INTO public.tally_day VALUES (4, '2026-02-08', 0, 1);
INSERT INTO public.tally_day VALUES (4, '2026-02-26', 1, 1);
INSERT INTO public.tally_day VALUES (5, '2026-01-20', 0, 1);
INSERT INTO public.tally_day VALUES (5, '2026-01-30', 0, 1);
INSERT INTO public.tally_day VALUES (5, '2026-01-30', 1, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-01', 0, 2);
INSERT INTO public.tally_day VALUES (5, '2026-02-02', 1, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-03', 1, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-04', 0, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-06', 0, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-07', 1, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-08', 0, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-08', 1, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-09', 0, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-10', 0, 2);
INSERT INTO public.tally_day VALUES (5, '2026-02-11', 0, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-12', 0, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-13', 1, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-14', 1, 3);
INSERT INTO public.tally_day VALUES (5, '2026-02-15', 0, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-15', 1, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-16', 0, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-17', 0, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-18', 0, 2);
INSERT INTO public.tally_day VALUES (5, '2026-02-19', 0, 3);
INSERT INTO public.tally_day VALUES (5, '2026-02-20', 0, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-21', 0, 2);
INSERT INTO public.tally_day VALUES (5, '2026-02-22', 0, 2);
INSERT INTO public.tally_day VALUES (5, '2026-02-23', 0, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-23', 1, 2);
INSERT INTO public.tally_day VALUES (5, '2026-02-24', 0, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-24', 1, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-25', 0, 2);
INSERT INTO public.tally_day VALUES (5, '2026-02-26', 0, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-27', 0, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-27', 1, 1);
INSERT INTO public.tally_day VALUES (5, '2026-02-28', 0, 2);
INSERT INTO public.tally_day VALUES (5, '2026-03-01', 0, 1);
INSERT INTO public.tally_day VALUES (5, '2026-03-01', 1, 1);
INSERT INTO public.tally_day VALUES (5, '2026-03-02', 0, 2);
INSERT INTO public.tally_day VALUES (5, '2026-03-02', 1, 1);


--
-- Data for Name: tally_kind; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tally_kind VALUES (1, 1, 0, -1, 7);
INSERT INTO public.tally_kind VALUES (1, 1, 1, 0, 1);
INSERT INTO public.tally_kind VALUES (1, 1, 1, 1, 1);
INSERT INTO public.tally_kind VALUES (1, 2, 0, -1, 6);
INSERT INTO public.tally_kind VALUES (1, 2, 1, 1, 3);
INSERT INTO public.tally_kind VALUES (1, 2, 1, 2, 1);
INSERT INTO public.tally_kind VALUES (1, 3, 0, -1, 8);
INSERT INTO public.tally_kind VALUES (1, 3, 1, 0, 2);
INSERT INTO public.tally_kind VALUES (1, 3, 1, 1, 1);
INSERT INTO public.tally_kind VALUES (1, 3, 1, 2, 1);
INSERT INTO public.tally_kind VALUES (1, 4, 0, -1, 6);
INSERT INTO public.tally_kind VALUES (1, 4, 1, 0, 1);
INSERT INTO public.tally_kind VALUES (1, 4, 1, 1, 2);
INSERT INTO public.tally_kind VALUES (1, 4, 1, 2, 1);
INSERT INTO public.tally_kind VALUES (1, 5, 0, -1, 6);
INSERT INTO public.tally_kind VALUES (1, 5, 1, 0, 1);
INSERT INTO public.tally_kind VALUES (1, 6, 0, -1, 4);
INSERT INTO public.tally_kind VALUES (1, 6, 1, 2, 1);
INSERT INTO public.tally_kind VALUES (1, 7, 0, -1, 6);
INSERT INTO public.tally_kind VALUES (1, 7, 1, 0, 2);
INSERT INTO public.tally_kind VALUES (1, 7, 1, 1, 1);
INSERT INTO public.tally_kind VALUES (1, 7, 1, 2, 1);
INSERT INTO public.tally_kind VALUES (1, 8, 0, -1, 2);
INSERT INTO public.tally_kind VALUES (1, 8, 1, 2, 1);
INSERT INTO public.tally_kind VALUES (2, 1, 0, -1, 11);
INSERT INTO public.tally_kind VALUES (2, 1, 1, 0, 3);
INSERT INTO public.tally_kind VALUES (2, 1, 1, 1, 1);
INSERT INTO public.tally_kind VALUES (2, 2, 0, -1, 15);
INSERT INTO public.tally_kind VALUES (2, 2, 1, 0, 1);
INSERT INTO public.tally_kind VALUES (2, 2, 1, 2, 2);
INSERT INTO public.tally_kind VALUES (2, 3, 0, -1, 14);
INSERT INTO public.tally_kind VALUES (2, 3, 1, 0, 1);
INSERT INTO public.tally_kind VALUES (2, 3, 1, 1, 1);
INSERT INTO public.tally_kind VALUES (2, 3, 1, 2, 4);
INSERT INTO public.tally_kind VALUES (2, 4, 0, -1, 21);
INSERT INTO public.tally_kind VALUES (2, 4, 1, 0, 1);
INSERT INTO public.tally_kind VALUES (2, 4, 1, 1, 2);
INSERT INTO public.tally_kind VALUES (2, 4, 1, 2, 2);
INSERT INTO public.tally_kind VALUES (2, 5, 0, -1, 2);
INSERT INTO public.tally_kind VALUES (2, 6, 0, -1, 1);
INSERT INTO public.tally_kind VALUES (2, 6, 1, 1, 1);
INSERT INTO public.tally_kind VALUES (2, 7, 0, -1, 7);
INSERT INTO public.tally_kind VALUES (2, 8, 0, -1, 3);
INSERT INTO public.tally_kind VALUES (2, 8, 1, 2, 1);
INSERT INTO public.tally_kind VALUES (2, 9, 0, -1, 2);
INSERT INTO public.tally_kind VALUES (2, 10, 0, -1, 2);
INSERT INTO public.tally_kind VALUES (3, 1, 1, 0, 1);
INSERT INTO public.tally_kind VALUES (3, 1, 1, 1, 1);
INSERT INTO public.tally_kind VALUES (3, 1, 1, 2, 2);
INSERT INTO public.tally_kind VALUES (3, 2, 0, -1, 1);
INSERT INTO public.tally_kind VALUES (3, 2, 1, 0, 4);
INSERT INTO public.tally_kind VALUES (3, 2, 1, 1, 3);
INSERT INTO public.tally_kind VALUES (3, 2, 1, 2, 3);
INSERT INTO public.tally_kind VALUES (3, 3, 0, -1, 3);
INSERT INTO public.tally_kind VALUES (3, 3, 1, 0, 2);
INSERT INTO public.tally_kind VALUES (3, 3, 1, 1, 3);
INSERT INTO public.tally_kind VALUES (3, 3, 1, 2, 2);
INSERT INTO public.tally_kind VALUES (3, 4, 0, -1, 1);
INSERT INTO public.tally_kind VALUES (3, 4, 1, 0, 4);
INSERT INTO public.tally_kind VALUES (3, 4, 1, 2, 3);
INSERT INTO public.tally_kind VALUES (3, 5, 0, -1, 1);
INSERT INTO public.tally_kind VALUES (3, 5, 1, 0, 3);
INSERT INTO public.tally_kind VALUES (3, 5, 1, 1, 2);
INSERT INTO public.tally_kind VALUES (3, 5, 1, 2, 1);
INSERT INTO public.tally_kind VALUES (3, 6, 1, 0, 1);
INSERT INTO public.tally_kind VALUES (3, 6, 1, 2, 1);
INSERT INTO public.tally_kind VALUES (3, 7, 1, 1, 2);
INSERT INTO public.tally_kind VALUES (3, 7, 1, 2, 1);
INSERT INTO public.tally_kind VALUES (3, 8, 1, 1, 1);
INSERT INTO public.tally_kind VALUES (3, 9, 1, 2, 1);
INSERT INTO public.tally_kind VALUES (3, 10, 0, -1, 1);
INSERT INTO public.tally_kind VALUES (4, 1, 0, -1, 4);
INSERT INTO public.tally_kind VALUES (4, 2, 0, -1, 3);
INSERT INTO public.tally_kind VALUES (4, 2, 1, 2, 1);
INSERT INTO public.tally_kind VALUES (4, 3, 0, -1, 1);
INSERT INTO public.tally_kind VALUES (4, 3, 1, 1, 2);
INSERT INTO public.tally_kind VALUES (4, 3, 1, 2, 1);
INSERT INTO public.tally_kind VALUES (4, 4, 0, -1, 4);
INSERT INTO public.tally_kind VALUES (4, 4, 1, 1, 1);
INSERT INTO public.tally_kind VALUES (4, 4, 1, 2, 1);
INSERT INTO public.tally_kind VALUES (4, 5, 0, -1, 1);
INSERT INTO public.tally_kind VALUES (4, 6, 0, -1, 1);
INSERT INTO public.tally_kind VALUES (4, 6, 1, 1, 1);
INSERT INTO public.tally_kind VALUES (4, 7, 0, -1, 2);
INSERT INTO public.tally_kind VALUES (4, 8, 0, -1, 1);
INSERT INTO public.tally_kind VALUES (4, 8, 1, 0, 1);
INSERT INTO public.tally_kind VALUES (4, 10, 0, -1, 1);
INSERT INTO public.tally_kind VALUES (5, 1, 0, -1, 3);
INSERT INTO public.tally_kind VALUES (5, 1, 1, 1, 2);
INSERT INTO public.tally_kind VALUES (5, 2, 0, -1, 6);
INSERT INTO public.tally_kind VALUES (5, 2, 1, 0, 1);
INSERT INTO public.tally_kind VALUES (5, 2, 1, 1, 1);
INSERT INTO public.tally_kind VALUES (5, 2, 1, 2, 2);
INSERT INTO public.tally_kind VALUES (5, 3, 0, -1, 6);
INSERT INTO public.tally_kind VALUES (5, 3, 1, 0, 3);
INSERT INTO public.tally_kind VALUES (5, 3, 1, 1, 2);
INSERT INTO public.tally_kind VALUES (5, 3, 1, 2, 2);
INSERT INTO public.tally_kind VALUES (5, 4, 0, -1, 6);
INSERT INTO public.tally_kind VALUES (5, 4, 1, 0, 1);
INSERT INTO public.tally_kind VALUES (5, 5, 1, 1, 1);
INSERT INTO public.tally_kind VALUES (5, 6, 0, -1, 6);
INSERT INTO public.tally_kind VALUES (5, 7, 0, -1, 7);
INSERT INTO public.tally_kind VALUES (5, 7, 1, 0, 1);
INSERT INTO public.tally_kind VALUES (5, 10, 0, -1, 2);


--
-- Data for Name: tally_person; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tally_person VALUES (1, 1, 2, 1, '2026-02-28');
INSERT INTO public.tally_person VALUES (2, 1, 3, 1, '2026-02-10');
INSERT INTO public.tally_person VALUES (3, 1, 4, 0, '2026-02-20');
INSERT INTO public.tally_person VALUES (4, 1, 3, 3, '2026-02-26');
INSERT INTO public.tally_person VALUES (5, 1, 2, 2, '2026-02-25');
INSERT INTO public.tally_person VALUES (6, 1, 3, 1, '2026-02-23');
INSERT INTO public.tally_person VALUES (7, 1, 1, 3, '2026-03-01');
INSERT INTO public.tally_person VALUES (8, 1, 2, 2, '2026-03-02');
INSERT INTO public.tally_person VALUES (9, 1, 3, 0, '2026-02-26');
INSERT INTO public.tally_person VALUES (10, 1, 6, 2, '2026-02-28');
INSERT INTO public.tally_person VALUES (11, 1, 3, 1, '2026-02-20');
INSERT INTO public.tally_person VALUES (12, 1, 2, 2, '2026-02-18');
INSERT INTO public.tally_person VALUES (13, 1, 1, 0, '2026-01-21');
INSERT INTO public.tally_person VALUES (14, 1, 1, 0, '2026-02-20');
INSERT INTO public.tally_person VALUES (18, 1, 1, 0, '2026-02-18');
INSERT INTO public.tally_person VALUES (19, 1, 1, 0, '2026-02-10');
INSERT INTO public.tally_person VALUES (23, 1, 1, 0, '2026-01-26');
INSERT INTO public.tally_person VALUES (27, 1, 1, 1, '2026-02-20');
INSERT INTO public.tally_person VALUES (28, 1, 1, 0, '2026-01-17');
INSERT INTO public.tally_person VALUES (29, 1, 1, 0, '2026-02-26');
INSERT INTO public.tally_person VALUES (30, 1, 1, 0, '2026-02-17');
INSERT INTO public.tally_person VALUES (35, 1, 1, 0, '2026-02-04');
INSERT INTO public.tally_person VALUES (37, 1, 0, 2, '2026-02-22');
INSERT INTO public.tally_person VALUES (39, 1, 1, 0, '2026-02-09');
INSERT INTO public.tally_person VALUES (40, 2, 2, 3, '2026-03-01');
INSERT INTO public.tally_person VALUES (41, 2, 5, 1, '2026-03-02');
INSERT INTO public.tally_person VALUES (42, 2, 2, 0, '2026-02-16');
INSERT INTO public.tally_person VALUES (43, 2, 3, 1, '2026-02-20');
INSERT INTO public.tally_person VALUES (44, 2, 11, 1, '2026-02-27');
INSERT INTO public.tally_person VALUES (45, 2, 5, 4, '2026-02-28');
INSERT INTO public.tally_person VALUES (46, 2, 5, 0, '2026-02-20');
INSERT INTO public.tally_person VALUES (47, 2, 6, 1, '2026-02-24');
INSERT INTO public.tally_person VALUES (48, 2, 4, 2, '2026-02-10');
INSERT INTO public.tally_person VALUES (49, 2, 3, 0, '2026-03-01');
INSERT INTO public.tally_person VALUES (50, 2, 8, 1, '2026-02-23');
INSERT INTO public.tally_person VALUES (51, 2, 2, 0, '2026-03-02');
INSERT INTO public.tally_person VALUES (53, 2, 2, 0, '2026-01-29');
INSERT INTO public.tally_person VALUES (54, 2, 1, 0, '2026-02-27');
INSERT INTO public.tally_person VALUES (56, 2, 1, 0, '2026-02-14');
INSERT INTO public.tally_person VALUES (57, 2, 1, 0, '2026-02-06');
INSERT INTO public.tally_person VALUES (58, 2, 1, 1, '2026-02-28');
INSERT INTO public.tally_person VALUES (59, 2, 2, 0, '2026-02-09');
INSERT INTO public.tally_person VALUES (61, 2, 1, 0, '2026-02-25');
INSERT INTO public.tally_person VALUES (63, 2, 1, 0, '2026-02-21');
INSERT INTO public.tally_person VALUES (64, 2, 1, 1, '2026-02-22');
INSERT INTO public.tally_person VALUES (65, 2, 1, 0, '2026-02-15');
INSERT INTO public.tally_person VALUES (68, 2, 3, 1, '2026-02-26');
INSERT INTO public.tally_person VALUES (69, 2, 1, 0, '2026-02-12');
INSERT INTO public.tally_person VALUES (70, 2, 1, 1, '2026-02-17');
INSERT INTO public.tally_person VALUES (71, 2, 1, 0, '2026-02-04');
INSERT INTO public.tally_person VALUES (73, 2, 1, 0, '2026-01-30');
INSERT INTO public.tally_person VALUES (74, 2, 0, 1, '2026-02-12');
INSERT INTO public.tally_person VALUES (75, 2, 1, 0, '2026-01-28');
INSERT INTO public.tally_person VALUES (77, 2, 0, 1, '2026-01-24');
INSERT INTO public.tally_person VALUES (78, 2, 1, 0, '2026-01-23');
INSERT INTO public.tally_person VALUES (79, 2, 1, 0, '2026-02-28');
INSERT INTO public.tally_person VALUES (81, 3, 0, 5, '2026-02-17');
INSERT INTO public.tally_person VALUES (82, 3, 2, 3, '2026-02-25');
INSERT INTO public.tally_person VALUES (83, 3, 0, 2, '2026-02-17');
INSERT INTO public.tally_person VALUES (84, 3, 1, 1, '2026-02-18');
INSERT INTO public.tally_person VALUES (85, 3, 0, 2, '2026-02-06');
INSERT INTO public.tally_person VALUES (86, 3, 1, 2, '2026-02-11');
INSERT INTO public.tally_person VALUES (87, 3, 0, 3, '2026-02-19');
INSERT INTO public.tally_person VALUES (88, 3, 0, 1, '2026-01-29');
INSERT INTO public.tally_person VALUES (89, 3, 0, 3, '2026-02-23');
INSERT INTO public.tally_person VALUES (90, 3, 1, 1, '2026-02-24');
INSERT INTO public.tally_person VALUES (91, 3, 0, 2, '2026-02-24');
INSERT INTO public.tally_person VALUES (92, 3, 1, 4, '2026-02-27');
INSERT INTO public.tally_person VALUES (95, 3, 0, 1, '2026-02-11');
INSERT INTO public.tally_person VALUES (96, 3, 0, 1, '2026-02-07');
INSERT INTO public.tally_person VALUES (97, 3, 0, 1, '2026-02-28');
INSERT INTO public.tally_person VALUES (98, 3, 0, 1, '2026-02-14');
INSERT INTO public.tally_person VALUES (99, 3, 1, 0, '2026-02-07');
INSERT INTO public.tally_person VALUES (103, 3, 0, 2, '2026-02-26');
INSERT INTO public.tally_person VALUES (104, 3, 0, 1, '2026-02-12');
INSERT INTO public.tally_person VALUES (107, 3, 0, 1, '2026-02-03');
INSERT INTO public.tally_person VALUES (109, 3, 0, 1, '2026-01-24');
INSERT INTO public.tally_person VALUES (110, 3, 0, 1, '2026-01-22');
INSERT INTO public.tally_person VALUES (112, 3, 0, 1, '2026-01-19');
INSERT INTO public.tally_person VALUES (119, 3, 0, 1, '2026-03-02');
INSERT INTO public.tally_person VALUES (120, 4, 2, 1, '2026-02-08');
INSERT INTO public.tally_person VALUES (121, 4, 2, 1, '2026-02-02');
INSERT INTO public.tally_person VALUES (124, 4, 1, 0, '2026-01-22');
INSERT INTO public.tally_person VALUES (125, 4, 1, 0, '2026-01-29');
INSERT INTO public.tally_person VALUES (126, 4, 3, 1, '2026-01-28');
INSERT INTO public.tally_person VALUES (128, 4, 1, 0, '2026-01-29');
INSERT INTO public.tally_person VALUES (129, 4, 2, 0, '2026-01-20');
INSERT INTO public.tally_person VALUES (131, 4, 1, 2, '2026-02-03');
INSERT INTO public.tally_person VALUES (134, 4, 1, 0, '2026-01-31');
INSERT INTO public.tally_person VALUES (136, 4, 1, 2, '2026-02-26');
INSERT INTO public.tally_person VALUES (137, 4, 1, 0, '2026-01-30');
INSERT INTO public.tally_person VALUES (138, 4, 0, 1, '2026-02-02');
INSERT INTO public.tally_person VALUES (151, 4, 1, 0, '2026-01-19');
INSERT INTO public.tally_person VALUES (158, 4, 1, 0, '2026-02-06');
INSERT INTO public.tally_person VALUES (161, 5, 5, 1, '2026-03-02');
INSERT INTO public.tally_person VALUES (162, 5, 3, 1, '2026-03-02');
INSERT INTO public.tally_person VALUES (163, 5, 4, 2, '2026-02-25');
INSERT INTO public.tally_person VALUES (164, 5, 1, 1, '2026-02-25');
INSERT INTO public.tally_person VALUES (165, 5, 2, 2, '2026-02-28');
INSERT INTO public.tally_person VALUES (166, 5, 3, 0, '2026-02-28');
INSERT INTO public.tally_person VALUES (167, 5, 1, 0, '2026-02-21');
INSERT INTO public.tally_person VALUES (168, 5, 2, 1, '2026-02-14');
INSERT INTO public.tally_person VALUES (169, 5, 1, 0, '2026-01-20');
INSERT INTO public.tally_person VALUES (170, 5, 2, 0, '2026-02-21');
INSERT INTO public.tally_person VALUES (171, 5, 1, 0, '2026-02-15');
INSERT INTO public.tally_person VALUES (172, 5, 1, 0, '2026-02-10');
INSERT INTO public.tally_person VALUES (174, 5, 0, 1, '2026-02-07');
INSERT INTO public.tally_person VALUES (175, 5, 2, 0, '2026-03-02');
INSERT INTO public.tally_person VALUES (178, 5, 1, 0, '2026-03-01');
INSERT INTO public.tally_person VALUES (179, 5, 0, 1, '2026-02-08');
INSERT INTO public.tally_person VALUES (185, 5, 1, 0, '2026-02-22');
INSERT INTO public.tally_person VALUES (187, 5, 1, 1, '2026-02-24');
INSERT INTO public.tally_person VALUES (188, 5, 1, 1, '2026-02-23');
INSERT INTO public.tally_person VALUES (189, 5, 0, 1, '2026-03-01');
INSERT INTO public.tally_person VALUES (192, 5, 1, 1, '2026-02-17');
INSERT INTO public.tally_person VALUES (194, 5, 2, 1, '2026-02-16');
INSERT INTO public.tally_person VALUES (197, 5, 1, 0, '2026-02-01');
INSERT INTO public.tally_person VALUES (199, 5, 0, 1, '2026-02-02');


--
-- Name: channel_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.channel_id_seq', 11, false);


--
-- Name: circle_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.circle_id_seq', 2, false);


--
-- Name: closeness_change_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.closeness_change_id_seq', 251, false);


--
-- Name: commitment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.commitment_id_seq', 36, false);


--
-- Name: contribution_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.contribution_id_seq', 291, false);


--
-- Name: contribution_kind_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.contribution_kind_id_seq', 11, false);


--
-- Name: goal_revision_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.goal_revision_id_seq', 7, false);


--
-- Name: meeting_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.meeting_id_seq', 13, false);


--
-- Name: member_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.member_id_seq', 6, false);


--
-- Name: person_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.person_id_seq', 201, false);


--
-- Name: attendance attendance_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance
    ADD CONSTRAINT attendance_pkey PRIMARY KEY (meeting_id, member_id);


--
-- Name: channel channel_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.channel
    ADD CONSTRAINT channel_code_key UNIQUE (code);


--
-- Name: channel channel_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.channel
    ADD CONSTRAINT channel_name_key UNIQUE (name);


--
-- Name: channel channel_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.channel
    ADD CONSTRAINT channel_pkey PRIMARY KEY (id);


--
-- Name: circle circle_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.circle
    ADD CONSTRAINT circle_pkey PRIMARY KEY (id);


--
-- Name: circle_plan circle_plan_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.circle_plan
    ADD CONSTRAINT circle_plan_pkey PRIMARY KEY (circle_id);


--
-- Name: closeness_change closeness_change_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.closeness_change
    ADD CONSTRAINT closeness_change_pkey PRIMARY KEY (id);


--
-- Name: commitment commitment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.commitment
    ADD CONSTRAINT commitment_pkey PRIMARY KEY (id);


--
-- Name: contribution_kind contribution_kind_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contribution_kind
    ADD CONSTRAINT contribution_kind_code_key UNIQUE (code);


--
-- Name: contribution_kind contribution_kind_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contribution_kind
    ADD CONSTRAINT contribution_kind_name_key UNIQUE (name);


--
-- Name: contribution_kind contribution_kind_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contribution_kind
    ADD CONSTRAINT contribution_kind_pkey PRIMARY KEY (id);


--
-- Name: contribution contribution_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contribution
    ADD CONSTRAINT contribution_pkey PRIMARY KEY (id);


--
-- Name: exercise_done exercise_done_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.exercise_done
    ADD CONSTRAINT exercise_done_pkey PRIMARY KEY (meeting_id, member_id, "position");


--
-- Name: goal_revision goal_revision_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.goal_revision
    ADD CONSTRAINT goal_revision_pkey PRIMARY KEY (id);


--
-- Name: keep_in_touch_default keep_in_touch_default_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.keep_in_touch_default
    ADD CONSTRAINT keep_in_touch_default_pkey PRIMARY KEY (closeness);


--
-- Name: meeting meeting_circle_id_week_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting
    ADD CONSTRAINT meeting_circle_id_week_key UNIQUE (circle_id, week);


--
-- Name: meeting meeting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting
    ADD CONSTRAINT meeting_pkey PRIMARY KEY (id);


--
-- Name: member member_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member
    ADD CONSTRAINT member_pkey PRIMARY KEY (id);


--
-- Name: person person_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_pkey PRIMARY KEY (id);


--
-- Name: reported_round reported_round_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reported_round
    ADD CONSTRAINT reported_round_pkey PRIMARY KEY (member_id, week);


--
-- Name: round_note round_note_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_note
    ADD CONSTRAINT round_note_pkey PRIMARY KEY (meeting_id, member_id);


--
-- Name: share_setting share_setting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.share_setting
    ADD CONSTRAINT share_setting_pkey PRIMARY KEY (circle_id);


--
-- Name: tally_channel tally_channel_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tally_channel
    ADD CONSTRAINT tally_channel_pkey PRIMARY KEY (member_id, channel_id, direction);


--
-- Name: tally_closeness_level tally_closeness_level_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tally_closeness_level
    ADD CONSTRAINT tally_closeness_level_pkey PRIMARY KEY (member_id, level);


--
-- Name: tally_closeness_mover tally_closeness_mover_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tally_closeness_mover
    ADD CONSTRAINT tally_closeness_mover_pkey PRIMARY KEY (person_id);


--
-- Name: tally_closeness_person tally_closeness_person_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tally_closeness_person
    ADD CONSTRAINT tally_closeness_person_pkey PRIMARY KEY (person_id, day, level);


--
-- Name: tally_closeness tally_closeness_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tally_closeness
    ADD CONSTRAINT tally_closeness_pkey PRIMARY KEY (member_id, day, level);


--
-- Name: tally_day tally_day_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tally_day
    ADD CONSTRAINT tally_day_pkey PRIMARY KEY (member_id, happened_on, direction);


--
-- Name: tally_kind tally_kind_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tally_kind
    ADD CONSTRAINT tally_kind_pkey PRIMARY KEY (member_id, kind_id, direction, brought);


--
-- Name: tally_person tally_person_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tally_person
    ADD CONSTRAINT tally_person_pkey PRIMARY KEY (person_id);


--
-- Name: circle_uid; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX circle_uid ON public.circle USING btree (uid);


--
-- Name: closeness_change_person; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX closeness_change_person ON public.closeness_change USING btree (person_id, changed_on);


--
-- Name: commitment_member; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX commitment_member ON public.commitment USING btree (member_id, due_week);


--
-- Name: contribution_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contribution_date ON public.contribution USING btree (happened_on);


--
-- Name: contribution_person_covering; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contribution_person_covering ON public.contribution USING btree (person_id, direction, happened_on, kind_id, channel_id, brought);


--
-- Name: contribution_person_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contribution_person_date ON public.contribution USING btree (person_id, happened_on, id);


--
-- Name: exercise_done_member; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX exercise_done_member ON public.exercise_done USING btree (member_id);


--
-- Name: goal_revision_member; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX goal_revision_member ON public.goal_revision USING btree (member_id, revised_at);


--
-- Name: member_circle; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX member_circle ON public.member USING btree (circle_id, "position");


--
-- Name: member_one_me; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX member_one_me ON public.member USING btree (circle_id) WHERE (is_me = 1);


--
-- Name: member_uid; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX member_uid ON public.member USING btree (uid);


--
-- Name: person_email; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_email ON public.person USING btree (member_id, email COLLATE public.nocase) WHERE (email <> ''::text);


--
-- Name: person_introduced_by; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_introduced_by ON public.person USING btree (introduced_by);


--
-- Name: person_member_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_member_name ON public.person USING btree (member_id, name COLLATE public.nocase);


--
-- Name: tally_closeness_mover_member; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tally_closeness_mover_member ON public.tally_closeness_mover USING btree (member_id, person_id);


--
-- Name: tally_person_balance; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tally_person_balance ON public.tally_person USING btree (member_id, ((given - received)));


--
-- Name: tally_person_member; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tally_person_member ON public.tally_person USING btree (member_id);


--
-- Name: closeness_change closeness_tally_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER closeness_tally_delete AFTER DELETE ON public.closeness_change REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.closeness_tally_delete();


--
-- Name: closeness_change closeness_tally_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER closeness_tally_insert AFTER INSERT ON public.closeness_change REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.closeness_tally_insert();


--
-- Name: closeness_change closeness_tally_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER closeness_tally_update AFTER UPDATE ON public.closeness_change REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.closeness_tally_update();


--
-- Name: contribution contribution_tally_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER contribution_tally_delete AFTER DELETE ON public.contribution REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.tally_contribution_delete();


--
-- Name: contribution contribution_tally_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER contribution_tally_insert AFTER INSERT ON public.contribution REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.tally_contribution_insert();


--
-- Name: contribution contribution_tally_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER contribution_tally_truncate AFTER TRUNCATE ON public.contribution FOR EACH STATEMENT EXECUTE FUNCTION public.tally_contribution_truncate();


--
-- Name: contribution contribution_tally_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER contribution_tally_update AFTER UPDATE ON public.contribution REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.tally_contribution_update();


--
-- Name: person person_closeness_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER person_closeness_delete AFTER DELETE ON public.person REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.person_closeness_delete();


--
-- Name: person person_closeness_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER person_closeness_insert AFTER INSERT ON public.person REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.person_closeness_insert();


--
-- Name: person person_closeness_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER person_closeness_update AFTER UPDATE ON public.person REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.person_closeness_update();


--
-- Name: person person_tally_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER person_tally_delete BEFORE DELETE ON public.person FOR EACH ROW EXECUTE FUNCTION public.tally_person_delete();


--
-- Name: attendance attendance_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance
    ADD CONSTRAINT attendance_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meeting(id) ON DELETE CASCADE DEFERRABLE;


--
-- Name: attendance attendance_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance
    ADD CONSTRAINT attendance_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.member(id) ON DELETE CASCADE DEFERRABLE;


--
-- Name: circle circle_facilitator_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.circle
    ADD CONSTRAINT circle_facilitator_id_fkey FOREIGN KEY (facilitator_id) REFERENCES public.member(id) ON DELETE SET NULL DEFERRABLE;


--
-- Name: circle_plan circle_plan_circle_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.circle_plan
    ADD CONSTRAINT circle_plan_circle_id_fkey FOREIGN KEY (circle_id) REFERENCES public.circle(id) ON DELETE CASCADE DEFERRABLE;


--
-- Name: closeness_change closeness_change_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.closeness_change
    ADD CONSTRAINT closeness_change_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id) ON DELETE CASCADE DEFERRABLE;


--
-- Name: commitment commitment_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.commitment
    ADD CONSTRAINT commitment_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.member(id) ON DELETE CASCADE DEFERRABLE;


--
-- Name: contribution contribution_channel_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contribution
    ADD CONSTRAINT contribution_channel_id_fkey FOREIGN KEY (channel_id) REFERENCES public.channel(id) DEFERRABLE;


--
-- Name: contribution contribution_kind_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contribution
    ADD CONSTRAINT contribution_kind_id_fkey FOREIGN KEY (kind_id) REFERENCES public.contribution_kind(id) DEFERRABLE;


--
-- Name: contribution contribution_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contribution
    ADD CONSTRAINT contribution_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id) ON DELETE CASCADE DEFERRABLE;


--
-- Name: exercise_done exercise_done_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.exercise_done
    ADD CONSTRAINT exercise_done_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meeting(id) ON DELETE CASCADE DEFERRABLE;


--
-- Name: exercise_done exercise_done_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.exercise_done
    ADD CONSTRAINT exercise_done_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.member(id) ON DELETE CASCADE DEFERRABLE;


--
-- Name: goal_revision goal_revision_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.goal_revision
    ADD CONSTRAINT goal_revision_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.member(id) ON DELETE CASCADE DEFERRABLE;


--
-- Name: meeting meeting_circle_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting
    ADD CONSTRAINT meeting_circle_id_fkey FOREIGN KEY (circle_id) REFERENCES public.circle(id) ON DELETE CASCADE DEFERRABLE;


--
-- Name: member member_circle_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member
    ADD CONSTRAINT member_circle_id_fkey FOREIGN KEY (circle_id) REFERENCES public.circle(id) ON DELETE CASCADE DEFERRABLE;


--
-- Name: person person_introduced_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_introduced_by_fkey FOREIGN KEY (introduced_by) REFERENCES public.person(id) ON DELETE SET NULL DEFERRABLE;


--
-- Name: person person_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.member(id) ON DELETE CASCADE DEFERRABLE;


--
-- Name: reported_round reported_round_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reported_round
    ADD CONSTRAINT reported_round_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.member(id) ON DELETE CASCADE DEFERRABLE;


--
-- Name: round_note round_note_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_note
    ADD CONSTRAINT round_note_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meeting(id) ON DELETE CASCADE DEFERRABLE;


--
-- Name: round_note round_note_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_note
    ADD CONSTRAINT round_note_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.member(id) ON DELETE CASCADE DEFERRABLE;


--
-- Name: share_setting share_setting_circle_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.share_setting
    ADD CONSTRAINT share_setting_circle_id_fkey FOREIGN KEY (circle_id) REFERENCES public.circle(id) ON DELETE CASCADE DEFERRABLE;


--
-- PostgreSQL database dump complete
--


