package kuozhong.settlement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kuozhong.common.Console;
import kuozhong.common.DataException;
import kuozhong.db.Batches;
import kuozhong.db.LazyResults;
import kuozhong.db.SqlFiles;
import kuozhong.household.jdbc.ListVersionStore;
import kuozhong.ingest.FileLoad;
import kuozhong.ingest.FileLoadDao;
import kuozhong.ingest.Manifest;
import kuozhong.ingest.Source;
import kuozhong.policy.PolicyFile;
import kuozhong.policy.PolicySet;
import kuozhong.settlement.jdbc.DbListMembership;
import kuozhong.workbook.SubsidyWorkbook;

/**
 * Settles one year (settlement.md), as a table of contents: read the loaded ledger, settle every loan,
 * reconcile, store the settlement (replacing the year's earlier one), write the files.
 */
public final class SettlementService {
    private static final Logger LOG = LoggerFactory.getLogger(SettlementService.class);
    private static final String SQL = "kuozhong/settlement/sql/";
    private final Jdbi jdbi;

    public SettlementService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** What a settlement run produced: whether every reconciliation check passed. */
    public record Outcome(SettlementResult result, boolean checksPassed, Path dir) {
    }

    public Outcome settle(int year, PolicyFile policies, Path inbox, Path outSettlement, Long jobExecutionId,
            Console console) {
        String delivery = "bank/" + year;
        FileLoadDao loads = jdbi.onDemand(FileLoadDao.class);
        FileLoad loansLoad = loads.findLoaded(delivery, Source.LOANS.fileName()).orElseThrow(() -> new DataException(
                "the ledger " + delivery + " has no loaded loans.csv; run kz settle --year " + year + " after the bank"
                        + " delivers it"));
        FileLoad txnsLoad = loads.findLoaded(delivery, Source.LOAN_TRANSACTIONS.fileName()).orElseThrow(
                () -> new DataException("the ledger " + delivery + " has no loaded loan_transactions.csv"));
        PolicySet policy = policies.inForce(LocalDate.of(year, 12, 31));

        long tRead = System.nanoTime();
        List<Loan> loans = readLoans(loansLoad.dataTable());
        Map<String, List<LoanTransaction>> txns = readTransactions(txnsLoad.dataTable());
        LOG.info(String.format(Locale.ROOT, "settlement %d: ledger read, %,d loans, %,d loans with transactions (%.1f s)",
                year, loans.size(), txns.size(), (System.nanoTime() - tRead) / 1e9));
        long t0 = System.nanoTime();
        ListVersionStore versions = new ListVersionStore(jdbi);
        SettlementResult result = SettlementCalculator.settle(year, loans, txns, new DbListMembership(versions), policy);
        SummaryRow total = result.total();
        String counts = String.format(Locale.ROOT,
                "settlement %d: %,d loans in the ledger, %,d subsidised, %,d refused, %,d not outstanding in %d;"
                        + " fiscal subsidy %s, household saving %s (%.1f s)",
                year, result.ledgerLoans(), result.detail().size(), result.exceptions().size(), result.inactiveLoans(),
                year, total.fiscalSubsidy().toPlainString(), total.householdSaving().toPlainString(),
                (System.nanoTime() - t0) / 1e9);
        console.say(counts);
        LOG.info(counts);

        Manifest manifest = Manifest.read(inbox.resolve(delivery).resolve(Manifest.FILE_NAME));
        List<LedgerFileDigest> digests = new ArrayList<>();
        for (FileLoad l : List.of(loansLoad, txnsLoad)) {
            Manifest.Entry e = manifest.entries().get(l.fileName());
            digests.add(new LedgerFileDigest(l.fileName(), e == null ? "" : e.sha256(), l.sha256()));
        }
        ReconciliationChecks checks = ReconciliationChecks.of(result, digests);
        Map<Integer, BigDecimal> earlier = earlierSavings(year);
        TargetProgress targets = TargetProgress.of(result, earlier, policy);

        long tStore = System.nanoTime();
        long id = store(year, result, loansLoad, txnsLoad, policy, !checks.hasFailure(), jobExecutionId, console);
        publish(id, year);
        LOG.info(String.format(Locale.ROOT, "settlement %d: stored as settlement %d (%.1f s)", year, id,
                (System.nanoTime() - tStore) / 1e9));

        Path dir = outSettlement.resolve(Integer.toString(year));
        try {
            Files.createDirectories(dir);
            long tCsv = System.nanoTime();
            SettlementCsvWriter.writeAll(dir, result);
            long tWorkbook = System.nanoTime();
            LOG.info(String.format(Locale.ROOT, "settlement %d: CSV files written (%.1f s)", year,
                    (tWorkbook - tCsv) / 1e9));
            SubsidyWorkbook.write(SubsidyWorkbookMapper.map(result, targets, checks, policy, delivery, earlier),
                    dir.resolve(SubsidyWorkbook.fileName(year)));
            LOG.info(String.format(Locale.ROOT, "settlement %d: workbook written (%.1f s)", year,
                    (System.nanoTime() - tWorkbook) / 1e9));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the settlement files under " + dir, e);
        }
        console.say("settlement outputs written to " + dir);
        return new Outcome(result, !checks.hasFailure(), dir);
    }

