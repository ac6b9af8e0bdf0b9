INSERT INTO <table> (load_id, record_no, cert_no, owner_id_no, township_code, village, area_m2, status)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
