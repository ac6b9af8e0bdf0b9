SELECT id_no, year_month, insured_type, amount FROM <table>
