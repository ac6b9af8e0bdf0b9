-- one table per loaded vehicle.csv; <table> is the load's own table (no key: loaded in bulk, read in full)
CREATE TABLE <table> (
    load_id        BIGINT NOT NULL,
    record_no      BIGINT NOT NULL,
    plate_no       VARCHAR(20),
    owner_id_no    VARCHAR(18),
    vehicle_type   VARCHAR(12),
    use_nature     VARCHAR(16),
    purchase_price DECIMAL(16,2),
    register_date  DATE,
    status         VARCHAR(12)
)
