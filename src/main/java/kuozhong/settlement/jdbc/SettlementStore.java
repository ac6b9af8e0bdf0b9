package kuozhong.settlement.jdbc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;

import kuozhong.common.Console;
import kuozhong.common.DataException;
import kuozhong.common.Messages;
import kuozhong.common.Progress;
import kuozhong.common.Townships;
import kuozhong.db.Batches;
import kuozhong.db.LazyResults;
import kuozhong.db.SqlFiles;
import kuozhong.ingest.FileLoad;
import kuozhong.ingest.FileLoadDao;
import kuozhong.ingest.PackedRuns;
import kuozhong.ingest.Source;
import kuozhong.settlement.DetailRow;
import kuozhong.settlement.ExceptionRow;
import kuozhong.settlement.ListVersionRef;
import kuozhong.settlement.Loan;
import kuozhong.settlement.LoanCategory;
import kuozhong.settlement.LoanProduct;
import kuozhong.settlement.LoanTransaction;
import kuozhong.settlement.MemberOf;
import kuozhong.settlement.Membership;
import kuozhong.settlement.SettlementDao;
import kuozhong.settlement.SettlementResult;
import kuozhong.settlement.SubsidySummary;
import kuozhong.settlement.SummaryRow;
import kuozhong.household.Figures;
import kuozhong.household.RuleOutcome;
import kuozhong.settlement.eligibility.LoanRefusal;

/**
 * Stores settlements and reads them back. A settlement is written as BUILDING (detail, exceptions and the
 * membership of every ledger loan) and published in one transaction that replaces the year's CURRENT one;
 * what a crash left BUILDING is deleted by the next settlement. {@link #loadCurrent} reads a published
 * settlement back whole, so that its files can be written again without settling again, and so that a
 * what-if can take the membership of every loan from it.
 */
public final class SettlementStore {
    private static final String SQL = "kuozhong/settlement/sql/";
    private final Jdbi jdbi;

    public SettlementStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A ledger read from its loads: every loan, and the transactions of each loan. */
    public record Ledger(FileLoad loansLoad, FileLoad transactionsLoad, List<Loan> loans,
            Map<String, List<LoanTransaction>> transactions) {
    }

    /** The row of a stored settlement. */
    public record Header(long settlementId, int settlementYear, String ledgerDelivery, long loansLoadId,
            long transactionsLoadId, LocalDate policyEffectiveFrom, LocalDateTime settledAt) {
    }

    /** A published settlement read back, with the ledger it settled. */
    public record Stored(Header header, SettlementResult result, Ledger ledger) {
    }

    public SettlementDao dao() {
        return jdbi.onDemand(SettlementDao.class);
    }

    /** Reads the loans and transactions of two loads. */
    public Ledger readLedger(FileLoad loansLoad, FileLoad txnsLoad) {
        List<Loan> loans;
        try (Progress.Count read = reading(loansLoad)) {
            loans = readLoans(loansLoad, read);
        }
        try (Progress.Count read = reading(txnsLoad)) {
            return new Ledger(loansLoad, txnsLoad, loans, readTransactions(txnsLoad, read));
        }
    }

    /** The progress of reading one ledger file's rows. */
    private static Progress.Count reading(FileLoad load) {
        return Progress.count(Messages.text("progress.settle.reading", load.fileName()), load.loaded(),
                Progress.Unit.ROWS);
    }

    private List<Loan> readLoans(FileLoad loansLoad, Progress.Count loansRead) {
        List<Loan> loans = new ArrayList<>();
        jdbi.useTransaction(h -> LazyResults.with(h, lh -> {
            lh.createQuery(SqlFiles.withTable(SQL + "select-loans.sql", loansLoad.dataTable()))
                    .setFetchSize(10_000)
                    .map((rs, ctx) -> new Loan(rs.getString(1), rs.getString(2), LoanProduct.valueOf(rs.getString(3)),
                            LoanCategory.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
                            rs.getObject(6, LocalDate.class), rs.getBigDecimal(7), rs.getBigDecimal(8),
                            rs.getBigDecimal(9), "Y".equals(rs.getString(10))))
                    .forEach(l -> {
                        loansRead.step();
                        loans.add(l);
                    });
            return null;
        }));
        return loans;
    }

