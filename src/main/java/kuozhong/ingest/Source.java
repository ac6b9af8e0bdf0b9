package kuozhong.ingest;

import static kuozhong.ingest.validate.Field.code;
import static kuozhong.ingest.validate.Field.optional;
import static kuozhong.ingest.validate.Field.required;
import static kuozhong.ingest.validate.Field.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kuozhong.ingest.validate.CrossCheck;
import kuozhong.ingest.validate.DuplicateKeys;
import kuozhong.ingest.validate.Field;
import kuozhong.ingest.validate.FieldType;
import kuozhong.ingest.validate.IdNumber;
import kuozhong.ingest.validate.Range;
import kuozhong.ingest.validate.Reject;
import kuozhong.ingest.validate.RejectReason;

/**
 * The extract files of extracts.md and profile.md: file name, columns in the spec's order, key and the checks
 * across fields. The column order here is the order in which fields are checked and stored.
 */
public enum Source {
    PERSON("person.csv", false, List.of(
            required("id_no", FieldType.ID18),
            text("name", true, 50),
            code("gender", "1", "2"),
            required("birth_date", FieldType.DATE),
            required("household_no", FieldType.HOUSEHOLD_NO),
            required("relation", FieldType.RELATION),
            required("township_code", FieldType.TOWNSHIP),
            text("village", false, 200),
            code("status", "NORMAL", "DECEASED", "MOVED_OUT", "CANCELLED")),
            List.of("id_no"), Source::personChecks),
    VEHICLE("vehicle.csv", false, List.of(
            text("plate_no", true, 20),
            required("owner_id_no", FieldType.ID18),
            code("vehicle_type", "CAR", "BUS", "TRUCK", "MOTORCYCLE", "OTHER"),
            code("use_nature", "NON_OPERATING", "OPERATING"),
            optional("purchase_price", FieldType.AMOUNT).range(Range.NON_NEGATIVE),
            required("register_date", FieldType.DATE),
            code("status", "NORMAL", "SCRAPPED", "CANCELLED")),
            List.of("plate_no"), v -> null),
    ASSISTANCE("assistance.csv", false, List.of(
            required("id_no", FieldType.ID18),
            code("assistance_type", "DIBAO", "DIBIAN", "TEKUN"),
            required("start_date", FieldType.DATE),
            optional("end_date", FieldType.DATE)),
            List.of("id_no", "assistance_type", "start_date"), Source::assistanceChecks),
    MARRIAGE("marriage.csv", false, List.of(
            required("id_no", FieldType.ID18),
            required("spouse_id_no", FieldType.ID18),
            code("event", "MARRIAGE", "DIVORCE"),
            required("event_date", FieldType.DATE)),
            List.of("id_no", "spouse_id_no", "event", "event_date"), Source::marriageChecks),
    SOCIAL_INSURANCE("social_insurance.csv", false, List.of(
            required("id_no", FieldType.ID18),
            required("year_month", FieldType.MONTH),
            code("insured_type", "EMPLOYEE_PENSION", "RETIREE_PENSION", "RESIDENT_PENSION"),
            required("amount", FieldType.AMOUNT).range(Range.POSITIVE),
            text("employer_name", false, 200)),
            List.of("id_no", "year_month", "insured_type"), v -> null),
    REAL_ESTATE("real_estate.csv", false, List.of(
            text("cert_no", true, 64),
            required("owner_id_no", FieldType.ID18),
            required("share", FieldType.RATE).range(Range.SHARE),
            code("property_type", "RESIDENTIAL", "HOMESTEAD", "COMMERCIAL", "OFFICE", "INDUSTRIAL", "PARKING",
                    "OTHER"),
            required("area_m2", FieldType.AMOUNT).range(Range.POSITIVE),
            optional("township_code", FieldType.TOWNSHIP_ANY),
            required("register_date", FieldType.DATE),
            code("status", "VALID", "CANCELLED")),
            List.of("cert_no", "owner_id_no"), v -> null),
    PROVIDENT_FUND("provident_fund.csv", false, List.of(
            required("id_no", FieldType.ID18),
            required("year_month", FieldType.MONTH),
            required("deposit_base", FieldType.AMOUNT).range(Range.POSITIVE),
            required("monthly_deposit", FieldType.AMOUNT).range(Range.NON_NEGATIVE),
            text("employer_name", false, 200)),
            List.of("id_no", "year_month"), v -> null),
    /** profile.md: optional, market supervision (市场主体及年报). */
    MARKET_ENTITY("market_entity.csv", false, List.of(
            required("credit_code", FieldType.CREDIT_CODE),
            code("entity_type", "INDIVIDUAL_BUSINESS", "ENTERPRISE", "FARMER_COOPERATIVE"),
            required("operator_id_no", FieldType.ID18),
            code("status", "ACTIVE", "REVOKED", "CANCELLED"),
            required("established_date", FieldType.DATE),
            optional("cancelled_date", FieldType.DATE),
            optional("township_code", FieldType.TOWNSHIP_ANY),
            optional("report_year", FieldType.YEAR).range(Range.YEAR_1949_TO_DELIVERY),
            optional("annual_revenue", FieldType.AMOUNT).range(Range.NON_NEGATIVE)),
            List.of("credit_code"), Source::marketEntityChecks),
    /** profile.md: optional, agriculture and rural affairs (农村宅基地). */
    HOMESTEAD("homestead.csv", false, List.of(
            text("cert_no", true, 64),
            required("owner_id_no", FieldType.ID18),
            required("township_code", FieldType.TOWNSHIP),
            text("village", false, 200),
            required("area_m2", FieldType.AMOUNT).range(Range.POSITIVE),
            code("status", "VALID", "CANCELLED")),
            List.of("cert_no", "owner_id_no"), v -> null),
    /** profile.md: optional, medical insurance (医疗费用自费). */
    MEDICAL_SELF_PAY("medical_self_pay.csv", false, List.of(
            required("id_no", FieldType.ID18),
            required("year_month", FieldType.MONTH),
            required("self_pay_amount", FieldType.AMOUNT).range(Range.NON_NEGATIVE)),
            List.of("id_no", "year_month"), v -> null),
    /**
     * profile.md "Field visits": the files {@code visits.csv} / {@code visits-<x>.csv} of a delivery under
     * {@code inbox/visits/<yyyyMMdd>/}; not a snapshot (every loaded visit stays).
     */
    VISITS("visits.csv", false, List.of(
            required("household_no", FieldType.HOUSEHOLD_NO),
            required("visit_date", FieldType.DATE).range(Range.NOT_AFTER_DELIVERY),
            required("unit", FieldType.UNIT),
            required("visitor_code", FieldType.HOUSEHOLD_NO),
            code("verdict", "CONFIRM", "EXCLUDE", "INCLUDE"),
            Field.optionalCode("reason_code", VisitReasons.ALL.toArray(String[]::new)),
            Field.optionalCode("industry", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N",
                    "O", "P", "Q", "R", "S", "T"),
            Field.optionalCode("financing_need", "NONE", "JINGYING", "ZHUXUE", "ZHUYI", "ANJU", "WENYE", "OTHER"),
            text("note", false, 200).range(Range.NO_LONG_DIGIT_RUN),
            optional("valid_until", FieldType.DATE)),
            List.of("household_no", "visit_date", "visitor_code"), Source::visitChecks),
    LOANS("loans.csv", true, List.of(
            text("loan_no", true, 64),
            required("borrower_id_no", FieldType.ID18),
            code("product", "JINGYING", "ZHUXUE", "ZHUYI", "ANJU", "WENYE", "OTHER"),
            code("category", "BUSINESS", "EMPLOYMENT", "FARMER", "SAFETY_NET"),
            required("contract_date", FieldType.DATE),
            required("maturity_date", FieldType.DATE),
            required("principal", FieldType.AMOUNT).range(Range.POSITIVE),
            required("contract_rate", FieldType.RATE).range(Range.NON_NEGATIVE),
            required("reference_rate", FieldType.RATE).range(Range.NON_NEGATIVE),
            code("guarantee_subsidized", "Y", "N")),
            List.of("loan_no"), Source::loanChecks),
    LOAN_TRANSACTIONS("loan_transactions.csv", true, List.of(
            text("txn_id", true, 64),
            text("loan_no", true, 64),
            required("txn_date", FieldType.DATE),
            code("txn_type", "DRAWDOWN", "REPAYMENT"),
            required("amount", FieldType.AMOUNT).range(Range.POSITIVE)),
            List.of("txn_id"), v -> null);

