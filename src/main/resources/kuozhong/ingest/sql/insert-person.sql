INSERT INTO <table> (load_id, record_no, id_no, name, gender, birth_date, household_no, relation, township_code, village, status)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
