package db.migration.common;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import kuozhong.household.jdbc.VersionTable;

/**
 * Issue 12: each list version's households, members, changes and profiles move from the four shared tables
 * ({@code kz_list_household}, {@code kz_list_member}, {@code kz_list_change}, {@code kz_list_profile}, keyed by
 * {@code version_id}) into tables of the version's own ({@link VersionTable}'s names), one row a row, in the
 * layout of that time (kept here: V13 packs them); every stored version's rows are copied, then the shared tables
 * are dropped. A Java migration because the table names depend on the versions stored. It runs in Flyway's
 * transaction (on PostgreSQL the whole migration is one transaction; on H2 each DDL statement commits, and a
 * migration that fails midway is reported by Flyway and left for the operator, as any failed migration).
 */
public class V10__list_version_tables extends BaseJavaMigration {
    private static final String[][] COPIES = {
        {"kz_list_household", "household_no, township_code, member_count, household_income, per_capita_income,"
                + " included, reasons, flags"},
        {"kz_list_member", "household_no, id_no, name, relation, village, township_code, birth_date"},
        {"kz_list_change", "household_no, township_code, change_type, reasons, previous_as_of"},
        {"kz_list_profile", "household_no, evaluated, data_included, data_reasons, categories, primary_category,"
                + " labels, unknown_codes, suggested_products, visit_status, not_applied, visit_date, visit_unit,"
                + " visit_visitor, visit_verdict, visit_reason, visit_industry, visit_financing, visit_note,"
                + " visit_valid_until, visit_delivery_date, visit_file, visit_record, outcomes, member_flags"},
    };

    /** The tables as V10 created them (one row a row; V13 packs them), in {@link VersionTable}'s order. */
    static final String[] CREATE = {
        "CREATE TABLE <table> (household_no VARCHAR(20) NOT NULL, township_code VARCHAR(9) NOT NULL,"
                + " member_count INTEGER NOT NULL, household_income DECIMAL(16, 2) NOT NULL,"
                + " per_capita_income DECIMAL(16, 2) NOT NULL, included VARCHAR(1) NOT NULL,"
                + " reasons VARCHAR(400) NOT NULL, flags VARCHAR(400) NOT NULL)",
        "CREATE TABLE <table> (household_no VARCHAR(20) NOT NULL, id_no VARCHAR(18) NOT NULL, name VARCHAR(100),"
                + " relation VARCHAR(2), village VARCHAR(400), township_code VARCHAR(9), birth_date DATE)",
        "CREATE TABLE <table> (household_no VARCHAR(20) NOT NULL, township_code VARCHAR(9) NOT NULL,"
                + " change_type VARCHAR(16) NOT NULL, reasons VARCHAR(400) NOT NULL, previous_as_of DATE)",
        "CREATE TABLE <table> (household_no VARCHAR(20) NOT NULL, evaluated VARCHAR(1) NOT NULL,"
                + " data_included VARCHAR(1), data_reasons VARCHAR(400), categories VARCHAR(200),"
                + " primary_category VARCHAR(20), labels VARCHAR(200), unknown_codes VARCHAR(200),"
                + " suggested_products VARCHAR(100), visit_status VARCHAR(20), not_applied VARCHAR(100),"
                + " visit_date DATE, visit_unit VARCHAR(9), visit_visitor VARCHAR(20), visit_verdict VARCHAR(8),"
                + " visit_reason VARCHAR(24), visit_industry VARCHAR(1), visit_financing VARCHAR(8),"
                + " visit_note VARCHAR(800), visit_valid_until DATE, visit_delivery_date DATE, visit_file VARCHAR(64),"
                + " visit_record BIGINT, outcomes VARCHAR(20000), member_flags VARCHAR(4000))",
    };

    /** The columns of each table, in {@link VersionTable}'s order. */
    static String columns(VersionTable t) {
        return COPIES[t.ordinal()][1];
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        List<Long> versions = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version_id FROM kz_list_version ORDER BY version_id")) {
            while (rs.next()) {
                versions.add(rs.getLong(1));
            }
        }
        for (long v : versions) {
            for (VersionTable t : VersionTable.values()) {
                String[] copy = COPIES[t.ordinal()];
                try (Statement s = c.createStatement()) {
                    s.execute(CREATE[t.ordinal()].replace("<table>", t.of(v)));
                    // ordered as a build writes them (household order), so a full read needs no sort
                    s.executeUpdate("INSERT INTO " + t.of(v) + " (" + copy[1] + ") SELECT " + copy[1] + " FROM "
                            + copy[0] + " WHERE version_id = " + v + (t == VersionTable.MEMBER ? ""
                                    : " ORDER BY household_no"));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String[] copy : COPIES) {
                s.execute("DROP TABLE " + copy[0]);
            }
        }
    }
}
