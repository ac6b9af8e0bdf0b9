-- the PostgreSQL bulk path of insert-loan_transactions.sql (FORMAT csv: an unquoted empty field is NULL)
COPY <table> (load_id, record_no, txn_id, loan_no, txn_date, txn_type, amount) FROM STDIN WITH (FORMAT csv)