    /**
     * The transactions of a load by loan, each loan's in record order: the stored runs ({@link PackedRuns}) in
     * record order, each unpacked into the rows the one-row-a-record table held.
     */
    private Map<String, List<LoanTransaction>> readTransactions(FileLoad txnsLoad, Progress.Count txnsRead) {
        Map<String, List<LoanTransaction>> byLoan = new HashMap<>();
        PackedRuns layout = PackedRuns.of(Source.LOAN_TRANSACTIONS);
        int[] c = columns(layout, "txn_id", "txn_date", "txn_type", "amount");
        jdbi.useTransaction(h -> LazyResults.with(h, lh -> {
            lh.createQuery(SqlFiles.withTable(SQL + "select-transactions.sql", txnsLoad.dataTable()))
                    .setFetchSize(1_000)
                    .map((rs, ctx) -> {
                        String loanNo = rs.getString(1);
                        int records = rs.getInt(2);
                        List<LoanTransaction> ofLoan = byLoan.computeIfAbsent(loanNo, k -> new ArrayList<>(records));
                        layout.unpack(rs.getLong(3), rs.getBytes(4), (recordNo, v) -> ofLoan.add(new LoanTransaction(
                                (String) v[c[0]], loanNo, (LocalDate) v[c[1]],
                                LoanTransaction.Type.valueOf((String) v[c[2]]), (BigDecimal) v[c[3]])));
                        txnsRead.add(records);
                        return loanNo;
                    })
                    .forEach(x -> { });
            return null;
        }));
        return byLoan;
    }

    /** Where each of the named fields is among the values a stored run unpacks into. */
    private static int[] columns(PackedRuns layout, String... names) {
        List<String> packed = layout.packedFields().stream().map(f -> f.name()).toList();
        return Arrays.stream(names).mapToInt(packed::indexOf).toArray();
    }

    /** Deletes the rows of settlements never published (a crash); returns how many there were. */
    public int discardUnpublished() {
        return jdbi.inTransaction(h -> {
            SettlementDao d = h.attach(SettlementDao.class);
            int interrupted = d.countUnpublished();
            d.deleteUnpublishedLoans();
            d.deleteUnpublishedDetail();
            d.deleteUnpublishedExceptions();
            h.createUpdate("DELETE FROM kz_settlement_policy WHERE settlement_id IN (SELECT settlement_id FROM"
                    + " kz_settlement WHERE state IN ('BUILDING', 'REPLACED'))").execute();
            d.deleteUnpublished();
            return interrupted;
        });
    }

    /** Writes a settlement as BUILDING; returns its id. */
    public long store(SettlementResult r, Ledger ledger, LocalDate policyEffectiveFrom, boolean checksPassed,
            Long jobExecutionId) {
        SummaryRow total = r.total();
        long id = dao().begin(r.year(), ledger.loansLoad().delivery(), ledger.loansLoad().loadId(),
                ledger.transactionsLoad().loadId(), policyEffectiveFrom, r.ledgerLoans(), r.detail().size(),
                r.exceptions().size(), r.inactiveLoans(), total.fiscalSubsidy(), total.householdSaving(),
                total.yearEndBalance(), checksPassed ? "Y" : "N", LocalDateTime.now(), jobExecutionId);
        Long sid = id;
        try (Progress.Count rows = Progress.count(Messages.text("progress.settle.storing", id),
                r.detail().size() + r.exceptions().size() + ledger.loans().size(), Progress.Unit.ROWS)) {
            store(sid, r, ledger, rows);
        }
        return id;
    }

