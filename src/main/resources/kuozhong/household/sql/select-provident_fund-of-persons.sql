SELECT id_no, year_month, deposit_base, monthly_deposit FROM <table> WHERE id_no IN (<ids>) ORDER BY record_no
