SELECT id_no, year_month, self_pay_amount FROM <table>
WHERE id_no IN (<ids>) ORDER BY record_no
