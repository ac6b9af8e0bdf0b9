SELECT household_no, township_code, change_type, reasons, previous_as_of
FROM kz_list_change WHERE version_id = :versionId ORDER BY household_no
