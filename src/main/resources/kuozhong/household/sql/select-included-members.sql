SELECT m.id_no, m.household_no, h.township_code
FROM kz_list_member m
JOIN kz_list_household h ON h.version_id = m.version_id AND h.household_no = m.household_no
WHERE m.version_id = :versionId AND h.included = 'Y'
