package kuozhong.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.household.ListBuildIT;
import kuozhong.testing.Kz;
import kuozhong.testing.TestDatabase;
import kuozhong.testing.TestInbox;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code kz status --json} parsed as JSON, and {@code out/metrics/kz.prom} parsed as Prometheus text after a
 * good night and after a failed one (issue 11, item 2).
 */
class StatusMetricsIT {
    /** name{labels} value, the sample line of the text exposition format. */
    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})? (-?[0-9.eE+]+)");

    @TempDir
    Path home;

    @Test
    void statusJsonAndMetricsAfterGoodAndFailedNights() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        TestInbox inbox = new TestInbox(home);
        ListBuildIT.firstDelivery(inbox, "20250110");
        Kz.Result n1 = kz.run("nightly", "--as-of", "2025-01-10");
        assertThat(n1.exitCode()).as(n1.all()).isZero();
        int included = kz.jdbi().withHandle(h -> h.createQuery(
                "SELECT households_included FROM kz_list_version WHERE state = 'CURRENT'").mapTo(Integer.class).one());
        long personAge = ChronoUnit.DAYS.between(LocalDate.of(2025, 1, 10), LocalDate.now());

        Map<String, Double> good = prom(home.resolve("out/metrics/kz.prom"));
        assertThat(good).containsEntry("kz_job_last_run_success{job=\"ingest\"}", 1.0)
                .containsEntry("kz_job_last_run_success{job=\"listBuild\"}", 1.0)
                .containsEntry("kz_job_last_run_info{job=\"ingest\",outcome=\"COMPLETED\"}", 1.0)
                .containsEntry("kz_nightly_last_run_success", 1.0)
                .containsEntry("kz_nightly_last_run_exit_code", 0.0)
                .containsEntry("kz_list_households_included{as_of=\"2025-01-10\"}", (double) included)
                .containsEntry("kz_source_snapshot_age_days{source=\"person\"}", (double) personAge)
                .containsEntry("kz_source_snapshot_loaded{source=\"person\"}", 1.0)
                .containsEntry("kz_source_snapshot_max_age_days", 45.0)
                .containsKey("kz_job_last_success_timestamp_seconds{job=\"listBuild\"}")
                .containsKey("kz_job_last_run_duration_seconds{job=\"ingest\"}")
                .containsKey("kz_nightly_last_success_timestamp_seconds");
        // the list build's counts: evaluated, included, excluded
        assertThat(good.get("kz_job_last_run_records_stored{job=\"listBuild\"}")).isEqualTo(included);
        double nightlySuccess = good.get("kz_nightly_last_success_timestamp_seconds");
        double ingestSuccess = good.get("kz_job_last_success_timestamp_seconds{job=\"ingest\"}");
        assertThat(nightlySuccess).isCloseTo(System.currentTimeMillis() / 1000.0, org.assertj.core.data.Offset.offset(120.0));

        // a failed night: the metrics say so, and the last successes stay those of the good night
        List<String> marriages = List.of("id_no,spouse_id_no,event,event_date",
                ListBuildIT.H1_HEAD + "," + ListBuildIT.H3_HEAD + ",MARRIAGE,2025-02-01");
        inbox.delivery("20250211").file("marriage.csv", marriages)
                .manifestSays("marriage.csv", 2, "0".repeat(64)).complete();
        Kz.Result n2 = kz.run("nightly", "--as-of", "2025-02-11");
        assertThat(n2.exitCode()).as(n2.all()).isEqualTo(1);
        Map<String, Double> bad = prom(home.resolve("out/metrics/kz.prom"));
        assertThat(bad).containsEntry("kz_job_last_run_success{job=\"ingest\"}", 0.0)
                .containsEntry("kz_job_last_run_info{job=\"ingest\",outcome=\"FAILED\"}", 1.0)
                .containsEntry("kz_nightly_last_run_success", 0.0)
                .containsEntry("kz_nightly_last_run_exit_code", 1.0)
                .containsEntry("kz_nightly_last_success_timestamp_seconds", nightlySuccess)
                .containsEntry("kz_job_last_success_timestamp_seconds{job=\"ingest\"}", ingestSuccess)
                .containsEntry("kz_job_last_run_success{job=\"listBuild\"}", 1.0);
        assertThat(Files.list(home.resolve("out/metrics")).map(p -> p.getFileName().toString()))
                .as("no temporary file left").containsExactlyInAnyOrder("kz.prom", "nightly.properties");

        // a settlement-free home: kz status --json is one JSON document with the documented shape
        Kz.Result status = kz.run("status", "--json");
        assertThat(status.exitCode()).as(status.all()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(status.out());
        assertThat(json.get("schema").asString()).isEqualTo("kz-status/1");
        assertThat(fieldNames(json)).containsExactly("schema", "generatedAt", "recentRuns", "failedRuns",
                "lastFileLoads", "sources", "listInForce", "settlements");
        JsonNode latest = json.get("recentRuns").get(0);
        assertThat(fieldNames(latest)).containsExactly("run", "job", "start", "end", "outcome", "seconds", "read",
                "stored", "rejected", "parameters");
        assertThat(latest.get("job").asString()).isEqualTo("ingest");
        assertThat(latest.get("outcome").asString()).isEqualTo("FAILED");
        JsonNode build = json.get("recentRuns").get(1);
        assertThat(build.get("job").asString()).isEqualTo("listBuild");
        assertThat(build.get("parameters").get("asOf").asString()).isEqualTo("2025-01-10");
        assertThat(build.get("stored").asInt()).isEqualTo(included);
        JsonNode failed = json.get("failedRuns").get(0);
        assertThat(failed.get("job").asString()).isEqualTo("ingest");
        assertThat(failed.get("rerunCommand").asString()).isEqualTo("kz ingest");
        assertThat(json.get("lastFileLoads").get("files").get(0).get("file").asString()).isEqualTo("marriage.csv");
        assertThat(json.get("lastFileLoads").get("files").get(0).get("state").asString()).isEqualTo("FAILED");
        JsonNode person = json.get("sources").get(0);
        assertThat(person.get("source").asString()).isEqualTo("person");
        assertThat(person.get("snapshotDate").asString()).isEqualTo("2025-01-10");
        assertThat(person.get("ageDays").asLong()).isEqualTo(personAge);
        assertThat(json.get("listInForce").get("asOf").asString()).isEqualTo("2025-01-10");
        assertThat(json.get("listInForce").get("householdsIncluded").asInt()).isEqualTo(included);
        assertThat(json.get("settlements").isArray()).isTrue();
        assertThat(json.get("settlements").size()).isZero();

        // the text status shows the same list version
        assertThat(kz.run("status").out()).contains("List version in force: as of 2025-01-10");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    /**
     * Parses a text exposition file strictly: every sample's family has its HELP and TYPE lines before it, no
     * family twice, every line a comment or a sample. Returns "name{labels}" → value.
     */
    static Map<String, Double> prom(Path file) throws Exception {
        Map<String, Double> samples = new LinkedHashMap<>();
        Set<String> helped = new HashSet<>();
        Set<String> typed = new HashSet<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("# HELP ")) {
                assertThat(helped.add(line.split(" ")[2])).as("one HELP per family: " + line).isTrue();
            } else if (line.startsWith("# TYPE ")) {
                String[] p = line.split(" ");
                assertThat(p[3]).isEqualTo("gauge");
                assertThat(typed.add(p[2])).as("one TYPE per family: " + line).isTrue();
            } else {
                Matcher m = SAMPLE.matcher(line);
                assertThat(m.matches()).as("a sample line: " + line).isTrue();
                assertThat(m.group(1)).startsWith("kz_");
                assertThat(helped).as("HELP before " + line).contains(m.group(1));
                assertThat(typed).as("TYPE before " + line).contains(m.group(1));
                assertThat(samples.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)),
                        Double.valueOf(m.group(3)))).as("no duplicate sample " + line).isNull();
            }
        }
        return samples;
    }
}
