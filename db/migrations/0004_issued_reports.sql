-- Version 4: reports issued (督查周报 and other series), so each keeps its issue number (第N期).
-- Issuing the same period of a series again returns the stored number instead of taking a new one.

CREATE TABLE issued_reports (
    id        INTEGER PRIMARY KEY,
    series    TEXT NOT NULL,             -- the report's title, e.g. 督查周报
    period    TEXT NOT NULL,             -- 2022-W40, or 2022-10-01~2022-10-07 for a date range
    number    INTEGER NOT NULL CHECK (number > 0),
    issued_at TEXT NOT NULL,
    issued_by TEXT NOT NULL DEFAULT '',
    UNIQUE (series, period),
    UNIQUE (series, number)
);
