-- Raw layer: what we watch, every run, every fetch attempt, every distinct body.
-- Timestamps are UTC. Bodies are zlib-compressed (see warehouse/SCHEMA.md).

CREATE SEQUENCE run_id_seq START 1;

CREATE TABLE sources (
    source_id   VARCHAR PRIMARY KEY,
    publisher   VARCHAR NOT NULL,
    lang        VARCHAR NOT NULL,
    topic       VARCHAR,
    grp         VARCHAR,
    url         VARCHAR NOT NULL,
    first_listed_run INTEGER,
    last_listed_run  INTEGER
);

CREATE TABLE runs (
    run_id         INTEGER PRIMARY KEY DEFAULT nextval('run_id_seq'),
    started_at     TIMESTAMP NOT NULL,
    finished_at    TIMESTAMP,
    status         VARCHAR NOT NULL,      -- running | completed | failed | aborted
    parser_version VARCHAR,
    counts         JSON,
    mode           VARCHAR,               -- live | offline
    note           VARCHAR
);

CREATE TABLE documents (
    content_sha256 VARCHAR PRIMARY KEY,   -- sha256 of the body as received (decoded transfer encoding)
    content_type   VARCHAR,
    body           BLOB NOT NULL,         -- zlib-compressed body
    bytes          BIGINT NOT NULL,       -- size before compression
    first_seen_run INTEGER NOT NULL
);

CREATE TABLE fetches (
    run_id         INTEGER NOT NULL,
    source_id      VARCHAR NOT NULL,
    attempt        INTEGER NOT NULL,      -- 1 for the first request, 2.. for retries
    url            VARCHAR NOT NULL,
    final_url      VARCHAR,
    status_code    INTEGER,
    etag           VARCHAR,
    last_modified  VARCHAR,
    content_sha256 VARCHAR,               -- set on the final attempt of a good fetch (200 or 304)
    bytes          BIGINT,
    elapsed_ms     INTEGER,
    outcome        VARCHAR NOT NULL,      -- changed | unchanged | retry | failed | no_capture
    error_class    VARCHAR,
    error          VARCHAR,
    fetched_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (run_id, source_id, attempt)
);
