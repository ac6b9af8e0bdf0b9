-- the PostgreSQL bulk path of insert-provident_fund.sql (FORMAT csv: an unquoted empty field is NULL; packed in
-- bytea's hex input form, \x...)
COPY <table> (load_id, record_no, id_no, min_month, max_month, records, packed) FROM STDIN WITH (FORMAT csv)
