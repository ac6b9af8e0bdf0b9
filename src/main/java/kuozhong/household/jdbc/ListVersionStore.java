package kuozhong.household.jdbc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import kuozhong.common.Messages;
import kuozhong.common.Parallel;
import kuozhong.common.Progress;
import kuozhong.db.Batches;
import kuozhong.db.SqlFiles;
import kuozhong.household.Change;
import kuozhong.household.HouseholdDecision;
import kuozhong.household.ListResult;
import kuozhong.household.ListVersion;
import kuozhong.household.ListVersionDao;
import kuozhong.household.PreviousEntry;
import kuozhong.ingest.FileLoad;
import kuozhong.ingest.FileLoadDao;
import kuozhong.ingest.Source;

/**
 * Stores list versions: every household with its figures, decision, reasons, flags and members, the
 * changes against the previous version and the snapshots used. A version's households, members, changes and
 * profiles go into tables of its own ({@link VersionTable}). A version is written as BUILDING (in batches, each
 * committed: it is invisible until published) and published in one transaction; a BUILDING version left by a
 * crash, and a version a rebuild replaced, are discarded by the next build (their tables dropped).
 */
public final class ListVersionStore {
    private static final String SQL = "kuozhong/household/sql/";
    private final Jdbi jdbi;

    public ListVersionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A version read back: its row, its households (members included, rule outcomes not stored), changes, snapshots. */
    public record StoredVersion(ListVersion version, ListResult result, List<Change> changes, List<Snapshot> snapshots) {
    }

    /** The snapshot of one source used by a version. */
    public record Snapshot(String source, long loadId, String delivery, LocalDate deliveryDate, String sha256,
            long loaded) {
        public static Snapshot of(FileLoad l) {
            return new Snapshot(l.source(), l.loadId(), l.delivery(), l.deliveryDate(), l.sha256(), l.loaded());
        }
    }

    public ListVersionDao dao() {
        return jdbi.onDemand(ListVersionDao.class);
    }

    /** Deletes the rows of versions that were never published (a crash) or were replaced. */
    public int discardUnpublished() {
        int n = 0;
        for (ListVersion v : dao().discardable()) {
            // the version's own tables first (DDL: on H2 each drop commits); a crash before the rows below are
            // deleted leaves the version discardable, and dropping a table that is gone does nothing
            jdbi.useHandle(h -> VersionTable.dropAll(h, v.versionId()));
            jdbi.useTransaction(h -> {
                ListVersionDao d = h.attach(ListVersionDao.class);
                d.deleteSnapshots(v.versionId());
                d.deleteVersionProfile(v.versionId());
                h.createUpdate("DELETE FROM kz_list_version_policy WHERE version_id = :id").bind("id", v.versionId())
                        .execute();
                h.createUpdate("DELETE FROM kz_list_visit_file WHERE version_id = :id").bind("id", v.versionId())
                        .execute();
                d.deleteVersion(v.versionId());
            });
            n++;
        }
        return n;
    }

    public Map<String, PreviousEntry> entries(long versionId) {
        Map<String, PreviousEntry> entries = new HashMap<>();
        jdbi.useTransaction(h -> VersionTable.HOUSEHOLD.forEach(h, versionId, r -> entries.put((String) r[0],
                new PreviousEntry("Y".equals(r[5]), (String) r[1]))));
        return entries;
    }

    /** Writes a version as BUILDING; returns its id. */
    public long store(ListResult result, List<Change> changes, List<Snapshot> snapshots, ListVersion previous,
            Long jobExecutionId) {
        int members = 0;
        for (HouseholdDecision d : result.households()) {
            if (d.included()) {
                members += d.memberCount();
            }
        }
        int membersIncluded = members;
        long memberRowCount = 0;
        for (HouseholdDecision d : result.households()) {
            memberRowCount += d.members().size();
        }
        long id = dao().begin(result.asOf(), result.policyEffectiveFrom(),
                previous == null ? null : previous.versionId(), previous == null ? null : previous.asOf(),
                result.householdsEvaluated(), result.included(), membersIncluded, LocalDateTime.now(),
                jobExecutionId);
        // households, members, changes, profiles (one an evaluated household with a profile, one an unknown household's visit)
        long profiles = result.households().stream().filter(d -> d.profile() != null).count()
                + result.unknownHouseholdVisits().size();
        long rowCount = result.households().size() + memberRowCount + changes.size() + profiles;
        try (Progress.Count rows = Progress.count(Messages.text("progress.list.storing", id), rowCount,
                Progress.Unit.ROWS)) {
            store(id, result, changes, snapshots, rows);
        }
        return id;
    }

