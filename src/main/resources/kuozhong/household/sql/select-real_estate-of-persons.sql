SELECT cert_no, owner_id_no, share, property_type, area_m2, township_code, register_date, status FROM <table>
WHERE owner_id_no IN (<ids>) ORDER BY record_no
