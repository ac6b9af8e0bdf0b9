-- one table per loaded person.csv; <table> is the load's own table (no key: loaded in bulk, read in full);
-- texts with a limit (extracts.md, "Text limits", counted in code points) get twice the limit: H2 counts
-- UTF-16 units, in which a character beyond the BMP (CJK Extension B) takes two
CREATE TABLE <table> (
    load_id       BIGINT NOT NULL,
    record_no     BIGINT NOT NULL,
    id_no         VARCHAR(18),
    name          VARCHAR(100),
    gender        VARCHAR(1),
    birth_date    DATE,
    household_no  VARCHAR(20),
    relation      VARCHAR(2),
    township_code VARCHAR(9),
    village       VARCHAR(400),
    status        VARCHAR(12)
)
