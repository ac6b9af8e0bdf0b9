INSERT INTO kz_settlement_exception (settlement_id, loan_no, reasons) VALUES (?, ?, ?)
