SELECT id_no, spouse_id_no, event, event_date FROM <table>
