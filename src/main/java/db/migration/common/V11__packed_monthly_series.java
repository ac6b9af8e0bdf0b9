package db.migration.common;

import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import kuozhong.ingest.PackedRuns;
import kuozhong.ingest.Source;

/**
 * Issue 12: the load tables of the two monthly series (social_insurance.csv, provident_fund.csv) become packed
 * ({@link PackedRuns}: one row per run of consecutive records of one identity number). Every such table still
 * in the database (whatever the state of its load) is read in record order, a bounded run at a time, into a
 * new table made by the same {@code create-packed_series.sql} an ingest uses, which then takes the old one's name
 * ({@link PackedLoadTables}). A table already packed is left as it is. Runs in Flyway's transaction, as
 * {@link V10__list_version_tables}.
 */
public class V11__packed_monthly_series extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        // one list of loads for both, in load order, as before
        PackedLoadTables.packAll(context.getConnection(), "year_month", Source.SOCIAL_INSURANCE,
                Source.PROVIDENT_FUND);
    }
}
