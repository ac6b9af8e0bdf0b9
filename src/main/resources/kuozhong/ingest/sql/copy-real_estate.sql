-- the PostgreSQL bulk path of insert-real_estate.sql (FORMAT csv: an unquoted empty field is NULL)
COPY <table> (load_id, record_no, cert_no, owner_id_no, share, property_type, area_m2, township_code, register_date, status) FROM STDIN WITH (FORMAT csv)
