-- the members of each household of one list version (kz_list_<version>_member); name and village get twice their
-- limit in code points (H2 counts UTF-16 units: see V6_8)
CREATE TABLE <table> (
    household_no  VARCHAR(20)  NOT NULL,
    id_no         VARCHAR(18)  NOT NULL,
    name          VARCHAR(100),
    relation      VARCHAR(2),
    village       VARCHAR(400),
    township_code VARCHAR(9),
    birth_date    DATE
)
