INSERT INTO <table> (load_id, record_no, id_no, year_month, deposit_base, monthly_deposit, employer_name)
VALUES (?, ?, ?, ?, ?, ?, ?)
