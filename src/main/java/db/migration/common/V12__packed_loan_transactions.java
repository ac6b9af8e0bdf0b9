package db.migration.common;

import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import kuozhong.ingest.PackedRuns;
import kuozhong.ingest.Source;

/**
 * Issue 12: the load tables of the bank's loan_transactions.csv become packed ({@link PackedRuns}: one row per
 * run of consecutive records of one loan_no), as {@link V11__packed_monthly_series} did for the monthly series:
 * every such table still in the database (whatever the state of its load) is read in record order, a bounded run
 * at a time, into a new table made by the same {@code create-packed_loan_transactions.sql} an ingest uses, which
 * then takes the old one's name ({@link PackedLoadTables}). A table already packed is left as it is. Runs in
 * Flyway's transaction, as {@link V10__list_version_tables}.
 */
public class V12__packed_loan_transactions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        PackedLoadTables.packAll(context.getConnection(), "txn_date", Source.LOAN_TRANSACTIONS);
    }
}