    private final String fileName;
    private final boolean bank;
    private final List<Field> fields;
    private final List<String> key;
    private final CrossCheck crossCheck;

    Source(String fileName, boolean bank, List<Field> fields, List<String> key, CrossCheck crossCheck) {
        this.fileName = fileName;
        this.bank = bank;
        this.fields = fields;
        this.key = key;
        this.crossCheck = crossCheck;
    }

    public String fileName() {
        return fileName;
    }

    /** The lower-case name used in tables, SQL files and reports ({@code social_insurance}). */
    public String id() {
        return fileName.substring(0, fileName.length() - 4);
    }

    /**
     * A statement on one load table of this source, {@code kuozhong/ingest/sql/<kind>-<layout>.sql} with the
     * table named: {@code kind} is create, insert or copy (PostgreSQL's bulk path); the layout is the source's
     * own ({@code create-person.sql}), or for a packed source its packed one ({@link PackedRuns#sqlLayout()}: the
     * two monthly series share {@code create-packed_series.sql}).
     */
    public String loadTableSql(String kind, String table) {
        String layout = PackedRuns.packs(this) ? PackedRuns.of(this).sqlLayout() : id();
        return kuozhong.db.SqlFiles.withTable("kuozhong/ingest/sql/" + kind + "-" + layout + ".sql", table);
    }

    public boolean isBankLedger() {
        return bank;
    }

    public List<Field> fields() {
        return fields;
    }

    public List<String> key() {
        return key;
    }

    public CrossCheck crossCheck() {
        return crossCheck;
    }

