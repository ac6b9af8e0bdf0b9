package kuozhong.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kuozhong.common.Console;
import kuozhong.common.DataException;
import kuozhong.common.Messages;
import kuozhong.common.KzSettings;
import kuozhong.household.ListBuildService;
import kuozhong.household.ListJobConfiguration;
import kuozhong.household.ListVersion;
import kuozhong.household.jdbc.ListVersionStore;
import kuozhong.household.jdbc.ListVersionStore.Snapshot;
import kuozhong.household.jdbc.ListVersionStore.StoredVersion;
import kuozhong.household.jdbc.ListVersionStore.VisitFile;
import kuozhong.ingest.FileLoadDao;
import kuozhong.policy.PolicyException;
import kuozhong.policy.PolicyFile;
import kuozhong.policy.PolicySet;
import kuozhong.settlement.SettlementService;
import kuozhong.settlement.jdbc.SettlementStore;
import kuozhong.workbook.SimulationWorkbook;

/**
 * {@code kz list simulate} (simulate.md), as a table of contents: read the draft, read the version in force
 * on D as stored, calculate the list as of D under the draft (the build's own calculation, nothing stored),
 * compare; read the latest stored settlement and settle its loans again under the draft's settlement
 * parameters (membership from the stored settlement); write the folder aside and rename it into place.
 * It stores and publishes nothing.
 */
