-- one table per loaded social_insurance.csv; <table> is the load's own table (no key: loaded in bulk, read in full)
CREATE TABLE <table> (
    load_id       BIGINT NOT NULL,
    record_no     BIGINT NOT NULL,
    id_no         VARCHAR(18),
    year_month    INTEGER,
    insured_type  VARCHAR(16),
    amount        DECIMAL(16,2),
    employer_name VARCHAR(200)
)
