-- Version 2: Chinese substring search. pg_trgm's GIN indexes serve LIKE '%term%' for terms of three or
-- more characters (the trigrams of Chinese text in a UTF-8 database); shorter terms are matched by the
-- same LIKE, which scans (as on SQLite). Unit names and aliases are searched the same way.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX tasks_title_trgm ON tasks USING gin (title gin_trgm_ops);
CREATE INDEX tasks_text_trgm ON tasks USING gin (text gin_trgm_ops);
CREATE INDEX units_name_trgm ON units USING gin (name gin_trgm_ops);
CREATE INDEX unit_aliases_alias_trgm ON unit_aliases USING gin (alias gin_trgm_ops);
