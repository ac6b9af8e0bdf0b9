SELECT packed FROM <table> WHERE first_household <= :household AND last_household >= :household ORDER BY part
