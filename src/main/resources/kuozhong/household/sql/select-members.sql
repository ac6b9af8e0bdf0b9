-- in the order a build keeps them (household, relation, id_no), so that the files written from a version read back
-- list the members as those written from the build itself, on every database
SELECT household_no, id_no, name, relation, village, township_code, birth_date
FROM <table> ORDER BY household_no, relation, id_no
