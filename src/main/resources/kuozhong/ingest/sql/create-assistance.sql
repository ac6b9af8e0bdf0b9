-- one table per loaded assistance.csv; <table> is the load's own table (no key: loaded in bulk, read in full)
CREATE TABLE <table> (
    load_id         BIGINT NOT NULL,
    record_no       BIGINT NOT NULL,
    id_no           VARCHAR(18),
    assistance_type VARCHAR(8),
    start_date      DATE,
    end_date        DATE
)
