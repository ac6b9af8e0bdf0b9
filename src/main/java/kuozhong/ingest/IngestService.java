package kuozhong.ingest;

import kuozhong.common.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kuozhong.db.SqlFiles;

/**
 * The ingest job's work, as a table of contents: recover what a dead run left, find the complete
 * deliveries, load each file not yet loaded, report.
 */
public final class IngestService {
    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final Jdbi jdbi;
    private final FileLoader loader;
    private final double maxRejectRatio;

    public IngestService(Jdbi jdbi, Path outIngest, double maxRejectRatio) {
        this.jdbi = jdbi;
        this.loader = new FileLoader(jdbi, outIngest);
        this.maxRejectRatio = maxRejectRatio;
    }

    /** Everything one run did. */
    public record Report(List<FileReport> files, List<String> notices) {
        public boolean failed() {
            return files.stream().anyMatch(FileReport::failed);
        }
    }

    /** Loads every complete delivery (government deliveries, then bank ledgers). */
    public Report ingestAll(Path inbox, Long jobExecutionId, Consumer<String> out) {
        return ingest(InboxScanner.scan(inbox, notice(out)), jobExecutionId, out, null);
    }

    /** Loads only the bank ledger of one year ({@code kz settle}). */
    public Report ingestLedger(Path inbox, int year, Long jobExecutionId, Consumer<String> out) {
        return ingestLedger(inbox, year, jobExecutionId, out, null);
    }

    /**
     * Loads only the bank ledger of one year, handing the rows of each file it loads (not of one it skips)
     * to {@code rows.apply(source)} as {@link FileLoader} writes them ({@code rows} or its result
     * {@code null}: none).
     */
    public Report ingestLedger(Path inbox, int year, Long jobExecutionId, Consumer<String> out,
            Function<Source, Consumer<Object[]>> rows) {
        List<Delivery> ledgers = InboxScanner.scan(inbox, s -> { }).stream()
                .filter(d -> d.bankYear() == year).toList();
        if (ledgers.isEmpty()) {
            throw new IngestException(Messages.text("ingest.noLedger", year, inbox.resolve("bank/" + year)));
        }
        return ingest(ledgers, jobExecutionId, out, rows);
    }

    private Report ingest(List<Delivery> deliveries, Long jobExecutionId, Consumer<String> out,
            Function<Source, Consumer<Object[]>> rows) {
        recoverAbandonedLoads(out);
        List<FileReport> files = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        Consumer<Messages.Text> note = notice(out).andThen(t -> notices.add(t.english()));
        for (Delivery d : deliveries) {
            warnUnlisted(d, note);
            boolean loansReloaded = false;
            if (d.isVisits()) {
                for (Manifest.Entry entry : visitEntries(d)) {
                    FileReport r = loader.load(d, entry, Source.VISITS, maxRejectRatio, Set.of(), jobExecutionId, false);
                    files.add(r);
                    out.accept(line(r));
                    LOG.info(line(r));
                }
                continue;
            }
            for (Source source : orderedSources(d)) {
                Manifest.Entry entry = d.manifest().entries().get(source.fileName());
                if (entry == null) {
                    continue;
                }
                double ratio = source.isBankLedger() ? 0.0 : maxRejectRatio;
                FileReport r;
                if (source == Source.LOAN_TRANSACTIONS) {
                    Optional<Set<String>> loans = loadedLoanNumbers(d);
                    if (loans.isEmpty()) {
                        r = new FileReport(d.name(), entry.file(), "FAILED", 0, 0, 0, java.util.Map.of(), 0, 0,
                                "DEPENDENCY", Messages.text("ingest.dependency"));
                    } else {
                        r = loader.load(d, entry, source, ratio, loans.get(), jobExecutionId, loansReloaded,
                                rows == null ? null : rows.apply(source));
                    }
                } else {
                    r = loader.load(d, entry, source, ratio, Set.of(), jobExecutionId, false,
                            rows == null ? null : rows.apply(source));
                    loansReloaded = source == Source.LOANS && "LOADED".equals(r.outcome());
                }
                files.add(r);
                out.accept(line(r));
                LOG.info(englishLine(r));
            }
        }
        return new Report(files, notices);
    }

    private static List<Source> orderedSources(Delivery d) {
        return d.isBank() ? List.of(Source.LOANS, Source.LOAN_TRANSACTIONS) : Source.governmentDelivery();
    }

