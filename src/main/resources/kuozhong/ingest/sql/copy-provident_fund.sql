-- the PostgreSQL bulk path of insert-provident_fund.sql (FORMAT csv: an unquoted empty field is NULL)
COPY <table> (load_id, record_no, id_no, year_month, deposit_base, monthly_deposit, employer_name) FROM STDIN WITH (FORMAT csv)
