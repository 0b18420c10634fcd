-- Whose rule a change is about: a Flemish and a Brussels change of one rule are two rules in
-- force, and the review desk groups them apart ("au_pair.pocket_money (flanders)"). Set with
-- `rule_id`, null without it. Changes recorded before this migration get it from their facts
-- (amount changes) or their subject (rule changes, "<rule> (<region>)").
ALTER TABLE changes ADD COLUMN jurisdiction VARCHAR;
UPDATE changes SET jurisdiction = (
    SELECT any_value(a.jurisdiction) FROM amounts a
    WHERE a.fact_id = coalesce(changes.new_fact_id, changes.old_fact_id)
) WHERE rule_id IS NOT NULL
    AND change_kind IN ('amount_changed', 'amount_added', 'amount_removed');
UPDATE changes SET jurisdiction = nullif(regexp_extract(subject, '\(([a-z]+)\)$', 1), '')
WHERE change_kind IN ('rule_changed', 'rule_conflict', 'rule_conflict_resolved');
