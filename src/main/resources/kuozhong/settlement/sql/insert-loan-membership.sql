INSERT INTO kz_settlement_loan (settlement_id, loan_no, membership, list_version_id, list_as_of, household_no,
    township_code)
VALUES (?, ?, ?, ?, ?, ?, ?)
