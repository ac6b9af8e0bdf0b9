SELECT household_no, evaluated, data_included, data_reasons, categories, primary_category, labels, unknown_codes,
       suggested_products, visit_status, not_applied, visit_date, visit_unit, visit_visitor, visit_verdict,
       visit_reason, visit_industry, visit_financing, visit_note, visit_valid_until, visit_delivery_date, visit_file,
       visit_record, outcomes, member_flags
FROM <table> ORDER BY household_no
