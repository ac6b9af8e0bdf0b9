SELECT id_no, spouse_id_no, event, event_date FROM <table> WHERE id_no IN (<ids>) OR spouse_id_no IN (<ids>)