    /**
     * Writes the version's rows. The profile table (the bulk of the bytes: every outcome with its figures) is
     * written on a connection of its own while the households, members and changes are written on another, at
     * once when two processors are free (issue 12): each table is committed in batches and the version stays
     * invisible until published, so the order in which the tables fill does not matter.
     */
    private void store(long id, ListResult result, List<Change> changes, List<Snapshot> snapshots,
            Progress.Count rows) {
        jdbi.useHandle(h -> VersionTable.createAll(h, id));
        Parallel.run(List.of(() -> jdbi.useHandle(h -> {
            VersionTable.HOUSEHOLD.insert(h, id, rows.overShared(map(result.households(), d -> new Object[] {
                d.householdNo(), d.townshipCode(), d.memberCount(), money(d.householdIncome()),
                money(d.perCapitaIncome()),
                d.included() ? "Y" : "N", String.join(";", d.reasons()), String.join(";", d.flags())})));
            List<Object[]> memberRows = new ArrayList<>();
            for (HouseholdDecision d : result.households()) {
                for (HouseholdDecision.Member m : d.members()) {
                    memberRows.add(new Object[] {d.householdNo(), m.idNo(), m.name(), m.relation(), m.village(),
                            m.townshipCode(), m.birthDate()});
                }
            }
            VersionTable.MEMBER.insert(h, id, rows.overShared(memberRows.iterator()));
            VersionTable.CHANGE.insert(h, id, rows.overShared(map(changes, c -> new Object[] {c.householdNo(),
                c.townshipCode(), c.change().name(), String.join(";", c.reasons()), c.previousAsOf()})));
            Batches.insert(h, SqlFiles.read(SQL + "insert-snapshot.sql"), map(snapshots,
                    s -> new Object[] {id, s.source(), s.loadId(), s.delivery(), s.deliveryDate(), s.sha256(),
                            s.loaded()}));
        }), () -> jdbi.useHandle(h -> VersionTable.PROFILE.insert(h, id,
                rows.overShared(ProfileRows.rows(result).iterator())))));
    }

