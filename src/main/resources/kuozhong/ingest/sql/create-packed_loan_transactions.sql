-- one table per loaded loan_transactions.csv (Source.loadTableSql); <table> is the load's own table (no key:
-- loaded in bulk, read in full), packed (kuozhong.ingest.PackedRuns): one row per run of consecutive records of
-- one loan_no, with the run's first record number, its number of records and the records themselves (txn_id,
-- txn_date, txn_type, amount); loan_no gets twice its limit, as in the one-row-a-record table it replaces
CREATE TABLE <table> (
    load_id    BIGINT NOT NULL,
    record_no  BIGINT NOT NULL,
    loan_no    VARCHAR(128),
    records    INTEGER NOT NULL,
    packed     BYTEA NOT NULL
)
