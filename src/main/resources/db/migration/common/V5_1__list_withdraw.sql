-- A list version built by mistake can be withdrawn (spec/README.md, kz list withdraw): it is kept for audit
-- with state WITHDRAWN, the reason and the time, and is no longer in force on any date (every "in force" and
-- "previous version" query reads CURRENT versions only). Rebuilding its as-of date publishes a new CURRENT one.
ALTER TABLE kz_list_version ADD COLUMN withdrawn_reason VARCHAR(400);
ALTER TABLE kz_list_version ADD COLUMN withdrawn_at TIMESTAMP;
