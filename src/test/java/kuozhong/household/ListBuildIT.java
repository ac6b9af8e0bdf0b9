package kuozhong.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.testing.Ids;
import kuozhong.testing.Kz;
import kuozhong.testing.TestDatabase;
import kuozhong.testing.TestInbox;

/** {@code kz list build} and {@code kz list explain} on small hand-made deliveries. */
public class ListBuildIT {
    public static final String H1_HEAD = Ids.of("1980-01-01", 1, true);   // wage earner
    static final String H2_HEAD = Ids.of("1950-05-05", 2, false);  // retiree, DIBAO until 2025-01-31
    public static final String H3_HEAD = Ids.of("1995-03-03", 3, true);   // farmer, imputed income; dies in March
    static final String OUTSIDER = Ids.of("1982-02-02", 4, false);
    static final String H4_HEAD = Ids.of("1970-07-07", 5, true);   // owns an expensive car: always excluded

    @TempDir
    Path home;

    static String person(String id, String name, String birth, String household, String status) {
        int g = (id.charAt(16) - '0') % 2 == 1 ? 1 : 2;
        return id + "," + name + "," + g + "," + birth + "," + household + ",02,331126101,某村," + status;
    }

    static List<String> persons(String h3Status) {
        return List.of("id_no,name,gender,birth_date,household_no,relation,township_code,village,status",
                person(H1_HEAD, "赵一", "1980-01-01", "H1", "NORMAL"),
                person(H2_HEAD, "钱二", "1950-05-05", "H2", "NORMAL"),
                person(H3_HEAD, "孙三", "1995-03-03", "H3", h3Status),
                person(H4_HEAD, "李四", "1970-07-07", "H4", "NORMAL"));
    }

    static void firstDelivery(TestInbox inbox) {
        firstDelivery(inbox, "20250110");
    }

    /** All seven files: H1 and H3 included, H2 on DIBAO until 2025-01-31, H4 excluded by a car. */
    public static void firstDelivery(TestInbox inbox, String delivery) {
        List<String> si = new ArrayList<>(List.of("id_no,year_month,insured_type,amount,employer_name"));
        for (int ym : new int[] {202401, 202402, 202403, 202404, 202405, 202406, 202407, 202408, 202409, 202410,
                202411, 202412, 202501, 202502}) {
            si.add(H1_HEAD + "," + ym + ",EMPLOYEE_PENSION,5000.00,某厂");
            si.add(H2_HEAD + "," + ym + ",RETIREE_PENSION,3000.00,");
        }
        inbox.delivery(delivery)
                .file("person.csv", persons("NORMAL"))
                .file("social_insurance.csv", si)
                .file("provident_fund.csv", List.of("id_no,year_month,deposit_base,monthly_deposit",
                        OUTSIDER + ",202412,6000.00,1440.00"))
                .file("assistance.csv", List.of("id_no,assistance_type,start_date,end_date",
                        H2_HEAD + ",DIBAO,2020-01-01,2025-01-31"))
                .file("marriage.csv", List.of("id_no,spouse_id_no,event,event_date",
                        H1_HEAD + "," + OUTSIDER + ",MARRIAGE,2005-01-01"))
                .file("real_estate.csv", List.of(
                        "cert_no,owner_id_no,share,property_type,area_m2,township_code,register_date,status",
                        "C1," + H1_HEAD + ",1,RESIDENTIAL,90.00,331126101,2010-01-01,VALID"))
                .file("vehicle.csv", List.of(
                        "plate_no,owner_id_no,vehicle_type,use_nature,purchase_price,register_date,status",
                        "浙K1," + H1_HEAD + ",CAR,NON_OPERATING,90000.00,2015-01-01,NORMAL",
                        "浙K4," + H4_HEAD + ",CAR,NON_OPERATING,300000.00,2020-01-01,NORMAL"))
                .complete();
    }

    @Test
    void versionsOverThreeDatesWithTheirChangesAndARebuildThatReplacesOnlyItsOwnVersion() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        TestInbox inbox = new TestInbox(home);
        firstDelivery(inbox);
        inbox.delivery("20250310").file("person.csv", persons("DECEASED")).complete();
        assertThat(kz.run("ingest").exitCode()).isZero();

