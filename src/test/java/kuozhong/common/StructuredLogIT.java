package kuozhong.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.testing.Kz;
import kuozhong.testing.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * KZ_LOG_FORMAT=ecs|logstash writes logs/kz.log as one JSON object per line, every line of a job carrying its
 * job execution id; plain stays the default; no log line holds an identity number or a name (issue 11, item 3).
 */
class StructuredLogIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path home;

    @AfterEach
    void clear() {
        System.clearProperty("kz.log.format");
    }

    @Test
    void ecsLinesCarryTheJobExecutionIdAndNoPersonalData() throws Exception {
        System.setProperty("kz.log.format", "ecs");
        Kz kz = Kz.at(home, TestDatabase.H2);
        assertThat(kz.run("generate", "--households", "120", "--seed", "7", "--bad-ratio", "0.02",
                "--out", home.resolve("inbox").toString()).exitCode()).isZero();
        Kz.Result ingest = kz.run("ingest");
        assertThat(ingest.exitCode()).as(ingest.all()).isZero();
        String ingestRun = kz.jdbi().withHandle(h -> h.createQuery("SELECT MAX(job_execution_id) FROM batch_job_execution")
                .mapTo(String.class).one());

        List<String> lines = Files.readAllLines(home.resolve("logs/kz.log"));
        assertThat(lines).isNotEmpty();
        int ofTheJob = 0;
        boolean inJob = false;
        for (String line : lines) {
            JsonNode n = JSON.readTree(line); // each line is one JSON object
            assertThat(n.has("@timestamp")).as(line).isTrue();
            assertThat(n.get("log").get("level").asString()).as(line).isNotBlank();
            assertThat(n.get("service").get("name").asString()).isEqualTo("kz");
            String message = n.get("message").asString();
            inJob |= message.startsWith("job ingestJob (run " + ingestRun + ") started");
            if (inJob) {
                // every line from the job's start to its end, whoever logs it
                assertThat(n.has("jobExecutionId")).as(line).isTrue();
                assertThat(n.get("jobExecutionId").asString()).isEqualTo(ingestRun);
                ofTheJob++;
            }
            inJob &= !message.startsWith("job ingestJob (run " + ingestRun + ") COMPLETED");
        }
        assertThat(ofTheJob).as("job start, steps, files, job end").isGreaterThan(5);
        assertThat(String.join("\n", lines)).contains("\"message\":\"job ingestJob (run " + ingestRun + ") started");
        assertNoPersonalData(lines);
    }

    @Test
    void logstashFormatAndPlainByDefaultAndAWrongSettingIsAUsageError() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        assertThat(kz.run("generate", "--households", "30", "--seed", "3", "--out",
                home.resolve("inbox").toString()).exitCode()).isZero();
        System.setProperty("kz.log.format", "logstash");
        assertThat(kz.run("ingest").exitCode()).isZero();
        List<String> lines = Files.readAllLines(home.resolve("logs/kz.log"));
        JsonNode start = lines.stream().map(JSON::readTree)
                .filter(n -> n.get("message").asString().startsWith("job ingestJob (run 1) started")).findFirst().orElseThrow();
        assertThat(start.has("@timestamp")).isTrue();
        assertThat(start.get("level").asString()).isEqualTo("INFO");
        assertThat(start.get("logger_name").asString()).isEqualTo("kuozhong.run");
        assertThat(start.get("jobExecutionId").asString()).isEqualTo("1");
        int logstashLines = lines.size();

        System.clearProperty("kz.log.format");
        assertThat(kz.run("list", "build", "--as-of", "2025-06-30", "--allow-degenerate").exitCode()).isIn(0, 1);
        List<String> after = Files.readAllLines(home.resolve("logs/kz.log"));
        assertThat(after.size()).isGreaterThan(logstashLines);
        for (String plain : after.subList(logstashLines, after.size())) {
            assertThat(plain).as("plain by default").doesNotStartWith("{");
        }
        assertThat(after.get(logstashLines)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} (INFO|WARN) .*");

        System.setProperty("kz.log.format", "xml");
        Kz.Result wrong = kz.run("status");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("KZ_LOG_FORMAT is \"xml\": set it to plain, ecs or logstash");
    }

    /** No identity number and no name of the inbox occurs in the log. */
    private void assertNoPersonalData(List<String> lines) throws Exception {
        Set<String> personal = new HashSet<>();
        try (Stream<Path> files = Files.walk(home.resolve("inbox"))) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv") && !p.endsWith("MANIFEST.csv")).toList()) {
                byte[] bytes = Files.readAllBytes(csv);
                String text;
                try {
                    text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
                } catch (java.nio.charset.CharacterCodingException gbk) {
                    text = new String(bytes, java.nio.charset.Charset.forName("GB18030"));
                }
                try (Reader r = new java.io.StringReader(text)) {
                    for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                        rec.toMap().forEach((column, value) -> {
                            if ((column.contains("id_no") || column.equals("name")) && value != null && value.length() >= 2) {
                                personal.add(value);
                            }
                        });
                    }
                } catch (RuntimeException notUtf8OrBroken) {
                    // planted bad files (wrong encoding, broken quoting) are covered by the values of the good ones
                }
            }
        }
        assertThat(personal).hasSizeGreaterThan(100);
        String log = String.join("\n", lines);
        for (String value : personal) {
            assertThat(log).as("log holds personal data").doesNotContain(value);
        }
    }
}
