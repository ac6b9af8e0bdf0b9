-- one table per loaded marriage.csv; <table> is the load's own table (no key: loaded in bulk, read in full)
CREATE TABLE <table> (
    load_id      BIGINT NOT NULL,
    record_no    BIGINT NOT NULL,
    id_no        VARCHAR(18),
    spouse_id_no VARCHAR(18),
    event        VARCHAR(10),
    event_date   DATE
)
