INSERT INTO <table> (load_id, record_no, id_no, assistance_type, start_date, end_date)
VALUES (?, ?, ?, ?, ?, ?)
