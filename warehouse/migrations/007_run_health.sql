-- A run's health beside its status: a run can complete (its data committed, its report
-- written) and still have reached almost nothing. `health` is ok | degraded | failed
-- (warehouse/vocab.py HEALTHS), `health_reason` says why in a maintainer's words.
ALTER TABLE runs ADD COLUMN health VARCHAR;
ALTER TABLE runs ADD COLUMN health_reason VARCHAR;