    private List<Loan> readLoans(String table) {
        return jdbi.inTransaction(h -> LazyResults.with(h, lh -> lh
                .createQuery(SqlFiles.withTable(SQL + "select-loans.sql", table))
                .setFetchSize(10_000)
                .map((rs, ctx) -> new Loan(rs.getString(1), rs.getString(2), LoanProduct.valueOf(rs.getString(3)),
                        LoanCategory.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class), rs.getBigDecimal(7), rs.getBigDecimal(8),
                        rs.getBigDecimal(9), "Y".equals(rs.getString(10))))
                .list()));
    }

    private Map<String, List<LoanTransaction>> readTransactions(String table) {
        Map<String, List<LoanTransaction>> byLoan = new HashMap<>();
        jdbi.useTransaction(h -> LazyResults.with(h, lh -> {
            lh.createQuery(SqlFiles.withTable(SQL + "select-transactions.sql", table))
                    .setFetchSize(10_000)
                    .map((rs, ctx) -> new LoanTransaction(rs.getString(1), rs.getString(2),
                            rs.getObject(3, LocalDate.class), LoanTransaction.Type.valueOf(rs.getString(4)),
                            rs.getBigDecimal(5)))
                    .forEach(t -> byLoan.computeIfAbsent(t.loanNo(), k -> new ArrayList<>(4)).add(t));
            return null;
        }));
        return byLoan;
    }

    private Map<Integer, BigDecimal> earlierSavings(int year) {
        return new HashMap<>(jdbi.onDemand(SettlementDao.class).householdSavingBefore(year));
    }

    private long store(int year, SettlementResult r, FileLoad loans, FileLoad txns, PolicySet policy,
            boolean checksPassed, Long jobExecutionId, Console console) {
        // rows of a settlement never published (a crash), or replaced and kept by an earlier version of kz
        jdbi.useTransaction(h -> {
            SettlementDao d = h.attach(SettlementDao.class);
            int interrupted = d.countUnpublished();
            if (interrupted > 0) {
                console.say("recovered: discarded " + interrupted
                        + " settlement(s) an interrupted run left unpublished");
            }
            d.deleteUnpublishedDetail();
            d.deleteUnpublishedExceptions();
            d.deleteUnpublished();
        });
        SummaryRow total = r.total();
        long id = jdbi.onDemand(SettlementDao.class).begin(year, loans.delivery(), loans.loadId(), txns.loadId(),
                policy.effectiveFrom(), r.ledgerLoans(), r.detail().size(), r.exceptions().size(), r.inactiveLoans(),
                total.fiscalSubsidy(), total.householdSaving(), total.yearEndBalance(), checksPassed ? "Y" : "N",
                LocalDateTime.now(), jobExecutionId);
        Long sid = id;
        jdbi.useHandle(h -> {
            Batches.insert(h, SqlFiles.read(SQL + "insert-detail.sql"), r.detail().stream().map(d -> new Object[] {
                    sid, d.loanNo(), d.householdNo(), d.townshipCode(), d.borrowerIdNo(), d.product().name(),
                    d.category().name(), d.contractDate(), d.maturityDate(), d.principal(), d.contractRate(),
                    d.referenceRate(), d.fiscalRate(), d.bankRate(), d.days(), d.accumulation(), d.yearEndBalance(),
                    d.fiscalSubsidy(), d.provinceShare(), d.countyShare(), d.bankConcession(), d.householdSaving(),
                    String.join(";", d.flags()), d.listVersion().versionId()}).iterator());
            Batches.insert(h, SqlFiles.read(SQL + "insert-exception.sql"), r.exceptions().stream()
                    .map(e -> new Object[] {sid, e.loanNo(), String.join(";", e.reasons())}).iterator());
        });
        return id;
    }

    private void publish(long id, int year) {
        jdbi.useTransaction(h -> {
            SettlementDao d = h.attach(SettlementDao.class);
            d.replaceCurrent(year);
            if (d.publish(id) != 1) {
                throw new IllegalStateException("settlement " + id + " is not BUILDING");
            }
            // the settlement it replaced, gone with the same commit
            d.deleteUnpublishedDetail();
            d.deleteUnpublishedExceptions();
            d.deleteUnpublished();
        });
    }
}