    /** The visits files a visits delivery's manifest names, in tie order: visits.csv, then visits-x.csv by x. */
    private static List<Manifest.Entry> visitEntries(Delivery d) {
        return d.manifest().entries().values().stream().filter(e -> Source.isVisitsFile(e.file()))
                .sorted(Comparator.comparing(e -> VisitFiles.order(e.file()))).toList();
    }

    private static void warnUnlisted(Delivery d, Consumer<Messages.Text> note) {
        Set<String> known = new HashSet<>();
        if (d.isVisits()) {
            d.manifest().entries().keySet().stream().filter(Source::isVisitsFile).forEach(known::add);
        }
        for (Source s : d.isVisits() ? List.<Source>of() : orderedSources(d)) {
            known.add(s.fileName());
        }
        for (String listed : d.manifest().entries().keySet()) {
            if (!known.contains(listed)) {
                note.accept(Messages.text("ingest.unknownExtract", d.name(), listed));
            }
        }
        try (Stream<Path> files = Files.list(d.dir())) {
            files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(Manifest.FILE_NAME) && !d.manifest().entries().containsKey(n))
                    .sorted(Comparator.naturalOrder())
                    .forEach(n -> note.accept(Messages.text("ingest.notInManifest", d.name(), n)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Optional<Set<String>> loadedLoanNumbers(Delivery d) {
        return jdbi.withHandle(h -> {
            Optional<FileLoad> loans = h.attach(FileLoadDao.class).findLoaded(d.name(), Source.LOANS.fileName());
            if (loans.isEmpty()) {
                return Optional.<Set<String>>empty();
            }
            Set<String> numbers = new HashSet<>(h.createQuery(
                    SqlFiles.withTable("kuozhong/ingest/sql/select-loan-numbers.sql", loans.get().dataTable()))
                    .mapTo(String.class).list());
            return Optional.of(numbers);
        });
    }

    /** A LOADING row means its process died (this run holds the lock): drop its table, mark it ABANDONED. */
    private void recoverAbandonedLoads(Consumer<String> out) {
        FileLoadDao dao = jdbi.onDemand(FileLoadDao.class);
        for (FileLoad l : dao.findByState("LOADING")) {
            if (!l.dataTable().isEmpty()) {
                jdbi.useHandle(h -> h.execute(SqlFiles.withTable("kuozhong/ingest/sql/drop-table.sql", l.dataTable())));
            }
            dao.abandon(l.loadId(), "the process loading it died; the file is loaded again");
            Messages.Text msg = Messages.text("ingest.recovered", l.delivery(), l.fileName());
            out.accept(msg.local());
            LOG.warn(msg.english());
        }
    }

    /** Notices go to the operator in their language and to the log in English. */
    private static Consumer<Messages.Text> notice(Consumer<String> out) {
        return t -> {
            LOG.info(t.english());
            out.accept(t.local());
        };
    }

    /** One line of the run report, in the operator's language. */
    public static String line(FileReport r) {
        return line(r, false);
    }

    /** One line of the run report in English (the log, the report kept with the run). */
    public static String englishLine(FileReport r) {
        return line(r, true);
    }

    /** One line of the run report, rendered in whichever language the text holding it is. */
    public static Messages.Rendered lineText(FileReport r) {
        return l -> line(r, l == kuozhong.common.Language.EN);
    }

    private static String line(FileReport r, boolean english) {
        java.util.function.BiFunction<String, Object[], String> m = english ? Messages::english : Messages::get;
        String head = String.format(java.util.Locale.ROOT, "%-8s %s/%s", r.outcome(), r.delivery(), r.file());
        if ("SKIPPED".equals(r.outcome())) {
            return head + ": " + (english ? r.message() : r.localMessage());
        }
        String figures = m.apply("ingest.fileFigures", new Object[] {r.records(), r.loaded(), r.rejected(),
                r.rejected() > 0 ? " (" + r.rejectsText() + ")" : "", r.seconds()});
        if (r.failed()) {
            return head + figures + "\n         " + r.failure() + ": " + (english ? r.message() : r.localMessage())
                    + (r.failure().equals("DEPENDENCY") ? "" : m.apply("ingest.nothingLoaded", new Object[0]));
        }
        return head + figures + ((english ? r.message() : r.localMessage()) == null ? "" : " — " + (english ? r.message() : r.localMessage()));
    }
}
