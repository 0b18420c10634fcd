-- current_rules as in 008, with one difference: when the statements of a rule tie between
-- values (two pages say 78,259 and two say 78,259.20), 008's mode() picked whichever it met
-- first, so a night and a rebuild of the same snapshots could tell one rule change with
-- different figures. The value stated most often still wins; a tie goes to the stricter
-- value (the higher floor, the lower ceiling), which a volunteer can advise on without being
-- wrong by the other page; the disagreement itself stays in rule_conflicts. The bound of an
-- undecided side ties the same way, by name.
CREATE OR REPLACE VIEW current_rules AS
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
), top AS (
    SELECT * FROM ranked WHERE rank = 1
), values_said AS (
    SELECT rule_id, jurisdiction, side, value, value_max, bound, count(*) AS n
    FROM top GROUP BY ALL
), picked AS (
    -- grouped, not windowed: one row per rule, jurisdiction and side (windows over every
    -- statement cost the cold night's rule-view read ~9 MB more, benchmarks/memory.py)
    SELECT rule_id, jurisdiction, side,
           first(value ORDER BY n_value DESC,
                 CASE WHEN side = 'max' THEN value ELSE -value END NULLS LAST) AS mode_value,
           first(value_max ORDER BY n_max DESC,
                 CASE WHEN side = 'max' THEN value_max ELSE -value_max END NULLS LAST)
               AS mode_max,
           first(bound ORDER BY n_bound DESC, bound) AS mode_bound
    FROM (
        SELECT *, sum(n) OVER (PARTITION BY rule_id, jurisdiction, side, value) AS n_value,
               sum(n) OVER (PARTITION BY rule_id, jurisdiction, side, value_max) AS n_max,
               sum(n) OVER (PARTITION BY rule_id, jurisdiction, side, bound) AS n_bound
        FROM values_said
    )
    GROUP BY rule_id, jurisdiction, side
), chosen AS (
    SELECT top.*, picked.mode_value, picked.mode_max, picked.mode_bound
    FROM top JOIN picked USING (rule_id, jurisdiction, side)
)
SELECT rule_id, any_value(family) AS family, any_value(label_en) AS label_en, jurisdiction,
       CASE WHEN side = 'max' THEN 'max' WHEN bool_or(bound = 'min') THEN 'min'
            ELSE any_value(mode_bound) END AS bound,
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
