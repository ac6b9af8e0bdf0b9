SELECT household_no, township_code, change_type, reasons, previous_as_of
FROM <table> ORDER BY household_no