public final class SimulationService {
    private static final Logger LOG = LoggerFactory.getLogger(SimulationService.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private final Jdbi jdbi;
    private final ListBuildService lists;
    private final SettlementStore settlements;

    public SimulationService(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.lists = new ListBuildService(jdbi);
        this.settlements = new SettlementStore(jdbi);
    }

    /** Checks a NAME (simulate.md: 1-40 ASCII letters, digits, '-' or '_'); false when it is not one. */
    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** Reads and validates the draft and its set in force on D (PolicyException, exit 2, naming the line). */
    public static PolicyFile readDraft(Path draft, LocalDate asOf) {
        PolicyFile file = PolicyFile.load(draft);
        file.inForce(asOf);
        return file;
    }

    /** Runs the simulation and writes {@code out/simulation/<name>/}; returns the folder. */
    public Simulation simulate(LocalDate asOf, Path draftPath, String name, KzSettings settings, Console console) {
        LocalDateTime runAt = LocalDateTime.now();
        PolicyFile draft = readDraft(draftPath, asOf);
        PolicySet draftSet = draft.inForce(asOf);
        ListVersionStore versions = new ListVersionStore(jdbi);
        ListVersion version = versions.dao().inForce(asOf).orElseThrow(() -> new DataException(
                Messages.text("simulate.noVersion", asOf)));
        StoredVersion stored = versions.load(version);
        List<String> warnings = new ArrayList<>();
        // simulate.md: the current side uses the policy set the version recorded, never the --policy file
        PolicySet currentSet = versions.storedPolicy(version.versionId()).orElseGet(() -> {
            warn(warnings, console, Messages.text("simulate.noStoredPolicy", version.asOf(), settings.policy()));
            return ListJobConfiguration.policyOf(settings, version);
        });
        boolean currentProfile = versions.hasProfile(version.versionId());
        if (!currentProfile) {
            warn(warnings, console, Messages.text("simulate.noStoredProfile", version.asOf()));
        }

        ListBuildService.Calculation calc = lists.calculate(asOf, draftSet, true, console);
        warnings.addAll(0, calc.warnings());
        List<Simulation.SnapshotPair> pairs = new ArrayList<>(pairs(stored.snapshots(), calc.snapshotsUsed()));
        Optional<List<VisitFile>> currentVisits = currentProfile ? versions.visitFiles(version.versionId())
                : Optional.empty();
        if (currentProfile && currentVisits.isEmpty()) {
            warn(warnings, console, Messages.text("simulate.noStoredVisits", version.asOf()));
        }
        List<VisitFile> draftVisits = jdbi.onDemand(FileLoadDao.class).loadedVisits(asOf).stream()
                .map(VisitFile::of).toList();
        pairs.add(visitsPair(currentVisits, draftVisits));
        List<String> differing = pairs.stream().filter(Simulation.SnapshotPair::differs)
                .map(Simulation.SnapshotPair::source).toList();
        if (!version.asOf().equals(asOf) || !differing.isEmpty()) {
            Messages.Text w = Messages.text("simulate.mixed", version.asOf(),
                    version.asOf().equals(asOf) ? "" : Messages.text("simulate.notAsOf", asOf),
                    differing.isEmpty() ? "" : Messages.text("simulate.snapshotsDiffer", String.join(", ", differing)));
            warnings.add(w.english()); // as the workbook shows it
            console.warn(w.local());
            LOG.warn(w.english());
        }
        ListComparison list = ListComparison.of(stored.result().households(), calc.result().households());

        SubsidyComparison subsidy = null;
        PolicySet currentSettlementSet = null;
        PolicySet draftSettlementSet = null;
        Optional<Integer> year = settlements.latestYear();
        if (year.isPresent()) {
            int y = year.get();
            SettlementStore.Stored settled = settlements.loadCurrent(y).orElseThrow();
            currentSettlementSet = settlements.storedPolicy(settled.header().settlementId()).orElseGet(() -> {
                warn(warnings, console, Messages.text("simulate.noStoredSettlementPolicy", y, settings.policy()));
                return SettlementService.policyOf(PolicyFile.load(settings.policy()), settled.header());
            });
            try {
                draftSettlementSet = draft.inForce(LocalDate.of(y, 12, 31));
            } catch (PolicyException e) {
                Messages.Text w = Messages.text("simulate.noSettlementSet", y);
                warnings.add(w.english()); // as the workbook shows it
                console.warn(w.local());
            }
            subsidy = SubsidyComparison.of(settled.result(), settled.ledger(), draftSettlementSet);
        }
        Simulation s = new Simulation(asOf, name, draftPath.getFileName().toString(), sha256(draftPath), draftSet,
                version, currentSet, pairs, warnings, runAt, stored.result().households(),
                calc.result().households(), list, subsidy, currentSettlementSet, draftSettlementSet, currentProfile);
        console.say(Messages.get("simulate.done", name, asOf, list.moves().size(), version.asOf(),
                subsidy == null ? Messages.text("simulate.noSubsidy") : Messages.text("simulate.subsidy", subsidy.year())));
        write(s, settings, console);
        return s;
    }

    /** Writes the folder aside (under data/) and renames it into {@code out/simulation/<name>}. */
    static Path write(Simulation s, KzSettings settings, Console console) {
        Path target = settings.out().resolve("simulation").resolve(s.name());
        Path aside = settings.home().resolve("data").resolve("simulation-tmp");
        try {
            Files.createDirectories(aside);
            clear(aside); // what a killed simulation left
            Path work = Files.createDirectory(aside.resolve(s.name()));
            SimulationCsv.write(work, s);
            SimulationWorkbook.write(s, work.resolve("simulation.xlsx"));
            Files.createDirectories(target.getParent());
            Path old = aside.resolve(s.name() + ".replaced");
            if (Files.exists(target)) {
                move(target, old);
            }
            move(work, target);
            clear(aside);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the simulation under " + target, e);
        }
        console.say(Messages.get("simulate.written", target));
        return target;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void clear(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void warn(List<String> warnings, Console console, Messages.Text w) {
        warnings.add(w.english()); // as the workbook shows it
        console.warn(w.local());
        LOG.warn(w.english());
    }

    /**
     * Visits as a source (simulate.md "Precise points"): each side's set of (delivery, file, sha256) considered
     * for D, as one pair named {@code visits}; a side that did not record its visits ({@code empty}) differs.
     */
    static Simulation.SnapshotPair visitsPair(Optional<List<VisitFile>> current, List<VisitFile> draft) {
        String[] c = current.map(SimulationService::visitsText).orElse(new String[] {"(未记录)", "(not recorded)"});
        String[] d = visitsText(draft);
        return new Simulation.SnapshotPair("visits", c[0], c[1], d[0], d[1]);
    }

    /** {delivery/file;…, sha256 of the sorted set} of a set of visits files; "(无)" and empty when none. */
    private static String[] visitsText(List<VisitFile> files) {
        List<String> keys = files.stream().map(f -> f.delivery() + "/" + f.fileName() + "=" + f.sha256()).sorted()
                .toList();
        if (keys.isEmpty()) {
            return new String[] {"(无)", ""};
        }
        String names = String.join(";", files.stream().map(f -> f.delivery() + "/" + f.fileName()).sorted().toList());
        try {
            return new String[] {names, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    String.join("\n", keys).getBytes(java.nio.charset.StandardCharsets.UTF_8)))};
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Simulation.SnapshotPair> pairs(List<Snapshot> current, List<Snapshot> draft) {
        Map<String, String[]> bySource = new TreeMap<>();
        for (Snapshot c : current) {
            bySource.computeIfAbsent(c.source(), k -> new String[] {"", "", "", ""});
            bySource.get(c.source())[0] = c.delivery();
            bySource.get(c.source())[1] = c.sha256();
        }
        for (Snapshot d : draft) {
            bySource.computeIfAbsent(d.source(), k -> new String[] {"", "", "", ""});
            bySource.get(d.source())[2] = d.delivery();
            bySource.get(d.source())[3] = d.sha256();
        }
        List<Simulation.SnapshotPair> pairs = new ArrayList<>();
        bySource.forEach((source, v) -> pairs.add(new Simulation.SnapshotPair(source, v[0], v[1], v[2], v[3])));
        return pairs;
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
