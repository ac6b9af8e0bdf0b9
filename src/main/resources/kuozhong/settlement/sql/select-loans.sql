SELECT loan_no, borrower_id_no, product, category, contract_date, maturity_date, principal, contract_rate,
       reference_rate, guarantee_subsidized
FROM <table>
