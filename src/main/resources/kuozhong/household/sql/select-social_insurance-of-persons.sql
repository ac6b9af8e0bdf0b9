SELECT id_no, year_month, insured_type, amount FROM <table> WHERE id_no IN (<ids>) AND year_month BETWEEN :first AND :last ORDER BY record_no
