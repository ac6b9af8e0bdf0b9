SELECT id_no, year_month, deposit_base, monthly_deposit FROM <table> WHERE year_month BETWEEN :first AND :last
