-- simulate.md: the current side of a what-if is what a version (a settlement) recorded, never the policy file
-- as it reads today. A version and a settlement keep the whole policy set they used, written as the YAML of a
-- one-set policy file (read back with the same parser as jobs/policy.yml); a version also keeps the visits
-- files it considered (profile.md "The visit in force"), compared by (delivery, file, sha256) like snapshots.
-- Rows stored before this migration have none: readers fall back to the policy file, with a warning.
CREATE TABLE kz_list_version_policy (
    version_id  BIGINT         NOT NULL PRIMARY KEY,
    policy_yaml VARCHAR(20000) NOT NULL
);

CREATE TABLE kz_list_visit_file (
    version_id    BIGINT       NOT NULL,
    load_id       BIGINT       NOT NULL,
    delivery      VARCHAR(40)  NOT NULL,
    delivery_date DATE         NOT NULL,
    file_name     VARCHAR(64)  NOT NULL,
    sha256        VARCHAR(64)  NOT NULL
);
CREATE INDEX kz_list_visit_file_by_version ON kz_list_visit_file (version_id);

CREATE TABLE kz_settlement_policy (
    settlement_id BIGINT         NOT NULL PRIMARY KEY,
    policy_yaml   VARCHAR(20000) NOT NULL
);
