INSERT INTO <table> (load_id, record_no, loan_no, records, packed)
VALUES (?, ?, ?, ?, ?)
