-- The same rows as 008's rule_conflicts, found by counting instead of pairing every statement
-- with every other of its rule (a self-join: +96 MB of the writer's memory at 1,000 new pages,
-- read twice a night by the parse stage). A statement disagrees when its group (rule,
-- jurisdiction, effective year, unit, rate, bound) holds a statement of another value on
-- another page: those of another value, less those of another value on its own page.
CREATE OR REPLACE VIEW rule_conflicts AS
WITH stated AS (
    SELECT rule_id, jurisdiction, effective_from, year(effective_from) AS effective_year,
           source_id, lang, grp, value, value_max, unit, per, bound, quote, url, fact_id
    FROM current_amounts
    WHERE rule_id IS NOT NULL AND jurisdiction IS NOT NULL AND bound IS NOT NULL
), counted AS (
    SELECT *,
           count(*) OVER (PARTITION BY rule_id, jurisdiction, effective_year, unit, per, bound)
               AS in_group,
           count(*) OVER (PARTITION BY rule_id, jurisdiction, effective_year, unit, per, bound,
                                       value, value_max) AS same_value,
           count(*) OVER (PARTITION BY rule_id, jurisdiction, effective_year, unit, per, bound,
                                       source_id) AS same_page,
           count(*) OVER (PARTITION BY rule_id, jurisdiction, effective_year, unit, per, bound,
                                       source_id, value, value_max) AS same_page_value
    FROM stated
)
SELECT rule_id, jurisdiction, effective_from, source_id, lang, grp, value, value_max, unit, per,
       bound, quote, url, fact_id
FROM counted
WHERE (in_group - same_value) - (same_page - same_page_value) > 0;
