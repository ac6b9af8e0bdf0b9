-- one table per loaded medical_self_pay.csv; <table> is the load's own table (no key: loaded in bulk, read in full)
CREATE TABLE <table> (
    load_id         BIGINT NOT NULL,
    record_no       BIGINT NOT NULL,
    id_no           VARCHAR(18),
    year_month      INTEGER,
    self_pay_amount DECIMAL(16,2)
)
