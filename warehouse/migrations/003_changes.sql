-- What changed between runs, as a volunteer reads it, and how a volunteer judged it.

CREATE TABLE changes (
    change_id      VARCHAR PRIMARY KEY,   -- c-<run>-<n>: stable within a run
    run_id         INTEGER NOT NULL,
    source_id      VARCHAR NOT NULL,
    change_kind    VARCHAR NOT NULL,      -- see SCHEMA.md for the vocabulary (page_suspect included)
    section        VARCHAR,
    subject        VARCHAR,               -- what the change is about: "money (EUR per month)", "requirement"
    old_value      VARCHAR,
    new_value      VARCHAR,
    severity       VARCHAR NOT NULL,      -- high | medium | low
    old_quote      VARCHAR,
    new_quote      VARCHAR,
    detected_at    TIMESTAMP NOT NULL,
    review_status  VARCHAR NOT NULL DEFAULT 'pending',  -- pending | confirmed | dismissed
    review_note    VARCHAR,
    reviewed_at    TIMESTAMP,
    url            VARCHAR,
    position       INTEGER                -- order within the run's report
);

CREATE INDEX changes_run ON changes (run_id);

-- What a page said as of a run, or on a day (the last run finished by the end of that day).
CREATE MACRO amounts_as_of(run) AS TABLE
    SELECT a.*, s.publisher, s.lang FROM amounts a JOIN sources s USING (source_id)
    WHERE a.valid_from_run <= run AND (a.valid_to_run IS NULL OR a.valid_to_run > run);

CREATE MACRO conditions_as_of(run) AS TABLE
    SELECT c.*, s.publisher, s.lang FROM conditions c JOIN sources s USING (source_id)
    WHERE c.valid_from_run <= run AND (c.valid_to_run IS NULL OR c.valid_to_run > run);

CREATE MACRO run_on(day) AS (
    SELECT max(run_id) FROM runs
    WHERE status = 'completed' AND CAST(finished_at AS DATE) <= CAST(day AS DATE)
);
