-- the PostgreSQL bulk path of insert-visits.sql (FORMAT csv: an unquoted empty field is NULL)
COPY <table> (load_id, record_no, household_no, visit_date, unit, visitor_code, verdict, reason_code, industry, financing_need, note, valid_until) FROM STDIN WITH (FORMAT csv)
