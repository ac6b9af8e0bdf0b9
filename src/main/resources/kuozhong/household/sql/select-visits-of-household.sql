-- the visits of one household in one loaded visits file (kz list explain)
SELECT household_no, visit_date, unit, visitor_code, verdict, reason_code, industry, financing_need, note, valid_until, record_no
FROM <table> WHERE visit_date <= :asOf AND household_no = :household ORDER BY record_no
