-- Facts layer: amounts and conditions as history rows, the parse log, and current views.
-- A fact row is valid from the run that first found it up to (excluding) valid_to_run;
-- valid_to_run IS NULL means it is what the page says now.

CREATE TABLE parses (
    source_id      VARCHAR NOT NULL,
    run_id         INTEGER NOT NULL,      -- the run whose fetch brought this body
    content_sha256 VARCHAR NOT NULL,
    parser_version VARCHAR NOT NULL,
    blocks         INTEGER,
    amounts        INTEGER,
    conditions     INTEGER,
    elapsed_ms     INTEGER,
    error          VARCHAR,               -- set when the page could not be parsed
    PRIMARY KEY (source_id, run_id)
);

CREATE TABLE amounts (
    fact_id        VARCHAR NOT NULL,      -- same statement, same id (source, section, values, quote)
    slot           VARCHAR NOT NULL,      -- where it stands: source, section, kind, unit, per, words before it
    source_id      VARCHAR NOT NULL,
    section        VARCHAR,
    position       INTEGER,               -- order among the page's amounts
    kind           VARCHAR NOT NULL,      -- money | age | duration | hours | size | percent | count | date
    value          DOUBLE,
    value_max      DOUBLE,
    unit           VARCHAR,               -- EUR | years | months | weeks | days | hours | MB | percent | items
    per            VARCHAR,               -- month | week | day | year
    bound          VARCHAR NOT NULL,      -- min | max | exact | range
    date_value     DATE,
    quote          VARCHAR NOT NULL,
    content_sha256 VARCHAR NOT NULL,
    valid_from_run INTEGER NOT NULL,
    valid_to_run   INTEGER
);

CREATE TABLE conditions (
    fact_id        VARCHAR NOT NULL,      -- same condition text in the same section, same id
    source_id      VARCHAR NOT NULL,
    section        VARCHAR,
    position       INTEGER,               -- order among the page's conditions
    condition_kind VARCHAR NOT NULL,      -- requirement | document | step | exemption
    text           VARCHAR NOT NULL,
    content_sha256 VARCHAR NOT NULL,
    valid_from_run INTEGER NOT NULL,
    valid_to_run   INTEGER
);

CREATE INDEX amounts_open ON amounts (source_id, valid_to_run);
CREATE INDEX conditions_open ON conditions (source_id, valid_to_run);

CREATE VIEW current_amounts AS
SELECT a.source_id, s.publisher, s.lang, s.topic, s.url, a.section, a.kind, a.value, a.value_max,
       a.unit, a.per, a.bound, a.date_value, a.quote, a.position, a.fact_id, a.slot,
       a.valid_from_run, a.valid_to_run
FROM amounts a JOIN sources s USING (source_id)
WHERE a.valid_to_run IS NULL;

CREATE VIEW current_conditions AS
SELECT c.source_id, s.publisher, s.lang, s.topic, s.url, c.section, c.condition_kind, c.text,
       c.position, c.fact_id, c.valid_from_run, c.valid_to_run
FROM conditions c JOIN sources s USING (source_id)
WHERE c.valid_to_run IS NULL;
