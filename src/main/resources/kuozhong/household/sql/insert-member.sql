INSERT INTO <table> (household_no, id_no, name, relation, village, township_code, birth_date)
VALUES (?, ?, ?, ?, ?, ?, ?)
