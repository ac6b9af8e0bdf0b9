INSERT INTO <table> (household_no, township_code, change_type, reasons, previous_as_of)
VALUES (?, ?, ?, ?, ?)
