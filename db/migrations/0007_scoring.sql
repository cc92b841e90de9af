-- Version 7: published 考评 rankings. The rule and the as-of day are stored with the result, so a ranking
-- reads back exactly as published and can be recomputed from the audit trail to show it still holds.

CREATE TABLE score_runs (
    id          INTEGER PRIMARY KEY,
    period_from TEXT NOT NULL,  -- YYYY-MM-DD, inclusive
    period_to   TEXT NOT NULL,
    as_of       TEXT NOT NULL,  -- the day the trail was replayed to
    rule_json   TEXT NOT NULL,  -- core/scoring.h ScoreRule::toJson()
    result_json TEXT NOT NULL,  -- scoresToJson(): the ranking as published
    computed_at TEXT NOT NULL,
    by          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX score_runs_period ON score_runs(period_from, period_to);
