package kuozhong.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kuozhong.household.jdbc.VersionTable;
import kuozhong.testing.TestDatabase;
import kuozhong.testing.VersionTables;

/**
 * Migration V10 on a database that stored list versions in the four shared tables (V3, V6): every version's
 * rows move to tables of its own, in household order, and the shared tables are gone; then V13 packs those tables
 * ({@link kuozhong.household.jdbc.PackedRows}) and the same values come back, through the store too.
 */
class VersionTablesMigrationIT {
    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void storedVersionsMoveIntoTablesOfTheirOwn(TestDatabase db) {
        String url = db.url(home);
        db.migrate(url, "9");
        Jdbi jdbi = Jdbi.create(url);
        jdbi.useHandle(h -> {
            for (long v : List.of(1L, 2L)) {
                h.execute("INSERT INTO kz_list_version (as_of, state, policy_effective_from, households_evaluated,"
                        + " households_included, members_included, built_at) VALUES (DATE '2025-01-10', ?, DATE"
                        + " '2025-01-01', 2, 1, 2, TIMESTAMP '2025-01-11 08:00:00')", v == 1 ? "REPLACED" : "CURRENT");
            }
            // written out of household order, as a shared table may hold them
            h.execute("INSERT INTO kz_list_household VALUES (2, 'H2', '330100001', 1, 0.00, 0.00, 'N', 'VEHICLE', '')");
            h.execute("INSERT INTO kz_list_household VALUES (2, 'H1', '330100001', 2, 80000.50, 40000.25, 'Y', '', 'F')");
            h.execute("INSERT INTO kz_list_household VALUES (1, 'H1', '330100001', 2, 1.00, 0.50, 'Y', '', '')");
            h.execute("INSERT INTO kz_list_member VALUES (2, 'H1', '330102199001011234', '张𠀾', '02', '某村',"
                    + " '330100001', DATE '1990-01-01')");
            h.execute("INSERT INTO kz_list_change VALUES (2, 'H1', '330100001', 'ADDED', '', NULL)");
            h.execute("INSERT INTO kz_list_profile (version_id, household_no, evaluated, visit_status, outcomes)"
                    + " VALUES (2, 'H1', 'Y', 'NOT_VISITED', 'line 1\nline 2')");
        });

        db.migrate(url, "10");

        assertThat(VersionTables.stored(jdbi)).containsExactly(1L, 2L);
        jdbi.useHandle(h -> {
            List<Map<String, Object>> households = h.createQuery("SELECT household_no, household_income, included,"
                    + " reasons FROM " + VersionTable.HOUSEHOLD.of(2)).mapToMap().list();
            assertThat(households).extracting(r -> r.get("household_no")).containsExactly("H1", "H2");
            assertThat(households.get(0)).containsEntry("household_income", new BigDecimal("80000.50"))
                    .containsEntry("included", "Y");
            assertThat(households.get(1)).containsEntry("reasons", "VEHICLE");
            assertThat(h.createQuery("SELECT COUNT(*) FROM " + VersionTable.HOUSEHOLD.of(1)).mapTo(Long.class).one())
                    .isEqualTo(1);
            assertThat(h.createQuery("SELECT name FROM " + VersionTable.MEMBER.of(2)).mapTo(String.class).one())
                    .isEqualTo("张𠀾");
            assertThat(h.createQuery("SELECT change_type FROM " + VersionTable.CHANGE.of(2)).mapTo(String.class).one())
                    .isEqualTo("ADDED");
            assertThat(h.createQuery("SELECT outcomes FROM " + VersionTable.PROFILE.of(2)).mapTo(String.class).one())
                    .isEqualTo("line 1\nline 2");
            assertThat(h.createQuery("SELECT COUNT(*) FROM " + VersionTable.MEMBER.of(1)).mapTo(Long.class).one())
                    .isZero();
        });
        for (String gone : List.of("kz_list_household", "kz_list_member", "kz_list_change", "kz_list_profile")) {
            assertThatThrownBy(() -> jdbi.useHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + gone)
                    .mapTo(Long.class).one())).as(gone).isInstanceOf(Exception.class);
        }
        // a version whose tables a crashed discard already dropped (its row still there): V13 leaves it
        jdbi.useHandle(h -> h.execute("INSERT INTO kz_list_version (as_of, state, policy_effective_from,"
                + " households_evaluated, households_included, members_included, built_at) VALUES (DATE '2025-02-10',"
                + " 'BUILDING', DATE '2025-01-01', 0, 0, 0, TIMESTAMP '2025-02-11 08:00:00')"));

        db.migrate(url, null);

        assertThat(VersionTables.stored(jdbi)).containsExactly(1L, 2L);
        // on H2 the parts are BLOBs, kept apart from the rows (a look-up of one household reads only ranges)
        String type = jdbi.withHandle(h -> h.createQuery("SELECT data_type FROM information_schema.columns WHERE"
                + " LOWER(table_name) = :t AND LOWER(column_name) = 'packed'").bind("t", VersionTable.PROFILE.of(2))
                .mapTo(String.class).one());
        assertThat(type).isEqualToIgnoringCase(db == TestDatabase.H2 ? "BINARY LARGE OBJECT" : "bytea");
        List<Object[]> households = VersionTables.rows(jdbi, VersionTable.HOUSEHOLD, 2);
        assertThat(households).extracting(r -> r[0]).containsExactly("H1", "H2");
        assertThat(households.get(0)).containsExactly("H1", "330100001", 2, new BigDecimal("80000.50"),
                new BigDecimal("40000.25"), "Y", "", "F");
        assertThat(households.get(1)[6]).isEqualTo("VEHICLE");
        assertThat(VersionTables.rows(jdbi, VersionTable.HOUSEHOLD, 1)).hasSize(1);
        assertThat(VersionTables.rows(jdbi, VersionTable.MEMBER, 2)).singleElement()
                .satisfies(m -> assertThat(m).containsExactly("H1", "330102199001011234", "张𠀾", "02", "某村",
                        "330100001", java.time.LocalDate.of(1990, 1, 1)));
        assertThat(VersionTables.rows(jdbi, VersionTable.MEMBER, 1)).isEmpty();
        assertThat(VersionTables.rows(jdbi, VersionTable.CHANGE, 2)).singleElement()
                .satisfies(c -> assertThat(c).containsExactly("H1", "330100001", "ADDED", "", null));
        var store = new kuozhong.household.jdbc.ListVersionStore(jdbi);
        assertThat(store.profile(2, "H1")).hasValueSatisfying(p -> {
            assertThat(p.outcomes()).isEqualTo("line 1\nline 2");
            assertThat(p.evaluated()).isTrue();
        });
        assertThat(store.profile(2, "H2")).isEmpty();
        assertThat(store.entries(2)).containsOnlyKeys("H1", "H2");
        assertThat(store.includedMembers(2)).containsOnlyKeys("330102199001011234");
    }
}
