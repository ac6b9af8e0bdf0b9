INSERT INTO <table> (load_id, record_no, txn_id, loan_no, txn_date, txn_type, amount)
VALUES (?, ?, ?, ?, ?, ?, ?)
