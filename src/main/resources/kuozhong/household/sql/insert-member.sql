INSERT INTO kz_list_member (version_id, household_no, id_no, name, relation, village, township_code, birth_date)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
