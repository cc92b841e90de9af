-- Roles and row-level security of a shared Duban server (duban-cli server init; run again, it changes
-- nothing). The server enforces them, so raw SQL through psql is held to the same rules as Duban:
--   duban_office  (督查室)   everything;
--   duban_liaison (单位联络员) sees the tasks its unit leads or co-handles, may record progress on them and
--                            change their status and percent, nothing else;
--   duban_leader  (领导)      reads everything, writes nothing.
-- A login belongs to one of them (duban-cli server user add); duban_users ties a liaison to its unit.
-- Grants cover the tables that exist: run server init again after a program update added tables.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'duban_office') THEN
        CREATE ROLE duban_office NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'duban_liaison') THEN
        CREATE ROLE duban_liaison NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'duban_leader') THEN
        CREATE ROLE duban_leader NOLOGIN;
    END IF;
END
$$;

CREATE TABLE IF NOT EXISTS duban_users (
    login   TEXT PRIMARY KEY,
    role    TEXT NOT NULL CHECK (role IN ('office', 'liaison', 'leader')),
    unit_id BIGINT REFERENCES units(id)
);

-- The tasks the session's user may see as a liaison. SECURITY DEFINER: it reads duban_users and
-- task_units as the schema's owner, so the policies below need no grants of their own.
CREATE OR REPLACE FUNCTION duban_liaison_task(task BIGINT) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM task_units tu JOIN duban_users u ON u.unit_id = tu.unit_id
                   WHERE tu.task_id = task AND u.login = session_user AND u.role = 'liaison')
$$;
REVOKE ALL ON FUNCTION duban_liaison_task(BIGINT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION duban_liaison_task(BIGINT) TO duban_office, duban_liaison, duban_leader;

-- The same tasks as a set, for task_units' policy: the per-unit summaries read task_units alone, and one
-- hashed set of ids per query costs far less than a function call for each of 250,000 links.
CREATE OR REPLACE FUNCTION duban_liaison_tasks() RETURNS SETOF BIGINT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT tu.task_id FROM task_units tu JOIN duban_users u ON u.unit_id = tu.unit_id
    WHERE u.login = session_user AND u.role = 'liaison'
$$;
REVOKE ALL ON FUNCTION duban_liaison_tasks() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION duban_liaison_tasks() TO duban_office, duban_liaison, duban_leader;

DO $$
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO duban_office, duban_liaison, duban_leader', current_database());
END
$$;
GRANT USAGE ON SCHEMA public TO duban_office, duban_liaison, duban_leader;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO duban_office;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO duban_office;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO duban_leader, duban_liaison;
GRANT UPDATE (status, percent, updated_at) ON tasks TO duban_liaison;
GRANT INSERT ON progress_updates, audit_log TO duban_liaison;
GRANT USAGE ON SEQUENCE progress_updates_id_seq, audit_log_id_seq TO duban_liaison;
REVOKE ALL ON duban_users FROM duban_liaison, duban_leader;
-- The per-unit figures kept per day (migration 0012) count every task: office and leaders read them through
-- duban_unit_figures() (and see which days are kept); a liaison counts its own under row-level security
-- and may read neither.
REVOKE ALL ON unit_figures FROM duban_liaison, duban_leader;
REVOKE ALL ON unit_figure_days FROM duban_liaison;
REVOKE ALL ON FUNCTION duban_unit_figures(INTEGER, INTEGER, BOOLEAN, INTEGER) FROM PUBLIC, duban_liaison;
GRANT EXECUTE ON FUNCTION duban_unit_figures(INTEGER, INTEGER, BOOLEAN, INTEGER) TO duban_office, duban_leader;

ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
ALTER TABLE progress_updates ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS office_all ON tasks;
DROP POLICY IF EXISTS leader_read ON tasks;
DROP POLICY IF EXISTS liaison_read ON tasks;
DROP POLICY IF EXISTS liaison_update ON tasks;
CREATE POLICY office_all ON tasks TO duban_office USING (true) WITH CHECK (true);
CREATE POLICY leader_read ON tasks FOR SELECT TO duban_leader USING (true);
CREATE POLICY liaison_read ON tasks FOR SELECT TO duban_liaison USING (duban_liaison_task(id));
CREATE POLICY liaison_update ON tasks FOR UPDATE TO duban_liaison
    USING (duban_liaison_task(id)) WITH CHECK (duban_liaison_task(id));

-- A liaison sees the links of the tasks it sees (all their units, as the task's detail shows them), so
-- that its per-unit summaries count only those tasks.
ALTER TABLE task_units ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS office_all ON task_units;
DROP POLICY IF EXISTS leader_read ON task_units;
DROP POLICY IF EXISTS liaison_read ON task_units;
CREATE POLICY office_all ON task_units TO duban_office USING (true) WITH CHECK (true);
CREATE POLICY leader_read ON task_units FOR SELECT TO duban_leader USING (true);
CREATE POLICY liaison_read ON task_units FOR SELECT TO duban_liaison
    USING (task_id IN (SELECT duban_liaison_tasks()));

DROP POLICY IF EXISTS office_all ON progress_updates;
DROP POLICY IF EXISTS leader_read ON progress_updates;
DROP POLICY IF EXISTS liaison_read ON progress_updates;
DROP POLICY IF EXISTS liaison_add ON progress_updates;
CREATE POLICY office_all ON progress_updates TO duban_office USING (true) WITH CHECK (true);
CREATE POLICY leader_read ON progress_updates FOR SELECT TO duban_leader USING (true);
CREATE POLICY liaison_read ON progress_updates FOR SELECT TO duban_liaison USING (duban_liaison_task(task_id));
CREATE POLICY liaison_add ON progress_updates FOR INSERT TO duban_liaison WITH CHECK (duban_liaison_task(task_id));

DROP POLICY IF EXISTS office_all ON audit_log;
DROP POLICY IF EXISTS leader_read ON audit_log;
DROP POLICY IF EXISTS liaison_read ON audit_log;
DROP POLICY IF EXISTS liaison_add ON audit_log;
CREATE POLICY office_all ON audit_log TO duban_office USING (true) WITH CHECK (true);
CREATE POLICY leader_read ON audit_log FOR SELECT TO duban_leader USING (true);
CREATE POLICY liaison_read ON audit_log FOR SELECT TO duban_liaison USING (duban_liaison_task(task_id));
CREATE POLICY liaison_add ON audit_log FOR INSERT TO duban_liaison WITH CHECK (duban_liaison_task(task_id));

-- 督办 steps (task_events): a liaison records its unit's own — 签收, 延期申请, 办结申请 — on its tasks; what
-- answers them (approve, 复核, 销号) and 催办 are the office's.
GRANT INSERT ON task_events TO duban_liaison;
GRANT USAGE ON SEQUENCE task_events_id_seq TO duban_liaison;
ALTER TABLE task_events ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS office_all ON task_events;
DROP POLICY IF EXISTS leader_read ON task_events;
DROP POLICY IF EXISTS liaison_read ON task_events;
DROP POLICY IF EXISTS liaison_add ON task_events;
CREATE POLICY office_all ON task_events TO duban_office USING (true) WITH CHECK (true);
CREATE POLICY leader_read ON task_events FOR SELECT TO duban_leader USING (true);
CREATE POLICY liaison_read ON task_events FOR SELECT TO duban_liaison USING (duban_liaison_task(task_id));
CREATE POLICY liaison_add ON task_events FOR INSERT TO duban_liaison
    WITH CHECK (duban_liaison_task(task_id) AND kind IN ('sign', 'extend_request', 'close_request'));
