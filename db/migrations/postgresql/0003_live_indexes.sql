-- Version 3: every list leaves out retired tasks (dropped by a later revision of their directive), and
-- the busiest lists (overdue, due soon) look at open tasks only. Partial indexes matching those filters
-- let the engine count overdue tasks and read a deadline-ordered page without touching the table or sorting.
-- The query code writes the same terms (t.retired_at IS NULL, t.status IN ('not_started', 'in_progress')).

DROP INDEX tasks_status_deadline;
DROP INDEX tasks_deadline;
CREATE INDEX tasks_live_status_deadline ON tasks(status, deadline) WHERE retired_at IS NULL;
CREATE INDEX tasks_live_deadline ON tasks(deadline, status) WHERE retired_at IS NULL;
CREATE INDEX tasks_open_deadline ON tasks(deadline)
    WHERE retired_at IS NULL AND status IN ('not_started', 'in_progress');
