-- the PostgreSQL bulk path of insert-homestead.sql (FORMAT csv: an unquoted empty field is NULL)
COPY <table> (load_id, record_no, cert_no, owner_id_no, township_code, village, area_m2, status) FROM STDIN WITH (FORMAT csv)