    private void store(Long sid, SettlementResult r, Ledger ledger, Progress.Count rows) {
        jdbi.useHandle(h -> {
            Batches.insert(h, SqlFiles.read(SQL + "insert-detail.sql"), rows.over(r.detail().stream().map(d -> new Object[] {
                    sid, d.loanNo(), d.householdNo(), d.townshipCode(), d.borrowerIdNo(), d.product().name(),
                    d.category().name(), d.contractDate(), d.maturityDate(), d.principal(), d.contractRate(),
                    d.referenceRate(), d.fiscalRate(), d.bankRate(), d.days(), d.accumulation(), d.yearEndBalance(),
                    d.fiscalSubsidy(), d.provinceShare(), d.countyShare(), d.bankConcession(), d.householdSaving(),
                    String.join(";", d.flags()), d.listVersion().versionId()}).iterator()));
            Batches.insert(h, SqlFiles.read(SQL + "insert-exception.sql"), rows.over(r.exceptions().stream()
                    .map(e -> new Object[] {sid, e.loanNo(), String.join(";", e.reasons())}).iterator()));
            Batches.insert(h, SqlFiles.read(SQL + "insert-loan-membership.sql"), rows.over(ledger.loans().stream().map(l -> {
                Membership m = r.membershipOf(l.loanNo());
                return new Object[] {sid, l.loanNo(), m.outcome().name(),
                        m.version() == null ? null : m.version().versionId(),
                        m.version() == null ? null : m.version().asOf(),
                        m.member() == null ? null : m.member().householdNo(),
                        m.member() == null ? null : m.member().townshipCode()};
            }).iterator()));
        });
    }

