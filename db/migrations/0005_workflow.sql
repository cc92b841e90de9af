-- Version 5: the 督办 workflow as events (交办, 签收, 催办, 延期, 办结申请 → 复核 → 销号, 暂缓, 恢复, 撤销),
-- each kept as 留痕 beside its audit row. A task keeps the deadline it had before its first approved
-- 延期, so assessments can judge by the original time (按原定时间).

ALTER TABLE tasks ADD COLUMN original_deadline TEXT; -- deadline before the first approved 延期; NULL = never extended

CREATE TABLE task_events (
    id        INTEGER PRIMARY KEY,
    task_id   INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('assign', 'sign', 'chase', 'extend_request', 'extend_approve',
              'extend_refuse', 'close_request', 'close_accept', 'close_return', 'strike_off', 'suspend',
              'resume', 'cancel')),
    unit_id   INTEGER REFERENCES units(id),   -- the unit concerned (who signed, who is chased); NULL = the task
    on_date   TEXT NOT NULL,                  -- the day it counts for, YYYY-MM-DD
    at        TEXT NOT NULL,                  -- when recorded, ISO with offset
    by        TEXT NOT NULL,
    text      TEXT NOT NULL DEFAULT '',       -- reason / note
    level     INTEGER,                        -- chase: 1 提醒, 2 催办, 3 通报
    deadline  TEXT,                           -- extend_request: requested; extend_approve: granted
    notice_no TEXT,                           -- chase: the 督办通知单/催办单 number
    ref_id    INTEGER REFERENCES task_events(id) -- approve/refuse/accept/return: the request it answers
);
CREATE INDEX task_events_task ON task_events(task_id, id);
CREATE INDEX task_events_kind ON task_events(kind, on_date, unit_id);
