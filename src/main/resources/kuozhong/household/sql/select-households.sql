SELECT household_no, township_code, member_count, household_income, per_capita_income, included, reasons, flags
FROM <table> ORDER BY household_no
