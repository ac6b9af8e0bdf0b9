INSERT INTO <table> (load_id, record_no, id_no, year_month, insured_type, amount, employer_name)
VALUES (?, ?, ?, ?, ?, ?, ?)
