package kuozhong.settlement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kuozhong.common.Console;
import kuozhong.common.DataException;
import kuozhong.common.Messages;
import kuozhong.common.Progress;
import kuozhong.household.jdbc.ListVersionStore;
import kuozhong.ingest.FileLoad;
import kuozhong.ingest.FileLoadDao;
import kuozhong.ingest.Manifest;
import kuozhong.ingest.Source;
import kuozhong.policy.PolicyFile;
import kuozhong.policy.PolicySet;
import kuozhong.settlement.jdbc.DbListMembership;
import kuozhong.settlement.jdbc.SettlementStore;
import kuozhong.settlement.jdbc.SettlementStore.Ledger;
import kuozhong.workbook.SubsidyWorkbook;

/**
 * Settles one year (settlement.md), as a table of contents. {@link #settle}: read the loaded ledger,
 * re-verify its files against the manifest, calculate (pure: {@link #calculate}), and either publish the
 * settlement (every check passed) or write the failed run's files under {@code failed/} (a check failed).
 * {@link #writeOutputs}: write the files of the published settlement, from the stored settlement when the
 * run that published it is gone (a crash while writing does not settle again).
 */
public final class SettlementService {
    private static final Logger LOG = LoggerFactory.getLogger(SettlementService.class);
    /** The folder, under {@code out/settlement/<year>/}, of a run whose 数据校验 failed. */
    public static final String FAILED_DIR = "failed";
    private final Jdbi jdbi;
    private final SettlementStore store;
    /** The ledger as this process loaded it: settled from memory instead of read back. */
    private final LedgerCapture captured;
    /** What this process published last: its files are written from memory instead of read back. */
    private Published lastPublished;

    public SettlementService(Jdbi jdbi) {
        this(jdbi, new LedgerCapture());
    }

    /** @param captured the ledger rows this process's ledger ingest loaded ({@code settleJob}) */
    public SettlementService(Jdbi jdbi, LedgerCapture captured) {
        this.jdbi = jdbi;
        this.store = new SettlementStore(jdbi);
        this.captured = captured;
    }

    public SettlementStore store() {
        return store;
    }

    /** A pure settlement of a year: the result, its reconciliation checks and the target progress. */
    public record Calculation(SettlementResult result, ReconciliationChecks checks, TargetProgress targets) {
        public boolean passed() {
            return !checks.hasFailure();
        }
    }

    /** What a settlement run produced: whether every reconciliation check passed, and where its files are. */
    public record Outcome(SettlementResult result, boolean checksPassed, Path dir) {
    }

    private record Published(long settlementId, Calculation calculation, PolicySet policy, String delivery,
            Map<Integer, BigDecimal> earlier, LocalDateTime at) {
    }

    /** Calculates a settlement: sources (ledger, membership, digests, earlier years) and policy → result. Pure. */
    public static Calculation calculate(int year, Ledger ledger, ListMembership membership, PolicySet policy,
            List<LedgerFileDigest> digests, Map<Integer, BigDecimal> earlier) {
        SettlementResult result;
        try (Progress.Count settled = Progress.count(Messages.text("progress.settle.settling", year),
                ledger.loans().size(), Progress.Unit.LOANS)) {
            result = SettlementCalculator.settle(year, settled.over(ledger.loans()), ledger.transactions(),
                    membership, policy);
        }
        return new Calculation(result, ReconciliationChecks.of(result, digests),
                TargetProgress.of(result, earlier, policy));
    }

    /**
     * Settles the year and publishes it when every check passes; otherwise writes the run's files under
     * {@code out/settlement/<year>/failed/} and publishes nothing (the year's earlier settlement stays).
     */
    public Outcome settle(int year, PolicyFile policies, Path inbox, Path outSettlement, Long jobExecutionId,
            Console console) {
        int discarded = store.discardUnpublished();
        if (discarded > 0) {
            console.say(Messages.get("settle.recovered", discarded));
        }
        String delivery = "bank/" + year;
        Ledger ledger = readLedger(year);
        List<LedgerFileDigest> digests = verifyLedgerFiles(ledger, inbox.resolve(delivery));
        PolicySet policy = policies.inForce(LocalDate.of(year, 12, 31));
        Map<Integer, BigDecimal> earlier = earlierSavings(year);

        long t0 = System.nanoTime();
        Calculation calc = calculate(year, ledger, new DbListMembership(new ListVersionStore(jdbi)), policy, digests,
                earlier);
        SettlementResult result = calc.result();
        SummaryRow total = result.total();
        Messages.Text counts = Messages.text("settle.counts", year, result.ledgerLoans(), result.detail().size(),
                result.exceptions().size(), result.inactiveLoans(), total.fiscalSubsidy().toPlainString(),
                total.householdSaving().toPlainString(), (System.nanoTime() - t0) / 1e9);
        console.say(counts.local());
        LOG.info(counts.english());

        return publishOrSetAside(calc, ledger, policy, earlier, outSettlement, jobExecutionId);
    }

