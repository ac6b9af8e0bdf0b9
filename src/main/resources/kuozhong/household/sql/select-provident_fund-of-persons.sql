SELECT id_no, year_month, deposit_base, monthly_deposit FROM <table> WHERE id_no IN (<ids>) AND year_month BETWEEN :first AND :last ORDER BY record_no
