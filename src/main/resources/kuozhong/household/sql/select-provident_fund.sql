-- packed runs (kuozhong.ingest.PackedRuns) with a record in the window; the records are filtered when unpacked
SELECT id_no, record_no, packed FROM <table> WHERE min_month <= :last AND max_month >= :first
