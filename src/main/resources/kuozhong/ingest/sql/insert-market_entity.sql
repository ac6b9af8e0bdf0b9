INSERT INTO <table> (load_id, record_no, credit_code, entity_type, operator_id_no, status, established_date, cancelled_date, township_code, report_year, annual_revenue)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
