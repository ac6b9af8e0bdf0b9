INSERT INTO <table> (part, first_household, last_household, row_count, packed) VALUES (?, ?, ?, ?, ?)
