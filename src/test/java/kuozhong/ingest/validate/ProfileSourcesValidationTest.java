package kuozhong.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kuozhong.ingest.Source;
import kuozhong.testing.Ids;

/** The three optional extracts and visits.csv of profile.md: every reject code, in the spec's check order. */
class ProfileSourcesValidationTest {
    private static final LocalDate DELIVERY = LocalDate.of(2025, 3, 10);
    private static final String MAN = Ids.of("1980-01-01", 12, true);
    private static final String CODE = "91350100M000100Y43";

    private static Object[] out;

    private static RejectReason reason(Source s, String... raw) {
        out = new Object[raw.length];
        Reject r = new RecordValidator(s.fields(), s.crossCheck(), DELIVERY).validate(raw, out);
        return r == null ? null : r.reason();
    }

    // market_entity: credit_code, entity_type, operator_id_no, status, established_date, cancelled_date,
    // township_code, report_year, annual_revenue
    private static RejectReason entity(String code, String type, String id, String status, String est, String canc,
            String town, String year, String revenue) {
        return reason(Source.MARKET_ENTITY, code, type, id, status, est, canc, town, year, revenue);
    }

    @Test
    void aGoodEntityIsAcceptedWithItsCodeUpperCased() {
        assertThat(entity(CODE.toLowerCase(), "INDIVIDUAL_BUSINESS", MAN, "ACTIVE", "2020-01-01", "", "331126001",
                "2024", "120000.50")).isNull();
        assertThat(out[0]).isEqualTo(CODE);
        assertThat(out[7]).isEqualTo(2024);
        // REVOKED without a cancelled_date is valid; a township outside the county is valid
        assertThat(entity(CODE, "ENTERPRISE", MAN, "REVOKED", "2020-01-01", "", "110101001", "", "")).isNull();
        // report_year exactly 1949 and exactly the delivery's year
        assertThat(entity(CODE, "ENTERPRISE", MAN, "ACTIVE", "2020-01-01", "", "", "1949", "0")).isNull();
        assertThat(entity(CODE, "ENTERPRISE", MAN, "ACTIVE", "2020-01-01", "", "", "2025", "0")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "no credit code,             MISSING_FIELD",
            "credit code check,          BAD_ID",
            "credit code with O,         BAD_ID",
            "entity type unknown,        BAD_CODE",
            "operator id bad,            BAD_ID",
            "status unknown,             BAD_CODE",
            "established not a date,     BAD_DATE",
            "township eight digits,      BAD_CODE",
            "report year 24,             BAD_DATE",
            "report year 1948,           BAD_RANGE",
            "report year after delivery, BAD_RANGE",
            "revenue three decimals,     BAD_NUMBER",
            "revenue negative,           BAD_RANGE",
            "cancelled before est,       BAD_RANGE",
            "active and cancelled,       INCONSISTENT",
            "year without revenue,       INCONSISTENT",
            "revenue without year,       INCONSISTENT",
    })
    void entityRejects(String scenario, RejectReason expected) {
        String[] v = {CODE, "ENTERPRISE", MAN, "ACTIVE", "2020-01-01", "", "331126001", "2024", "100.00"};
        switch (scenario) {
            case "no credit code" -> v[0] = "";
            case "credit code check" -> v[0] = "91350100M000100Y44";
            case "credit code with O" -> v[0] = "91350100O000100Y43";
            case "entity type unknown" -> v[1] = "SHOP";
            case "operator id bad" -> v[2] = MAN.substring(0, 17);
            case "status unknown" -> v[3] = "OPEN";
            case "established not a date" -> v[4] = "2020-02-30";
            case "township eight digits" -> v[6] = "33112600";
            case "report year 24" -> v[7] = "24";
            case "report year 1948" -> v[7] = "1948";
            case "report year after delivery" -> v[7] = "2026";
            case "revenue three decimals" -> v[8] = "1.001";
            case "revenue negative" -> v[8] = "-1";
            case "cancelled before est" -> {
                v[3] = "CANCELLED";
                v[5] = "2019-12-31";
            }
            case "active and cancelled" -> v[5] = "2021-01-01";
            case "year without revenue" -> v[8] = "";
            case "revenue without year" -> v[7] = "";
            default -> throw new IllegalArgumentException(scenario);
        }
        assertThat(entity(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8])).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "good,                  ",
            "no cert,               MISSING_FIELD",
            "cert of 65,            BAD_RANGE",
            "owner bad,             BAD_ID",
            "township outside,      BAD_CODE",
            "village of 201,        BAD_RANGE",
            "area zero,             BAD_RANGE",
            "area three decimals,   BAD_NUMBER",
            "status unknown,        BAD_CODE",
    })
    void homesteadRejects(String scenario, RejectReason expected) {
        String[] v = {"ZJD001", MAN, "331126101", "东村", "120.50", "VALID"};
        switch (scenario) {
            case "good" -> { }
            case "no cert" -> v[0] = "";
            case "cert of 65" -> v[0] = "C".repeat(65);
            case "owner bad" -> v[1] = "X";
            case "township outside" -> v[2] = "110101001";
            case "village of 201" -> v[3] = "村".repeat(201);
            case "area zero" -> v[4] = "0";
            case "area three decimals" -> v[4] = "1.234";
            case "status unknown" -> v[5] = "ACTIVE";
            default -> throw new IllegalArgumentException(scenario);
        }
        assertThat(reason(Source.HOMESTEAD, v)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "good,               ",
            "zero amount,        ",
            "no id,              MISSING_FIELD",
            "month 202413,       BAD_DATE",
            "amount text,        BAD_NUMBER",
            "amount negative,    BAD_RANGE",
    })
    void medicalSelfPayRejects(String scenario, RejectReason expected) {
        String[] v = {MAN, "202402", "1234.56"};
        switch (scenario) {
            case "good" -> { }
            case "zero amount" -> v[2] = "0.00";
            case "no id" -> v[0] = "";
            case "month 202413" -> v[1] = "202413";
            case "amount text" -> v[2] = "1,000";
            case "amount negative" -> v[2] = "-0.01";
            default -> throw new IllegalArgumentException(scenario);
        }
        assertThat(reason(Source.MEDICAL_SELF_PAY, v)).isEqualTo(expected);
    }

    // visits: household_no, visit_date, unit, visitor_code, verdict, reason_code, industry, financing_need,
    // note, valid_until
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "good exclude,                  ",
            "good confirm,                  ",
            "good bank include,             ",
            "visit on delivery date,        ",
            "valid until visit date,        ",
            "valid until A24 minus 1,       ",
            "14 digits in note,             ",
            "digits broken by a space,      ",
            "no household,                  MISSING_FIELD",
            "household with dash,           BAD_CODE",
            "visit date not a date,         BAD_DATE",
            "visit after delivery,          BAD_RANGE",
            "unit unknown,                  BAD_CODE",
            "visitor with space,            BAD_CODE",
            "visitor of 21,                 BAD_CODE",
            "verdict unknown,               BAD_CODE",
            "reason in neither list,        BAD_CODE",
            "industry U,                    BAD_CODE",
            "industry lower case,           BAD_CODE",
            "financing need unknown,        BAD_CODE",
            "note of 201,                   BAD_RANGE",
            "15 ascii digits in note,       BAD_RANGE",
            "15 mixed digits in note,       BAD_RANGE",
            "valid until not a date,        BAD_DATE",
            "exclude without reason,        MISSING_FIELD",
            "confirm with reason,           INCONSISTENT",
            "exclude with include reason,   INCONSISTENT",
            "include with exclude reason,   INCONSISTENT",
            "valid until before visit,      BAD_RANGE",
            "valid until A24,               BAD_RANGE",
            "column order before cross,     BAD_CODE",
    })
    void visitRejects(String scenario, RejectReason expected) {
        String[] v = {"H0001", "2025-01-31", "331126101", "V01", "EXCLUDE", "INCOME_HIGHER", "A", "NONE", "新建厂房",
            ""};
        switch (scenario) {
            case "good exclude" -> { }
            case "good confirm" -> {
                v[4] = "CONFIRM";
                v[5] = "";
            }
            case "good bank include" -> {
                v[2] = "BANK";
                v[4] = "INCLUDE";
                v[5] = "INCOME_NOT_BELOW_FLOOR";
            }
            case "visit on delivery date" -> v[1] = "2025-03-10";
            case "valid until visit date" -> v[9] = "2025-01-31";
            // A(2025-01-31, 24) = 2027-01-31; less one day: 2027-01-30 is the last day allowed
            case "valid until A24 minus 1" -> v[9] = "2027-01-30";
            case "14 digits in note" -> v[8] = "电话12345678901234";
            case "digits broken by a space" -> v[8] = "1234567 89012345";
            case "no household" -> v[0] = "";
            case "household with dash" -> v[0] = "H-1";
            case "visit date not a date" -> v[1] = "2025-02-29";
            case "visit after delivery" -> v[1] = "2025-03-11";
            case "unit unknown" -> v[2] = "POLICE";
            case "visitor with space" -> v[3] = "V 1";
            case "visitor of 21" -> v[3] = "V".repeat(21);
            case "verdict unknown" -> v[4] = "MAYBE";
            case "reason in neither list" -> v[5] = "RICH";
            case "industry U" -> v[6] = "U";
            case "industry lower case" -> v[6] = "a";
            case "financing need unknown" -> v[7] = "HOUSE";
            case "note of 201" -> v[8] = "字".repeat(201);
            case "15 ascii digits in note" -> v[8] = "卡号123456789012345";
            case "15 mixed digits in note" -> v[8] = "１２３４５６７８9012345";
            case "valid until not a date" -> v[9] = "2025-13-01";
            case "exclude without reason" -> v[5] = "";
            case "confirm with reason" -> v[4] = "CONFIRM";
            case "exclude with include reason" -> v[5] = "INCOME_LOWER";
            case "include with exclude reason" -> v[4] = "INCLUDE";
            case "valid until before visit" -> v[9] = "2025-01-30";
            case "valid until A24" -> v[9] = "2027-01-31";
            case "column order before cross" -> {
                // a bad industry (column 7) comes before the missing reason of EXCLUDE (across fields)
                v[5] = "";
                v[6] = "Z";
            }
            default -> throw new IllegalArgumentException(scenario);
        }
        assertThat(reason(Source.VISITS, v)).isEqualTo(expected);
    }

    /** A(d, n) on a month end: A(2024-02-29, 12) = 2025-02-28 (no 29th); the default valid_until is 2025-02-27. */
    @Test
    void visitMonthArithmeticClampsToTheMonthsLastDay() {
        assertThat(kuozhong.ingest.VisitReasons.defaultValidUntil(LocalDate.of(2024, 2, 29)))
                .isEqualTo(LocalDate.of(2025, 2, 27));
        // A(2024-08-31, 24) = 2026-08-31 → last allowed 2026-08-30; A(2025-01-31, 12) = 2026-01-31 → 2026-01-30
        assertThat(kuozhong.ingest.VisitReasons.lastDayAllowed(LocalDate.of(2024, 8, 31)))
                .isEqualTo(LocalDate.of(2026, 8, 30));
        assertThat(kuozhong.ingest.VisitReasons.defaultValidUntil(LocalDate.of(2025, 1, 31)))
                .isEqualTo(LocalDate.of(2026, 1, 30));
        // A(2024-03-31, 24) = 2026-03-31; A(2025-03-31, ...) from a 31st into a 30-day month: A(2025-05-31, 12)
        // = 2026-05-31; A(2025-10-31, 12) = 2026-10-31; A(2025-12-31, 2) would be 2026-02-28 (not tested: fixed 12/24)
    }

    @Test
    void visitFileNames() {
        assertThat(Source.isVisitsFile("visits.csv")).isTrue();
        assertThat(Source.isVisitsFile("visits-b.csv")).isTrue();
        assertThat(Source.isVisitsFile("visits-2025a.csv")).isTrue();
        assertThat(Source.isVisitsFile("visits-.csv")).isFalse();
        assertThat(Source.isVisitsFile("visits-a_b.csv")).isFalse();
        assertThat(Source.isVisitsFile("visit.csv")).isFalse();
        assertThat(kuozhong.ingest.VisitFiles.order("visits.csv"))
                .isLessThan(kuozhong.ingest.VisitFiles.order("visits-A.csv"));
        assertThat(kuozhong.ingest.VisitFiles.order("visits-B.csv"))
                .isLessThan(kuozhong.ingest.VisitFiles.order("visits-a.csv"));
    }
}
