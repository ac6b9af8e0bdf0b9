SELECT household_no, township_code, member_count, household_income, per_capita_income, included, reasons, flags
FROM kz_list_household WHERE version_id = :versionId ORDER BY household_no
