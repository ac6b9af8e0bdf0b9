package kuozhong.ingest;

import static kuozhong.ingest.IngestIT.people;
import static kuozhong.ingest.IngestIT.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kuozhong.testing.Kz;
import kuozhong.testing.TestDatabase;
import kuozhong.testing.TestInbox;

/**
 * One broken file never stops the others (extracts.md, the file-level codes UNPARSEABLE and UNREADABLE),
 * and the rejects file holds each rejected record exactly as read, readable by its owner only.
 */
class BrokenFilesIT {
    private static final String VEHICLE_HEADER = "plate_no,owner_id_no,vehicle_type,use_nature,register_date,status";

    @TempDir
    Path home;

    static String id(int i) {
        return person(i, "H").split(",")[0];
    }

    static List<String> vehicles(int n) {
        List<String> lines = new ArrayList<>(List.of(VEHICLE_HEADER));
        for (int i = 0; i < n; i++) {
            lines.add("浙K" + i + "," + id(i) + ",CAR,NON_OPERATING,2020-01-01,NORMAL");
        }
        return lines;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aQuotedFieldNeverClosedFailsThatFileAloneNamingTheRecordAndTheOtherFilesLoad(TestDatabase database)
            throws Exception {
        Kz kz = Kz.at(home, database);
        List<String> truncated = vehicles(60);
        truncated.set(2, truncated.get(2).replace("CAR", "PLANE"));               // record 2: a reject before the break
        truncated.add("\"浙K99," + id(99) + ",CAR,NON_OPERATING,2020-01-01,NORMAL"); // record 61 opens a quote ...
        truncated.add("浙K100," + id(100) + ",CAR,NON_OPERATING,2020-01-01,NORMAL");  // ... never closed
        TestInbox inbox = new TestInbox(home);
        inbox.delivery("20250110").file("person.csv", people(0, 20)).file("vehicle.csv", truncated)
                .file("assistance.csv", List.of("id_no,assistance_type,start_date,end_date", id(1) + ",DIBAO,2020-01-01,"))
                .complete();

        Kz.Result r = kz.run("ingest");

        assertThat(r.exitCode()).as(r.all()).isEqualTo(1);
        assertThat(r.out()).contains("LOADED   20250110/person.csv: 20 records, 20 loaded")
                .contains("LOADED   20250110/assistance.csv: 1 records, 1 loaded")
                .contains("FAILED   20250110/vehicle.csv")
                .contains("UNPARSEABLE: from record 61 (line 62) on it is not valid CSV: the quoted field 1 is never"
                        + " closed: the file ends inside it")
                .contains("Ask the sender for a complete, corrected vehicle.csv");
        assertThat(r.err()).contains("20250110/vehicle.csv failed: UNPARSEABLE").contains("What to do")
                .doesNotContain("Exception");
        assertThat(states(kz)).containsExactly("20250110/person.csv:LOADED", "20250110/vehicle.csv:FAILED",
                "20250110/assistance.csv:LOADED");
        // no partial rejects file: neither the rejects file nor its part
        assertThat(outIngest("20250110")).containsExactlyInAnyOrder("rejects-person.csv", "rejects-assistance.csv");

        // the corrected file (same folder, new manifest) loads on the next run
        List<String> corrected = vehicles(60);
        corrected.set(2, corrected.get(2).replace("CAR", "PLANE"));
        inbox.delivery("20250110").file("person.csv", people(0, 20)).file("vehicle.csv", corrected)
                .file("assistance.csv", List.of("id_no,assistance_type,start_date,end_date", id(1) + ",DIBAO,2020-01-01,"))
                .complete();
        Kz.Result again = kz.run("ingest");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("LOADED   20250110/vehicle.csv: 60 records, 59 loaded, 1 rejected (BAD_CODE=1)");
    }

    @Test
    void textAfterAClosingQuoteIsUnparseableToo() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        List<String> lines = vehicles(3);
        lines.set(2, "\"浙K1\"x," + id(1) + ",CAR,NON_OPERATING,2020-01-01,NORMAL");
        new TestInbox(home).delivery("20250110").file("vehicle.csv", lines).file("person.csv", people(0, 5)).complete();
        Kz.Result r = kz.run("ingest");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("UNPARSEABLE: from record 2 (line 3) on it is not valid CSV: text follows the"
                + " closing quote of field 1").contains("LOADED   20250110/person.csv");
    }

