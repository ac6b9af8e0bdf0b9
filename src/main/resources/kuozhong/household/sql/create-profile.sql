-- profile.md: what one list version decided about each household beyond target-list.md (kz_list_<version>_profile).
-- One row per evaluated household (evaluated = 'Y'), and one per household_no that has a visit considered for
-- the as-of date but no NORMAL member then (evaluated = 'N': visits-report.csv's UNKNOWN_HOUSEHOLD).
CREATE TABLE <table> (
    household_no        VARCHAR(20)   NOT NULL,
    evaluated           VARCHAR(1)    NOT NULL,
    data_included       VARCHAR(1),               -- the decision of target-list.md's rules alone
    data_reasons        VARCHAR(400),
    categories          VARCHAR(200),
    primary_category    VARCHAR(20),
    labels              VARCHAR(200),
    unknown_codes       VARCHAR(200),
    suggested_products  VARCHAR(100),
    visit_status        VARCHAR(20),              -- NOT_VISITED, EXPIRED, CONFIRM, EXCLUDE, INCLUDE, INCLUDE_NOT_APPLIED
    not_applied         VARCHAR(100),             -- the ASSISTANCE_* codes that blocked an INCLUDE
    -- the latest visit considered (in force or expired) and where it was loaded from
    visit_date          DATE,
    visit_unit          VARCHAR(9),
    visit_visitor       VARCHAR(20),
    visit_verdict       VARCHAR(8),
    visit_reason        VARCHAR(24),
    visit_industry      VARCHAR(1),
    visit_financing     VARCHAR(8),
    visit_note          VARCHAR(800),
    visit_valid_until   DATE,                     -- the last day in force (computed when delivered empty)
    visit_delivery_date DATE,
    visit_file          VARCHAR(64),
    visit_record        BIGINT,
    outcomes            VARCHAR(20000),           -- every category and label with its figures, one per line
    member_flags        VARCHAR(4000)             -- per member id_no=flags: operator, employed, school-age, homestead (Y, ?, -)
)
