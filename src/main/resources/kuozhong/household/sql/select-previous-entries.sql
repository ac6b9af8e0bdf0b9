SELECT household_no, included, township_code FROM kz_list_household WHERE version_id = :versionId
