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
 * The nine extract files of extracts.md: file name, columns in the spec's order, key and the checks
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
            case PERSON, PROVIDENT_FUND -> new DuplicateKeys(cols, true, null);
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

    public static List<Source> government() {
        return List.of(PERSON, VEHICLE, ASSISTANCE, MARRIAGE, SOCIAL_INSURANCE, REAL_ESTATE, PROVIDENT_FUND);
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