    /**
     * Publishes a calculated settlement when every check passed; otherwise writes its files under
     * {@code out/settlement/<year>/failed/} and publishes nothing (settlement.md: a FAIL in 数据校验).
     */
    public Outcome publishOrSetAside(Calculation calc, Ledger ledger, PolicySet policy,
            Map<Integer, BigDecimal> earlier, Path outSettlement, Long jobExecutionId) {
        SettlementResult result = calc.result();
        int year = result.year();
        String delivery = ledger.loansLoad().delivery();
        Path dir = outSettlement.resolve(Integer.toString(year));
        if (!calc.passed()) {
            Path failed = dir.resolve(FAILED_DIR);
            writeFiles(failed, calc, policy, delivery, earlier, LocalDateTime.now());
            LOG.warn("settlement " + year + ": a reconciliation check failed; not published, files under " + failed);
            return new Outcome(result, false, failed);
        }
        long tStore = System.nanoTime();
        long id = store.store(result, ledger, policy.effectiveFrom(), true, jobExecutionId);
        try (Progress.Count publishing = Progress.phase(Messages.text("progress.settle.publishing", id))) {
            store.storePolicy(id, policy);
            store.publish(id, year);
        }
        lastPublished = new Published(id, calc, policy, delivery, earlier, LocalDateTime.now());
        LOG.info(String.format(Locale.ROOT, "settlement %d: stored and published as settlement %d (%.1f s)", year, id,
                (System.nanoTime() - tStore) / 1e9));
        return new Outcome(result, true, dir);
    }

    /**
     * Writes the files of the year's published settlement under {@code out/settlement/<year>/} (and removes
     * a {@code failed/} folder an earlier failed run left): from memory when this process published it,
     * else read back from the database.
     */
    public Path writeOutputs(int year, PolicyFile policies, Path outSettlement, Console console) {
        SettlementStore.Header header = store.current(year).orElseThrow(() -> new DataException(
                Messages.text("settle.noneToWrite", year)));
        Published p = lastPublished;
        if (p == null || p.settlementId() != header.settlementId()) {
            long t0 = System.nanoTime();
            SettlementStore.Stored stored = store.load(header);
            PolicySet policy = policyOf(store, policies, header);
            Map<Integer, BigDecimal> earlier = earlierSavings(year);
            List<LedgerFileDigest> digests = Stream.of(stored.ledger().loansLoad(), stored.ledger().transactionsLoad())
                    // published only after the files on disk, the manifest and the loaded bytes agreed
                    .map(l -> new LedgerFileDigest(l.fileName(), l.sha256(), l.sha256())).toList();
            Calculation calc = new Calculation(stored.result(), ReconciliationChecks.of(stored.result(), digests),
                    TargetProgress.of(stored.result(), earlier, policy));
            p = new Published(header.settlementId(), calc, policy, header.ledgerDelivery(), earlier,
                    header.settledAt());
            LOG.info(String.format(Locale.ROOT, "settlement %d: settlement %d read back to write its files (%.1f s)",
                    year, header.settlementId(), (System.nanoTime() - t0) / 1e9));
        }
        Path dir = outSettlement.resolve(Integer.toString(year));
        writeFiles(dir, p.calculation(), p.policy(), p.delivery(), p.earlier(), p.at());
        deleteTree(dir.resolve(FAILED_DIR));
        console.say(Messages.get("settle.written", dir));
        return dir;
    }

    /** The policy set a stored settlement used (by its effective_from), from the policy file. */
    public static PolicySet policyOf(SettlementStore store, PolicyFile policies, SettlementStore.Header header) {
        return store.storedPolicy(header.settlementId()).orElseGet(() -> {
            LOG.warn("settlement " + header.settlementId() + " of " + header.settlementYear() + " was stored before"
                    + " settlements recorded their policy set: its values are read from the policy file");
            return policyOf(policies, header);
        });
    }

    /** The policy set a stored settlement used (by its effective_from), from the policy file (before V9). */
    public static PolicySet policyOf(PolicyFile policies, SettlementStore.Header header) {
        return policies.sets().stream().filter(s -> s.effectiveFrom().equals(header.policyEffectiveFrom()))
                .findFirst().orElseGet(() -> policies.inForce(LocalDate.of(header.settlementYear(), 12, 31)));
    }

