-- the marriages of the persons of one household (kz list explain); a union rather than an OR so that H2 looks
-- each column up by its index where there is one (SnapshotIndexes); record_no keeps two equal records apart
SELECT id_no, spouse_id_no, event, event_date, record_no FROM <table> WHERE id_no IN (<ids>)
UNION
SELECT id_no, spouse_id_no, event, event_date, record_no FROM <table> WHERE spouse_id_no IN (<ids>)
ORDER BY record_no
