-- one table per list version and kind of row (VersionTable: kz_list_<version>_household, _member, _change,
-- _profile), packed (kuozhong.household.jdbc.PackedRows, V13): one row per part of up to 512 of the version's rows,
-- written once in the build's order, read in full or for one household (the parts whose household range holds
-- it), dropped with its version; no key or index. <bytes> is BLOB on H2, which keeps each part apart from its row,
-- so that finding one household's parts reads the ranges and not every part (kz list explain); BYTEA elsewhere
-- (PostgreSQL keeps a large value apart from its row by itself)
CREATE TABLE <table> (
    part            INTEGER     NOT NULL,
    first_household VARCHAR(20) NOT NULL,
    last_household  VARCHAR(20) NOT NULL,
    row_count       INTEGER     NOT NULL,
    packed          <bytes>     NOT NULL
)
