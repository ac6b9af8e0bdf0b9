package kuozhong.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import kuozhong.ingest.Source;

/**
 * The bank ledger as {@code kz settle}'s own ledger ingest loaded it, kept in memory so that the settling
 * step does not read back the rows it has just written (issue 12: 2M transactions read back cost more
 * than the settlement itself). {@link #rows(Source)} is the tap the ingest hands every row it writes into
 * a load's table; {@link #loans(long)} and {@link #transactions(long)} give them back only for the load
 * they came from (row[0] is the load id), so a ledger loaded by an earlier run, or a load skipped or
 * replaced since, is read from the database as before.
 *
 * <p>Values are as the database returns them: amounts at scale 2 and rates at scale 4 (the columns'
 * DECIMAL(16,2) and DECIMAL(12,4)), so that the outputs are the same whichever way the ledger came. A row
 * that does not make a {@link Loan} or {@link LoanTransaction} gives up the capture of its file (the
 * database path then raises the same error as before).
 *
 * <p>One instance per process ({@code settleJob}); the rows of a file are added on the ingest's reading
 * thread and taken on the step's thread after the load ended. {@link #clear()} lets them go.
 */
public final class LedgerCapture {
    private static final int AMOUNT_SCALE = 2;
    private static final int RATE_SCALE = 4;

    private Part<List<Loan>> loans;
    private Part<Map<String, List<LoanTransaction>>> transactions;

    /** The rows of one file: the load they belong to, or unusable. */
    private static final class Part<T> {
        final T value;
        long loadId = -1;
        boolean broken;

        Part(T value) {
            this.value = value;
        }

        void of(long id) {
            if (loadId == -1) {
                loadId = id;
            } else if (loadId != id) {
                broken = true;
            }
        }
    }

    /** The tap for one file's load: a fresh capture of that file (the ledger's two files only). */
    public synchronized Consumer<Object[]> rows(Source source) {
        if (source == Source.LOANS) {
            Part<List<Loan>> part = new Part<>(new ArrayList<>());
            loans = part;
            int[] c = columns(source, "loan_no", "borrower_id_no", "product", "category", "contract_date",
                    "maturity_date", "principal", "contract_rate", "reference_rate", "guarantee_subsidized");
            return row -> {
                if (part.broken) {
                    return;
                }
                try {
                    part.of((Long) row[0]);
                    part.value.add(new Loan((String) row[c[0]], (String) row[c[1]],
                            LoanProduct.valueOf((String) row[c[2]]), LoanCategory.valueOf((String) row[c[3]]),
                            (LocalDate) row[c[4]], (LocalDate) row[c[5]], scaled(row[c[6]], AMOUNT_SCALE),
                            scaled(row[c[7]], RATE_SCALE), scaled(row[c[8]], RATE_SCALE), "Y".equals(row[c[9]])));
                } catch (RuntimeException e) {
                    part.broken = true;
                }
            };
        }
        if (source == Source.LOAN_TRANSACTIONS) {
            Part<Map<String, List<LoanTransaction>>> part = new Part<>(new HashMap<>());
            transactions = part;
            int[] c = columns(source, "txn_id", "loan_no", "txn_date", "txn_type", "amount");
            return row -> {
                if (part.broken) {
                    return;
                }
                try {
                    part.of((Long) row[0]);
                    String loanNo = (String) row[c[1]];
                    Transactions ofLoan = (Transactions) part.value.computeIfAbsent(loanNo, Transactions::new);
                    ofLoan.add((String) row[c[0]], (LocalDate) row[c[2]],
                            LoanTransaction.Type.valueOf((String) row[c[3]]), scaled(row[c[4]], AMOUNT_SCALE));
                } catch (RuntimeException e) {
                    part.broken = true;
                }
            };
        }
        return null;
    }

    /** The loans of load {@code loadId} in file order, if this process captured that load whole. */
    public synchronized List<Loan> loans(long loadId) {
        return loans != null && !loans.broken && loans.loadId == loadId ? loans.value : null;
    }

    /** The transactions of load {@code loadId} by loan, in file order, if this process captured that load. */
    public synchronized Map<String, List<LoanTransaction>> transactions(long loadId) {
        return transactions != null && !transactions.broken && transactions.loadId == loadId
                ? transactions.value : null;
    }

    /** Lets the captured rows go. */
    public synchronized void clear() {
        loans = null;
        transactions = null;
    }

    /**
     * The transactions of one loan, held in a few arrays instead of four objects a transaction (2M
     * transactions held as objects cost the collector more than settling them); each {@link #get} makes
     * the {@link LoanTransaction} the database path would have read: same values, same order.
     */
    static final class Transactions extends AbstractList<LoanTransaction> {
        private final String loanNo;
        private final StringBuilder ids = new StringBuilder();
        private int[] idEnds = new int[4];
        private long[] days = new long[4];
        private long[] cents = new long[4];
        private boolean[] drawdown = new boolean[4];
        private int size;

        Transactions(String loanNo) {
            this.loanNo = loanNo;
        }

        void add(String txnId, LocalDate date, LoanTransaction.Type type, BigDecimal amount) {
            new LoanTransaction(txnId, loanNo, date, type, amount); // the same checks as the database path
            if (size == days.length) {
                int n = size * 2;
                idEnds = Arrays.copyOf(idEnds, n);
                days = Arrays.copyOf(days, n);
                cents = Arrays.copyOf(cents, n);
                drawdown = Arrays.copyOf(drawdown, n);
            }
            ids.append(txnId);
            idEnds[size] = ids.length();
            days[size] = date.toEpochDay();
            cents[size] = amount.unscaledValue().longValueExact(); // scale 2, DECIMAL(16,2): fits
            drawdown[size] = type == LoanTransaction.Type.DRAWDOWN;
            size++;
        }

        @Override
        public LoanTransaction get(int i) {
            Objects.checkIndex(i, size);
            return new LoanTransaction(ids.substring(i == 0 ? 0 : idEnds[i - 1], idEnds[i]), loanNo,
                    LocalDate.ofEpochDay(days[i]),
                    drawdown[i] ? LoanTransaction.Type.DRAWDOWN : LoanTransaction.Type.REPAYMENT,
                    BigDecimal.valueOf(cents[i], AMOUNT_SCALE));
        }

        @Override
        public int size() {
            return size;
        }
    }

    private static int[] columns(Source source, String... names) {
        int[] c = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            c[i] = 2 + source.indexOf(names[i]); // row[0] load id, row[1] record number
        }
        return c;
    }

    private static BigDecimal scaled(Object v, int scale) {
        return ((BigDecimal) v).setScale(scale); // validated to at most this many decimals: exact
    }
}
