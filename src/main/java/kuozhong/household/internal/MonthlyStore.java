package kuozhong.household.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The income window's monthly amounts of a range of persons, in fen (cents) in flat {@code long}
 * arrays: slot × 12 + month. E = employee-pension base, B = provident-fund deposit base,
 * P = provident-fund deposit, R = retiree + resident pension; {@code recorded} marks months with a
 * social-insurance or provident-fund row. About 33 bytes per person-month, no object per row.
 */
public final class MonthlyStore {
    public static final int MONTHS = 12;

    private final long[] e;
    private final long[] b;
    private final long[] p;
    private final long[] r;
    private final boolean[] recorded;

    public MonthlyStore(int slots) {
        int n = Math.multiplyExact(slots, MONTHS);
        e = new long[n];
        b = new long[n];
        p = new long[n];
        r = new long[n];
        recorded = new boolean[n];
    }

    public void addEmployeePension(int slot, int month, long cents) {
        int i = slot * MONTHS + month;
        e[i] += cents;
        recorded[i] = true;
    }

    public void addPension(int slot, int month, long cents) {
        int i = slot * MONTHS + month;
        r[i] += cents;
        recorded[i] = true;
    }

    /** Any other social-insurance row: the month counts as recorded. */
    public void markRecorded(int slot, int month) {
        recorded[slot * MONTHS + month] = true;
    }

    public void addProvidentFund(int slot, int month, long baseCents, long depositCents) {
        int i = slot * MONTHS + month;
        b[i] += baseCents;
        p[i] += depositCents;
        recorded[i] = true;
    }

    public boolean recorded(int slot, int month) {
        return recorded[slot * MONTHS + month];
    }

    public long e(int slot, int month) {
        return e[slot * MONTHS + month];
    }

    public long b(int slot, int month) {
        return b[slot * MONTHS + month];
    }

    public long p(int slot, int month) {
        return p[slot * MONTHS + month];
    }

    public long r(int slot, int month) {
        return r[slot * MONTHS + month];
    }

    /** An amount of at most two decimals in fen; more decimals are a broken source, not a rounding case. */
    public static long cents(BigDecimal amount) {
        if (amount.scale() == 2) {
            return amount.unscaledValue().longValueExact();
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException("amount " + amount.toPlainString()
                    + " has more than two decimals or is too large; ingest should have rejected it", ex);
        }
    }
}
