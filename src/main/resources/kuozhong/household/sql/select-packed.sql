SELECT packed FROM <table> ORDER BY part
