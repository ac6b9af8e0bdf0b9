-- one table per loaded real_estate.csv; <table> is the load's own table (no key: loaded in bulk, read in full);
-- texts with a limit (extracts.md, "Text limits", counted in code points) get twice the limit: H2 counts
-- UTF-16 units, in which a character beyond the BMP (CJK Extension B) takes two
CREATE TABLE <table> (
    load_id       BIGINT NOT NULL,
    record_no     BIGINT NOT NULL,
    cert_no       VARCHAR(128),
    owner_id_no   VARCHAR(18),
    share         DECIMAL(12,4),
    property_type VARCHAR(12),
    area_m2       DECIMAL(16,2),
    township_code VARCHAR(9),
    register_date DATE,
    status        VARCHAR(12)
)
