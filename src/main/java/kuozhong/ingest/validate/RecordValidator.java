package kuozhong.ingest.validate;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import kuozhong.common.Townships;

/**
 * Checks one record of an extract against its columns, in the order extracts.md fixes: field count;
 * then each column for MISSING_FIELD, its type, its range; then the checks across fields. Duplicate keys
 * and unknown loans are checked by the caller, which knows the earlier records.
 *
 * <p>Not thread-safe only in the sense that {@code values} is written by the caller's thread; the class
 * itself holds no mutable state.
 */
public final class RecordValidator {
    private final List<Field> fields;
    private final CrossCheck crossCheck;
    private final LocalDate deliveryDate;

    public RecordValidator(List<Field> fields, CrossCheck crossCheck) {
        this(fields, crossCheck, null);
    }

    /**
     * @param deliveryDate the delivery's date, for the ranges that depend on it ({@link Range#NOT_AFTER_DELIVERY},
     *                     {@link Range#YEAR_1949_TO_DELIVERY}); null for a bank ledger
     */
    public RecordValidator(List<Field> fields, CrossCheck crossCheck, LocalDate deliveryDate) {
        this.fields = List.copyOf(fields);
        this.crossCheck = crossCheck;
        this.deliveryDate = deliveryDate;
    }

    /**
     * Validates {@code raw} (the record's fields already arranged in column order; {@code null} for a
     * column that the record lacks) and writes the typed values to {@code out}.
     *
     * @return the reject, or {@code null} when the record is accepted
     */
    public Reject validate(String[] raw, Object[] out) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            String s = trim(raw[i]);
            if (s.isEmpty()) {
                if (f.required()) {
                    return new Reject(RejectReason.MISSING_FIELD, f.name() + " is empty");
                }
                out[i] = null;
                continue;
            }
            Reject r = parse(f, s, out, i);
            if (r != null) {
                return r;
            }
        }
        return crossCheck.check(out);
    }

    /** Removes spaces and tabs at both ends (extracts.md, "Precise points"). */
    public static String trim(String s) {
        if (s == null) {
            return "";
        }
        int b = 0;
        int e = s.length();
        while (b < e && (s.charAt(b) == ' ' || s.charAt(b) == '\t')) {
            b++;
        }
        while (e > b && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '\t')) {
            e--;
        }
        return b == 0 && e == s.length() ? s : s.substring(b, e);
    }

    private Reject parse(Field f, String s, Object[] out, int i) {
        switch (f.type()) {
            case ID18 -> {
                String id = s.length() == 18 && s.charAt(17) == 'x' ? s.substring(0, 17) + 'X' : s;
                String problem = IdNumber.problem(id);
                if (problem != null) {
                    return new Reject(RejectReason.BAD_ID, f.name() + " " + problem);
                }
                out[i] = id;
            }
            case TEXT -> {
                if (s.codePointCount(0, s.length()) > f.maxLength()) {
                    return new Reject(RejectReason.BAD_RANGE,
                            f.name() + " is longer than " + f.maxLength() + " characters");
                }
                if (f.range() == Range.NO_LONG_DIGIT_RUN && longestDigitRun(s) >= 15) {
                    return new Reject(RejectReason.BAD_RANGE, f.name()
                            + " holds 15 or more consecutive digits (an identity or card number must not be noted)");
                }
                out[i] = s;
            }
            case CODE -> {
                if (!f.codes().contains(s)) {
                    return new Reject(RejectReason.BAD_CODE, f.name() + " is not one of " + sorted(f));
                }
                out[i] = s;
            }
            case HOUSEHOLD_NO -> {
                if (s.length() > 20 || !isAlnum(s)) {
                    return new Reject(RejectReason.BAD_CODE, f.name() + " must be 1-20 letters or digits");
                }
                out[i] = s;
            }
            case RELATION -> {
                if (s.length() != 2 || !isDigits(s) || s.equals("00")) {
                    return new Reject(RejectReason.BAD_CODE, f.name() + " must be a two-digit code 01-99");
                }
                out[i] = s;
            }
            case TOWNSHIP -> {
                if (!Townships.isKnown(s)) {
                    return new Reject(RejectReason.BAD_CODE, f.name() + " is not a township of reference/townships.csv");
                }
                out[i] = s;
            }
            case TOWNSHIP_ANY -> {
                if (s.length() != 9 || !isDigits(s)) {
                    return new Reject(RejectReason.BAD_CODE, f.name() + " must have nine digits");
                }
                out[i] = s;
            }
            case DATE -> {
                LocalDate d = parseDate(s);
                if (d == null) {
                    return new Reject(RejectReason.BAD_DATE, f.name() + " is not a real yyyy-MM-dd date");
                }
                if (f.range() == Range.NOT_AFTER_DELIVERY && deliveryDate != null && d.isAfter(deliveryDate)) {
                    return new Reject(RejectReason.BAD_RANGE, f.name() + " is after the delivery date " + deliveryDate);
                }
                out[i] = d;
            }
            case MONTH -> {
                if (s.length() != 6 || !isDigits(s)) {
                    return new Reject(RejectReason.BAD_DATE, f.name() + " is not a yyyyMM month");
                }
                int ym = Integer.parseInt(s);
                int m = ym % 100;
                if (m < 1 || m > 12 || ym / 100 < 1000) {
                    return new Reject(RejectReason.BAD_DATE, f.name() + " is not a real yyyyMM month");
                }
                out[i] = ym;
            }
            case AMOUNT, RATE -> {
                int maxScale = f.type() == FieldType.AMOUNT ? 2 : 4;
                int scale = decimals(s);
                if (scale < 0) {
                    return new Reject(RejectReason.BAD_NUMBER, f.name() + " is not a decimal number");
                }
                if (scale > maxScale) {
                    return new Reject(RejectReason.BAD_NUMBER,
                            f.name() + " has more than " + maxScale + " decimals");
                }
                BigDecimal n = decimal(s, scale);
                String bad = outOfRange(f.range(), n);
                if (bad != null) {
                    return new Reject(RejectReason.BAD_RANGE, f.name() + " " + bad);
                }
                out[i] = n;
            }
            case CREDIT_CODE -> {
                String code = s.toUpperCase(java.util.Locale.ROOT);
                String problem = CreditCode.problem(code);
                if (problem != null) {
                    return new Reject(RejectReason.BAD_ID, f.name() + " " + problem);
                }
                out[i] = code;
            }
            case YEAR -> {
                if (s.length() != 4 || !isDigits(s)) {
                    return new Reject(RejectReason.BAD_DATE, f.name() + " is not a yyyy year");
                }
                int y = Integer.parseInt(s);
                if (f.range() == Range.YEAR_1949_TO_DELIVERY
                        && (y < 1949 || deliveryDate != null && y > deliveryDate.getYear())) {
                    return new Reject(RejectReason.BAD_RANGE, f.name() + " must be from 1949 to the delivery's year");
                }
                out[i] = y;
            }
            case UNIT -> {
                if (!s.equals("BANK") && !Townships.isKnown(s)) {
                    return new Reject(RejectReason.BAD_CODE,
                            f.name() + " is neither BANK nor a township of reference/townships.csv");
                }
                out[i] = s;
            }
            default -> throw new IllegalStateException(f.type().name());
        }
        return null;
    }

    private static String outOfRange(Range range, BigDecimal n) {
        return switch (range) {
            case ANY -> null;
            case POSITIVE -> n.signum() > 0 ? null : "must be greater than 0";
            case NON_NEGATIVE -> n.signum() >= 0 ? null : "must not be negative";
            case SHARE -> n.signum() > 0 && n.compareTo(BigDecimal.ONE) <= 0 ? null : "must be > 0 and ≤ 1";
            default -> null;
        };
    }

    /** Number of decimals of a well-formed {@code -?[0-9]+(\.[0-9]+)?}, or -1 when malformed. */
    static int decimals(String s) {
        int i = s.charAt(0) == '-' ? 1 : 0;
        int start = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == start) {
            return -1;
        }
        if (i == s.length()) {
            return 0;
        }
        if (s.charAt(i) != '.') {
            return -1;
        }
        int dot = ++i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == dot || i != s.length()) {
            return -1;
        }
        return i - dot;
    }

    /**
     * The value of a well-formed {@code -?[0-9]+(\.[0-9]+)?} that has {@code scale} decimals ({@link #decimals}),
     * equal to {@code new BigDecimal(s)} in value and scale. Up to 18 digits (every amount and rate of an
     * extract) it is made from a long, without {@link BigDecimal#BigDecimal(String)}'s character array and
     * checks; longer ones are parsed as before.
     */
    static BigDecimal decimal(String s, int scale) {
        int n = s.length();
        boolean negative = s.charAt(0) == '-';
        int digits = n - (negative ? 1 : 0) - (scale > 0 ? 1 : 0);
        if (digits > 18) {
            return new BigDecimal(s);
        }
        long v = 0;
        for (int k = negative ? 1 : 0; k < n; k++) {
            char c = s.charAt(k);
            if (c != '.') {
                v = v * 10 + (c - '0');
            }
        }
        return BigDecimal.valueOf(negative ? -v : v, scale);
    }

    /** A strict {@code yyyy-MM-dd} date, or null. */
    public static LocalDate parseDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        for (int k : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
                    Integer.parseInt(s, 8, 10, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The longest run of digits (ASCII 0-9 or full-width ０-９ in any mix); any other character ends a run. */
    static int longestDigitRun(String s) {
        int longest = 0;
        int run = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19') {
                longest = Math.max(longest, ++run);
            } else {
                run = 0;
            }
        }
        return longest;
    }

    private static boolean isDigits(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlnum(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    private static String sorted(Field f) {
        return String.join("/", new java.util.TreeSet<>(f.codes()));
    }
}
