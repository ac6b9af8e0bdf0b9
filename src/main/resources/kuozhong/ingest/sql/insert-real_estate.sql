INSERT INTO <table> (load_id, record_no, cert_no, owner_id_no, share, property_type, area_m2, township_code, register_date, status)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
