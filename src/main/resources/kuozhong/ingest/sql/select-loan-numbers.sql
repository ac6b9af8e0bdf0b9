SELECT loan_no FROM <table>
