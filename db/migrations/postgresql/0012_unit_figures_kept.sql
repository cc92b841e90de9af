-- Version 12: per-unit summaries kept, not counted on every ask (as ../0012_unit_figures_kept.sql): an
-- as-of day with its rules is counted once, by duban_unit_figures(), and the statement triggers below move
-- its per-unit figures by every change of the links' figures, whatever writes them. A bulk COPY of links
-- calls the trigger function once, with the rows it wrote as a transition table.
-- Both functions are SECURITY DEFINER and count every link: the kept figures are the whole office's. A
-- liaison, whose row-level security shows it only its unit's tasks, counts those itself
-- (Repository::unitSummaries), and may not call duban_unit_figures() nor read the tables
-- (db/server/roles.sql grants them to office and leader only).

CREATE TABLE unit_figure_days (
    id BIGSERIAL PRIMARY KEY,
    as_of INTEGER NOT NULL,       -- day number (days since 1970-01-01)
    soon_until INTEGER NOT NULL,  -- as_of + dueSoonDays
    by_original BOOLEAN NOT NULL, -- deadlines judged 按原定时间 (fig_original)
    tolerance INTEGER NOT NULL,   -- pace tolerance, percentage points
    UNIQUE (as_of, soon_until, by_original, tolerance)
);

CREATE TABLE unit_figures (
    day_id BIGINT NOT NULL REFERENCES unit_figure_days(id) ON DELETE CASCADE,
    unit_id BIGINT NOT NULL,
    total INTEGER NOT NULL,
    not_started INTEGER NOT NULL,
    in_progress INTEGER NOT NULL,
    done INTEGER NOT NULL,
    suspended INTEGER NOT NULL,
    overdue INTEGER NOT NULL,
    soon INTEGER NOT NULL,
    behind INTEGER NOT NULL,
    PRIMARY KEY (day_id, unit_id)
);

-- Adds the signed figures of the links a statement wrote (+1 each new row, -1 each old) to every kept day,
-- in (day, unit) order so that two writers lock the rows they share in the same order.
CREATE FUNCTION duban_keep_unit_figures() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM unit_figure_days) THEN
        RETURN NULL;
    END IF;
    EXECUTE format($q$
        INSERT INTO unit_figures AS f (day_id, unit_id, total, not_started, in_progress, done, suspended,
                                       overdue, soon, behind)
        SELECT * FROM (
            SELECT day_id, unit_id, sum(sign), sum(sign * (state = 1)::int), sum(sign * (state = 2)::int),
                   sum(sign * (state = 3)::int), sum(sign * (state = 4)::int),
                   sum(sign * (CASE WHEN state IN (1, 2) AND dl < as_of THEN 1 ELSE 0 END)),
                   sum(sign * (CASE WHEN state IN (1, 2) AND dl >= as_of AND dl <= soon_until THEN 1 ELSE 0 END)),
                   sum(sign * (CASE WHEN state IN (1, 2) AND dl >= start AND dl >= as_of AND percent < (
                                        CASE WHEN as_of <= start THEN 0 WHEN as_of >= dl THEN 100
                                             ELSE (as_of - start) * 100 / (dl - start) END) - tolerance
                                    THEN 1 ELSE 0 END))
            FROM (SELECT k.id AS day_id, k.as_of, k.soon_until, k.tolerance, x.*,
                         CASE WHEN k.by_original THEN x.original ELSE x.deadline END AS dl
                  FROM (%s) x CROSS JOIN unit_figure_days k WHERE x.state > 0) y
            GROUP BY day_id, unit_id) s (day_id, unit_id, total, not_started, in_progress, done, suspended,
                                         overdue, soon, behind)
        WHERE (total, not_started, in_progress, done, suspended, overdue, soon, behind)
              <> (0, 0, 0, 0, 0, 0, 0, 0)
        ORDER BY day_id, unit_id
        ON CONFLICT (day_id, unit_id) DO UPDATE SET
            total = f.total + excluded.total, not_started = f.not_started + excluded.not_started,
            in_progress = f.in_progress + excluded.in_progress, done = f.done + excluded.done,
            suspended = f.suspended + excluded.suspended, overdue = f.overdue + excluded.overdue,
            soon = f.soon + excluded.soon, behind = f.behind + excluded.behind$q$,
        CASE TG_OP
            WHEN 'INSERT' THEN 'SELECT 1 AS sign, unit_id, fig_state AS state, fig_percent AS percent, fig_start AS start, fig_deadline AS deadline, fig_original AS original FROM added'
            WHEN 'DELETE' THEN 'SELECT -1 AS sign, unit_id, fig_state AS state, fig_percent AS percent, fig_start AS start, fig_deadline AS deadline, fig_original AS original FROM removed'
            ELSE 'SELECT 1 AS sign, unit_id, fig_state AS state, fig_percent AS percent, fig_start AS start, fig_deadline AS deadline, fig_original AS original FROM added UNION ALL SELECT -1 AS sign, unit_id, fig_state AS state, fig_percent AS percent, fig_start AS start, fig_deadline AS deadline, fig_original AS original FROM removed'
        END);
    RETURN NULL;
