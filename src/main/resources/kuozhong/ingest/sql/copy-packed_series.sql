-- the PostgreSQL bulk path of insert-packed_series.sql, social_insurance.csv and provident_fund.csv (FORMAT csv:
-- an unquoted empty field is NULL; packed in bytea's hex input form, \x...)
COPY <table> (load_id, record_no, id_no, min_month, max_month, records, packed) FROM STDIN WITH (FORMAT csv)
