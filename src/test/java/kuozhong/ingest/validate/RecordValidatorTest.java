package kuozhong.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kuozhong.ingest.Source;
import kuozhong.testing.Ids;

class RecordValidatorTest {
    private static final String MAN = Ids.of("1980-01-01", 12, true);
    private static final String WOMAN = Ids.of("1982-02-02", 34, false);

    private static Reject person(String id, String name, String gender, String birth, String hh, String rel,
            String township, String status) {
        return validate(Source.PERSON, id, name, gender, birth, hh, rel, township, "", status);
    }

    private static Reject validate(Source s, String... raw) {
        return new RecordValidator(s.fields(), s.crossCheck()).validate(raw, new Object[raw.length]);
    }

    private static RejectReason reason(Reject r) {
        return r == null ? null : r.reason();
    }

    @Test
    void acceptsAGoodPersonAndStoresTypedValues() {
        Object[] out = new Object[9];
        Reject r = new RecordValidator(Source.PERSON.fields(), Source.PERSON.crossCheck()).validate(
                new String[] {" " + MAN + "\t", "张三", "1", "1980-01-01", "H001", "02", "331126001", null, "NORMAL"},
                out);
        assertThat(r).isNull();
        assertThat(out[0]).isEqualTo(MAN);
        assertThat(out[3]).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(out[7]).isNull();
    }

    @Test
    void lowerCaseXIsAcceptedAndStoredUpperCase() {
        String withX = findIdEndingInX();
        Object[] out = new Object[9];
        LocalDate birth = IdNumber.birthDate(withX);
        Reject r = new RecordValidator(Source.PERSON.fields(), Source.PERSON.crossCheck()).validate(new String[] {
                withX.toLowerCase(), "某", String.valueOf(IdNumber.gender(withX)), birth.toString(), "H1", "02",
                "331126001", "", "NORMAL"}, out);
        assertThat(r).isNull();
        assertThat(out[0]).isEqualTo(withX);
    }

