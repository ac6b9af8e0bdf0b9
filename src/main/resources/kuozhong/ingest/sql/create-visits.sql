-- one table per loaded visits file (visits.csv, visits-<x>.csv) of a delivery under inbox/visits/
CREATE TABLE <table> (
    load_id        BIGINT NOT NULL,
    record_no      BIGINT NOT NULL,
    household_no   VARCHAR(20),
    visit_date     DATE,
    unit           VARCHAR(9),
    visitor_code   VARCHAR(20),
    verdict        VARCHAR(8),
    reason_code    VARCHAR(24),
    industry       VARCHAR(1),
    financing_need VARCHAR(8),
    note           VARCHAR(800),
    valid_until    DATE
)
