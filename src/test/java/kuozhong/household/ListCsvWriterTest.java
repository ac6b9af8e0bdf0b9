package kuozhong.household;

import static kuozhong.household.ListFixture.D;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV outputs, byte for byte. */
class ListCsvWriterTest {
    private static final LocalDate LONG_AGO = LocalDate.of(2015, 6, 1);

    /** H3 (濛洲街道): 30000.00 included; H1 (黄田镇): 1000.00, only below the floor → referral; H2: DIBAO and below. */
    private static ListResult sample() {
        ListFixture f = new ListFixture();
        String a = f.person("H3", "02", LocalDate.of(1955, 1, 1), ListFixture.T1);
        f.si(a, 202406, "RETIREE_PENSION", "30000.00");
        String b = f.person("H1", "02", LocalDate.of(1955, 1, 1), ListFixture.T101);
        f.si(b, 202406, "RETIREE_PENSION", "1000.00");
        f.car("浙K1", b, null, LONG_AGO);
        String c = f.person("H2", "02", LocalDate.of(1955, 1, 1), ListFixture.T2);
        f.si(c, 202406, "RETIREE_PENSION", "1000.50");
        f.person("H2", "20", LocalDate.of(1990, 1, 1), ListFixture.T2); // 35, imputed 24120.00
        f.assistance(c, "DIBAO", LONG_AGO, null);
        return f.build();
    }

    @Test
    void targetList() throws Exception {
        StringWriter out = new StringWriter();
        ListCsvWriter.writeTargetList(sample(), out);
        // H2: 1000.50 + 24120.00 = 25120.50; / 2 = 12560.25
        // profile.md columns; the fixture delivers no optional source: BUSINESS, FARMER, BUSINESS_OPERATOR and
        // HIGH_MEDICAL_SELF_PAY are unknown. H3: 30000.00 < 20520.00 × 1.5 = 30780.00 → SAFETY_NET holds, but BUSINESS
        // before it is unknown → primary UNKNOWN; no home → NO_OWN_HOME (ANJU); no visit → NOT_VISITED.
        assertThat(out.toString()).isEqualTo("""
                household_no,township_code,township_name,member_count,household_income,per_capita_income,included,reasons,flags,\
                data_included,data_reasons,categories,primary_category,labels,unknown,suggested_products,visit_status,\
                visit_date,visit_reason,visit_valid_until,industry,financing_need
                H1,331126101,黄田镇,1,1000.00,1000.00,N,INCOME_BELOW_FLOOR,VEHICLE_PRICE_UNKNOWN,\
                N,INCOME_BELOW_FLOOR,,,,,,NOT_VISITED,,,,,
                H2,331126002,松源街道,2,25120.50,12560.25,N,ASSISTANCE_DIBAO;INCOME_BELOW_FLOOR,IMPUTED_INCOME,\
                N,ASSISTANCE_DIBAO;INCOME_BELOW_FLOOR,,,,,,NOT_VISITED,,,,,
                H3,331126001,濛洲街道,1,30000.00,30000.00,Y,,,\
                Y,,SAFETY_NET,UNKNOWN,NO_OWN_HOME,BUSINESS;FARMER;BUSINESS_OPERATOR;HIGH_MEDICAL_SELF_PAY,ANJU,NOT_VISITED,,,,,
                """);
    }

    @Test
    void referralsAndChangesIntoAFolder(@TempDir Path dir) throws Exception {
        ListResult result = sample();
        List<Change> changes = ChangeDetector.compare(Map.of("H1", new PreviousEntry(true, "331126101"),
                "H9", new PreviousEntry(true, "331126003")), LocalDate.of(2025, 2, 15), result);
        ListCsvWriter.writeAll(dir.resolve(D.toString()), result, changes);
        Path out = dir.resolve("2025-03-15");
        assertThat(Files.readString(out.resolve("referrals.csv"), StandardCharsets.UTF_8)).isEqualTo("""
                household_no,township_code,township_name,member_count,household_income,per_capita_income,flags
                H1,331126101,黄田镇,1,1000.00,1000.00,VEHICLE_PRICE_UNKNOWN
                """);
        assertThat(Files.readString(out.resolve("changes.csv"), StandardCharsets.UTF_8)).isEqualTo("""
                household_no,township_code,change,reasons,previous_as_of
                H1,331126101,REMOVED,INCOME_BELOW_FLOOR,2025-02-15
                H3,331126001,ADDED,,2025-02-15
                H9,331126003,HOUSEHOLD_GONE,,2025-02-15
                """);
        assertThat(Files.readString(out.resolve("target-list.csv"), StandardCharsets.UTF_8)).startsWith("household_no,");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("changes.csv", "referrals.csv", "target-list.csv", "visits-report.csv"); // no temporary file left
        }
        // H3 is included and not visited; its representative is its only member, 张三1 → 张**
        assertThat(Files.readString(out.resolve("visits-report.csv"), StandardCharsets.UTF_8)).isEqualTo("""
                kind,household_no,township_code,township_name,village,name_masked,included,flags,visit_date,unit,\
                visitor_code,verdict,valid_until,detail
                NOT_VISITED,H3,331126001,濛洲街道,村H3,张**,Y,,,,,,,
                """);
    }

    @Test
    void firstVersionChangesHaveAnEmptyPreviousAsOf() throws Exception {
        StringWriter out = new StringWriter();
        ListCsvWriter.writeChanges(ChangeDetector.compare(Map.of(), null, sample()), out);
        assertThat(out.toString()).isEqualTo("""
                household_no,township_code,change,reasons,previous_as_of
                H3,331126001,ADDED,,
                """);
    }

    @Test
    void degenerateWhenNoneOrAllAreIncluded() {
        assertThat(sample().degenerate()).isFalse();
        ListFixture all = new ListFixture();
        String a = all.person("H1", "02", LocalDate.of(1955, 1, 1), ListFixture.T1);
        all.si(a, 202406, "RETIREE_PENSION", "30000.00");
        assertThat(all.build().degenerate()).isTrue();
        ListFixture none = new ListFixture();
        none.person("H1", "02", LocalDate.of(1955, 1, 1), ListFixture.T1);
        assertThat(none.build().degenerate()).isTrue();
        assertThat(new ListFixture().build().degenerate()).isTrue();
    }
}
