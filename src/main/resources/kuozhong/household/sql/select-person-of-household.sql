SELECT id_no, name, gender, birth_date, household_no, relation, township_code, village, status FROM <table>
WHERE household_no = :household OR id_no IN (<ids>)
