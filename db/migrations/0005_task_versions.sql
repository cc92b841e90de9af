-- Version 5: no lost update. Every task row carries a version that every write bumps (the trigger, so
-- that no path can forget it); an edit or undo based on an older version is refused
-- (Repository::applyEdits with TaskEdit::baseVersion). The audit trail gains the database user, which
-- only a server has (db/migrations/postgresql/0005_task_versions.sql); here it stays empty.

ALTER TABLE tasks ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

CREATE TRIGGER tasks_version AFTER UPDATE ON tasks
WHEN new.version = old.version BEGIN
    UPDATE tasks SET version = old.version + 1 WHERE id = old.id;
END;

ALTER TABLE audit_log ADD COLUMN db_user TEXT NOT NULL DEFAULT '';
