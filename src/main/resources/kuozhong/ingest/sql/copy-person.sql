-- the PostgreSQL bulk path of insert-person.sql (FORMAT csv: an unquoted empty field is NULL)
COPY <table> (load_id, record_no, id_no, name, gender, birth_date, household_no, relation, township_code, village, status) FROM STDIN WITH (FORMAT csv)
