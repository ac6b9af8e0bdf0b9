SELECT txn_id, loan_no, txn_date, txn_type, amount FROM <table>