        Kz.Result v1 = kz.run("list", "build", "--as-of", "2025-01-10");
        assertThat(v1.exitCode()).as(v1.all()).isZero();
        // H1: (5000 − 0.105 × 5000) × 12 = 4475 × 12 = 53700.00, included
        // H2: DIBAO in force on 2025-01-10; 3000 × 12 = 36000.00
        // H3: 29 years old, no records: 2010.00 × 12 = 24120.00 imputed, above the floor 20520.00
        List<String> v1Lines = lines("2025-01-10", "target-list.csv");
        // profile.md appends columns after flags; no optional source delivered: BUSINESS, FARMER, BUSINESS_OPERATOR,
        // HIGH_MEDICAL_SELF_PAY unknown. H1: 12 employed months ≥ 6 → EMPLOYMENT (primary UNKNOWN: BUSINESS before it
        // is unknown), owns C1 → no NO_OWN_HOME, EMPLOYEE → WENYE. H3: 24120.00 < 20520.00 × 1.5 = 30780.00 →
        // SAFETY_NET; no home → NO_OWN_HOME → ANJU.
        assertThat(v1Lines.get(1)).endsWith(",53700.00,Y,,,Y,,EMPLOYMENT,UNKNOWN,EMPLOYEE,"
                + "BUSINESS;FARMER;BUSINESS_OPERATOR;HIGH_MEDICAL_SELF_PAY,WENYE,NOT_VISITED,,,,,");
        assertThat(v1Lines.get(3)).endsWith(",Y,,SAFETY_NET,UNKNOWN,NO_OWN_HOME,"
                + "BUSINESS;FARMER;BUSINESS_OPERATOR;HIGH_MEDICAL_SELF_PAY,ANJU,NOT_VISITED,,,,,");
        assertThat(v1Lines.get(2)).endsWith(",N,ASSISTANCE_DIBAO,,,,,,NOT_VISITED,,,,,");
        assertThat(firstColumns(v1Lines)).containsExactly(
                "household_no,township_code,township_name,member_count,household_income,per_capita_income,included,reasons,flags",
                // (H1's spouse lives outside the county: not a NORMAL person of another household, so no flag)
                "H1,331126101,黄田镇,1,53700.00,53700.00,Y,,",
                "H2,331126101,黄田镇,1,36000.00,36000.00,N,ASSISTANCE_DIBAO,",
                "H3,331126101,黄田镇,1,24120.00,24120.00,Y,,IMPUTED_INCOME;NO_INCOME_RECORDS",
                // H4: 54 years old, no records: imputed 24120.00; the car of 300000.00 excludes
                "H4,331126101,黄田镇,1,24120.00,24120.00,N,VEHICLE,IMPUTED_INCOME;NO_INCOME_RECORDS");
        assertThat(lines("2025-01-10", "changes.csv")).containsExactly(
                "household_no,township_code,change,reasons,previous_as_of",
                "H1,331126101,ADDED,,", "H3,331126101,ADDED,,");

        Kz.Result v2 = kz.run("list", "build", "--as-of", "2025-02-10");
        assertThat(v2.exitCode()).as(v2.all()).isZero();
        assertThat(lines("2025-02-10", "changes.csv")).containsExactly(
                "household_no,township_code,change,reasons,previous_as_of", "H2,331126101,ADDED,,2025-01-10");

        Kz.Result v3 = kz.run("list", "build", "--as-of", "2025-03-10");
        assertThat(v3.exitCode()).as(v3.all()).isZero();
        assertThat(lines("2025-03-10", "changes.csv")).containsExactly(
                "household_no,township_code,change,reasons,previous_as_of",
                "H3,331126101,HOUSEHOLD_GONE,,2025-02-10");