    @Test
    void aSymbolicLinkADirectoryOrAPipeIsUnreadableAndTheOtherFilesLoad() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        TestInbox inbox = new TestInbox(home);
        List<String> assistance = List.of("id_no,assistance_type,start_date,end_date", id(1) + ",DIBAO,2020-01-01,");
        List<String> marriage = List.of("id_no,spouse_id_no,event,event_date", id(2) + "," + id(3) + ",MARRIAGE,2005-01-01");
        Path d = inbox.delivery("20250110").file("person.csv", people(0, 5)).file("vehicle.csv", vehicles(3))
                .file("assistance.csv", assistance).file("marriage.csv", marriage).complete();
        // the manifest describes the right content, but what stands there is not a file of the delivery
        Path elsewhere = Files.createDirectories(home.resolve("elsewhere")).resolve("vehicle.csv");
        Files.move(d.resolve("vehicle.csv"), elsewhere);
        Files.createSymbolicLink(d.resolve("vehicle.csv"), elsewhere);
        Files.delete(d.resolve("assistance.csv"));
        Files.createDirectory(d.resolve("assistance.csv"));
        Files.delete(d.resolve("marriage.csv"));
        Process mkfifo = new ProcessBuilder("mkfifo", d.resolve("marriage.csv").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        Kz.Result r = kz.run("ingest");

        assertThat(r.exitCode()).as(r.all()).isEqualTo(1);
        assertThat(r.out()).contains("LOADED   20250110/person.csv: 5 records, 5 loaded")
                .contains("FAILED   20250110/vehicle.csv").contains("UNREADABLE: it is a symbolic link")
                .contains("FAILED   20250110/assistance.csv").contains("UNREADABLE: it is a directory")
                .contains("FAILED   20250110/marriage.csv").contains("UNREADABLE: it is not a regular file");
        assertThat(states(kz)).containsExactly("20250110/person.csv:LOADED", "20250110/vehicle.csv:FAILED",
                "20250110/assistance.csv:FAILED", "20250110/marriage.csv:FAILED");
        assertThat(outIngest("20250110")).containsExactly("rejects-person.csv");
    }

    @Test
    void aFileThatCannotBeReadIsUnreadableAndTheOtherFilesLoad() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        Path d = new TestInbox(home).delivery("20250110").file("person.csv", people(0, 5))
                .file("vehicle.csv", vehicles(3)).complete();
        Path vehicle = d.resolve("vehicle.csv");
        Files.setPosixFilePermissions(vehicle, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(vehicle)).as("not running as root, who reads every file").isFalse();

        Kz.Result r = kz.run("ingest");

        assertThat(r.exitCode()).as(r.all()).isEqualTo(1);
        assertThat(r.out()).contains("LOADED   20250110/person.csv")
                .contains("FAILED   20250110/vehicle.csv").contains("UNREADABLE: it cannot be read (permission denied)");
    }

    @Test
    void rejectsHoldEachRecordExactlyAsReadAndOnlyTheirOwnerMayReadThem() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        List<String> records = new ArrayList<>(people(0, 200).subList(1, 201));
        String quoted = "\"" + id(200) + "\",\"欧阳\"\"娜娜\"\"\",\"2\",1950-01-01,\"H,1\",02,331126001,,NORMAL";
        String multiLine = " " + id(201) + " ,张三,1,1951-02-02,H201,02,331126999,\"濛洲街道\r\n\"\"三组\"\"\r\n\",NORMAL";
        String tooMany = id(202) + ",李四,2,1952-03-03,H202,02,331126001,,NORMAL,extra,\"x\"";
        records.add(quoted);    // 201: BAD_CODE (household_no "H,1"); quoted fields, doubled quotes
        records.add(multiLine); // 202: BAD_CODE (township), spans three lines with CRLF inside
        records.add(tooMany);   // 203: WRONG_FIELD_COUNT
        String header = "id_no,name,gender,birth_date,household_no,relation,township_code,village,status";
        String content = header + "\r\n" + String.join("\r\n", records) + "\r\n";
        new TestInbox(home).delivery("20250110").file("person.csv", content, StandardCharsets.UTF_8, 203).complete();

        Kz.Result r = kz.run("ingest");

        assertThat(r.exitCode()).as(r.all()).isZero();
        Path rejects = home.resolve("out/ingest/20250110/rejects-person.csv");
        List<CSVRecord> rows;
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(rejects))) {
            rows = parser.getRecords();
        }
        assertThat(rows).extracting(x -> x.get("record")).containsExactly("201", "202", "203");
        assertThat(rows).extracting(x -> x.get("raw")).containsExactly(quoted, multiLine, tooMany);
        assertThat(rows.get(0).get("reason")).isEqualTo("BAD_CODE");
        assertThat(rows.get(1).get("reason")).isEqualTo("BAD_CODE");
        assertThat(rows.get(2).get("reason")).isEqualTo("WRONG_FIELD_COUNT");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rejects))).isEqualTo("rw-------");
    }

    private static List<String> states(Kz kz) {
        return kz.jdbi().withHandle(h -> h.createQuery(
                "SELECT delivery || '/' || file_name || ':' || state FROM kz_file_load ORDER BY load_id")
                .mapTo(String.class).list());
    }

    private List<String> outIngest(String delivery) throws Exception {
        try (Stream<Path> files = Files.list(home.resolve("out/ingest").resolve(delivery))) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
