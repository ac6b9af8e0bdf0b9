INSERT INTO kz_list_snapshot (version_id, source, load_id, delivery, delivery_date, sha256, loaded)
VALUES (?, ?, ?, ?, ?, ?, ?)
