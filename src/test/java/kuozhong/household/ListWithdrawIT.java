package kuozhong.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.testing.Kz;
import kuozhong.testing.TestDatabase;
import kuozhong.testing.TestInbox;

/**
 * {@code kz list withdraw} (spec/README.md): the version of a date built by mistake is kept for audit, marked
 * withdrawn with its reason and time, and no longer in force on any date: {@code kz list explain}, the previous
 * version of later builds ({@code changes.csv}) and settlement follow; settlements already made are not changed.
 */
class ListWithdrawIT {
    private static final String LOANS = "loan_no,borrower_id_no,product,category,contract_date,maturity_date,"
            + "principal,contract_rate,reference_rate,guarantee_subsidized";

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aWithdrawnVersionIsKeptButInForceNowhereAndARebuildPutsItsDateBackInForce(TestDatabase db) throws Exception {
        Kz kz = Kz.at(home, db);
        TestInbox inbox = new TestInbox(home);
        ListBuildIT.firstDelivery(inbox);
        inbox.delivery("20250310").file("person.csv", ListBuildIT.persons("DECEASED")).complete();
        // H2's head borrows on 2025-02-15: H2 is included in the version as of 2025-02-10 (its DIBAO ended on
        // 2025-01-31), excluded (ASSISTANCE_DIBAO) in the version as of 2025-01-10
        inbox.delivery("bank/2025")
                .file("loans.csv", List.of(LOANS, "L1," + ListBuildIT.H2_HEAD
                        + ",JINGYING,BUSINESS,2025-02-15,2026-02-14,10000.00,3.50,7.50,N"))
                .file("loan_transactions.csv", List.of("txn_id,loan_no,txn_date,txn_type,amount",
                        "T1,L1,2025-02-15,DRAWDOWN,10000.00"))
                .complete();
        assertThat(kz.run("ingest").exitCode()).isZero();
        assertThat(kz.run("list", "build", "--as-of", "2025-01-10").exitCode()).isZero();
        assertThat(kz.run("list", "build", "--as-of", "2025-02-10").exitCode()).isZero();
        Kz.Result settled = kz.run("settle", "--year", "2025");
        assertThat(settled.exitCode()).as(settled.all()).isZero();
        List<String> detailBefore = Files.readAllLines(home.resolve("out/settlement/2025/subsidy-detail.csv"));
        assertThat(detailBefore).hasSize(2);
        assertThat(detailBefore.get(1)).startsWith("L1,H2,");
        List<String> settlementsBefore = settlements(kz);

        Kz.Result withdrawn = kz.run("list", "withdraw", "--as-of", "2025-02-10", "--reason", "built with the wrong policy");
        assertThat(withdrawn.exitCode()).as(withdrawn.all()).isZero();
        assertThat(withdrawn.out()).contains("list version 2 as of 2025-02-10 withdrawn at")
                .contains("on 2025-02-10 the version as of 2025-01-10 is in force again")
                .contains("settlements already made are unchanged");
        // kept for audit, with reason and time; its rows stay
        List<String> rows = kz.jdbi().withHandle(h -> h.createQuery("SELECT state || ':' || withdrawn_reason || ':' "
                + "|| CASE WHEN withdrawn_at IS NULL THEN 'no time' ELSE 'time' END || ':' || (SELECT SUM(row_count) FROM "
                + kuozhong.household.jdbc.VersionTable.HOUSEHOLD.of(2) + ") FROM kz_list_version v WHERE as_of = "
                + "DATE '2025-02-10'").mapTo(String.class).list());
        assertThat(rows).containsExactly("WITHDRAWN:built with the wrong policy:time:4");
        // its outputs are moved aside with a note, so that nobody takes them for the list in force
        assertThat(home.resolve("out/list/2025-02-10")).doesNotExist();
        assertThat(home.resolve("out/list/2025-02-10.withdrawn-v2/target-list.csv")).exists();
        assertThat(Files.readString(home.resolve("out/list/2025-02-10.withdrawn-v2/WITHDRAWN.txt")))
                .contains("reason: built with the wrong policy").contains("已于");

        // settlements already made are not changed
        assertThat(settlements(kz)).isEqualTo(settlementsBefore);
        assertThat(Files.readAllLines(home.resolve("out/settlement/2025/subsidy-detail.csv"))).isEqualTo(detailBefore);

        // explain: the version in force on 2025-02-20 is now the one as of 2025-01-10, as is the latest
        Kz.Result explain = kz.run("list", "explain", "--household", "H2", "--as-of", "2025-02-20");
        assertThat(explain.exitCode()).as(explain.all()).isZero();
        assertThat(explain.out()).contains("as of 2025-01-10").contains("ASSISTANCE_DIBAO");
        assertThat(kz.run("list", "explain", "--household", "H2").out()).contains("as of 2025-01-10 (in force, the latest)");

        // settling again judges L1 on the version as of 2025-01-10, where H2 is excluded
        Kz.Result again = kz.run("settle", "--year", "2025");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(Files.readAllLines(home.resolve("out/settlement/2025/subsidy-exceptions.csv")))
                .anyMatch(l -> l.startsWith("L1,") && l.endsWith(",NOT_ON_LIST"));

        // a later build compares with the latest version before it that is not withdrawn: as of 2025-01-10
        // (H2 excluded there, included now: ADDED; H3 included there, gone now), not with the withdrawn one
        // (against which only H3 would be HOUSEHOLD_GONE)
        assertThat(kz.run("list", "build", "--as-of", "2025-03-10").exitCode()).isZero();
        assertThat(Files.readAllLines(home.resolve("out/list/2025-03-10/changes.csv"))).containsExactly(
                "household_no,township_code,change,reasons,previous_as_of",
                "H2,331126101,ADDED,,2025-01-10",
                "H3,331126101,HOUSEHOLD_GONE,,2025-01-10");

        // withdrawing it again, or a date without a version: wrong usage, nothing changed
        Kz.Result twice = kz.run("list", "withdraw", "--as-of", "2025-02-10", "--reason", "again");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("the list version as of 2025-02-10 (version 2) was already withdrawn on")
                .contains("built with the wrong policy").contains("nothing was done");
        Kz.Result none = kz.run("list", "withdraw", "--as-of", "2025-02-11", "--reason", "typo");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("there is no list version as of 2025-02-11 to withdraw");
        assertThat(kz.run("list", "withdraw", "--as-of", "2025-03-10", "--reason", " ").exitCode()).isEqualTo(2);
        assertThat(versions(kz)).containsExactly("2025-01-10:CURRENT", "2025-02-10:WITHDRAWN", "2025-03-10:CURRENT");

        // rebuilding the withdrawn date publishes a new version, in force again; the withdrawn one stays for audit
        Kz.Result rebuilt = kz.run("list", "build", "--as-of", "2025-02-10");
        assertThat(rebuilt.exitCode()).as(rebuilt.all()).isZero();
        assertThat(versions(kz)).containsExactly("2025-01-10:CURRENT", "2025-02-10:CURRENT", "2025-02-10:WITHDRAWN",
                "2025-03-10:CURRENT");
        assertThat(kz.run("list", "explain", "--household", "H2", "--as-of", "2025-02-20").out())
                .contains("as of 2025-02-10 (in force on 2025-02-20)");
        assertThat(home.resolve("out/list/2025-02-10/target-list.csv")).exists();

        // kz status reads without the Spring context, on either database
        Kz.Result status = kz.run("status");
        assertThat(status.exitCode()).as(status.all()).isZero();
        assertThat(status.out()).contains("listBuild").contains("settle").contains("asOf=2025-02-10");
    }

    private static List<String> versions(Kz kz) {
        return kz.jdbi().withHandle(h -> h.createQuery("SELECT CAST(as_of AS VARCHAR(10)) || ':' || state FROM "
                + "kz_list_version ORDER BY as_of, state").mapTo(String.class).list());
    }

    private static List<String> settlements(Kz kz) {
        return kz.jdbi().withHandle(h -> h.createQuery("SELECT settlement_id || ':' || state || ':' || "
                + "(SELECT COUNT(*) FROM kz_settlement_detail d WHERE d.settlement_id = s.settlement_id) FROM "
                + "kz_settlement s ORDER BY settlement_id").mapTo(String.class).list());
    }
}
