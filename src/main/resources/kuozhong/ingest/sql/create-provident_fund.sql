-- one table per loaded provident_fund.csv; <table> is the load's own table (no key: loaded in bulk, read in full);
-- texts with a limit (extracts.md, "Text limits", counted in code points) get twice the limit: H2 counts
-- UTF-16 units, in which a character beyond the BMP (CJK Extension B) takes two
CREATE TABLE <table> (
    load_id         BIGINT NOT NULL,
    record_no       BIGINT NOT NULL,
    id_no           VARCHAR(18),
    year_month      INTEGER,
    deposit_base    DECIMAL(16,2),
    monthly_deposit DECIMAL(16,2),
    employer_name   VARCHAR(400)
)
