-- How each source's fetch ended in each run: its last attempt. The change report and the
-- page events (unreachable, restored, moved) both read it; one definition keeps them agreed.
CREATE VIEW final_fetches AS
SELECT run_id, source_id, attempt, url, final_url, status_code, content_sha256, outcome,
       error_class, error, fetched_at
FROM fetches
QUALIFY row_number() OVER (PARTITION BY run_id, source_id ORDER BY attempt DESC) = 1;
