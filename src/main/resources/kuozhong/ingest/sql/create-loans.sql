-- one table per loaded loans.csv; <table> is the load's own table (no key: loaded in bulk, read in full);
-- texts with a limit (extracts.md, "Text limits", counted in code points) get twice the limit: H2 counts
-- UTF-16 units, in which a character beyond the BMP (CJK Extension B) takes two
CREATE TABLE <table> (
    load_id              BIGINT NOT NULL,
    record_no            BIGINT NOT NULL,
    loan_no              VARCHAR(128),
    borrower_id_no       VARCHAR(18),
    product              VARCHAR(10),
    category             VARCHAR(12),
    contract_date        DATE,
    maturity_date        DATE,
    principal            DECIMAL(16,2),
    contract_rate        DECIMAL(12,4),
    reference_rate       DECIMAL(12,4),
    guarantee_subsidized VARCHAR(1)
)
