-- one table per loaded loan_transactions.csv; <table> is the load's own table (no key: loaded in bulk, read in full);
-- texts with a limit (extracts.md, "Text limits", counted in code points) get twice the limit: H2 counts
-- UTF-16 units, in which a character beyond the BMP (CJK Extension B) takes two
CREATE TABLE <table> (
    load_id   BIGINT NOT NULL,
    record_no BIGINT NOT NULL,
    txn_id    VARCHAR(128),
    loan_no   VARCHAR(128),
    txn_date  DATE,
    txn_type  VARCHAR(10),
    amount    DECIMAL(16,2)
)
