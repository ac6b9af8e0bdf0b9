package kuozhong.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kuozhong.ingest.validate.CreditCode;
import kuozhong.testing.Ids;
import kuozhong.testing.Kz;
import kuozhong.testing.TestDatabase;
import kuozhong.testing.TestInbox;

/** profile.md: the three optional extracts and the field visits load like the other extracts. */
class ProfileIngestIT {
    @TempDir
    Path home;

    static String id(int i) {
        return Ids.of(String.format("19%02d-%02d-%02d", 50 + i % 40, 1 + i % 12, 1 + i % 28), i % 100, i % 2 == 0);
    }

    static String creditCode(int i) {
        String first17 = String.format("92331126MA%07d", i);
        return first17 + CreditCode.checkCharacter(first17);
    }

    static List<String> visits(int n, String date) {
        List<String> lines = new ArrayList<>(List.of(
                "household_no,visit_date,unit,visitor_code,verdict,reason_code,industry,financing_need,note,valid_until"));
        for (int i = 0; i < n; i++) {
            lines.add("H" + i + "," + date + ",331126101,V" + (i % 7) + ",CONFIRM,,A,NONE,,");
        }
        return lines;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theOptionalExtractsLoadWithTheirRejects(TestDatabase database) throws Exception {
        Kz kz = Kz.at(home, database);
        List<String> entities = new ArrayList<>(List.of("credit_code,entity_type,operator_id_no,status,"
                + "established_date,cancelled_date,township_code,report_year,annual_revenue"));
        for (int i = 0; i < 100; i++) {
            entities.add(creditCode(i).toLowerCase() + ",INDIVIDUAL_BUSINESS," + id(i) + ",ACTIVE,2020-01-01,,331126001,"
                    + "2024,88000.50");
        }
        entities.add(creditCode(100).substring(0, 17) + "0,ENTERPRISE," + id(1) + ",ACTIVE,2020-01-01,,,,"); // 101
        entities.add(creditCode(101) + ",ENTERPRISE," + id(1) + ",ACTIVE,2020-01-01,2021-01-01,,,");          // 102
        List<String> homesteads = new ArrayList<>(List.of("cert_no,owner_id_no,township_code,village,area_m2,status"));
        for (int i = 0; i < 60; i++) {
            homesteads.add("ZJD" + i + "," + id(i) + ",331126101,东村," + "120.5,VALID");
        }
        homesteads.add("ZJD0," + id(0) + ",331126101,东村,99,VALID");                                            // 61
        List<String> selfPay = new ArrayList<>(List.of("id_no,year_month,self_pay_amount"));
        for (int i = 0; i < 60; i++) {
            selfPay.add(id(i) + ",202402,1500.25");
        }
        new TestInbox(home).delivery("20250310").file("market_entity.csv", entities)
                .file("homestead.csv", homesteads).file("medical_self_pay.csv", selfPay).complete();

        Kz.Result r = kz.run("ingest");

        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("LOADED   20250310/market_entity.csv: 102 records, 100 loaded, 2 rejected")
                .contains("LOADED   20250310/homestead.csv: 61 records, 60 loaded, 1 rejected")
                .contains("LOADED   20250310/medical_self_pay.csv: 60 records, 60 loaded, 0 rejected");
        assertThat(rejects("20250310", "market_entity.csv")).containsExactly(List.of("101", "BAD_ID"),
                List.of("102", "INCONSISTENT"));
        assertThat(rejects("20250310", "homestead.csv")).containsExactly(List.of("61", "DUPLICATE_KEY"));
        var entity = kz.jdbi().withHandle(h -> h.createQuery("SELECT credit_code, report_year, annual_revenue FROM "
                + table(kz, "market_entity") + " WHERE record_no = 1").mapToMap().one());
        assertThat(entity.get("credit_code")).isEqualTo(creditCode(0));
        assertThat(((Number) entity.get("report_year")).intValue()).isEqualTo(2024);
        assertThat(entity.get("annual_revenue").toString()).isEqualTo("88000.50");
        var sum = kz.jdbi().withHandle(h -> h.createQuery("SELECT SUM(self_pay_amount) FROM "
                + table(kz, "medical_self_pay")).mapTo(java.math.BigDecimal.class).one());
        assertThat(sum).isEqualByComparingTo("90015.00"); // 60 × 1500.25
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void visitFilesLoadPerDeliveryAndACorrectedFileReplacesItsVisits(TestDatabase database) throws Exception {
        Kz kz = Kz.at(home, database);
        TestInbox inbox = new TestInbox(home);
        List<String> withBad = visits(100, "2025-03-01");
        withBad.add("H999,2025-03-11,331126101,V1,CONFIRM,,,,,");                             // 101 after delivery
        withBad.add("H998,2025-03-01,BANK,B1,EXCLUDE,,,,,");                                  // 102 no reason
        inbox.delivery("visits/20250310").file("visits.csv", withBad).file("visits-b.csv", visits(3, "2025-03-02"))
                .file("other.csv", List.of("a", "b")).complete();

        Kz.Result r = kz.run("ingest");

        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("LOADED   visits/20250310/visits.csv: 102 records, 100 loaded, 2 rejected")
                .contains("LOADED   visits/20250310/visits-b.csv: 3 records, 3 loaded")
                .contains("warning: visits/20250310/MANIFEST.csv lists other.csv");
        assertThat(rejects("visits/20250310", "visits.csv")).containsExactly(List.of("101", "BAD_RANGE"),
                List.of("102", "MISSING_FIELD"));
        assertThat(Files.getPosixFilePermissions(home.resolve("out/ingest/visits/20250310/rejects-visits.csv")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));

        // a corrected visits-b.csv replaces its three visits; visits.csv stays
        inbox.delivery("visits/20250310").file("visits.csv", withBad).file("visits-b.csv", visits(5, "2025-03-02"))
                .complete();
        Kz.Result again = kz.run("ingest");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("SKIPPED  visits/20250310/visits.csv")
                .contains("LOADED   visits/20250310/visits-b.csv: 5 records, 5 loaded");
        var loads = kz.jdbi().withHandle(h -> h.createQuery(
                "SELECT file_name || ':' || state || ':' || source FROM kz_file_load ORDER BY load_id")
                .mapTo(String.class).list());
        assertThat(loads).containsExactly("visits.csv:LOADED:visits", "visits-b.csv:REPLACED:visits",
                "visits-b.csv:LOADED:visits");
        // visits are no snapshots: the latest snapshots ignore them
        assertThat(kz.jdbi().onDemand(FileLoadDao.class).latestSnapshots(java.time.LocalDate.of(2025, 3, 31)))
                .isEmpty();
    }

    @Test
    void aVisitsFolderThatIsNoDateIsIgnored() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        new TestInbox(home).delivery("visits/march").file("visits.csv", visits(1, "2025-03-01")).complete();
        Kz.Result r = kz.run("ingest");
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("not a visits delivery folder (expected visits/yyyyMMdd)");
    }

    private static String table(Kz kz, String source) {
        return kz.jdbi().withHandle(h -> h.createQuery("SELECT data_table FROM kz_file_load WHERE source = :s"
                + " AND state = 'LOADED'").bind("s", source).mapTo(String.class).one());
    }

    private List<List<String>> rejects(String delivery, String file) throws Exception {
        Path p = home.resolve("out/ingest").resolve(delivery).resolve("rejects-" + file);
        List<List<String>> rows = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(p))) {
            for (CSVRecord rec : parser) {
                rows.add(List.of(rec.get("record"), rec.get("reason")));
            }
        }
        return rows;
    }
}
