SELECT source, load_id, delivery, delivery_date, sha256, loaded
FROM kz_list_snapshot WHERE version_id = :versionId ORDER BY source
