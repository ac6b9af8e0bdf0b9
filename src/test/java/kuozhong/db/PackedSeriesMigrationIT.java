package kuozhong.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kuozhong.household.ProvidentFundRow;
import kuozhong.household.SocialInsuranceRow;
import kuozhong.household.jdbc.DbListSources;
import kuozhong.ingest.Source;
import kuozhong.testing.TestDatabase;

/**
 * Migration V11 on a database whose monthly series were loaded one row a record (up to V10): every such load
 * table becomes packed under its own name and reads back the same records, in the same order; other load
 * tables, and a load whose table is gone, are left alone.
 */
class PackedSeriesMigrationIT {
    private static final String A = "330102199001011234";
    private static final String B = "330102199202025678";

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void loadTablesOfTheMonthlySeriesArePackedInPlace(TestDatabase db) {
        String url = db.url(home);
        db.migrate(url, "10");
        Jdbi jdbi = Jdbi.create(url);
        int records = 700; // a run longer than PackedRuns.MAX_RUN too
        jdbi.useHandle(h -> {
            load(h, 1, "social_insurance", "kz_social_insurance_1");
            load(h, 2, "provident_fund", "kz_provident_fund_2");
            load(h, 3, "social_insurance", "kz_social_insurance_3"); // its table dropped (a failed load)
            load(h, 4, "person", "kz_person_4");
            h.execute("CREATE TABLE kz_social_insurance_1 (load_id BIGINT NOT NULL, record_no BIGINT NOT NULL,"
                    + " id_no VARCHAR(18), year_month INTEGER, insured_type VARCHAR(16), amount DECIMAL(16,2),"
                    + " employer_name VARCHAR(400))");
            h.execute("CREATE TABLE kz_provident_fund_2 (load_id BIGINT NOT NULL, record_no BIGINT NOT NULL,"
                    + " id_no VARCHAR(18), year_month INTEGER, deposit_base DECIMAL(16,2), monthly_deposit"
                    + " DECIMAL(16,2), employer_name VARCHAR(400))");
            h.execute("CREATE TABLE kz_person_4 (load_id BIGINT NOT NULL, record_no BIGINT NOT NULL, id_no VARCHAR(18))");
            h.execute("INSERT INTO kz_person_4 VALUES (4, 1, ?)", A);
            h.execute("CREATE INDEX KZ_SOCIAL_INSURANCE_1_ID_NO_IX ON kz_social_insurance_1 (id_no)");
            // written out of record order, as a table may hold them
            for (int i = records; i >= 1; i--) {
                h.execute("INSERT INTO kz_social_insurance_1 VALUES (1, ?, ?, ?, ?, ?, ?)", i, i <= 600 ? A : B,
                        202301 + (i % 12), i % 3 == 0 ? "EMPLOYEE_PENSION" : "RESIDENT_PENSION",
                        new BigDecimal(i == 1 ? "99999999999999.99" : "0.01"), i == 2 ? "某某公司𠀾" : i == 3 ? null : "");
            }
            h.execute("INSERT INTO kz_provident_fund_2 VALUES (2, 1, ?, 202401, 5000.50, 500.05, '乙')", B);
            h.execute("INSERT INTO kz_provident_fund_2 VALUES (2, 2, ?, 202402, 5000.50, 0, NULL)", A);
            h.execute("INSERT INTO kz_provident_fund_2 VALUES (2, 3, ?, 202403, 1, 1, 'x')", B);
        });

        db.migrate(url, null);

        jdbi.useHandle(h -> {
            assertThat(h.createQuery("SELECT COUNT(*) FROM kz_social_insurance_1").mapTo(Long.class).one())
                    .isEqualTo(4); // A's 600 records in runs of at most 256, B's 100 in one
            assertThat(h.createQuery("SELECT SUM(records) FROM kz_social_insurance_1").mapTo(Long.class).one())
                    .isEqualTo(records);
            assertThat(h.createQuery("SELECT COUNT(*) FROM kz_provident_fund_2").mapTo(Long.class).one())
                    .isEqualTo(3);
            assertThat(h.createQuery("SELECT id_no FROM kz_person_4").mapTo(String.class).one()).isEqualTo(A);
        });
        DbListSources all = new DbListSources(jdbi, Map.of(Source.SOCIAL_INSURANCE, "kz_social_insurance_1",
                Source.PROVIDENT_FUND, "kz_provident_fund_2"));
        List<SocialInsuranceRow> si = new ArrayList<>();
        all.socialInsurance(202301, 202312, si::add);
        assertThat(si).hasSize(records);
        for (int i = 1; i <= records; i++) {
            SocialInsuranceRow r = si.get(i - 1);
            assertThat(r).isEqualTo(new SocialInsuranceRow(i <= 600 ? A : B, 202301 + (i % 12),
                    i % 3 == 0 ? "EMPLOYEE_PENSION" : "RESIDENT_PENSION",
                    new BigDecimal(i == 1 ? "99999999999999.99" : "0.01")));
        }
        List<SocialInsuranceRow> window = new ArrayList<>();
        all.socialInsurance(202305, 202305, window::add);
        assertThat(window).hasSize(records / 12 + 1).allMatch(r -> r.yearMonth() == 202305);
        List<ProvidentFundRow> pf = new ArrayList<>();
        all.providentFund(202402, 202412, pf::add);
        assertThat(pf).containsExactly(
                new ProvidentFundRow(A, 202402, new BigDecimal("5000.50"), new BigDecimal("0.00")),
                new ProvidentFundRow(B, 202403, new BigDecimal("1.00"), new BigDecimal("1.00")));
    }

    private static void load(Handle h, long id, String source, String table) {
        h.execute("INSERT INTO kz_file_load (load_id, delivery, delivery_date, source, file_name, sha256, encoding,"
                + " manifest_rows, state, data_table, started_at) VALUES (?, '20250110', DATE '2025-01-10', ?, ?, 'x',"
                + " 'UTF-8', 0, ?, ?, TIMESTAMP '2025-01-11 08:00:00')", id, source, source + ".csv",
                id == 3 ? "FAILED" : "LOADED", table);
    }
}
