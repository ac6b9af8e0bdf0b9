-- simulate.md, "Membership of every loan is stored": for every ledger loan of a settlement (refused and
-- inactive ones too), its list-membership outcome on the contract date, with the version that decided it
-- and, for a member, that version's household and township. A what-if (kz list simulate) takes membership
-- from here and never re-judges it; kz settle's outputs step reads it back with the rest of the settlement.
CREATE TABLE kz_settlement_loan (
    settlement_id   BIGINT       NOT NULL,
    loan_no         VARCHAR(64)  NOT NULL,
    membership      VARCHAR(16)  NOT NULL,  -- NO_LIST_VERSION, NOT_ON_LIST, MEMBER
    list_version_id BIGINT,
    list_as_of      DATE,
    household_no    VARCHAR(20),
    township_code   VARCHAR(9)
);
CREATE INDEX kz_settlement_loan_by_settlement ON kz_settlement_loan (settlement_id);
