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

-- The links' integrity checked once a statement instead of once a row: the two foreign keys of task_units
-- ran a query per link (7.7 of the 14 s an import of 250,000 links took at 100,000 tasks). The triggers
-- below do what the keys did, set-based: new links must find their task and unit, which they lock as the
-- keys did (FOR KEY SHARE) so that neither goes away before this transaction ends; a deleted task takes
-- its links along (ON DELETE CASCADE); a unit still linked cannot go or change its id. SECURITY DEFINER:
-- the keys looked past row-level security too.
ALTER TABLE task_units DROP CONSTRAINT task_units_task_id_fkey;
ALTER TABLE task_units DROP CONSTRAINT task_units_unit_id_fkey;

CREATE FUNCTION duban_links_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    missing BIGINT;
BEGIN
    PERFORM 1 FROM tasks t WHERE t.id IN (SELECT task_id FROM new_rows) FOR KEY SHARE OF t;
    PERFORM 1 FROM units u WHERE u.id IN (SELECT unit_id FROM new_rows) FOR KEY SHARE OF u;
    SELECT n.task_id INTO missing FROM new_rows n
        WHERE NOT EXISTS (SELECT 1 FROM tasks t WHERE t.id = n.task_id) LIMIT 1;
    IF FOUND THEN
        RAISE foreign_key_violation USING MESSAGE = format('task_units: task %s does not exist', missing);
    END IF;
    SELECT n.unit_id INTO missing FROM new_rows n
        WHERE NOT EXISTS (SELECT 1 FROM units u WHERE u.id = n.unit_id) LIMIT 1;
    IF FOUND THEN
        RAISE foreign_key_violation USING MESSAGE = format('task_units: unit %s does not exist', missing);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER task_units_check_insert AFTER INSERT ON task_units REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION duban_links_check();
CREATE TRIGGER task_units_check_update AFTER UPDATE ON task_units REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION duban_links_check();

CREATE FUNCTION duban_links_cascade() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM task_units WHERE task_id IN (SELECT id FROM old_rows);
    ELSIF EXISTS (SELECT 1 FROM task_units WHERE task_id IN (SELECT id FROM old_rows EXCEPT
                                                          SELECT id FROM new_rows)) THEN
        RAISE foreign_key_violation USING MESSAGE = 'tasks: a linked task cannot change its id';
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER tasks_links_delete AFTER DELETE ON tasks REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION duban_links_cascade();
CREATE TRIGGER tasks_links_update AFTER UPDATE ON tasks REFERENCING OLD TABLE AS old_rows
    NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION duban_links_cascade();

CREATE FUNCTION duban_units_restrict() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF EXISTS (SELECT 1 FROM task_units WHERE unit_id IN (SELECT id FROM old_rows)) THEN
            RAISE foreign_key_violation USING MESSAGE = 'units: a unit linked to tasks cannot be deleted';
        END IF;
    ELSIF EXISTS (SELECT 1 FROM task_units WHERE unit_id IN (SELECT id FROM old_rows EXCEPT
                                                          SELECT id FROM new_rows)) THEN
        RAISE foreign_key_violation USING MESSAGE = 'units: a linked unit cannot change its id';
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER units_links_delete AFTER DELETE ON units REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION duban_units_restrict();
CREATE TRIGGER units_links_update AFTER UPDATE ON units REFERENCING OLD TABLE AS old_rows
    NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION duban_units_restrict();
