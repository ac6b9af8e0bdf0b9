SELECT credit_code, entity_type, operator_id_no, status, established_date, cancelled_date, report_year, annual_revenue FROM <table>
WHERE operator_id_no IN (<ids>) ORDER BY record_no
