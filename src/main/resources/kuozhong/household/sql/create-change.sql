-- the changes of one list version against the version before its as-of date (kz_list_<version>_change)
CREATE TABLE <table> (
    household_no   VARCHAR(20)  NOT NULL,
    township_code  VARCHAR(9)   NOT NULL,
    change_type    VARCHAR(16)  NOT NULL,
    reasons        VARCHAR(400) NOT NULL,
    previous_as_of DATE
)
