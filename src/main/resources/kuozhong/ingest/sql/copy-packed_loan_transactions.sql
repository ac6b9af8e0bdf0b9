-- the PostgreSQL bulk path of insert-packed_loan_transactions.sql (FORMAT csv: an unquoted empty field is NULL;
-- packed in bytea's hex input form, \x...)
COPY <table> (load_id, record_no, loan_no, records, packed) FROM STDIN WITH (FORMAT csv)
