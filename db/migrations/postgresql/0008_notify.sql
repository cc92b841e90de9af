-- Version 8: live views (issue 13 item 5). Every write to a task, its units, progress or 督办 events tells
-- the other desks which tasks changed, through NOTIFY on channel duban_tasks, so their open views reload
-- those rows within a second instead of everything. Statement-level triggers with transition tables: an
-- import of thousands of rows sends one notification per statement, not one per row.
-- Payload: "t:" when tasks came or went (filter choices change), "f:" when existing tasks changed, then the
-- task ids separated by commas, or "*" when they would not fit in NOTIFY's 8000 bytes.

CREATE FUNCTION duban_notify_tasks() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids TEXT;
    kind TEXT;
BEGIN
    IF TG_TABLE_NAME = 'tasks' THEN
        IF TG_OP = 'DELETE' THEN
            SELECT string_agg(DISTINCT id::text, ',') INTO ids FROM old_rows;
        ELSE
            SELECT string_agg(DISTINCT id::text, ',') INTO ids FROM new_rows;
        END IF;
        kind := CASE WHEN TG_OP = 'UPDATE' THEN 'f:' ELSE 't:' END;
    ELSE
        IF TG_OP = 'DELETE' THEN
            SELECT string_agg(DISTINCT task_id::text, ',') INTO ids FROM old_rows;
        ELSE
            SELECT string_agg(DISTINCT task_id::text, ',') INTO ids FROM new_rows;
        END IF;
        kind := 'f:';
    END IF;
    IF ids IS NULL THEN
        RETURN NULL;
    END IF;
    IF length(ids) > 7000 THEN
        ids := '*';
    END IF;
    PERFORM pg_notify('duban_tasks', kind || ids);
    RETURN NULL;
END
$$;

-- A trigger with transition tables takes one event, hence three per table.
CREATE TRIGGER tasks_notify_insert AFTER INSERT ON tasks REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION duban_notify_tasks();
CREATE TRIGGER tasks_notify_update AFTER UPDATE ON tasks REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION duban_notify_tasks();
CREATE TRIGGER tasks_notify_delete AFTER DELETE ON tasks REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION duban_notify_tasks();

CREATE TRIGGER task_units_notify_insert AFTER INSERT ON task_units REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION duban_notify_tasks();
CREATE TRIGGER task_units_notify_update AFTER UPDATE ON task_units REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION duban_notify_tasks();
CREATE TRIGGER task_units_notify_delete AFTER DELETE ON task_units REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION duban_notify_tasks();

CREATE TRIGGER progress_notify_insert AFTER INSERT ON progress_updates REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION duban_notify_tasks();
CREATE TRIGGER progress_notify_update AFTER UPDATE ON progress_updates REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION duban_notify_tasks();
CREATE TRIGGER progress_notify_delete AFTER DELETE ON progress_updates REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION duban_notify_tasks();

CREATE TRIGGER events_notify_insert AFTER INSERT ON task_events REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION duban_notify_tasks();
CREATE TRIGGER events_notify_update AFTER UPDATE ON task_events REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION duban_notify_tasks();
CREATE TRIGGER events_notify_delete AFTER DELETE ON task_events REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION duban_notify_tasks();

-- A liaison does not see another unit's tasks (row-level security): whether such a task exists at all,
-- and nothing else about it, so that Duban says "not yours" rather than "no such task".
CREATE FUNCTION duban_task_exists(task BIGINT) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path FROM CURRENT AS $$ SELECT EXISTS (SELECT 1 FROM tasks WHERE id = task) $$;
