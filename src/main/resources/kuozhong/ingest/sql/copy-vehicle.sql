-- the PostgreSQL bulk path of insert-vehicle.sql (FORMAT csv: an unquoted empty field is NULL)
COPY <table> (load_id, record_no, plate_no, owner_id_no, vehicle_type, use_nature, purchase_price, register_date, status) FROM STDIN WITH (FORMAT csv)
