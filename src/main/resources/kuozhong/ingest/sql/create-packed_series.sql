-- one table per loaded social_insurance.csv or provident_fund.csv (Source.loadTableSql); <table> is the load's
-- own table (no key: loaded in bulk, read in full),
-- packed (kuozhong.ingest.PackedRuns): one row per run of consecutive records of one id_no, with the run's
-- first record number, its smallest and largest year_month, its number of records and the records themselves
CREATE TABLE <table> (
    load_id    BIGINT NOT NULL,
    record_no  BIGINT NOT NULL,
    id_no      VARCHAR(18),
    min_month  INTEGER,
    max_month  INTEGER,
    records    INTEGER NOT NULL,
    packed     BYTEA NOT NULL
)
