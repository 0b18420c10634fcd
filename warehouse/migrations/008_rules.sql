-- The rules layer: every amount row says which catalogued rule it states (rules.yaml),
-- whose rule it is and from when it applies; the catalogue itself is a table, refreshed
-- from rules.yaml by each parse stage; four views answer "what is the rule, since when,
-- who says so, and do the pages agree". Rows parsed before this migration have no rule
-- (null) until the next parse: a new catalogue re-parses every page, like a new parser.

ALTER TABLE amounts ADD COLUMN rule_id VARCHAR;
ALTER TABLE amounts ADD COLUMN jurisdiction VARCHAR;
ALTER TABLE amounts ADD COLUMN effective_from DATE;

CREATE TABLE rules (
    rule_id     VARCHAR PRIMARY KEY,
    family      VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    unit        VARCHAR NOT NULL,
    per         VARCHAR,
    label_en    VARCHAR NOT NULL,
    label_nl    VARCHAR NOT NULL,
    label_fr    VARCHAR NOT NULL,
    label_de    VARCHAR NOT NULL,
    description VARCHAR NOT NULL,
    range_low   DOUBLE NOT NULL,
    range_high  DOUBLE NOT NULL
);

DROP VIEW current_amounts;
CREATE VIEW current_amounts AS
SELECT a.source_id, s.publisher, s.lang, s.topic, s.grp, s.url, a.section, a.kind, a.value,
       a.value_max, a.unit, a.per, a.bound, a.date_value, a.quote, a.position, a.fact_id, a.slot,
       a.rule_id, a.jurisdiction, a.effective_from, a.valid_from_run, a.valid_to_run
FROM amounts a JOIN sources s USING (source_id)
WHERE a.valid_to_run IS NULL;

DROP VIEW current_conditions;
CREATE VIEW current_conditions AS
SELECT c.source_id, s.publisher, s.lang, s.topic, s.grp, s.url, c.section, c.condition_kind,
       c.text, c.position, c.fact_id, c.valid_from_run, c.valid_to_run
FROM conditions c JOIN sources s USING (source_id)
WHERE c.valid_to_run IS NULL;

-- The history of each rule per jurisdiction: one row per value and effective date, with the
-- pages and languages that stated it and the first and last run that saw it.
CREATE VIEW rule_values AS
SELECT a.rule_id, a.jurisdiction, a.effective_from, a.value, a.value_max, a.unit, a.per,
       a.bound,
       count(*) AS statements,
       list(DISTINCT a.source_id ORDER BY a.source_id) AS source_ids,
       list(DISTINCT s.lang ORDER BY s.lang) AS langs,
       min(a.valid_from_run) AS first_run,
       max(CASE WHEN a.valid_to_run IS NULL THEN (SELECT max(run_id) FROM runs)
                ELSE a.valid_to_run - 1 END) AS last_run,
       bool_or(a.valid_to_run IS NULL) AS current
FROM amounts a JOIN sources s USING (source_id)
WHERE a.rule_id IS NOT NULL
GROUP BY a.rule_id, a.jurisdiction, a.effective_from, a.value, a.value_max, a.unit, a.per,
         a.bound;

-- Current statements that disagree: same rule, jurisdiction, effective year (or both
-- undated), unit, rate and bound, on two different pages, with different values. A monthly
-- equivalent (another `per`), another year, the other end of a range ("at least 18" and
-- "under 26") or a second figure on the same page is not a disagreement.
CREATE VIEW rule_conflicts AS
WITH stated AS (
    SELECT rule_id, jurisdiction, effective_from, year(effective_from) AS effective_year,
           source_id, lang, grp, value, value_max, unit, per, bound, quote, url, fact_id
    FROM current_amounts
    WHERE rule_id IS NOT NULL
)
SELECT s.rule_id, s.jurisdiction, s.effective_from, s.source_id, s.lang, s.grp, s.value,
       s.value_max, s.unit, s.per, s.bound, s.quote, s.url, s.fact_id
FROM stated s
WHERE EXISTS (
    SELECT 1 FROM stated o
    WHERE o.rule_id = s.rule_id AND o.jurisdiction = s.jurisdiction
      AND o.effective_year IS NOT DISTINCT FROM s.effective_year
      AND o.unit IS NOT DISTINCT FROM s.unit AND o.per IS NOT DISTINCT FROM s.per
      AND o.bound = s.bound AND o.source_id <> s.source_id
      AND (o.value IS DISTINCT FROM s.value OR o.value_max IS DISTINCT FROM s.value_max)
);

-- Today's value of each rule per jurisdiction and side: "at least 18" and "under 26" are the
-- two ends of `au_pair.age`, a row each (`bound` max), every other statement of a rule is on
-- its lower side with "exactly" and "at least". Among the current statements in force today,
-- those in the rule's own unit and rate first, then the latest effective date, undated
-- last; the value most of them state, the pages that state it and whether any disagree.
CREATE VIEW current_rules AS
WITH stated AS (
    SELECT a.*, r.family, r.label_en,
           (a.unit = r.unit AND a.per IS NOT DISTINCT FROM r.per) AS own_terms,
           CASE WHEN a.bound = 'max' THEN 'max' ELSE 'min' END AS side
    FROM current_amounts a JOIN rules r USING (rule_id)
    WHERE a.effective_from IS NULL OR a.effective_from <= current_date
), ranked AS (
    SELECT *, dense_rank() OVER (
        PARTITION BY rule_id, jurisdiction, side
        ORDER BY own_terms DESC, effective_from DESC NULLS LAST, unit, per) AS rank
    FROM stated
), chosen AS (
    SELECT *, mode(value) OVER sides AS mode_value, mode(value_max) OVER sides AS mode_max
    FROM ranked
    WHERE rank = 1
    WINDOW sides AS (PARTITION BY rule_id, jurisdiction, side)
)
SELECT rule_id, any_value(family) AS family, any_value(label_en) AS label_en, jurisdiction,
       CASE WHEN side = 'max' THEN 'max' WHEN bool_or(bound = 'min') THEN 'min'
            ELSE mode(bound) END AS bound,
       any_value(mode_value) AS value, any_value(mode_max) AS value_max,
       unit, per, effective_from,
       count(DISTINCT source_id) FILTER (WHERE value IS NOT DISTINCT FROM mode_value) AS pages,
       list(DISTINCT source_id ORDER BY source_id)
           FILTER (WHERE value IS NOT DISTINCT FROM mode_value) AS source_ids,
       list(DISTINCT lang ORDER BY lang)
           FILTER (WHERE value IS NOT DISTINCT FROM mode_value) AS langs,
       list(DISTINCT grp ORDER BY grp)
           FILTER (WHERE grp IS NOT NULL AND value IS NOT DISTINCT FROM mode_value) AS grps,
       EXISTS (SELECT 1 FROM rule_conflicts c
               WHERE c.rule_id = chosen.rule_id AND c.jurisdiction = chosen.jurisdiction)
           AS disagree
FROM chosen
GROUP BY rule_id, jurisdiction, side, unit, per, effective_from;
