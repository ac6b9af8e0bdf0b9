package kuozhong.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.household.jdbc.DbListSources;
import kuozhong.household.jdbc.ListVersionStore;
import kuozhong.household.jdbc.SnapshotIndexes;
import kuozhong.ingest.Source;
import kuozhong.policy.PolicyFile;
import kuozhong.policy.PolicySet;
import kuozhong.testing.Kz;
import kuozhong.testing.TestDatabase;
import kuozhong.testing.Trees;

/**
 * {@code kz list explain} reads only the rows of one household ({@link DbListSources#ofHousehold}); on the
 * sample data it must give exactly what the full snapshots give: the decision of the build for every household
 * looked at, and the same text as an explanation over the full snapshots.
 */
class ExplainIT {
    private static final LocalDate AS_OF = LocalDate.parse("2025-06-15");

    @TempDir
    static Path home;

    private static Kz kz;
    private static Jdbi jdbi;
    private static Map<Source, String> tables;
    private static PolicySet policy;
    private static ListResult built;
    /** Keeps the H2 database open between the tests' connections (else each connection opens the file anew). */
    private static Handle keepOpen;

    @BeforeAll
    static void buildTheSampleList() throws Exception {
        Trees.copy(Path.of("sample-data/inbox"), home.resolve("inbox"));
        kz = Kz.at(home, TestDatabase.H2);
        assertThat(kz.run("ingest").exitCode()).isZero();
        Kz.Result r = kz.run("list", "build", "--as-of", AS_OF.toString());
        assertThat(r.exitCode()).as(r.all()).isZero();
        jdbi = kz.jdbi();
        keepOpen = jdbi.open();
        ListVersion v = jdbi.onDemand(ListVersionDao.class).inForce(AS_OF).orElseThrow();
        tables = new ListVersionStore(jdbi).snapshotTables(v);
        assertThat(tables).containsKeys(Source.government().toArray(Source[]::new)); // every required source
        policy = PolicyFile.load(Path.of("jobs/policy.yml")).inForce(AS_OF);
        built = new ListBuilder().build(new DbListSources(jdbi, tables), policy, AS_OF);
    }

    @AfterAll
    static void close() {
        keepOpen.close();
    }

    @Test
    void theNarrowedSourcesGiveTheBuildsDecisionForSplitCouplesAndEveryTwentiethHousehold() {
        List<HouseholdDecision> looked = new ArrayList<>();
        List<HouseholdDecision> all = built.households();
        for (int i = 0; i < all.size(); i++) {
            HouseholdDecision d = all.get(i);
            if (i % 20 == 0 || d.flags().contains("SPOUSE_OUTSIDE_HOUSEHOLD")) {
                looked.add(d);
            }
        }
        assertThat(looked).as("split couples in the sample")
                .anyMatch(d -> d.flags().contains("SPOUSE_OUTSIDE_HOUSEHOLD"));
        assertThat(looked.size()).isGreaterThan(100);
        for (HouseholdDecision d : looked) {
            HouseholdExplanation e = new ListBuilder().explain(DbListSources.ofHousehold(jdbi, tables, d.householdNo()),
                    policy, AS_OF, d.householdNo());
            assertThat(e.decision()).as(d.householdNo()).isEqualTo(d);
        }
    }

    @Test
    void theNarrowedExplanationReadsAsTheOneOverTheFullSnapshots() {
        for (String h : lookedAt()) {
            String full = new ListBuilder().explain(new DbListSources(jdbi, tables), policy, AS_OF, h).render();
            String narrowed = new ListBuilder().explain(DbListSources.ofHousehold(jdbi, tables, h), policy, AS_OF, h)
                    .render();
            assertThat(narrowed).as(h).isEqualTo(full);
        }
    }

    /** Split couples, an excluded household, an included one and a household number not in the snapshot. */
    private static List<String> lookedAt() {
        List<String> households = new ArrayList<>();
        built.households().stream().filter(d -> d.flags().contains("SPOUSE_OUTSIDE_HOUSEHOLD")).limit(2)
                .forEach(d -> households.add(d.householdNo()));
        built.households().stream().filter(d -> d.reasons().contains("PROPERTY_RESIDENTIAL")).limit(1)
                .forEach(d -> households.add(d.householdNo()));
        built.households().stream().filter(HouseholdDecision::included).limit(1)
                .forEach(d -> households.add(d.householdNo()));
        households.add("9999999999"); // not a household of the snapshot
        assertThat(households).hasSize(5);
        return households;
    }

    /**
     * The indexes of {@code kz list explain}'s look-ups make H2 read the rows of a household in index order
     * rather than in the order of the table: the explanation must not change (its queries order by record_no).
     */
    @Test
    void theSnapshotIndexesChangeNoExplanation() {
        List<String> households = lookedAt();
        Map<String, String> scanned = new java.util.HashMap<>();
        for (String h : households) {
            scanned.put(h, new ListBuilder().explain(DbListSources.ofHousehold(jdbi, tables, h), policy, AS_OF, h)
                    .render());
        }
        assertThat(SnapshotIndexes.applies(jdbi)).isTrue();
        List<String> missing = SnapshotIndexes.missing(jdbi, tables);
        assertThat(missing).hasSizeGreaterThanOrEqualTo(10);
        SnapshotIndexes.create(jdbi, missing);
        try {
            assertThat(SnapshotIndexes.missing(jdbi, tables)).isEmpty();
            String plan = jdbi.withHandle(h -> h.createQuery("EXPLAIN SELECT id_no FROM " + tables.get(Source.SOCIAL_INSURANCE)
                    + " WHERE id_no IN ('x')").mapTo(String.class).one());
            assertThat(plan).as("the look-up uses the index").containsIgnoringCase("_ID_NO_IX");
            for (String h : households) {
                String indexed = new ListBuilder().explain(DbListSources.ofHousehold(jdbi, tables, h), policy, AS_OF, h)
                        .render();
                assertThat(indexed).as(h).isEqualTo(scanned.get(h));
            }
        } finally {
            for (String create : missing) {
                jdbi.useHandle(h -> h.execute("DROP INDEX IF EXISTS " + create.split(" ")[5]));
            }
        }
    }

    /** The command creates the indexes at its first explanation (a note on stderr), and says the same after. */
    @Test
    void theFirstExplanationPreparesTheLookUpsAndTheNextSaysTheSame() {
        String household = built.households().stream().filter(d -> d.flags().contains("SPOUSE_OUTSIDE_HOUSEHOLD"))
                .findFirst().orElseThrow().householdNo();
        try {
            Kz.Result first = kz.run("list", "explain", "--household", household);
            assertThat(first.exitCode()).as(first.all()).isZero();
            assertThat(first.err()).contains("Preparing the look-ups");
            Kz.Result second = kz.run("list", "explain", "--household", household);
            assertThat(second.exitCode()).as(second.all()).isZero();
            assertThat(second.err()).doesNotContain("Preparing the look-ups");
            assertThat(second.out()).isEqualTo(first.out());
            assertThat(SnapshotIndexes.missing(jdbi, tables)).isEmpty();
        } finally {
            jdbi.useHandle(h -> h.createQuery("SELECT index_name FROM information_schema.indexes"
                    + " WHERE table_schema = SCHEMA() AND index_name LIKE 'KZ\\_%\\_IX'").mapTo(String.class).list()
                    .forEach(i -> h.execute("DROP INDEX " + i)));
        }
    }
}
