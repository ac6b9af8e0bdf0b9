-- one table per loaded loan_transactions.csv; <table> is the load's own table (no key: loaded in bulk, read in full)
CREATE TABLE <table> (
    load_id   BIGINT NOT NULL,
    record_no BIGINT NOT NULL,
    txn_id    VARCHAR(64),
    loan_no   VARCHAR(64),
    txn_date  DATE,
    txn_type  VARCHAR(10),
    amount    DECIMAL(16,2)
)
