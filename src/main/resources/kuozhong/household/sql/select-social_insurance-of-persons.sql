-- packed runs (kuozhong.ingest.PackedRuns) with a record in the window; runs never overlap, so their order is
-- record order
SELECT id_no, record_no, packed FROM <table> WHERE id_no IN (<ids>) AND min_month <= :last AND max_month >= :first
ORDER BY record_no
