-- the PostgreSQL bulk path of insert-assistance.sql (FORMAT csv: an unquoted empty field is NULL)
COPY <table> (load_id, record_no, id_no, assistance_type, start_date, end_date) FROM STDIN WITH (FORMAT csv)
