package kuozhong.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark profile ({@code --worker-share}): more monthly rows a person, nothing else changes shape. */
class BenchProfileTest {

    @Test
    void aWorkerShareOf80PercentGivesAbout24MonthlyRowsAPersonAgainst16ForTheCounty(@TempDir Path dir) {
        InboxGenerator.Options county = InboxGenerator.Options.of(1_000, 11, dir.resolve("county"));

        double countyRows = monthlyRowsPerPerson(new InboxGenerator().generate(county));
        double benchRows = monthlyRowsPerPerson(new InboxGenerator().generate(
                InboxGenerator.Options.of(1_000, 11, dir.resolve("bench")).withWorkerShare(0.8)));

        assertThat(countyRows).isBetween(14.5, 17.5);
        assertThat(benchRows).isBetween(22.5, 25.5);
    }

    /** Social-insurance and provident-fund records of both deliveries per person of the first person.csv. */
    private static double monthlyRowsPerPerson(InboxGenerator.Result r) {
        long monthly = 0;
        long persons = 0;
        for (InboxGenerator.GeneratedFile f : r.files()) {
            if (f.path().endsWith("/social_insurance.csv") || f.path().endsWith("/provident_fund.csv")) {
                monthly += f.records();
            }
            if (f.path().equals("20250110/person.csv")) {
                persons = f.records();
            }
        }
        return (double) monthly / persons;
    }
}
