SELECT id_no FROM <table> WHERE household_no = :household
