-- the packed runs of a loan_transactions.csv load (kuozhong.ingest.PackedRuns), in record order: runs never
-- overlap, so each loan's transactions come in the file's order
SELECT loan_no, records, record_no, packed FROM <table> ORDER BY record_no
