SELECT id_no, year_month, insured_type, amount FROM <table> WHERE id_no IN (<ids>) ORDER BY record_no
