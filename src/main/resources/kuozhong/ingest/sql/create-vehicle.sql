-- one table per loaded vehicle.csv; <table> is the load's own table (no key: loaded in bulk, read in full);
-- texts with a limit (extracts.md, "Text limits", counted in code points) get twice the limit: H2 counts
-- UTF-16 units, in which a character beyond the BMP (CJK Extension B) takes two
CREATE TABLE <table> (
    load_id        BIGINT NOT NULL,
    record_no      BIGINT NOT NULL,
    plate_no       VARCHAR(40),
    owner_id_no    VARCHAR(18),
    vehicle_type   VARCHAR(12),
    use_nature     VARCHAR(16),
    purchase_price DECIMAL(16,2),
    register_date  DATE,
    status         VARCHAR(12)
)
