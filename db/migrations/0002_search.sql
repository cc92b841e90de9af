-- Version 2: full-text search over task titles and texts. The trigram tokenizer matches any Chinese
-- substring of three or more characters; shorter queries fall back to LIKE in the query code.
-- External content: the index reads title/text from tasks, triggers keep it in step.

CREATE VIRTUAL TABLE task_fts USING fts5(
    title, text,
    content = 'tasks', content_rowid = 'id',
    tokenize = 'trigram'
);

INSERT INTO task_fts(rowid, title, text) SELECT id, title, text FROM tasks;

CREATE TRIGGER tasks_fts_insert AFTER INSERT ON tasks BEGIN
    INSERT INTO task_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER tasks_fts_delete AFTER DELETE ON tasks BEGIN
    INSERT INTO task_fts(task_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TRIGGER tasks_fts_update AFTER UPDATE OF title, text ON tasks BEGIN
    INSERT INTO task_fts(task_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO task_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
