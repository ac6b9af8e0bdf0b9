SELECT id_no, assistance_type, start_date, end_date FROM <table> WHERE id_no IN (<ids>) ORDER BY record_no