    private static String findIdEndingInX() {
        for (int seq = 0; seq < 100; seq++) {
            for (boolean male : new boolean[] {true, false}) {
                String id = Ids.of("1990-05-05", seq, male);
                if (id.endsWith("X")) {
                    return id;
                }
            }
        }
        throw new IllegalStateException("no X");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "missing name,            MISSING_FIELD",
            "blank status,            MISSING_FIELD",
            "17 characters,           BAD_ID",
            "letter inside,           BAD_ID",
            "wrong check character,   BAD_ID",
            "no such birth date,      BAD_ID",
            "birth date not a date,   BAD_DATE",
            "gender 3,                BAD_CODE",
            "household_no with dash,  BAD_CODE",
            "relation 00,             BAD_CODE",
            "relation one digit,      BAD_CODE",
            "township not in county,  BAD_CODE",
            "status unknown,          BAD_CODE",
            "name of 51 characters,   BAD_RANGE",
            "gender disagrees,        INCONSISTENT",
            "birth date disagrees,    INCONSISTENT",
    })
    void personRejects(String scenario, RejectReason expected) {
        String id = MAN;
        String name = "张三";
        String gender = "1";
        String birth = "1980-01-01";
        String hh = "H001";
        String rel = "02";
        String town = "331126001";
        String status = "NORMAL";
        switch (scenario) {
            case "missing name" -> name = "";
            case "blank status" -> status = "  ";
            case "17 characters" -> id = MAN.substring(0, 17);
            case "letter inside" -> id = MAN.substring(0, 5) + "A" + MAN.substring(6);
            case "wrong check character" -> id = MAN.substring(0, 17) + (MAN.charAt(17) == '0' ? '1' : '0');
            case "no such birth date" -> id = fixCheck("33112619800230121");
            case "birth date not a date" -> birth = "1980-02-30";
            case "gender 3" -> gender = "3";
            case "household_no with dash" -> hh = "H-001";
            case "relation 00" -> rel = "00";
            case "relation one digit" -> rel = "2";
            case "township not in county" -> town = "331126999";
            case "status unknown" -> status = "ALIVE";
            case "name of 51 characters" -> name = "名".repeat(51);
            case "gender disagrees" -> gender = "2";
            case "birth date disagrees" -> birth = "1980-01-02";
            default -> throw new IllegalArgumentException(scenario);
        }
        assertThat(reason(person(id, name, gender, birth, hh, rel, town, status))).isEqualTo(expected);
    }

    @Test
    void aNameOfExactlyFiftyCharactersIsAccepted() {
        assertThat(person(MAN, "名".repeat(50), "1", "1980-01-01", "H1", "02", "331126001", "NORMAL")).isNull();
    }

    @Test
    void theFirstColumnInSpecOrderDecides() {
        // bad id (column 1) and bad gender code (column 3): BAD_ID
        assertThat(reason(person("123", "张三", "9", "1980-01-01", "H1", "02", "331126001", "NORMAL")))
                .isEqualTo(RejectReason.BAD_ID);
        // missing name (column 2) before a bad township (column 7)
        assertThat(reason(person(MAN, "", "1", "1980-01-01", "H1", "02", "1", "NORMAL")))
                .isEqualTo(RejectReason.MISSING_FIELD);
        // a bad range of a column comes before the checks across fields
        assertThat(reason(person(MAN, "名".repeat(51), "2", "1980-01-01", "H1", "02", "331126001", "NORMAL")))
                .isEqualTo(RejectReason.BAD_RANGE);
    }

    @ParameterizedTest(name = "amount {0} -> {1}")
    @CsvSource({
            "1234.56,  ",
            "0.01,     ",
            "7,        ",
            "0,        BAD_RANGE",
            "-5.00,    BAD_RANGE",
            "12.34,    ",
            "12.345,   BAD_NUMBER",
            "-12.345,  BAD_NUMBER",
            "-,        BAD_NUMBER",
            "--5,      BAD_NUMBER",
            "1.2.3,    BAD_NUMBER",
            "1e5,      BAD_NUMBER",
            "+5,       BAD_NUMBER",
            "'1,000',  BAD_NUMBER",
            "12.,      BAD_NUMBER",
            ".5,       BAD_NUMBER",
            "abc,      BAD_NUMBER",
    })
    void socialInsuranceAmounts(String amount, RejectReason expected) {
        assertThat(reason(validate(Source.SOCIAL_INSURANCE, MAN, "202501", "EMPLOYEE_PENSION", amount, "")))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "decimal {0}")
    @CsvSource({"0", "-0", "0.00", "-0.00", "7", "0.01", "-5.00", "1234.56", "007.50", "0.0001", "1.0000",
            "99999999999999.99", "-99999999999999.99", "100000000000000.00",
            // 18 digits, the most made from a long, and 19, parsed by BigDecimal
            "999999999999999999", "-999999999999999999", "9999999999999999.99", "99999999999999.9999",
            "1000000000000000000", "-9223372036854775808", "9223372036854775807", "9999999999999999999.99",
            "0.000000000000000001", "123456789012345678901234567890.12"})
    void decimalsAreTheValueAndScaleOfBigDecimal(String s) {
        BigDecimal expected = new BigDecimal(s);
        BigDecimal made = RecordValidator.decimal(s, RecordValidator.decimals(s));
        assertThat(made).isEqualTo(expected);
        assertThat(made.scale()).isEqualTo(expected.scale());
        assertThat(made.toPlainString()).isEqualTo(expected.toPlainString());
    }

    @ParameterizedTest(name = "stored amount {0}")
    @CsvSource({"1234.56", "0.01", "7", "007.50", "99999999999999.99", "9999999999999999.99", "12345678901234567890.5"})
    void acceptedAmountsAreStoredAsBigDecimalWouldParseThem(String amount) {
        Object[] out = new Object[5];
        Reject r = new RecordValidator(Source.SOCIAL_INSURANCE.fields(), Source.SOCIAL_INSURANCE.crossCheck())
                .validate(new String[] {MAN, "202501", "EMPLOYEE_PENSION", " " + amount + "\t", ""}, out);
        assertThat(r).isNull();
        assertThat(out[3]).isEqualTo(new BigDecimal(amount));
    }

    @ParameterizedTest(name = "month {0} -> {1}")
    @CsvSource({"202501,", "202412,", "202513, BAD_DATE", "202500, BAD_DATE", "2025-01, BAD_DATE", "20251, BAD_DATE"})
    void months(String month, RejectReason expected) {
        assertThat(reason(validate(Source.PROVIDENT_FUND, MAN, month, "5000.00", "1200.00", ""))).isEqualTo(expected);
    }

    @Test
    void providentFundDepositMayBeZeroButNotNegative() {
        assertThat(validate(Source.PROVIDENT_FUND, MAN, "202501", "5000.00", "0", "")).isNull();
        assertThat(reason(validate(Source.PROVIDENT_FUND, MAN, "202501", "5000.00", "-0.01", "")))
                .isEqualTo(RejectReason.BAD_RANGE);
    }

    @ParameterizedTest(name = "share {0} -> {1}")
    @CsvSource({"1, ", "1.0000, ", "0.0001, ", "0.5, ", "1.0001, BAD_RANGE", "0, BAD_RANGE", "0.0000, BAD_RANGE",
            "-0.5, BAD_RANGE", "0.00001, BAD_NUMBER", "1.00000, BAD_NUMBER"})
    void realEstateShare(String share, RejectReason expected) {
        assertThat(reason(validate(Source.REAL_ESTATE, "C1", MAN, share, "RESIDENTIAL", "90.5", "", "2020-01-01",
                "VALID"))).isEqualTo(expected);
    }

    @Test
    void realEstateTownshipMayLieOutsideTheCountyButMustHaveNineDigits() {
        assertThat(validate(Source.REAL_ESTATE, "C1", MAN, "1", "RESIDENTIAL", "90", "110101001", "2020-01-01", "VALID"))
                .isNull();
        assertThat(reason(validate(Source.REAL_ESTATE, "C1", MAN, "1", "RESIDENTIAL", "90", "11010", "2020-01-01",
                "VALID"))).isEqualTo(RejectReason.BAD_CODE);
    }

    @Test
    void assistanceEndBeforeStartIsOutOfRangeButEndOnStartIsFine() {
        assertThat(validate(Source.ASSISTANCE, MAN, "DIBAO", "2024-01-01", "2024-01-01")).isNull();
        assertThat(reason(validate(Source.ASSISTANCE, MAN, "DIBAO", "2024-01-02", "2024-01-01")))
                .isEqualTo(RejectReason.BAD_RANGE);
        assertThat(reason(validate(Source.ASSISTANCE, MAN, "WUBAO", "2024-01-02", "")))
                .isEqualTo(RejectReason.BAD_CODE);
    }

    @Test
    void marriageToSelfIsOutOfRange() {
        assertThat(validate(Source.MARRIAGE, MAN, WOMAN, "MARRIAGE", "2005-05-01")).isNull();
        assertThat(reason(validate(Source.MARRIAGE, MAN, MAN, "MARRIAGE", "2005-05-01")))
                .isEqualTo(RejectReason.BAD_RANGE);
    }

    @Test
    void loanChecksAcrossFields() {
        assertThat(validate(Source.LOANS, "L1", MAN, "JINGYING", "BUSINESS", "2025-03-01", "2026-02-28",
                "100000.00", "3.5", "7.5", "N")).isNull();
        // reference rate equal to the contract rate is allowed; below it is not
        assertThat(validate(Source.LOANS, "L1", MAN, "JINGYING", "BUSINESS", "2025-03-01", "2026-02-28",
                "100000.00", "3.5", "3.5", "N")).isNull();
        assertThat(reason(validate(Source.LOANS, "L1", MAN, "JINGYING", "BUSINESS", "2025-03-01", "2026-02-28",
                "100000.00", "3.5", "3.4999", "N"))).isEqualTo(RejectReason.BAD_RANGE);
        assertThat(reason(validate(Source.LOANS, "L1", MAN, "JINGYING", "BUSINESS", "2025-03-01", "2025-03-01",
                "100000.00", "3.5", "7.5", "N"))).isEqualTo(RejectReason.BAD_RANGE);
        assertThat(reason(validate(Source.LOANS, "L1", MAN, "JINGYING", "BUSINESS", "2025-03-01", "2026-02-28",
                "100000.00", "3.45001", "7.5", "N"))).isEqualTo(RejectReason.BAD_NUMBER);
    }

    @Test
    void vehiclePurchasePriceIsOptionalAndNotNegative() {
        Object[] out = new Object[7];
        Reject r = new RecordValidator(Source.VEHICLE.fields(), Source.VEHICLE.crossCheck())
                .validate(new String[] {"浙K12345", MAN, "CAR", "NON_OPERATING", "", "2020-01-01", "NORMAL"}, out);
        assertThat(r).isNull();
        assertThat(out[4]).isNull();
        assertThat(reason(validate(Source.VEHICLE, "浙K1", MAN, "CAR", "NON_OPERATING", "-1", "2020-01-01", "NORMAL")))
                .isEqualTo(RejectReason.BAD_RANGE);
        Object[] typed = new Object[7];
        new RecordValidator(Source.VEHICLE.fields(), Source.VEHICLE.crossCheck())
                .validate(new String[] {"浙K1", MAN, "CAR", "NON_OPERATING", "200000.01", "2020-01-01", "NORMAL"}, typed);
        assertThat(typed[4]).isEqualTo(new BigDecimal("200000.01"));
    }

    private static String fixCheck(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }
}
