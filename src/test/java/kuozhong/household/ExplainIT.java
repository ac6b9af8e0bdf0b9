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
        List<String> households = new ArrayList<>();
        built.households().stream().filter(d -> d.flags().contains("SPOUSE_OUTSIDE_HOUSEHOLD")).limit(2)
                .forEach(d -> households.add(d.householdNo()));
        built.households().stream().filter(d -> d.reasons().contains("PROPERTY_RESIDENTIAL")).limit(1)
                .forEach(d -> households.add(d.householdNo()));
        built.households().stream().filter(HouseholdDecision::included).limit(1)
                .forEach(d -> households.add(d.householdNo()));
        households.add("9999999999"); // not a household of the snapshot
        assertThat(households).hasSize(5);
        for (String h : households) {
            String full = new ListBuilder().explain(new DbListSources(jdbi, tables), policy, AS_OF, h).render();
            String narrowed = new ListBuilder().explain(DbListSources.ofHousehold(jdbi, tables, h), policy, AS_OF, h)
                    .render();
            assertThat(narrowed).as(h).isEqualTo(full);
        }
    }
}
