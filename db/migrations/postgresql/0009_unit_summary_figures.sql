-- Version 9: per-unit summaries read task_units alone (as ../0009_unit_summary_figures.sql): each link
-- carries its task's summary figures, dates as days since 1970-01-01, under a covering index in unit order.
-- fig_state: 0 retired, 1 not_started, 2 in_progress, 3 done, 4 suspended; NULL = not filled in yet.
-- The trigger functions are SECURITY DEFINER: a liaison changing its task's status or percent may not
-- write task_units, yet the figures must follow; row-level security on task_units (db/server/roles.sql)
-- still lets a liaison's summary count only the tasks it sees. The importer writes the figures of the
-- tasks it adds, so a bulk import calls no trigger function per link (the WHEN clauses skip it).

ALTER TABLE task_units ADD COLUMN fig_state INTEGER;
ALTER TABLE task_units ADD COLUMN fig_percent INTEGER;
ALTER TABLE task_units ADD COLUMN fig_deadline INTEGER;
ALTER TABLE task_units ADD COLUMN fig_original INTEGER;
ALTER TABLE task_units ADD COLUMN fig_start INTEGER;

UPDATE task_units tu SET
    fig_state = CASE WHEN t.retired_at IS NOT NULL THEN 0 WHEN t.status = 'not_started' THEN 1
                     WHEN t.status = 'in_progress' THEN 2 WHEN t.status = 'done' THEN 3 ELSE 4 END,
    fig_percent = t.percent,
    fig_deadline = CAST(t.deadline AS date) - DATE '1970-01-01',
    fig_original = CAST(COALESCE(t.original_deadline, t.deadline) AS date) - DATE '1970-01-01',
    fig_start = CAST(t.start_date AS date) - DATE '1970-01-01'
FROM tasks t WHERE t.id = tu.task_id;

CREATE INDEX task_units_figures
    ON task_units(unit_id, fig_state, fig_deadline, fig_original, fig_start, fig_percent);

-- A link inserted without figures (or moved to another task) takes its task's.
CREATE FUNCTION duban_link_figures() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    SELECT CASE WHEN t.retired_at IS NOT NULL THEN 0 WHEN t.status = 'not_started' THEN 1
                WHEN t.status = 'in_progress' THEN 2 WHEN t.status = 'done' THEN 3 ELSE 4 END,
           t.percent,
           CAST(t.deadline AS date) - DATE '1970-01-01',
           CAST(COALESCE(t.original_deadline, t.deadline) AS date) - DATE '1970-01-01',
           CAST(t.start_date AS date) - DATE '1970-01-01'
      INTO NEW.fig_state, NEW.fig_percent, NEW.fig_deadline, NEW.fig_original, NEW.fig_start
      FROM tasks t WHERE t.id = NEW.task_id;
    RETURN NEW;
END
$$;
CREATE TRIGGER task_units_figures_insert BEFORE INSERT ON task_units FOR EACH ROW
    WHEN (NEW.fig_state IS NULL) EXECUTE FUNCTION duban_link_figures();
CREATE TRIGGER task_units_figures_move BEFORE UPDATE OF task_id ON task_units FOR EACH ROW
    WHEN (NEW.task_id IS DISTINCT FROM OLD.task_id) EXECUTE FUNCTION duban_link_figures();

CREATE FUNCTION duban_task_figures() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE task_units SET
        fig_state = CASE WHEN NEW.retired_at IS NOT NULL THEN 0 WHEN NEW.status = 'not_started' THEN 1
                         WHEN NEW.status = 'in_progress' THEN 2 WHEN NEW.status = 'done' THEN 3 ELSE 4 END,
        fig_percent = NEW.percent,
        fig_deadline = CAST(NEW.deadline AS date) - DATE '1970-01-01',
        fig_original = CAST(COALESCE(NEW.original_deadline, NEW.deadline) AS date) - DATE '1970-01-01',
        fig_start = CAST(NEW.start_date AS date) - DATE '1970-01-01'
    WHERE task_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER tasks_figures AFTER UPDATE ON tasks FOR EACH ROW
    WHEN (NEW.status IS DISTINCT FROM OLD.status OR NEW.percent IS DISTINCT FROM OLD.percent
          OR NEW.deadline IS DISTINCT FROM OLD.deadline
          OR NEW.original_deadline IS DISTINCT FROM OLD.original_deadline
          OR NEW.start_date IS DISTINCT FROM OLD.start_date
          OR (NEW.retired_at IS NULL) IS DISTINCT FROM (OLD.retired_at IS NULL))
    EXECUTE FUNCTION duban_task_figures();
