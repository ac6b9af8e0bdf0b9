-- the visits of one loaded visits file considered for a build as of :asOf (visit_date on or before it)
SELECT household_no, visit_date, unit, visitor_code, verdict, reason_code, industry, financing_need, note, valid_until, record_no
FROM <table> WHERE visit_date <= :asOf
