package kuozhong.household;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kuozhong.common.Console;
import kuozhong.common.DataException;
import kuozhong.common.Messages;
import kuozhong.common.Progress;
import kuozhong.household.jdbc.DbListSources;
import kuozhong.household.jdbc.ListVersionStore;
import kuozhong.household.jdbc.ListVersionStore.Snapshot;
import kuozhong.household.jdbc.ListVersionStore.StoredVersion;
import kuozhong.ingest.FileLoad;
import kuozhong.ingest.FileLoadDao;
import kuozhong.ingest.Source;
import kuozhong.policy.PolicySet;

/**
 * Builds one list version (target-list.md), as a table of contents: {@link #calculate} (choose the
 * snapshots, evaluate every household: nothing stored), refuse a degenerate result, then
 * {@link #storeAndPublish} (the version with its changes). {@code kz list simulate} uses the same
 * {@link #calculate} and stores nothing.
 */
public final class ListBuildService {
    private static final Logger LOG = LoggerFactory.getLogger(ListBuildService.class);
    private final Jdbi jdbi;
    private final ListVersionStore store;
    /** the version this process stored and published last, as the outputs are written from it */
    private volatile StoredVersion published;

    public ListBuildService(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.store = new ListVersionStore(jdbi);
    }

    public ListVersionStore store() {
        return store;
    }

    /** The snapshots of a build: for each government source the latest loaded delivery on or before D. */
    public Map<Source, FileLoad> snapshots(LocalDate asOf) {
        Map<Source, FileLoad> chosen = new EnumMap<>(Source.class);
        for (FileLoad l : jdbi.onDemand(FileLoadDao.class).latestSnapshots(asOf)) {
            chosen.put(Source.valueOf(l.source().toUpperCase()), l);
        }
        List<String> missing = Source.government().stream().filter(s -> !chosen.containsKey(s)).map(Source::id)
                .toList();
        if (!missing.isEmpty()) {
            throw new DataException(Messages.text("list.missingSources", asOf, String.join(", ", missing)));
        }
        return chosen;
    }

    /** Warnings for snapshots older than max_snapshot_age_days on the as-of date. */
    public static List<Messages.Text> ageWarnings(Map<Source, FileLoad> snapshots, PolicySet policy, LocalDate asOf) {
        List<Messages.Text> warnings = new ArrayList<>();
        snapshots.forEach((source, l) -> {
            long age = ChronoUnit.DAYS.between(l.deliveryDate(), asOf);
            if (age > policy.maxSnapshotAgeDays()) {
                warnings.add(Messages.text("list.oldSnapshot", source.id(), l.delivery(), age, asOf,
                        policy.maxSnapshotAgeDays()));
            }
        });
        return warnings;
    }

    /**
     * What a build calculates before anything is stored: the snapshots chosen and the list they give
     * under a policy set. Shared by {@code kz list build} (which then stores and publishes it) and
     * {@code kz list simulate} (which compares it and stores nothing).
     */
    public record Calculation(Map<Source, FileLoad> snapshots, PolicySet policy, ListResult result,
            List<String> warnings) {
        public List<Snapshot> snapshotsUsed() {
            return snapshots.values().stream().map(Snapshot::of).toList();
        }
    }