    /** Records the whole policy set a BUILDING settlement used (simulate.md: the stored settlement's values). */
    public void storePolicy(long settlementId, kuozhong.policy.PolicySet policy) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO kz_settlement_policy (settlement_id, policy_yaml)"
                + " VALUES (:id, :yaml)").bind("id", settlementId)
                .bind("yaml", kuozhong.policy.PolicySetText.yaml(policy)).execute());
    }

    /** The whole policy set a settlement recorded; empty for one stored before it was recorded (V9). */
    public Optional<kuozhong.policy.PolicySet> storedPolicy(long settlementId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT policy_yaml FROM kz_settlement_policy"
                + " WHERE settlement_id = :id").bind("id", settlementId).mapTo(String.class).findOne())
                .map(y -> kuozhong.policy.PolicySetText.parse(y, "the policy set stored with settlement " + settlementId));
    }

    /** Makes a BUILDING settlement the year's CURRENT one, deleting the one it replaces, in one transaction. */
    public void publish(long id, int year) {
        jdbi.useTransaction(h -> {
            SettlementDao d = h.attach(SettlementDao.class);
            d.replaceCurrent(year);
            if (d.publish(id) != 1) {
                throw new IllegalStateException("settlement " + id + " is not BUILDING");
            }
            d.deleteUnpublishedLoans();
            d.deleteUnpublishedDetail();
            d.deleteUnpublishedExceptions();
            h.createUpdate("DELETE FROM kz_settlement_policy WHERE settlement_id IN (SELECT settlement_id FROM"
                    + " kz_settlement WHERE state IN ('BUILDING', 'REPLACED'))").execute();
            d.deleteUnpublished();
        });
    }

    /** The header of the year's published settlement. */
    public Optional<Header> current(int year) {
        return dao().current(year);
    }

    /** The latest year with a published settlement. */
    public Optional<Integer> latestYear() {
        return dao().latestYear();
    }

    /** Reads the year's published settlement back whole (with the ledger it settled). */
    public Optional<Stored> loadCurrent(int year) {
        return current(year).map(this::load);
    }

    public Stored load(Header header) {
        FileLoadDao loads = jdbi.onDemand(FileLoadDao.class);
        FileLoad loansLoad = loads.find(header.loansLoadId()).orElseThrow(() -> new DataException(
                Messages.text("settle.ledgerLoadGone", header.loansLoadId(), header.settlementYear())));
        FileLoad txnsLoad = loads.find(header.transactionsLoadId()).orElseThrow(() -> new DataException(
                Messages.text("settle.ledgerLoadGone", header.transactionsLoadId(), header.settlementYear())));
        Ledger ledger = readLedger(loansLoad, txnsLoad);
        long sid = header.settlementId();
        Map<String, ListVersionRef> versions = new HashMap<>();
        Map<String, MemberOf> members = new HashMap<>();
        Map<Long, ListVersionRef> refs = new HashMap<>();
        List<DetailRow> detail = new ArrayList<>();
        Map<String, List<String>> reasons = new HashMap<>();
        jdbi.useTransaction(th -> LazyResults.with(th, h -> {
            h.createQuery("""
                    SELECT loan_no, membership, list_version_id, list_as_of, household_no, township_code
                    FROM kz_settlement_loan WHERE settlement_id = :id""").bind("id", sid).setFetchSize(10_000)
                    .map((rs, ctx) -> {
                        String loanNo = rs.getString(1);
                        long vid = rs.getLong(3);
                        if (!rs.wasNull()) {
                            LocalDate asOf = rs.getObject(4, LocalDate.class);
                            versions.put(loanNo, refs.computeIfAbsent(vid, k -> new ListVersionRef(k, asOf)));
                        }
                        if (Membership.Outcome.MEMBER.name().equals(rs.getString(2))) {
                            members.put(loanNo, new MemberOf(rs.getString(5), rs.getString(6)));
                        }
                        return loanNo;
                    }).forEach(x -> { });
            h.createQuery(SqlFiles.read(SQL + "select-detail.sql")).bind("id", sid).setFetchSize(10_000)
                    .map((rs, ctx) -> new DetailRow(rs.getString(1), rs.getString(2), rs.getString(3),
                            Townships.name(rs.getString(3)), rs.getString(4), LoanProduct.valueOf(rs.getString(5)),
                            LoanCategory.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class),
                            rs.getObject(8, LocalDate.class), rs.getBigDecimal(9), rs.getBigDecimal(10),
                            rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBigDecimal(13), rs.getInt(14),
                            rs.getBigDecimal(15), rs.getBigDecimal(16), rs.getBigDecimal(17), rs.getBigDecimal(18),
                            rs.getBigDecimal(19), rs.getBigDecimal(20), rs.getBigDecimal(21), codes(rs.getString(22)),
                            versions.get(rs.getString(1))))
                    .forEach(detail::add);
            h.createQuery("SELECT loan_no, reasons FROM kz_settlement_exception WHERE settlement_id = :id")
                    .bind("id", sid).setFetchSize(10_000)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), codes(rs.getString(2))))
                    .forEach(e -> reasons.put(e.getKey(), e.getValue()));
            return null;
        }));
        Set<String> settled = new HashSet<>();
        detail.forEach(d -> settled.add(d.loanNo()));
        detail.sort(java.util.Comparator.comparing(DetailRow::loanNo));
        List<ExceptionRow> exceptions = new ArrayList<>();
        List<String> inactive = new ArrayList<>();
        for (Loan l : ledger.loans()) {
            List<String> codes = reasons.get(l.loanNo());
            if (codes != null) {
                // the figures each check compared are not stored; the files show codes and their Chinese text
                exceptions.add(new ExceptionRow(l.loanNo(), l.borrowerIdNo(), l.product(), l.category(),
                        l.contractDate(), l.principal(), codes.stream()
                                .map(c -> new RuleOutcome(LoanRefusal.valueOf(c), true, Figures.of(), "")).toList()));
            } else if (!settled.contains(l.loanNo())) {
                inactive.add(l.loanNo());
            }
        }
        exceptions.sort(java.util.Comparator.comparing(ExceptionRow::loanNo));
        inactive.sort(java.util.Comparator.naturalOrder());
        SettlementResult result = new SettlementResult(header.settlementYear(), detail, exceptions, inactive,
                SubsidySummary.of(detail), ledger.loans().size(), versions, members);
        return new Stored(header, result, ledger);
    }

    private static List<String> codes(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
    }
}
