-- one table per loaded market_entity.csv; <table> is the load's own table (no key: loaded in bulk, read in full)
CREATE TABLE <table> (
    load_id          BIGINT NOT NULL,
    record_no        BIGINT NOT NULL,
    credit_code      VARCHAR(18),
    entity_type      VARCHAR(20),
    operator_id_no   VARCHAR(18),
    status           VARCHAR(12),
    established_date DATE,
    cancelled_date   DATE,
    township_code    VARCHAR(9),
    report_year      INTEGER,
    annual_revenue   DECIMAL(18,2)
)