    /** Records the profile parameters a BUILDING version used (defaults filled in) and the optional sources it lacked. */
    public void storeVersionProfile(long versionId, kuozhong.policy.PolicySet policy, ListResult result) {
        dao().insertVersionProfile(versionId, ProfileRows.policyText(policy), ProfileRows.missingText(result));
        // simulate.md: the whole set the version used, and the visits files considered for its as-of date (the
        // same query the calculation read them with, under the same lock)
        List<FileLoad> visits = jdbi.onDemand(FileLoadDao.class).loadedVisits(result.asOf());
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO kz_list_version_policy (version_id, policy_yaml) VALUES (:id, :yaml)")
                    .bind("id", versionId).bind("yaml", kuozhong.policy.PolicySetText.yaml(policy)).execute();
            Batches.insert(h, "INSERT INTO kz_list_visit_file (version_id, load_id, delivery, delivery_date, file_name,"
                    + " sha256) VALUES (?, ?, ?, ?, ?, ?)", visits.stream().map(l -> new Object[] {versionId,
                            l.loadId(), l.delivery(), l.deliveryDate(), l.fileName(), l.sha256()}).iterator());
        });
    }

    /** A visits file considered for a version's as-of date (profile.md), compared by (delivery, file, sha256). */
    public record VisitFile(String delivery, String fileName, String sha256) {
        public static VisitFile of(FileLoad l) {
            return new VisitFile(l.delivery(), l.fileName(), l.sha256());
        }
    }

    /** The whole policy set a version recorded; empty for a version stored before it was recorded (V9). */
    public Optional<kuozhong.policy.PolicySet> storedPolicy(long versionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT policy_yaml FROM kz_list_version_policy WHERE version_id = :id")
                .bind("id", versionId).mapTo(String.class).findOne())
                .map(y -> kuozhong.policy.PolicySetText.parse(y, "the policy set stored with list version " + versionId));
    }

    /** The visits files a version considered; empty for a version stored before they were recorded (V9). */
    public Optional<List<VisitFile>> visitFiles(long versionId) {
        if (jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM kz_list_version_policy WHERE version_id = :id")
                .bind("id", versionId).mapTo(Integer.class).one()) == 0) {
            return Optional.empty();
        }
        return Optional.of(jdbi.withHandle(h -> h.createQuery("SELECT delivery, file_name, sha256 FROM kz_list_visit_file"
                + " WHERE version_id = :id ORDER BY delivery, file_name").bind("id", versionId)
                .map((rs, ctx) -> new VisitFile(rs.getString(1), rs.getString(2), rs.getString(3))).list()));
    }

    /** Whether a version stored its profile (profile.md); a version built before it did not. */
    public boolean hasProfile(long versionId) {
        return dao().versionProfile(versionId).isPresent();
    }

    /** The stored profile of one household of a version, as decided when the version was built. */
    public Optional<ProfileRows.Stored> profile(long versionId, String householdNo) {
        Map<String, ProfileRows.Stored> out = new TreeMap<>();
        jdbi.useHandle(h -> VersionTable.PROFILE.forHousehold(h, versionId, householdNo, r -> ProfileRows.put(out, r)));
        return Optional.ofNullable(out.get(householdNo));
    }

    /** The stored profile of each household of a version (households without a stored profile are absent). */
    public Map<String, ProfileRows.Stored> profiles(long versionId) {
        return jdbi.inTransaction(h -> profiles(h, versionId));
    }

    private static Map<String, ProfileRows.Stored> profiles(Handle h, long versionId) {
        Map<String, ProfileRows.Stored> out = new TreeMap<>();
        VersionTable.PROFILE.forEach(h, versionId, r -> ProfileRows.put(out, r));
        return out;
    }

    /** Makes a BUILDING version the one of its as-of date, in one transaction. */
    public void publish(long versionId, LocalDate asOf) {
        jdbi.useTransaction(h -> {
            ListVersionDao d = h.attach(ListVersionDao.class);
            d.replaceCurrent(asOf);
            if (d.publish(versionId) != 1) {
                throw new IllegalStateException("list version " + versionId + " is not BUILDING");
            }
        });
    }

    public Optional<StoredVersion> load(LocalDate asOf) {
        return dao().current().stream().filter(v -> v.asOf().equals(asOf)).findFirst().map(this::load);
    }

    /**
     * A version read back, in the order its tables were once read with ORDER BY: households and changes by
     * household_no, members by household_no, relation and id_no (a stable sort of the rows as written).
     */
    public StoredVersion load(ListVersion v) {
        long id = v.versionId();
        Map<String, List<HouseholdDecision.Member>> members = new HashMap<>();
        return jdbi.inTransaction(h -> {
            List<Object[]> memberRows = new ArrayList<>();
            VersionTable.MEMBER.forEach(h, id, memberRows::add);
            memberRows.sort(Comparator.comparing((Object[] r) -> (String) r[0])
                    .thenComparing(r -> (String) r[3], Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(r -> (String) r[1]));
            for (Object[] r : memberRows) {
                members.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new HouseholdDecision.Member(
                        (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                        (LocalDate) r[6]));
            }
            List<HouseholdDecision> households = new ArrayList<>();
            VersionTable.HOUSEHOLD.forEach(h, id, r -> households.add(new HouseholdDecision((String) r[0],
                    (String) r[1], (Integer) r[2], (BigDecimal) r[3], (BigDecimal) r[4], "Y".equals(r[5]),
                    codes((String) r[6]), codes((String) r[7]), List.of(),
                    members.getOrDefault((String) r[0], List.of()))));
            households.sort(Comparator.comparing(HouseholdDecision::householdNo));
            List<Change> changes = new ArrayList<>();
            VersionTable.CHANGE.forEach(h, id, r -> changes.add(new Change((String) r[0], (String) r[1],
                    Change.Type.valueOf((String) r[2]), codes((String) r[3]), (LocalDate) r[4])));
            changes.sort(Comparator.comparing(Change::householdNo));
            List<Snapshot> snapshots = snapshots(h, v);
            long persons = members.values().stream().mapToLong(List::size).sum();
            // profile.md: the stored profile and visit of each household, as decided then
            Map<String, ProfileRows.Stored> profiles = profiles(h, id);
            List<HouseholdDecision> withProfiles = households.stream().map(d -> {
                ProfileRows.Stored p = profiles.get(d.householdNo());
                return p == null || !p.evaluated() ? d : d.withProfile(d.included(), d.reasons(), p.decision());
            }).toList();
            List<kuozhong.household.visit.VisitInForce> unknown = profiles.values().stream()
                    .filter(p -> !p.evaluated() && p.decision().visit() != null)
                    .map(p -> new kuozhong.household.visit.VisitInForce(p.decision().visit(),
                            p.decision().visitStatus() != kuozhong.household.visit.VisitStatus.EXPIRED))
                    .toList();
            java.util.Set<Source> missing = java.util.EnumSet.noneOf(Source.class);
            h.attach(ListVersionDao.class).versionProfile(id).ifPresent(text -> {
                String m = text.substring(text.indexOf('|') + 1);
                for (String code : m.isEmpty() ? new String[0] : m.split(";")) {
                    missing.add(Source.valueOf(code.toUpperCase(Locale.ROOT)));
                }
            });
            ListResult result = new ListResult(v.asOf(), v.policyEffectiveFrom(), withProfiles, Map.of(), persons,
                    missing, unknown);
            return new StoredVersion(v, result, changes, snapshots);
        });
    }

    /** The source snapshots a version was built from. */
    public List<Snapshot> snapshots(ListVersion v) {
        return jdbi.withHandle(h -> snapshots(h, v));
    }

    /** The data table of each source snapshot a version was built from (those still stored). */
    public Map<Source, String> snapshotTables(ListVersion v) {
        Map<Source, String> tables = new EnumMap<>(Source.class);
        FileLoadDao loads = jdbi.onDemand(FileLoadDao.class);
        for (Snapshot s : snapshots(v)) {
            loads.find(s.loadId()).ifPresent(l -> tables.put(Source.valueOf(s.source().toUpperCase(Locale.ROOT)),
                    l.dataTable()));
        }
        return tables;
    }

    private static List<Snapshot> snapshots(Handle h, ListVersion v) {
        return h.createQuery(SqlFiles.read(SQL + "select-snapshots.sql"))
                .bind("versionId", v.versionId())
                .map((rs, ctx) -> new Snapshot(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getLong(6)))
                .list();
    }

    /** Included members of a version: identity number → (household, township). */
    public Map<String, String[]> includedMembers(long versionId) {
        Map<String, String> included = new HashMap<>(); // household → township
        entries(versionId).forEach((household, e) -> {
            if (e.included()) {
                included.put(household, e.townshipCode());
            }
        });
        Map<String, String[]> members = new HashMap<>();
        jdbi.useTransaction(h -> VersionTable.MEMBER.forEach(h, versionId, r -> {
            String township = included.get((String) r[0]);
            if (township != null) {
                members.put((String) r[1], new String[] {(String) r[0], township});
            }
        }));
        return members;
    }

    /** An amount as a DECIMAL(16, 2) column held it before the tables were packed: to the fen. */
    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static List<String> codes(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
    }

    private static <T> Iterator<Object[]> map(List<T> items, java.util.function.Function<T, Object[]> f) {
        return items.stream().map(f).iterator();
    }
}
