INSERT INTO <table> (load_id, record_no, id_no, spouse_id_no, event, event_date)
VALUES (?, ?, ?, ?, ?, ?)
