-- Version 9: search by single characters. The trigram index could not serve one- and two-character terms,
-- which scanned every task (300+ ms at 100,000 tasks). task_chars holds one document per task, its title,
-- text and linked units' names and aliases, written one token per character (src/store/searchchars.cpp),
-- so that a term of any length is a phrase query and the count comes straight off the index. Retired tasks
-- carry the token xr, which no character maps to, so the live lists leave them out with NOT xr.
-- SQL cannot split text into characters; the triggers only queue the task ids whose document changed and
-- the program rewrites those documents before each commit (and on opening, after this migration or a
-- writer that is not Duban).

DROP TRIGGER tasks_fts_insert;
DROP TRIGGER tasks_fts_delete;
DROP TRIGGER tasks_fts_update;
DROP TABLE task_fts;

CREATE VIRTUAL TABLE task_chars USING fts5(doc, tokenize = 'ascii');
CREATE TABLE task_chars_stale (task_id INTEGER PRIMARY KEY);
INSERT INTO task_chars_stale (task_id) SELECT id FROM tasks;

CREATE TRIGGER task_chars_task_insert AFTER INSERT ON tasks BEGIN
    INSERT OR IGNORE INTO task_chars_stale (task_id) VALUES (new.id);
END;
CREATE TRIGGER task_chars_task_update AFTER UPDATE OF title, text, retired_at ON tasks BEGIN
    INSERT OR IGNORE INTO task_chars_stale (task_id) VALUES (new.id);
END;
CREATE TRIGGER task_chars_task_delete AFTER DELETE ON tasks BEGIN
    INSERT OR IGNORE INTO task_chars_stale (task_id) VALUES (old.id);
END;
CREATE TRIGGER task_chars_link_insert AFTER INSERT ON task_units BEGIN
    INSERT OR IGNORE INTO task_chars_stale (task_id) VALUES (new.task_id);
END;
CREATE TRIGGER task_chars_link_delete AFTER DELETE ON task_units BEGIN
    INSERT OR IGNORE INTO task_chars_stale (task_id) VALUES (old.task_id);
END;
CREATE TRIGGER task_chars_link_update AFTER UPDATE OF task_id, unit_id ON task_units BEGIN
    INSERT OR IGNORE INTO task_chars_stale (task_id) VALUES (old.task_id), (new.task_id);
END;
CREATE TRIGGER task_chars_unit_rename AFTER UPDATE OF name ON units BEGIN
    INSERT OR IGNORE INTO task_chars_stale (task_id) SELECT task_id FROM task_units WHERE unit_id = new.id;
END;
CREATE TRIGGER task_chars_alias_insert AFTER INSERT ON unit_aliases BEGIN
    INSERT OR IGNORE INTO task_chars_stale (task_id) SELECT task_id FROM task_units WHERE unit_id = new.unit_id;
END;
CREATE TRIGGER task_chars_alias_delete AFTER DELETE ON unit_aliases BEGIN
    INSERT OR IGNORE INTO task_chars_stale (task_id) SELECT task_id FROM task_units WHERE unit_id = old.unit_id;
END;
CREATE TRIGGER task_chars_alias_update AFTER UPDATE OF alias, unit_id ON unit_aliases BEGIN
    INSERT OR IGNORE INTO task_chars_stale (task_id)
        SELECT task_id FROM task_units WHERE unit_id IN (old.unit_id, new.unit_id);
END;

-- The default list order (deadline, no deadline last, then id) read straight off an index, so that the
-- first page of a broad search stops after a hundred matches instead of sorting all of them.
CREATE INDEX tasks_live_deadline_order ON tasks((deadline IS NULL), deadline) WHERE retired_at IS NULL;
