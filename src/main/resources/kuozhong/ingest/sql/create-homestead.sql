-- one table per loaded homestead.csv; <table> is the load's own table (no key: loaded in bulk, read in full);
-- texts with a limit get twice the limit (H2 counts UTF-16 units; a CJK Extension B character takes two)
CREATE TABLE <table> (
    load_id       BIGINT NOT NULL,
    record_no     BIGINT NOT NULL,
    cert_no       VARCHAR(128),
    owner_id_no   VARCHAR(18),
    township_code VARCHAR(9),
    village       VARCHAR(400),
    area_m2       DECIMAL(16,2),
    status        VARCHAR(12)
)
