-- Version 12: per-unit summaries kept, not counted on every ask. Counting the figures of 250,000 links
-- (100,000 tasks) took 50–60 ms, and no query over every link can take much less: SQLite needs 29 ms only
-- to step through that many index entries. An as-of day with its rules is counted once
-- (Repository::unitSummaries, under the write lock); from then on the triggers below move its per-unit
-- figures by each change of a link's figures, whatever writes it, raw SQL included. A summary then reads
-- one row per unit. The repository keeps the eight days asked for last.
-- The figures as in Repository::unitSummaries: a link counts when fig_state > 0 (not retired); overdue,
-- soon and behind only while open (fig_state 1 or 2), against the deadline the day's rules judge by.

CREATE TABLE unit_figure_days (
    id INTEGER PRIMARY KEY,
    as_of INTEGER NOT NULL,       -- day number (days since 1970-01-01)
    soon_until INTEGER NOT NULL,  -- as_of + dueSoonDays
    by_original INTEGER NOT NULL, -- 1: deadlines judged 按原定时间 (fig_original)
    tolerance INTEGER NOT NULL,   -- pace tolerance, percentage points
    UNIQUE (as_of, soon_until, by_original, tolerance)
);

CREATE TABLE unit_figures (
    day_id INTEGER NOT NULL REFERENCES unit_figure_days(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL,
    total INTEGER NOT NULL,
    not_started INTEGER NOT NULL,
    in_progress INTEGER NOT NULL,
    done INTEGER NOT NULL,
    suspended INTEGER NOT NULL,
    overdue INTEGER NOT NULL,
    soon INTEGER NOT NULL,
    behind INTEGER NOT NULL,
    PRIMARY KEY (day_id, unit_id)
) WITHOUT ROWID;

-- Each trigger adds the signed figures of the links it sees (+1 the new row, -1 the old) to every kept
-- day; with no day kept (a bulk import clears them) the WHEN clause alone runs, a third of the cost. "WHERE true": SQLite's UPSERT after INSERT … SELECT needs a WHERE to parse.
CREATE TRIGGER task_units_kept_insert AFTER INSERT ON task_units WHEN NEW.fig_state > 0 AND EXISTS (SELECT 1 FROM unit_figure_days) BEGIN
    INSERT INTO unit_figures (day_id, unit_id, total, not_started, in_progress, done, suspended,
                              overdue, soon, behind)
    SELECT day_id, unit_id, sign, sign * (state = 1), sign * (state = 2), sign * (state = 3),
           sign * (state = 4),
           sign * (CASE WHEN state IN (1, 2) AND dl < as_of THEN 1 ELSE 0 END),
           sign * (CASE WHEN state IN (1, 2) AND dl >= as_of AND dl <= soon_until THEN 1 ELSE 0 END),
           sign * (CASE WHEN state IN (1, 2) AND dl >= start AND dl >= as_of AND percent < (
                            CASE WHEN as_of <= start THEN 0 WHEN as_of >= dl THEN 100
                                 ELSE (as_of - start) * 100 / (dl - start) END) - tolerance
                        THEN 1 ELSE 0 END)
    FROM (SELECT k.id AS day_id, k.as_of, k.soon_until, k.tolerance, x.*,
                 CASE WHEN k.by_original = 1 THEN x.original ELSE x.deadline END AS dl
          FROM (SELECT 1 AS sign, NEW.unit_id AS unit_id, NEW.fig_state AS state, NEW.fig_percent AS percent,
                NEW.fig_start AS start, NEW.fig_deadline AS deadline, NEW.fig_original AS original) x, unit_figure_days k WHERE x.state > 0)
    WHERE true
    ON CONFLICT (day_id, unit_id) DO UPDATE SET
        total = total + excluded.total, not_started = not_started + excluded.not_started,
        in_progress = in_progress + excluded.in_progress, done = done + excluded.done,
        suspended = suspended + excluded.suspended, overdue = overdue + excluded.overdue,
        soon = soon + excluded.soon, behind = behind + excluded.behind;
END;

CREATE TRIGGER task_units_kept_delete AFTER DELETE ON task_units WHEN OLD.fig_state > 0 AND EXISTS (SELECT 1 FROM unit_figure_days) BEGIN
    INSERT INTO unit_figures (day_id, unit_id, total, not_started, in_progress, done, suspended,
                              overdue, soon, behind)
    SELECT day_id, unit_id, sign, sign * (state = 1), sign * (state = 2), sign * (state = 3),
           sign * (state = 4),
           sign * (CASE WHEN state IN (1, 2) AND dl < as_of THEN 1 ELSE 0 END),
           sign * (CASE WHEN state IN (1, 2) AND dl >= as_of AND dl <= soon_until THEN 1 ELSE 0 END),
           sign * (CASE WHEN state IN (1, 2) AND dl >= start AND dl >= as_of AND percent < (
                            CASE WHEN as_of <= start THEN 0 WHEN as_of >= dl THEN 100
                                 ELSE (as_of - start) * 100 / (dl - start) END) - tolerance
                        THEN 1 ELSE 0 END)
    FROM (SELECT k.id AS day_id, k.as_of, k.soon_until, k.tolerance, x.*,
                 CASE WHEN k.by_original = 1 THEN x.original ELSE x.deadline END AS dl
          FROM (SELECT -1 AS sign, OLD.unit_id AS unit_id, OLD.fig_state AS state, OLD.fig_percent AS percent,
                OLD.fig_start AS start, OLD.fig_deadline AS deadline, OLD.fig_original AS original) x, unit_figure_days k WHERE x.state > 0)
    WHERE true
    ON CONFLICT (day_id, unit_id) DO UPDATE SET
        total = total + excluded.total, not_started = not_started + excluded.not_started,
        in_progress = in_progress + excluded.in_progress, done = done + excluded.done,
        suspended = suspended + excluded.suspended, overdue = overdue + excluded.overdue,
        soon = soon + excluded.soon, behind = behind + excluded.behind;
END;

CREATE TRIGGER task_units_kept_update
AFTER UPDATE OF unit_id, fig_state, fig_percent, fig_deadline, fig_original, fig_start ON task_units
WHEN EXISTS (SELECT 1 FROM unit_figure_days) AND (NEW.unit_id IS NOT OLD.unit_id OR NEW.fig_state IS NOT OLD.fig_state
     OR NEW.fig_percent IS NOT OLD.fig_percent OR NEW.fig_deadline IS NOT OLD.fig_deadline
     OR NEW.fig_original IS NOT OLD.fig_original OR NEW.fig_start IS NOT OLD.fig_start) BEGIN
    INSERT INTO unit_figures (day_id, unit_id, total, not_started, in_progress, done, suspended,
                              overdue, soon, behind)
    SELECT day_id, unit_id, sign, sign * (state = 1), sign * (state = 2), sign * (state = 3),
           sign * (state = 4),
           sign * (CASE WHEN state IN (1, 2) AND dl < as_of THEN 1 ELSE 0 END),
           sign * (CASE WHEN state IN (1, 2) AND dl >= as_of AND dl <= soon_until THEN 1 ELSE 0 END),
           sign * (CASE WHEN state IN (1, 2) AND dl >= start AND dl >= as_of AND percent < (
                            CASE WHEN as_of <= start THEN 0 WHEN as_of >= dl THEN 100
                                 ELSE (as_of - start) * 100 / (dl - start) END) - tolerance
                        THEN 1 ELSE 0 END)
    FROM (SELECT k.id AS day_id, k.as_of, k.soon_until, k.tolerance, x.*,
                 CASE WHEN k.by_original = 1 THEN x.original ELSE x.deadline END AS dl
          FROM (SELECT -1 AS sign, OLD.unit_id AS unit_id, OLD.fig_state AS state, OLD.fig_percent AS percent,
                OLD.fig_start AS start, OLD.fig_deadline AS deadline, OLD.fig_original AS original
          UNION ALL SELECT 1, NEW.unit_id, NEW.fig_state, NEW.fig_percent,
                NEW.fig_start, NEW.fig_deadline, NEW.fig_original) x, unit_figure_days k WHERE x.state > 0)
    WHERE true
    ON CONFLICT (day_id, unit_id) DO UPDATE SET
        total = total + excluded.total, not_started = not_started + excluded.not_started,
        in_progress = in_progress + excluded.in_progress, done = done + excluded.done,
        suspended = suspended + excluded.suspended, overdue = overdue + excluded.overdue,
        soon = soon + excluded.soon, behind = behind + excluded.behind;
END;
