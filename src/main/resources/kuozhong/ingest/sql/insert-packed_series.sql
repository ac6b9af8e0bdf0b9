INSERT INTO <table> (load_id, record_no, id_no, min_month, max_month, records, packed)
VALUES (?, ?, ?, ?, ?, ?, ?)