    /**
     * Chooses the snapshots of {@code asOf} and decides every household under {@code policy}; stores
     * nothing. Refuses (DataException) a missing source, and, unless {@code allowDegenerate}, an empty
     * snapshot; the degenerate-result check is the caller's (a simulation may well be degenerate).
     */
    public Calculation calculate(LocalDate asOf, PolicySet policy, boolean allowDegenerate, Console console) {
        Map<Source, FileLoad> snapshots = snapshots(asOf);
        List<Messages.Text> texts = ageWarnings(snapshots, policy, asOf);
        texts.forEach(w -> {
            console.warn(w.local());
            LOG.warn(w.english());
        });
        // an empty optional snapshot (profile.md) is a source without rows, not a broken build: it only warns
        snapshots.forEach((s, l) -> {
            if (l.loaded() == 0 && Source.optionalGovernment().contains(s)) {
                Messages.Text w = Messages.text("list.emptyOptional", s.id(), l.delivery());
                console.warn(w.local());
                LOG.warn(w.english());
            }
        });
        List<String> warnings = texts.stream().map(Messages.Text::english).toList(); // as the workbooks show them
        List<String> empty = snapshots.entrySet().stream()
                .filter(e -> e.getValue().loaded() == 0 && Source.government().contains(e.getKey()))
                .map(Map.Entry::getValue)
                .map(l -> l.source() + " (delivery " + l.delivery() + ")").toList();
        if (!empty.isEmpty() && !allowDegenerate) {
            throw new DataException(Messages.text("list.emptySnapshot", asOf, String.join(", ", empty)));
        }
        Map<Source, String> tables = new EnumMap<>(Source.class);
        Map<Source, Long> rows = new EnumMap<>(Source.class); // what each snapshot's reading counts towards
        snapshots.forEach((s, l) -> {
            tables.put(s, l.dataTable());
            rows.put(s, l.loaded());
        });
        List<FileLoad> visits = jdbi.onDemand(FileLoadDao.class).loadedVisits(asOf);
        rows.put(Source.VISITS, visits.stream().mapToLong(FileLoad::loaded).sum());
        long t0 = System.nanoTime();
        // the bulk Jdbi hands each reading a connection of its own from the pool: the snapshots are read at once
        ListResult result = new ListBuilder().withProgress().withConcurrentSources().build(new DbListSources(jdbi, tables)
                .withVisits(visits, asOf).withProgress(rows), policy, asOf);
        for (Source s : result.missingOptional()) {
            Messages.Text w = Messages.text("list.missingOptional", s.fileName(), asOf);
            console.say(w.local());
            LOG.info(w.english());
        }
        Messages.Text counts = Messages.text("list.counts", asOf, result.householdsEvaluated(), result.included(),
                result.excluded(), (System.nanoTime() - t0) / 1e9);
        console.say(counts.local());
        LOG.info(counts.english());
        return new Calculation(snapshots, policy, result, warnings);
    }

    /** Builds, stores and publishes the version of {@code asOf}; returns its id. */
    public long build(LocalDate asOf, PolicySet policy, boolean allowDegenerate, Long jobExecutionId,
            Console console) {
        int discarded = store.discardUnpublished();
        if (discarded > 0) {
            console.say(Messages.get("list.recovered", discarded));
        }
        Calculation calc = calculate(asOf, policy, allowDegenerate, console);
        ListResult result = calc.result();
        if (result.degenerate() && !allowDegenerate) {
            throw new DataException(Messages.text("list.degenerate", asOf, result.included(),
                    result.householdsEvaluated()));
        }
        return storeAndPublish(calc, jobExecutionId, console);
    }

    /**
     * The version in force for an as-of date, as its outputs are written from it: the one this process has just
     * stored and published, from memory, while it is still the one in force; otherwise (the outputs step restarted
     * after a crash, in a new process) read back from the database. Both hold the same households, members,
     * decisions, profiles, changes and snapshots; rule outcomes, which no output shows, are not stored.
     */
    public Optional<StoredVersion> published(LocalDate asOf) {
        Optional<ListVersion> current = store.dao().current().stream().filter(v -> v.asOf().equals(asOf))
                .findFirst();
        StoredVersion mine = published;
        if (mine != null && current.isPresent() && current.get().versionId() == mine.version().versionId()) {
            return Optional.of(new StoredVersion(current.get(), mine.result(), mine.changes(), mine.snapshots()));
        }
        return current.map(store::load);
    }

    /** Stores a calculated list as a new version with its changes, and publishes it; returns its id. */
    public long storeAndPublish(Calculation calc, Long jobExecutionId, Console console) {
        ListResult result = calc.result();
        LocalDate asOf = result.asOf();
        Optional<ListVersion> previous = store.dao().before(asOf);
        List<Change> changes = ChangeDetector.compare(
                previous.map(v -> store.entries(v.versionId())).orElse(Map.of()),
                previous.map(ListVersion::asOf).orElse(null), result);
        long versionId = store.store(result, changes, calc.snapshotsUsed(), previous.orElse(null), jobExecutionId);
        try (Progress.Count publishing = Progress.phase(Messages.text("progress.list.publishing", versionId))) {
            store.storeVersionProfile(versionId, calc.policy(), result);
            store.publish(versionId, asOf);
            // what the outputs step would read back: the same households, changes and snapshots (in source order,
            // as select-snapshots.sql reads them); a restarted outputs step reads them back from the database
            List<Snapshot> snapshots = new ArrayList<>(calc.snapshotsUsed());
            snapshots.sort(java.util.Comparator.comparing(Snapshot::source));
            published = new StoredVersion(store.dao().find(versionId).orElseThrow(), result, List.copyOf(changes),
                    List.copyOf(snapshots));
            store.discardUnpublished(); // the version it replaced
        }
        console.say(previous.isPresent()
                ? Messages.get("list.published", versionId, asOf, changes.size(), previous.get().asOf())
                : Messages.get("list.publishedFirst", versionId, asOf, changes.size()));
        return versionId;
    }
}
