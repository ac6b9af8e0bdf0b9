package kuozhong.household;

import static kuozhong.household.ListFixture.D;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.common.Console;
import kuozhong.household.jdbc.ListVersionStore.StoredVersion;
import kuozhong.workbook.ProfileSummaryData;
import kuozhong.workbook.WorkbookAccess;

/** core-list.xlsx and the two sheets of list-summary.xlsx (profile.md). */
class ProfileOutputsTest {
    private static final LocalDate LONG_AGO = LocalDate.of(2015, 6, 1);

    @TempDir
    Path dir;

    /** H1: one employed wage earner (12 months) with a home; H2: a child of 10 and a parent, included by a visit. */
    private static ListResult sample() {
        ListFixture f = new ListFixture();
        f.allSources();
        String a = f.person("H1", "02", LocalDate.of(1980, 1, 1), ListFixture.T1);
        f.siWindow(a, "EMPLOYEE_PENSION", "5000.00");
        f.estate("C1", a, "1", "RESIDENTIAL", "90.00", LONG_AGO, "VALID");
        String b = f.person("H2", "02", LocalDate.of(1980, 1, 1), ListFixture.T101);
        f.person("H2", "20", LocalDate.of(2014, 6, 1), ListFixture.T101);
        f.car("浙K1", b, "300000.00", LONG_AGO);
        f.visit("H2", D.minusDays(2), "INCLUDE", "ASSET_DATA_WRONG", null, D, 1);
        f.visit("H9", D.minusDays(2), "CONFIRM", null, null, D, 1);
        return f.build();
    }

    private static StoredVersion stored(ListResult r) {
        ListVersion v = new ListVersion(7, D, "CURRENT", LocalDate.of(2024, 1, 1), null, null, 2, 2, 3,
                LocalDateTime.of(2025, 3, 15, 1, 0), null);
        return new StoredVersion(v, r, List.of(), List.of());
    }

    @Test
    void theCoreListIsEncryptedOwnerOnlyWithTheProfileAndMemberFlags() throws Exception {
        Path file = dir.resolve("core-list.xlsx");
        CoreListOutput.write(stored(sample()), ListFixture.policy(), file, "secret", new Console(new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter())));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (XSSFWorkbook wb = WorkbookAccess.decrypt(file, "secret")) {
            assertThat(WorkbookAccess.sheetNames(wb)).containsExactly("家庭", "成员", "说明");
            List<String> h1 = WorkbookAccess.row(wb.getSheet("家庭"), 1);
            assertThat(h1.get(0)).isEqualTo("H1");
            // appended columns from data_included on: H1 employed 12 ≥ 6 months, 53700.00 ≥ 30780.00, owns C1
            assertThat(h1.subList(8, 16)).containsExactly("Y", "", "EMPLOYMENT", "EMPLOYMENT", "EMPLOYEE", "",
                    "WENYE", "NOT_VISITED");
            List<String> h2 = WorkbookAccess.row(wb.getSheet("家庭"), 2);
            // H2 included only by the visit: data N with VEHICLE; 24120.00 / 2 = 12060.00 < 30780.00 → SAFETY_NET
            assertThat(h2.subList(8, 16)).containsExactly("N", "VEHICLE;INCOME_BELOW_FLOOR", "SAFETY_NET",
                    "SAFETY_NET", "SCHOOL_AGE_MEMBER;NO_OWN_HOME", "", "ZHUXUE;ANJU", "INCLUDE");
            // members sorted by household_no then id_no, full identity number, flags operator/employed/school/homestead
            List<String> m1 = WorkbookAccess.row(wb.getSheet("成员"), 1);
            assertThat(m1.get(0)).isEqualTo("H1");
            assertThat(m1.get(2)).hasSize(18);
            assertThat(m1.subList(5, 10)).containsExactly("45", "", "Y", "", "");
            List<String> child = WorkbookAccess.row(wb.getSheet("成员"), 3);
            assertThat(child.subList(5, 10)).containsExactly("10", "", "", "Y", "");
        }
    }

    @Test
    void withoutThePasswordTheCoreListIsSkipped() throws Exception {
        Path file = dir.resolve("core-list.xlsx");
        Files.writeString(file, "old");
        CoreListOutput.write(stored(sample()), ListFixture.policy(), file, null, new Console(new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter())));
        assertThat(file).doesNotExist();
    }

    @Test
    void summaryFiguresByTownshipAndVisits() {
        ProfileSummaryData s = ProfileSummary.of(sample());
        // T1: H1 EMPLOYMENT; T101: H2 SAFETY_NET; total 2
        ProfileSummaryData.CategoryRow total = s.categoryRows().get(s.categoryRows().size() - 1);
        assertThat(total.townshipCode()).isEmpty();
        assertThat(total.included()).isEqualTo(2);
        assertThat(total.byPrimary()).containsEntry("EMPLOYMENT", 1).containsEntry("SAFETY_NET", 1)
                .containsEntry("UNKNOWN", 0);
        assertThat(total.byLabel()).containsEntry("NO_OWN_HOME", 1).containsEntry("SCHOOL_AGE_MEMBER", 1);
        assertThat(s.missingSources()).isEmpty();
        assertThat(s.visitRows()).extracting(ProfileSummaryData.VisitRow::townshipCode).containsExactly(
                ListFixture.T1, ListFixture.T101);
        // H1 not visited; H2 INCLUDE in force; H9's visit by 331126101 counts as an unknown household there
        assertThat(s.visitRows().get(0).notVisited()).isEqualTo(1);
        assertThat(s.visitRows().get(1).include()).isEqualTo(1);
        assertThat(s.visitRows().get(1).unknownHouseholds()).isEqualTo(1);
    }
}
