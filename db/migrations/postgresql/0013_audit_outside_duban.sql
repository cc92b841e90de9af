-- Version 13: a change to a task made outside Duban (raw SQL through psql, a liaison's included) is kept on
-- the audit trail too: action 'sql', one row per changed field, "by" and db_user the database user (the
-- version-5 trigger stamps db_user). Duban's own write transactions audit every edit themselves, under the
-- name the user gave, and say so for their transaction (set_config of duban.audited, local to it:
-- WriteTransaction), so this trigger stays out of them. Row-level security still decides what such a
-- statement may change; SECURITY DEFINER only lets the row reach the trail.
CREATE FUNCTION duban_audit_outside() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF coalesce(current_setting('duban.audited', true), '') = 'on' THEN
        RETURN NULL;
    END IF;
    INSERT INTO audit_log (task_id, at, "by", action, field, old_value, new_value)
    SELECT NEW.id, to_char(now(), 'YYYY-MM-DD"T"HH24:MI:SSTZH:TZM'), session_user, 'sql', c.field, c.was, c.now
      FROM (VALUES ('title', OLD.title, NEW.title), ('text', OLD.text, NEW.text),
                   ('deadline', OLD.deadline, NEW.deadline),
                   ('deadline_text', OLD.deadline_text, NEW.deadline_text),
                   ('start_date', OLD.start_date, NEW.start_date), ('status', OLD.status, NEW.status),
                   ('percent', OLD.percent::text, NEW.percent::text),
                   ('retired_at', OLD.retired_at, NEW.retired_at)) AS c (field, was, now)
     WHERE c.was IS DISTINCT FROM c.now;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION duban_audit_outside() FROM PUBLIC;
CREATE TRIGGER tasks_audit_outside AFTER UPDATE ON tasks FOR EACH ROW EXECUTE FUNCTION duban_audit_outside();
