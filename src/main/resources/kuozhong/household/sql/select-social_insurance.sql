SELECT id_no, year_month, insured_type, amount FROM <table> WHERE year_month BETWEEN :first AND :last
