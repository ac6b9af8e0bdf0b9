INSERT INTO kz_list_change (version_id, household_no, township_code, change_type, reasons, previous_as_of)
VALUES (?, ?, ?, ?, ?, ?)
