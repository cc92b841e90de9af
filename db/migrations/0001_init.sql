-- Duban schema, version 1: directives, tasks, units, links, progress and the audit trail.
-- Dates are ISO text (YYYY-MM-DD), times ISO text with offset; both sort and compare as text.
-- Due state and pace are derived from these columns on an as-of date, never stored.

PRAGMA application_id = 1146438209; -- 'DUBA': tells our files from other SQLite databases

CREATE TABLE directives (
    id           INTEGER PRIMARY KEY,
    source_file  TEXT NOT NULL,
    content_hash TEXT NOT NULL,          -- SHA-256 of the document text: same text imports nothing
    title        TEXT NOT NULL DEFAULT '',
    doc_number   TEXT NOT NULL DEFAULT '', -- 文号
    signed_on    TEXT,
    issuer       TEXT NOT NULL DEFAULT '',
    imported_at  TEXT NOT NULL,
    imported_by  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX directives_hash ON directives(content_hash);
CREATE INDEX directives_doc_number ON directives(doc_number);
CREATE INDEX directives_title ON directives(title);

CREATE TABLE units (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL DEFAULT 'department' CHECK (kind IN ('department', 'county', 'collective')),
    needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1))
);

-- Other ways a unit is printed (cleaned: no spaces, unified brackets). A merged unit's name lives on here.
CREATE TABLE unit_aliases (
    alias   TEXT PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE
);
CREATE INDEX unit_aliases_unit ON unit_aliases(unit_id);

CREATE TABLE tasks (
    id            INTEGER PRIMARY KEY,
    directive_id  INTEGER NOT NULL REFERENCES directives(id),
    title         TEXT NOT NULL,
    text          TEXT NOT NULL DEFAULT '',
    section       TEXT NOT NULL DEFAULT '[]', -- JSON array of headings
    line_start    INTEGER NOT NULL DEFAULT 0,
    line_end      INTEGER NOT NULL DEFAULT 0,
    kind          TEXT NOT NULL DEFAULT 'inline',
    deadline      TEXT,
    deadline_text TEXT NOT NULL DEFAULT '',
    start_date    TEXT,
    status        TEXT NOT NULL DEFAULT 'not_started'
                  CHECK (status IN ('not_started', 'in_progress', 'done', 'suspended')),
    percent       INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
    targets       TEXT NOT NULL DEFAULT '[]', -- JSON array
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    retired_at    TEXT                        -- set when a later revision of the directive dropped the task
);
CREATE INDEX tasks_directive ON tasks(directive_id);
CREATE INDEX tasks_status_deadline ON tasks(status, deadline);
CREATE INDEX tasks_deadline ON tasks(deadline);
CREATE INDEX tasks_updated ON tasks(updated_at);
CREATE INDEX tasks_title ON tasks(title);

CREATE TABLE task_units (
    task_id      INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    unit_id      INTEGER NOT NULL REFERENCES units(id),
    role         TEXT NOT NULL CHECK (role IN ('lead', 'co')),
    printed_name TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (task_id, unit_id)
);
CREATE INDEX task_units_unit ON task_units(unit_id, role, task_id);

CREATE TABLE progress_updates (
    id          INTEGER PRIMARY KEY,
    task_id     INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    on_date     TEXT NOT NULL,
    text        TEXT NOT NULL DEFAULT '',
    percent     INTEGER CHECK (percent IS NULL OR percent BETWEEN 0 AND 100),
    author      TEXT NOT NULL DEFAULT '',
    unit        TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
);
CREATE INDEX progress_updates_task ON progress_updates(task_id, on_date);

-- Every change to a task. No foreign key on task_id: the trail outlives what it describes.
-- task_id is NULL for changes to units as a whole (rename, merge).
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    task_id   INTEGER,
    at        TEXT NOT NULL,
    by        TEXT NOT NULL,
    action    TEXT NOT NULL,
    field     TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_task ON audit_log(task_id, id);
