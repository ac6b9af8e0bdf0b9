SELECT household_no, included, township_code FROM <table>
