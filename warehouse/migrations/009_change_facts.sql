-- Each change names the facts it compares, so a downstream tool can join a report line to
-- the `amounts` / `conditions` history and read the figures as numbers, not words
-- ("at least EUR 450 per month" is old_number 450, unit EUR). Changes told before this
-- migration have none (null): their words and quotes stay as they were.
ALTER TABLE changes ADD COLUMN old_fact_id VARCHAR;
ALTER TABLE changes ADD COLUMN new_fact_id VARCHAR;
ALTER TABLE changes ADD COLUMN old_number DOUBLE;
ALTER TABLE changes ADD COLUMN new_number DOUBLE;
ALTER TABLE changes ADD COLUMN old_number_max DOUBLE;
ALTER TABLE changes ADD COLUMN new_number_max DOUBLE;
ALTER TABLE changes ADD COLUMN unit VARCHAR;
