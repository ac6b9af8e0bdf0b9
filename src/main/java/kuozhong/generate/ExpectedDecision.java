package kuozhong.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import kuozhong.generate.Model.Assistance;
import kuozhong.generate.Model.Household;
import kuozhong.generate.Model.Marriage;
import kuozhong.generate.Model.Owner;
import kuozhong.generate.Model.Person;
import kuozhong.generate.Model.Property;
import kuozhong.generate.Model.Vehicle;

/**
 * What target-list.md should decide for a generated household, under the default policy, when the
 * list is built as of a delivery date. The generator uses it to aim loans at included households
 * and to report how often each rule and flag fires; it is not the product's rule engine.
 */
final class ExpectedDecision {
    static final List<String> RULES = List.of("ASSISTANCE_DIBAO", "ASSISTANCE_DIBIAN", "ASSISTANCE_TEKUN",
            "INCOME_ABOVE_CEILING", "PROPERTY_RESIDENTIAL", "PROPERTY_COMMERCIAL", "VEHICLE", "INCOME_BELOW_FLOOR");
    static final List<String> FLAGS = List.of("NO_HEAD", "MULTIPLE_HEADS", "SPOUSE_OUTSIDE_HOUSEHOLD",
            "IMPUTED_INCOME", "NO_INCOME_RECORDS", "VEHICLE_PRICE_UNKNOWN");

    private static final long IMPUTED_MONTH_MILLI = 2010_00L * 1000;

    /** {@code reasons} and {@code flags} are bit sets over {@link #RULES} and {@link #FLAGS}. */
    record Outcome(boolean evaluated, int reasons, int flags, long incomeFen) {
        boolean included() {
            return evaluated && reasons == 0;
        }
    }

    private ExpectedDecision() {
    }

    /** A member's income over the window of {@code d}, in thousandths of a fen. */
    static long memberIncome(Person p, LocalDate d) {
        return income(p, d, null);
    }

    /** flags[0] is set when a month was imputed, flags[1] when the member has any record. */
    private static long income(Person p, LocalDate d, boolean[] flags) {
        int to = Months.of(d);
        boolean workingAge = p.age(d) >= 18 && p.age(d) <= 59;
        long sum = 0;
        for (int m = to - 12; m < to; m++) {
            long e = p.employeePension(m);
            long b = p.pfBase(m);
            long pd = p.pfDeposit(m);
            long r = p.retireePension(m) + p.residentPension(m);
            if (e > 0 || b > 0 || r > 0) {
                sum += Math.max(0, Math.max(e, b) * 1000 - 105 * e - 500 * pd) + r * 1000;
                if (flags != null) {
                    flags[1] = true;
                }
            } else if (workingAge) {
                sum += IMPUTED_MONTH_MILLI;
                if (flags != null) {
                    flags[0] = true;
                }
            }
        }
        return sum;
    }

    static Outcome evaluate(Household h, List<Marriage> marriages, LocalDate d) {
        int n = 0;
        int heads = 0;
        long milli = 0;
        boolean[] incomeFlags = new boolean[2];
        for (Person p : h.members) {
            if (p.normal(d)) {
                n++;
                heads += p.relation.equals("02") ? 1 : 0;
                milli += income(p, d, incomeFlags);
            }
        }
        if (n == 0) {
            return new Outcome(false, 0, 0, 0);
        }
        int reasons = 0;
        for (Assistance a : h.assistance) {
            if (!a.start().isAfter(d) && (a.end() == null || !a.end().isBefore(d))) {
                reasons |= 1 << RULES.indexOf("ASSISTANCE_" + a.type());
            }
        }
        long fen = BigDecimal.valueOf(milli).divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP).longValue();
        if (fen > 10_000_000L) {
            reasons |= 1 << 3;
        }
        int residential = 0;
        BigDecimal commercial = BigDecimal.ZERO;
        for (Property pr : h.properties) {
            if (!pr.status().equals("VALID") || pr.registered().isAfter(d)) {
                continue;
            }
            boolean counted = false;
            for (Owner o : pr.owners()) {
                if (!o.person().normal(d) || o.person().home != h) {
                    continue;
                }
                if (pr.type().equals("RESIDENTIAL") && !counted) {
                    residential++;
                    counted = true;
                }
                if (pr.type().equals("COMMERCIAL") || pr.type().equals("OFFICE") || pr.type().equals("INDUSTRIAL")) {
                    commercial = commercial.add(BigDecimal.valueOf(pr.areaCents(), 2).multiply(new BigDecimal(o.share())));
                }
            }
        }
        if (residential > 2) {
            reasons |= 1 << 4;
        }
        if (commercial.compareTo(BigDecimal.valueOf(50)) > 0) {
            reasons |= 1 << 5;
        }
        boolean priceUnknown = false;
        for (Vehicle v : h.vehicles) {
            if (v.owner().normal(d) && v.owner().home == h && v.status().equals("NORMAL") && v.type().equals("CAR")
                    && v.use().equals("NON_OPERATING") && !v.registered().isAfter(d)) {
                if (v.price() < 0) {
                    priceUnknown = true;
                } else if (v.price() > 200_000_00L) {
                    reasons |= 1 << 6;
                }
            }
        }
        BigDecimal perCapita = BigDecimal.valueOf(fen, 2).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
        if (perCapita.compareTo(BigDecimal.valueOf(Population.FLOOR, 2)) < 0) {
            reasons |= 1 << 7;
        }
        int flags = 0;
        flags |= heads == 0 ? 1 : 0;
        flags |= heads > 1 ? 2 : 0;
        flags |= spouseOutside(h, marriages, d) ? 4 : 0;
        flags |= incomeFlags[0] ? 8 : 0;
        flags |= incomeFlags[1] ? 0 : 16;
        flags |= priceUnknown ? 32 : 0;
        return new Outcome(true, reasons, flags, fen);
    }

    private static boolean spouseOutside(Household h, List<Marriage> marriages, LocalDate d) {
        for (Marriage m : marriages) {
            Person self = m.a().home == h ? m.a() : m.b().home == h ? m.b() : null;
            Person other = self == m.a() ? m.b() : m.a();
            if (self == null || !self.normal(d) || other.home == null || other.home == h || !other.normal(d)) {
                continue;
            }
            Marriage latest = null;
            for (Marriage x : marriages) {
                boolean pair = x.a() == m.a() && x.b() == m.b() || x.a() == m.b() && x.b() == m.a();
                if (pair && !x.date().isAfter(d) && (latest == null || x.date().isAfter(latest.date())
                        || x.date().equals(latest.date()) && x.event().equals("DIVORCE"))) {
                    latest = x;
                }
            }
            if (latest != null && latest.event().equals("MARRIAGE")) {
                return true;
            }
        }
        return false;
    }
}
