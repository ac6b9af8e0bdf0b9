package kuozhong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.household.ListBuildIT;
import kuozhong.testing.Kz;
import kuozhong.testing.TestInbox;
import kuozhong.testing.TestDatabase;

/** Several nights of {@code kz nightly}, as cron plays them, with deliveries arriving over time. */
class NightlyIT {
    @TempDir
    Path home;

    @Test
    void nightsWithNewIncompleteCorruptedAndCorrectedDeliveries() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        TestInbox inbox = new TestInbox(home);

        // night 1: the first delivery arrives
        ListBuildIT.firstDelivery(inbox, "20250110");
        Kz.Result n1 = kz.run("nightly", "--as-of", "2025-01-10");
        assertThat(n1.exitCode()).as(n1.all()).isZero();
        assertThat(n1.out()).contains("list build (no list version is in force on 2025-01-10)")
                .contains("list version 1 as of 2025-01-10 published");
        assertThat(versions(kz)).containsExactly("2025-01-10");

        // night 2: nothing new
        Kz.Result n2 = kz.run("nightly", "--as-of", "2025-01-11");
        assertThat(n2.exitCode()).as(n2.all()).isZero();
        assertThat(n2.out()).contains("nothing new since the list version in force; no build");
        assertThat(versions(kz)).containsExactly("2025-01-10");

        // night 3: a delivery still being written (no manifest): skipped, nothing new
        inbox.delivery("20250210").file("person.csv", List.of("id_no,name"));
        Kz.Result n3 = kz.run("nightly", "--as-of", "2025-02-10");
        assertThat(n3.exitCode()).as(n3.all()).isZero();
        assertThat(n3.out()).contains("delivery 20250210 has no MANIFEST.csv yet").contains("nothing new");

        // night 4: a corrupted delivery: exit 1, the list versions stay as they were
        Files.delete(home.resolve("inbox/20250210/person.csv"));
        Files.delete(home.resolve("inbox/20250210"));
        List<String> marriages = List.of("id_no,spouse_id_no,event,event_date",
                ListBuildIT.H1_HEAD + "," + ListBuildIT.H3_HEAD + ",MARRIAGE,2025-02-01");
        inbox.delivery("20250211").file("marriage.csv", marriages)
                .manifestSays("marriage.csv", 2, "0".repeat(64)).complete();
        Kz.Result n4 = kz.run("nightly", "--as-of", "2025-02-11");
        assertThat(n4.exitCode()).as(n4.all()).isEqualTo(1);
        assertThat(n4.all()).contains("20250211/marriage.csv failed: MANIFEST_MISMATCH")
                .contains("the list was not rebuilt; earlier list versions are unchanged");
        assertThat(versions(kz)).containsExactly("2025-01-10");

        // night 5: the corrected delivery: exit 0 and a new version
        inbox.delivery("20250211").file("marriage.csv", marriages).complete();
        Kz.Result n5 = kz.run("nightly", "--as-of", "2025-02-12");
        assertThat(n5.exitCode()).as(n5.all()).isZero();
        assertThat(n5.out()).contains("source snapshots changed since the version as of 2025-01-10");
        assertThat(versions(kz)).containsExactly("2025-01-10", "2025-02-12");
        // H1 and H3 married across households on 2025-02-01
        assertThat(Files.readString(home.resolve("out/list/2025-02-12/target-list.csv")))
                .contains("H1,331126101,黄田镇,1,53700.00,53700.00,Y,,SPOUSE_OUTSIDE_HOUSEHOLD");

        Kz.Result status = kz.run("status");
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("listBuild", "ingest", "COMPLETED", "asOf=2025-02-12")
                .contains("marriage           2025-02-11  (delivery 20250211");
    }

    private static List<String> versions(Kz kz) {
        return kz.jdbi().withHandle(h -> h.createQuery(
                "SELECT CAST(as_of AS VARCHAR(10)) FROM kz_list_version WHERE state = 'CURRENT' ORDER BY as_of")
                .mapTo(String.class).list());
    }
}
