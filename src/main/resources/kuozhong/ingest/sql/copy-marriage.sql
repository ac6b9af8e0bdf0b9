-- the PostgreSQL bulk path of insert-marriage.sql (FORMAT csv: an unquoted empty field is NULL)
COPY <table> (load_id, record_no, id_no, spouse_id_no, event, event_date) FROM STDIN WITH (FORMAT csv)
