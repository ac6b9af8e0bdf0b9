SELECT plate_no, owner_id_no, vehicle_type, use_nature, purchase_price, register_date, status FROM <table>
WHERE owner_id_no IN (<ids>) ORDER BY record_no