        List<String> before = versions(kz);
        Kz.Result rebuilt = kz.run("list", "build", "--as-of", "2025-02-10");
        assertThat(rebuilt.exitCode()).as(rebuilt.all()).isZero();
        List<String> after = versions(kz);
        assertThat(after).hasSize(3);
        assertThat(after.get(0)).isEqualTo(before.get(0));
        assertThat(after.get(2)).isEqualTo(before.get(2));
        assertThat(after.get(1)).startsWith("2025-02-10:").isNotEqualTo(before.get(1));
        // the replaced version's tables are dropped: only the three versions in force keep tables
        assertThat(kuozhong.testing.VersionTables.stored(kz.jdbi())).as("versions with tables")
                .isEqualTo(kuozhong.testing.VersionTables.inState(kz.jdbi(), "CURRENT")).hasSize(3);

        Kz.Result explain = kz.run("list", "explain", "--household", "H2", "--as-of", "2025-01-20");
        assertThat(explain.exitCode()).as(explain.all()).isZero();
        assertThat(explain.out()).contains("as of 2025-01-10").contains("ASSISTANCE_DIBAO")
                .contains("331126********").doesNotContain(H2_HEAD).doesNotContain("钱二");
    }

    @Test
    void aMissingSourceFailsTheBuildNamingIt() {
        Kz kz = Kz.at(home, TestDatabase.H2);
        new TestInbox(home).delivery("20250110").file("person.csv", persons("NORMAL")).complete();
        assertThat(kz.run("ingest").exitCode()).isZero();
        Kz.Result r = kz.run("list", "build", "--as-of", "2025-01-10");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no snapshot delivered on or before 2025-01-10 for vehicle, assistance, marriage,"
                + " social_insurance, real_estate, provident_fund");
        Kz.Result early = kz.run("list", "build", "--as-of", "2025-01-09");
        assertThat(early.exitCode()).isEqualTo(1);
        assertThat(early.err()).contains("for person, vehicle");
    }

    @Test
    void aDegenerateBuildFailsClosedUnlessAllowed() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        TestInbox inbox = new TestInbox(home);
        firstDelivery(inbox);
        // as of 2025-03-10 with a March person file without H4: H3 is gone, H1 and H2 are included: 100 %
        inbox.delivery("20250310").file("person.csv", persons("DECEASED").subList(0, 4)).complete();
        assertThat(kz.run("ingest").exitCode()).isZero();
        Kz.Result r = kz.run("list", "build", "--as-of", "2025-03-10");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("refusing to publish the list as of 2025-03-10: 2 of 2 households are included");
        assertThat(versions(kz)).isEmpty();
        assertThat(Files.exists(home.resolve("out/list/2025-03-10/target-list.csv"))).isFalse();
        assertThat(kz.run("list", "build", "--as-of", "2025-03-10", "--allow-degenerate").exitCode()).isZero();
    }

    @Test
    void anInvalidPolicyFileIsAUsageErrorNamingTheLine() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        firstDelivery(new TestInbox(home));
        assertThat(kz.run("ingest").exitCode()).isZero();
        Path policy = home.resolve("policy.yml");
        Files.writeString(policy, Files.readString(Path.of("jobs/policy.yml"))
                .replace("vehicle_price_limit:", "vehicle_price_limt:"));
        Kz.Result r = kz.run("--policy", policy.toString(), "list", "build", "--as-of", "2025-01-10");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("line").contains("vehicle_price_limt");
    }

    private List<String> lines(String asOf, String file) throws Exception {
        return Files.readAllLines(home.resolve("out/list").resolve(asOf).resolve(file));
    }

    private static List<String> versions(Kz kz) {
        return kz.jdbi().withHandle(h -> h.createQuery(
                "SELECT as_of || ':' || version_id FROM kz_list_version WHERE state = 'CURRENT' ORDER BY as_of")
                .mapTo(String.class).list());
    }

    /** The columns of target-list.md (the first nine), without those profile.md appends. */
    private static List<String> firstColumns(List<String> lines) {
        return lines.stream().map(l -> {
            int cut = -1;
            for (int k = 0; k < 9; k++) {
                cut = l.indexOf(',', cut + 1);
            }
            return l.substring(0, cut);
        }).toList();
    }
}
