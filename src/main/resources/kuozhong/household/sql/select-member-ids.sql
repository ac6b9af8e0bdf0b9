-- every member of a version with its household (any order)
SELECT household_no, id_no FROM <table>
