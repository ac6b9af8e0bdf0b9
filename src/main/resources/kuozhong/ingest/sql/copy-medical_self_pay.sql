-- the PostgreSQL bulk path of insert-medical_self_pay.sql (FORMAT csv: an unquoted empty field is NULL)
COPY <table> (load_id, record_no, id_no, year_month, self_pay_amount) FROM STDIN WITH (FORMAT csv)
