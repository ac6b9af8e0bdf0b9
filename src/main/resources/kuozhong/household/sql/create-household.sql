-- one table per list version (kz_list_<version>_household): written once in household order, read in full or
-- for one household, dropped with its version; no key or index (a version's rows are never updated)
CREATE TABLE <table> (
    household_no      VARCHAR(20)    NOT NULL,
    township_code     VARCHAR(9)     NOT NULL,
    member_count      INTEGER        NOT NULL,
    household_income  DECIMAL(16, 2) NOT NULL,
    per_capita_income DECIMAL(16, 2) NOT NULL,
    included          VARCHAR(1)     NOT NULL,  -- Y or N
    reasons           VARCHAR(400)   NOT NULL,  -- codes joined with ;
    flags             VARCHAR(400)   NOT NULL
)
