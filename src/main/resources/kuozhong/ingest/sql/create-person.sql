-- one table per loaded person.csv; <table> is the load's own table (no key: loaded in bulk, read in full)
CREATE TABLE <table> (
    load_id       BIGINT NOT NULL,
    record_no     BIGINT NOT NULL,
    id_no         VARCHAR(18),
    name          VARCHAR(50),
    gender        VARCHAR(1),
    birth_date    DATE,
    household_no  VARCHAR(20),
    relation      VARCHAR(2),
    township_code VARCHAR(9),
    village       VARCHAR(200),
    status        VARCHAR(12)
)