    /** Writes the CSVs and the audit workbook of a calculation into {@code dir}. */
    static void writeFiles(Path dir, Calculation calc, PolicySet policy, String delivery,
            Map<Integer, BigDecimal> earlier, LocalDateTime runTime) {
        int year = calc.result().year();
        try {
            Files.createDirectories(dir);
            long tCsv = System.nanoTime();
            SettlementCsvWriter.writeAll(dir, calc.result());
            long tWorkbook = System.nanoTime();
            LOG.info(String.format(Locale.ROOT, "settlement %d: CSV files written (%.1f s)", year,
                    (tWorkbook - tCsv) / 1e9));
            String workbook = SubsidyWorkbook.fileName(year);
            try (Progress.Count written = Progress.count(Messages.text("progress.settle.writing", workbook),
                    calc.result().detail().size() + calc.result().exceptions().size(), Progress.Unit.ROWS)) {
                SubsidyWorkbook.write(SubsidyWorkbookMapper.map(calc.result(), calc.targets(), calc.checks(), policy,
                        delivery, earlier, runTime), dir.resolve(workbook), written);
            }
            LOG.info(String.format(Locale.ROOT, "settlement %d: workbook written (%.1f s)", year,
                    (System.nanoTime() - tWorkbook) / 1e9));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the settlement files under " + dir, e);
        }
    }

    /** The year's ledger as loaded. */
    public Ledger readLedger(int year) {
        String delivery = "bank/" + year;
        FileLoadDao loads = jdbi.onDemand(FileLoadDao.class);
        FileLoad loansLoad = loads.findLoaded(delivery, Source.LOANS.fileName()).orElseThrow(() -> new DataException(
                Messages.text("settle.noLoans", delivery, year)));
        FileLoad txnsLoad = loads.findLoaded(delivery, Source.LOAN_TRANSACTIONS.fileName()).orElseThrow(
                () -> new DataException(Messages.text("settle.noTransactions", delivery)));
        long tRead = System.nanoTime();
        List<Loan> loans = captured.loans(loansLoad.loadId());
        Map<String, List<LoanTransaction>> txns = captured.transactions(txnsLoad.loadId());
        captured.clear();
        boolean inMemory = loans != null && txns != null;
        Ledger ledger = inMemory ? new Ledger(loansLoad, txnsLoad, loans, txns)
                : store.readLedger(loansLoad, txnsLoad);
        LOG.info(String.format(Locale.ROOT, "settlement %d: ledger %s, %,d loans, %,d loans with transactions (%.1f s)",
                year, inMemory ? "as loaded by this run" : "read", ledger.loans().size(), ledger.transactions().size(),
                (System.nanoTime() - tRead) / 1e9));
        return ledger;
    }

    /**
     * Re-reads the ledger files under {@code deliveryDir} and compares the sha256 of their bytes now with the
     * manifest's and with the bytes that were loaded (issue 8: what is settled is what the manifest says).
     *
     * @throws DataException {@code MANIFEST_MISMATCH}, naming the file, when they differ
     */
    public static List<LedgerFileDigest> verifyLedgerFiles(Ledger ledger, Path deliveryDir) {
        Manifest manifest;
        try {
            manifest = Manifest.read(deliveryDir.resolve(Manifest.FILE_NAME));
        } catch (RuntimeException e) {
            throw new DataException(Messages.text("settle.manifestUnreadable",
                    (Messages.Rendered) l -> l == kuozhong.common.Language.EN ? e.getMessage() : e.getLocalizedMessage()));
        }
        List<LedgerFileDigest> digests = new ArrayList<>();
        for (FileLoad l : List.of(ledger.loansLoad(), ledger.transactionsLoad())) {
            Manifest.Entry e = manifest.entries().get(l.fileName());
            digests.add(new LedgerFileDigest(l.fileName(), e == null ? null : e.sha256(),
                    sha256(deliveryDir.resolve(l.fileName())), l.sha256()));
        }
        List<String> bad = digests.stream().filter(d -> !d.matches()).map(LedgerFileDigest::describe).toList();
        if (!bad.isEmpty()) {
            throw new DataException(Messages.text("settle.manifestMismatch", deliveryDir, String.join("; ", bad)));
        }
        return digests;
    }

    /** The sha256 of a file's bytes now, or null when it is missing. */
    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<Integer, BigDecimal> earlierSavings(int year) {
        return new HashMap<>(jdbi.onDemand(SettlementDao.class).householdSavingBefore(year));
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root, e);
        }
    }
}
