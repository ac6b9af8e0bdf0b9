-- Texts with a limit (extracts.md, "Text limits") count Unicode characters (code points); H2 counts a
-- column's length in UTF-16 units, in which a character beyond the BMP (CJK Extension B) takes two.
-- The stored copies of such texts get twice the limit, so that every text within its limit is stored
-- whole on H2 as on PostgreSQL; the limit itself is checked on ingest. (Issue 8; the load tables are
-- created per load with the same widths: kuozhong/ingest/sql/create-*.sql.)
ALTER TABLE kz_list_member ALTER COLUMN name SET DATA TYPE VARCHAR(100);
ALTER TABLE kz_list_member ALTER COLUMN village SET DATA TYPE VARCHAR(400);
ALTER TABLE kz_settlement_detail ALTER COLUMN loan_no SET DATA TYPE VARCHAR(128);
ALTER TABLE kz_settlement_exception ALTER COLUMN loan_no SET DATA TYPE VARCHAR(128);
