-- The rule a change is about: the desk groups an indexation stated on many pages under it,
-- and "other pages stating the same rule" reads it. Changes recorded before this migration
-- get it from their facts (amount changes) or their subject (rule changes, "<rule> (<region>)").
ALTER TABLE changes ADD COLUMN rule_id VARCHAR;
UPDATE changes SET rule_id = (
    SELECT any_value(a.rule_id) FROM amounts a
    WHERE a.fact_id = coalesce(changes.new_fact_id, changes.old_fact_id)
) WHERE change_kind IN ('amount_changed', 'amount_added', 'amount_removed');
UPDATE changes SET rule_id = split_part(subject, ' (', 1)
WHERE change_kind IN ('rule_changed', 'rule_conflict', 'rule_conflict_resolved');