END
$$;
CREATE TRIGGER task_units_kept_insert AFTER INSERT ON task_units REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION duban_keep_unit_figures();
CREATE TRIGGER task_units_kept_delete AFTER DELETE ON task_units REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION duban_keep_unit_figures();
CREATE TRIGGER task_units_kept_update AFTER UPDATE ON task_units
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION duban_keep_unit_figures();

-- The figures of one as-of day and rule set, counted first if no day kept them yet; the eight days counted
-- last are kept. No link may change while a day is counted: a change committed after the count whose
-- trigger ran before the day existed would be lost. Writers hold ROW EXCLUSIVE on task_units; SHARE ROW
-- EXCLUSIVE waits for them and holds new ones off until the caller's statement ends, and two sessions
-- never count at once.
CREATE FUNCTION duban_unit_figures(p_as_of INTEGER, p_soon_until INTEGER, p_by_original BOOLEAN,
                                   p_tolerance INTEGER)
RETURNS TABLE (unit_id BIGINT, name TEXT, total INTEGER, not_started INTEGER, in_progress INTEGER,
               done INTEGER, suspended INTEGER, overdue INTEGER, soon INTEGER, behind INTEGER)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_day BIGINT;
BEGIN
    SELECT d.id INTO v_day FROM unit_figure_days d
     WHERE d.as_of = p_as_of AND d.soon_until = p_soon_until AND d.by_original = p_by_original
       AND d.tolerance = p_tolerance;
    IF v_day IS NULL THEN
        LOCK TABLE task_units IN SHARE ROW EXCLUSIVE MODE;
        SELECT d.id INTO v_day FROM unit_figure_days d
         WHERE d.as_of = p_as_of AND d.soon_until = p_soon_until AND d.by_original = p_by_original
           AND d.tolerance = p_tolerance;
    END IF;
    IF v_day IS NULL THEN
        INSERT INTO unit_figure_days (as_of, soon_until, by_original, tolerance)
        VALUES (p_as_of, p_soon_until, p_by_original, p_tolerance) RETURNING id INTO v_day;
        INSERT INTO unit_figures (day_id, unit_id, total, not_started, in_progress, done, suspended,
                                  overdue, soon, behind)
        SELECT v_day, g.unit_id, sum(g.n), COALESCE(sum(g.n) FILTER (WHERE g.state = 1), 0),
               COALESCE(sum(g.n) FILTER (WHERE g.state = 2), 0), COALESCE(sum(g.n) FILTER (WHERE g.state = 3), 0),
               COALESCE(sum(g.n) FILTER (WHERE g.state = 4), 0),
               COALESCE(sum(g.overdue) FILTER (WHERE g.state IN (1, 2)), 0),
               COALESCE(sum(g.soon) FILTER (WHERE g.state IN (1, 2)), 0),
               COALESCE(sum(g.behind) FILTER (WHERE g.state IN (1, 2)), 0)
        FROM (SELECT l.unit_id, l.state, count(*) AS n,
                     count(*) FILTER (WHERE l.dl < p_as_of) AS overdue,
                     count(*) FILTER (WHERE l.dl >= p_as_of AND l.dl <= p_soon_until) AS soon,
                     count(*) FILTER (WHERE l.dl >= l.start AND l.dl >= p_as_of AND l.percent < (
                                          CASE WHEN p_as_of <= l.start THEN 0 WHEN p_as_of >= l.dl THEN 100
                                               ELSE (p_as_of - l.start) * 100 / (l.dl - l.start) END)
                                          - p_tolerance) AS behind
              FROM (SELECT tu.unit_id, tu.fig_state AS state, tu.fig_percent AS percent, tu.fig_start AS start,
                           CASE WHEN p_by_original THEN tu.fig_original ELSE tu.fig_deadline END AS dl
                    FROM task_units tu WHERE tu.fig_state > 0) l
              GROUP BY l.unit_id, l.state) g
        GROUP BY g.unit_id;
        DELETE FROM unit_figure_days
         WHERE id IN (SELECT d.id FROM unit_figure_days d ORDER BY d.id DESC OFFSET 8);
    END IF;
    RETURN QUERY
        SELECT u.id, u.name, f.total, f.not_started, f.in_progress, f.done, f.suspended, f.overdue, f.soon,
               f.behind
          FROM unit_figures f JOIN units u ON u.id = f.unit_id
         WHERE f.day_id = v_day AND f.total > 0
         ORDER BY f.overdue DESC, f.soon DESC, u.name;
END
$$;
REVOKE ALL ON FUNCTION duban_unit_figures(INTEGER, INTEGER, BOOLEAN, INTEGER) FROM PUBLIC;
REVOKE ALL ON FUNCTION duban_keep_unit_figures() FROM PUBLIC;
DO $$
BEGIN
    -- A server set up before this version: its office and leaders may count (roles.sql grants it anew).
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'duban_office') THEN
        GRANT EXECUTE ON FUNCTION duban_unit_figures(INTEGER, INTEGER, BOOLEAN, INTEGER)
            TO duban_office, duban_leader;
        GRANT SELECT ON unit_figure_days TO duban_office, duban_leader;
    END IF;
END
$$;
