-- the PostgreSQL bulk path of insert-loans.sql (FORMAT csv: an unquoted empty field is NULL)
COPY <table> (load_id, record_no, loan_no, borrower_id_no, product, category, contract_date, maturity_date, principal, contract_rate, reference_rate, guarantee_subsidized) FROM STDIN WITH (FORMAT csv)
