-- the PostgreSQL bulk path of insert-market_entity.sql (FORMAT csv: an unquoted empty field is NULL)
COPY <table> (load_id, record_no, credit_code, entity_type, operator_id_no, status, established_date, cancelled_date, township_code, report_year, annual_revenue) FROM STDIN WITH (FORMAT csv)
