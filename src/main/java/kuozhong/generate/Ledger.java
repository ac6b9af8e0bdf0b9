package kuozhong.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import kuozhong.generate.Model.Household;
import kuozhong.generate.Model.Person;

/**
 * The bank's loan ledger of one settlement year: loans mostly to members of households that the
 * list includes, and every kind of loan that settlement.md refuses or flags.
 */
final class Ledger {
    private static final String[] PRODUCTS = {"JINGYING", "JINGYING", "JINGYING", "JINGYING", "WENYE", "WENYE",
            "ANJU", "ANJU", "ZHUXUE", "ZHUYI"};
    private static final int[] GOOD_RATES = {345, 350, 345, 330, 320, 300, 345};

    private final int year;
    private final CsvFile loans;
    private final CsvFile transactions;
    private final int target;
    private final double probability;
    private final Map<String, Integer> kinds = new TreeMap<>();
    private int loanSeq;
    private int txnSeq;

    Ledger(int year, CsvFile loans, CsvFile transactions, int target, int households) {
        this.year = year;
        this.loans = loans;
        this.transactions = transactions;
        this.target = target;
        this.probability = households == 0 ? 0 : target / (double) households;
    }

    Map<String, Integer> kinds() {
        return kinds;
    }

    void consider(Household h, boolean firstIncluded, boolean secondIncluded, SplittableRandom r) {
        boolean included = firstIncluded || secondIncluded;
        double q = included ? probability * 1.7 : probability * 0.3;
        if (loanSeq >= target || r.nextDouble() >= q) {
            return;
        }
        Person borrower = null;
        for (Person p : h.members) {
            if (p.normal(Population.FIRST) && p.normal(Population.SECOND) && p.age(Population.FIRST) >= 20
                    && p.age(Population.FIRST) <= 65 && (borrower == null || p.relation.equals("02"))) {
                borrower = p;
            }
        }
        if (borrower == null) {
            return;
        }
        String kind;
        LocalDate from = LocalDate.of(year, 1, 10);
        LocalDate to = LocalDate.of(year, 12, 31);
        if (!included) {
            kind = "NOT_ON_LIST";
        } else {
            int x = r.nextInt(100);
            kind = x < 60 ? "GOOD" : x < 68 ? "OVERDUE" : x < 72 ? "NOT_SERIES_PRODUCT" : x < 76 ? "RATE_ABOVE_CAP"
                    : x < 80 ? "GUARANTEE_SUBSIDIZED" : x < 86 ? "NO_LIST_VERSION" : x < 90 ? "BEFORE_PROGRAM_START"
                    : x < 93 ? "LEDGER_INCONSISTENT" : "GOOD";
            if (!firstIncluded) {
                from = LocalDate.of(year, 6, 15);
            } else if (!secondIncluded) {
                to = LocalDate.of(year, 6, 14);
            }
        }
        if (kind.equals("NO_LIST_VERSION")) {
            from = LocalDate.of(year - 1, 11, 1);
            to = LocalDate.of(year, 1, 9);
        } else if (kind.equals("BEFORE_PROGRAM_START")) {
            from = LocalDate.of(year - 1, 3, 1);
            to = LocalDate.of(year - 1, 9, 30);
        } else if (kind.equals("OVERDUE")) {
            to = to.isAfter(LocalDate.of(year, 8, 31)) ? LocalDate.of(year, 8, 31) : to;
            if (to.isBefore(from)) {
                kind = "GOOD";
                to = LocalDate.of(year, 12, 31);
            }
        }
        kinds.merge(kind, 1, Integer::sum);
        write(kind, borrower, date(r, from, to), r);
    }

