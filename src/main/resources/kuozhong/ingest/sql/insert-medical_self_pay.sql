INSERT INTO <table> (load_id, record_no, id_no, year_month, self_pay_amount)
VALUES (?, ?, ?, ?, ?)
