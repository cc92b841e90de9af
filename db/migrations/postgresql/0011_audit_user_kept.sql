-- Version 11: an audit row moved in from a desk's SQLite database (server import-sqlite) keeps the database
-- user who made that change; the insert trigger of version 5 stamped every such row with the importer. The
-- copy says so for its own transaction (set_config of duban.keep_audit_user, local to it), and only a
-- superuser's word counts: any other login, and any other statement, still gets session_user whatever it
-- sends, so raw SQL cannot put another name on the trail.
CREATE OR REPLACE FUNCTION duban_audit_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.db_user = ''
       OR coalesce(current_setting('duban.keep_audit_user', true), '') <> 'on'
       OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper) THEN
        NEW.db_user := session_user;
    END IF;
    RETURN NEW;
END
$$;