    /**
     * A new set for the keys of one file's accepted records (DUPLICATE_KEY). Keys of an identity number
     * with a month and a small code are packed into longs (the monthly series are the big files).
     */
    public DuplicateKeys duplicateKeys() {
        int[] cols = key.stream().mapToInt(this::indexOf).toArray();
        return switch (this) {
            case PERSON, PROVIDENT_FUND, MEDICAL_SELF_PAY -> new DuplicateKeys(cols, true, null);
            case SOCIAL_INSURANCE -> new DuplicateKeys(cols, true,
                    new String[] {"EMPLOYEE_PENSION", "RETIREE_PENSION", "RESIDENT_PENSION"});
            default -> new DuplicateKeys(cols, false, null);
        };
    }

    public int indexOf(String column) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(column);
    }

    public static Optional<Source> byFileName(String fileName) {
        for (Source s : values()) {
            if (s.fileName.equals(fileName)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The seven sources every list build requires. */
    public static List<Source> government() {
        return List.of(PERSON, VEHICLE, ASSISTANCE, MARRIAGE, SOCIAL_INSURANCE, REAL_ESTATE, PROVIDENT_FUND);
    }

    /** The three optional sources of profile.md: a build without them marks what needs them unknown. */
    public static List<Source> optionalGovernment() {
        return List.of(MARKET_ENTITY, HOMESTEAD, MEDICAL_SELF_PAY);
    }

    /** The ten files a government delivery may hold, required ones first. */
    public static List<Source> governmentDelivery() {
        return List.of(PERSON, VEHICLE, ASSISTANCE, MARRIAGE, SOCIAL_INSURANCE, REAL_ESTATE, PROVIDENT_FUND,
                MARKET_ENTITY, HOMESTEAD, MEDICAL_SELF_PAY);
    }

    /** Whether {@code fileName} is a visits file of a visits delivery: visits.csv or visits-<letters, digits>.csv. */
    public static boolean isVisitsFile(String fileName) {
        return fileName.equals("visits.csv") || fileName.matches("visits-[A-Za-z0-9]+\\.csv");
    }

    private static Reject personChecks(Object[] v) {
        String id = (String) v[0];
        if (!String.valueOf(IdNumber.gender(id)).equals(v[2])) {
            return new Reject(RejectReason.INCONSISTENT, "gender does not agree with the 17th digit of id_no");
        }
        if (!v[3].equals(IdNumber.birthDate(id))) {
            return new Reject(RejectReason.INCONSISTENT, "birth_date does not equal digits 7-14 of id_no");
        }
        return null;
    }

    private static Reject assistanceChecks(Object[] v) {
        if (v[3] != null && ((LocalDate) v[3]).isBefore((LocalDate) v[2])) {
            return new Reject(RejectReason.BAD_RANGE, "end_date is before start_date");
        }
        return null;
    }

    private static Reject marriageChecks(Object[] v) {
        if (v[0].equals(v[1])) {
            return new Reject(RejectReason.BAD_RANGE, "spouse_id_no equals id_no");
        }
        return null;
    }

    private static Reject marketEntityChecks(Object[] v) {
        if (v[5] != null && ((LocalDate) v[5]).isBefore((LocalDate) v[4])) {
            return new Reject(RejectReason.BAD_RANGE, "cancelled_date is before established_date");
        }
        if ("ACTIVE".equals(v[3]) && v[5] != null) {
            return new Reject(RejectReason.INCONSISTENT, "status ACTIVE with a cancelled_date");
        }
        if ((v[7] == null) != (v[8] == null)) {
            return new Reject(RejectReason.INCONSISTENT, "only one of report_year and annual_revenue is given");
        }
        return null;
    }

    /** profile.md "visits.csv": across fields, in the spec's order. */
    private static Reject visitChecks(Object[] v) {
        String verdict = (String) v[4];
        String reason = (String) v[5];
        if (reason == null && !verdict.equals("CONFIRM")) {
            return new Reject(RejectReason.MISSING_FIELD, "reason_code is empty for " + verdict);
        }
        if (reason != null && !VisitReasons.allowed(verdict).contains(reason)) {
            return new Reject(RejectReason.INCONSISTENT, verdict.equals("CONFIRM")
                    ? "reason_code is given for CONFIRM" : "reason_code " + reason + " is not a reason for " + verdict);
        }
        LocalDate visitDate = (LocalDate) v[1];
        LocalDate validUntil = (LocalDate) v[9];
        if (validUntil != null && (validUntil.isBefore(visitDate)
                || validUntil.isAfter(VisitReasons.lastDayAllowed(visitDate)))) {
            return new Reject(RejectReason.BAD_RANGE,
                    "valid_until must lie from visit_date to 24 months after it less one day");
        }
        return null;
    }

    private static Reject loanChecks(Object[] v) {
        if (!((LocalDate) v[5]).isAfter((LocalDate) v[4])) {
            return new Reject(RejectReason.BAD_RANGE, "maturity_date is not after contract_date");
        }
        if (((BigDecimal) v[8]).compareTo((BigDecimal) v[7]) < 0) {
            return new Reject(RejectReason.BAD_RANGE, "reference_rate is below contract_rate");
        }
        return null;
    }
}
