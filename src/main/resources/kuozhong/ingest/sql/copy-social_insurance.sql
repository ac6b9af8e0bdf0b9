-- the PostgreSQL bulk path of insert-social_insurance.sql (FORMAT csv: an unquoted empty field is NULL)
COPY <table> (load_id, record_no, id_no, year_month, insured_type, amount, employer_name) FROM STDIN WITH (FORMAT csv)
