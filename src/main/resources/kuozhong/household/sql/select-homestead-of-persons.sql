SELECT cert_no, owner_id_no, township_code, village, area_m2, status FROM <table>
WHERE owner_id_no IN (<ids>) ORDER BY record_no