    private void write(String kind, Person borrower, LocalDate contract, SplittableRandom r) {
        String product = kind.equals("NOT_SERIES_PRODUCT") ? "OTHER" : PRODUCTS[r.nextInt(PRODUCTS.length)];
        String category = switch (product) {
            case "JINGYING" -> r.nextInt(4) == 0 ? "FARMER" : "BUSINESS";
            case "WENYE" -> "EMPLOYMENT";
            case "ANJU" -> r.nextBoolean() ? "FARMER" : "EMPLOYMENT";
            case "ZHUXUE", "ZHUYI" -> "SAFETY_NET";
            default -> "BUSINESS";
        };
        long principal = switch (product) {
            case "ZHUXUE" -> 8 + r.nextInt(33);
            case "ZHUYI" -> 20 + r.nextInt(131);
            case "ANJU" -> 100 + r.nextInt(501);
            case "WENYE" -> 30 + r.nextInt(271);
            default -> 50 + r.nextInt(451);
        } * 1000_00L;
        int contractRate = kind.equals("RATE_ABOVE_CAP") ? new int[] {385, 400, 435}[r.nextInt(3)]
                : GOOD_RATES[r.nextInt(GOOD_RATES.length)];
        int referenceRate = r.nextInt(100) < 3 ? contractRate : Math.max(contractRate, 435 + 5 * r.nextInt(64));
        LocalDate maturity = kind.equals("OVERDUE") ? contract.plusMonths(3 + r.nextInt(4))
                : contract.plusMonths(12 * (1 + r.nextInt(3)));
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        if (kind.equals("OVERDUE") && !maturity.isBefore(yearEnd)) {
            maturity = yearEnd.minusDays(1);
        }
        String loanNo = "QYNS" + contract.getYear() + String.format("%06d", ++loanSeq);
        loans.write(loanNo, borrower.id, product, category, contract.toString(), maturity.toString(),
                Amounts.yuan(principal), Amounts.rate(contractRate), Amounts.rate(referenceRate),
                kind.equals("GUARANTEE_SUBSIDIZED") ? "Y" : "N");

        // drawdowns: one, or tranches that may stay below the principal
        List<LocalDate> dates = new ArrayList<>();
        List<Long> amounts = new ArrayList<>();
        LocalDate first = contract.plusDays(r.nextInt(10) < 7 ? 0 : 1 + r.nextInt(15));
        if (first.isAfter(yearEnd)) {
            first = contract;
        }
        if (r.nextInt(100) < 20) {
            long[] parts = r.nextBoolean() ? new long[] {50, 30, 20} : new long[] {50, 30};
            LocalDate d = first;
            for (long part : parts) {
                if (d.isAfter(yearEnd)) {
                    break;
                }
                dates.add(d);
                amounts.add(principal * part / 100);
                d = d.plusDays(20 + r.nextInt(40));
            }
        } else {
            dates.add(first);
            amounts.add(principal);
        }
        if (kind.equals("LEDGER_INCONSISTENT")) {
            switch (loanSeq % 3) {
                case 0 -> dates.set(0, contract.minusDays(5));
                case 1 -> {
                    dates.add(dates.get(dates.size() - 1).plusDays(1));
                    amounts.add(20_000_00L + principal / 5);
                }
                default -> { }
            }
        }
        long drawn = 0;
        for (int i = 0; i < dates.size(); i++) {
            txn(loanNo, dates.get(i), "DRAWDOWN", amounts.get(i));
            drawn += amounts.get(i);
        }
        // repayments between the last drawdown and the year end (and maturity)
        LocalDate after = dates.get(dates.size() - 1).plusDays(1);
        if (after.getYear() < year) {                      // older loans still owe something on 1 January
            after = LocalDate.of(year, 1, 2);
        }
        LocalDate until = maturity.isBefore(yearEnd) ? maturity : yearEnd;
        if (kind.equals("LEDGER_INCONSISTENT") && loanSeq % 3 == 2) {
            txn(loanNo, after.plusDays(10), "REPAYMENT", drawn + 10_000_00L);
            return;
        }
        if (!after.isBefore(until)) {
            return;
        }
        int pattern = r.nextInt(100);
        if (kind.equals("OVERDUE")) {
            pattern = pattern < 50 ? 0 : 50;                 // no full repayment: still owing at maturity
        }
        if (pattern < 40) {
            return;
        }
        if (pattern < 65) {
            txn(loanNo, date(r, after, until), "REPAYMENT", drawn * (10 + r.nextInt(41)) / 100 / 100 * 100);
        } else if (pattern < 85) {
            long each = drawn / 10 / 100 * 100;
            for (LocalDate d = after.plusMonths(1); !d.isAfter(until); d = d.plusMonths(3)) {
                txn(loanNo, d, "REPAYMENT", each);
            }
        } else {
            LocalDate d = date(r, after, until);
            if (d.isAfter(after.plusDays(60)) && r.nextBoolean()) {
                long part = drawn / 2 / 100 * 100;
                txn(loanNo, after.plusDays(30), "REPAYMENT", part);
                txn(loanNo, d, "REPAYMENT", drawn - part);
            } else {
                txn(loanNo, d, "REPAYMENT", drawn);                 // repaid in full
            }
        }
    }

    private void txn(String loanNo, LocalDate date, String type, long amount) {
        transactions.write("T" + year + String.format("%08d", ++txnSeq), loanNo, date.toString(), type,
                Amounts.yuan(amount));
    }

    private static LocalDate date(SplittableRandom r, LocalDate from, LocalDate to) {
        return from.plusDays(r.nextLong(Math.max(1, to.toEpochDay() - from.toEpochDay() + 1)));
    }
}
