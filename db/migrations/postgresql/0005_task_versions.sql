-- Version 5: no lost update (as ../0005_task_versions.sql). Every task row carries a version that every
-- write bumps, raw SQL included; the audit trail records the database user who wrote each row, taken
-- from the session so that nobody can write another's name there.

ALTER TABLE tasks ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

CREATE FUNCTION duban_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.version := OLD.version + 1;
    RETURN NEW;
END
$$;
CREATE TRIGGER tasks_version BEFORE UPDATE ON tasks FOR EACH ROW EXECUTE FUNCTION duban_bump_version();

ALTER TABLE audit_log ADD COLUMN db_user TEXT NOT NULL DEFAULT '';

CREATE FUNCTION duban_audit_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.db_user := session_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_user BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION duban_audit_user();
