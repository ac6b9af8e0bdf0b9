-- the persons of one household and the spouses named (kz list explain); a union rather than an OR so that H2
-- looks each column up by its index where there is one (SnapshotIndexes)
SELECT id_no, name, gender, birth_date, household_no, relation, township_code, village, status, record_no FROM <table>
WHERE household_no = :household
UNION
SELECT id_no, name, gender, birth_date, household_no, relation, township_code, village, status, record_no FROM <table>
WHERE id_no IN (<ids>)
ORDER BY record_no
