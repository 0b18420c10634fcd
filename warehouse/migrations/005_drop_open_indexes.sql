-- The open-facts indexes of 002 serve no query: the parse stage reads a batch of pages' open
-- facts with `source_id IN (...)`, which DuckDB answers with a scan either way, while every
-- close (an UPDATE of the indexed valid_to_run) had to load and rewrite them. Measured on
-- 320,000 amount rows, closing 1 % of them: 0.15 s and +35 MB with the index, 0.03 s and
-- +17 MB without.
DROP INDEX IF EXISTS amounts_open;
DROP INDEX IF EXISTS conditions_open;
