SELECT loan_no, household_no, township_code, borrower_id_no, product, category, contract_date, maturity_date,
       principal, contract_rate, reference_rate, fiscal_rate, bank_rate, days, accumulation, year_end_balance,
       fiscal_subsidy, province_share, county_share, bank_concession, household_saving, flags
FROM kz_settlement_detail
WHERE settlement_id = :id
