INSERT INTO <table> (load_id, record_no, household_no, visit_date, unit, visitor_code, verdict, reason_code, industry, financing_need, note, valid_until)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
