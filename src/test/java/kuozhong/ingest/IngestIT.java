package kuozhong.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kuozhong.testing.Ids;
import kuozhong.testing.Kz;
import kuozhong.testing.PackedTables;
import kuozhong.testing.TestDatabase;
import kuozhong.testing.TestInbox;

/** {@code kz ingest} end to end, from an inbox folder to the database and the rejects files. */
class IngestIT {
    private static final String PERSON_HEADER = "id_no,name,gender,birth_date,household_no,relation,township_code,village,status";

    @TempDir
    Path home;

    static String person(int i, String household) {
        String birth = String.format("19%02d-%02d-%02d", 50 + i % 40, 1 + i % 12, 1 + i % 28);
        boolean male = i % 2 == 0;
        return Ids.of(birth, i % 100, male) + ",测试" + i + "," + (male ? 1 : 2) + "," + birth + "," + household
                + ",02,331126001,,NORMAL";
    }

    static List<String> people(int from, int to) {
        List<String> lines = new ArrayList<>();
        lines.add(PERSON_HEADER);
        for (int i = from; i < to; i++) {
            lines.add(person(i, "H" + i));
        }
        return lines;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void loadsGoodRecordsAndRejectsEachBadOneWithItsReason(TestDatabase database) throws Exception {
        Kz kz = Kz.at(home, database);
        List<String> persons = people(0, 300);
        String good = person(300, "H300");
        persons.add(good + ",extra");                                          // 301 WRONG_FIELD_COUNT
        persons.add(good.replace(",测试300,", ",,"));                            // 302 MISSING_FIELD
        persons.add("X" + good.substring(1));                                  // 303 BAD_ID
        persons.add(person(0, "H0"));                                          // 304 DUPLICATE_KEY (of record 1)
        List<String> si = new ArrayList<>(List.of("id_no,year_month,insured_type,amount,employer_name"));
        String id0 = person(0, "H0").split(",")[0];
        for (int m = 1; m <= 12; m++) {
            si.add(id0 + ",2024" + String.format("%02d", m) + ",EMPLOYEE_PENSION,5000.00,\"某公司,有限\"");
        }
        for (int i = 0; i < 300; i++) {
            si.add(person(i, "H").split(",")[0] + ",202412,RETIREE_PENSION,3000.5,");
        }
        si.add(id0 + ",202413,EMPLOYEE_PENSION,5000.00,");                     // BAD_DATE
        si.add(id0 + ",202411,EMPLOYEE_PENSION,5000.001,");                    // BAD_NUMBER
        si.add(id0 + ",202411,EMPLOYEE_PENSIONS,5000.00,");                    // BAD_CODE
        si.add(id0 + ",202411,RETIREE_PENSION,0,");                            // BAD_RANGE
        new TestInbox(home).delivery("20250110").file("person.csv", persons).file("social_insurance.csv", si)
                .complete();

        Kz.Result r = kz.run("ingest");

        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("LOADED   20250110/person.csv: 304 records, 300 loaded, 4 rejected");
        assertThat(rejects("20250110", "person.csv")).containsExactly(
                List.of("301", "WRONG_FIELD_COUNT"), List.of("302", "MISSING_FIELD"), List.of("303", "BAD_ID"),
                List.of("304", "DUPLICATE_KEY"));
        assertThat(rejects("20250110", "social_insurance.csv")).containsExactly(
                List.of("313", "BAD_DATE"), List.of("314", "BAD_NUMBER"), List.of("315", "BAD_CODE"),
                List.of("316", "BAD_RANGE"));
        var loads = kz.jdbi().withHandle(h -> h.createQuery(
                "SELECT source, state, records, loaded, rejected, data_table FROM kz_file_load ORDER BY source")
                .mapToMap().list());
        assertThat(loads).extracting(m -> m.get("source") + ":" + m.get("state"))
                .containsExactly("person:LOADED", "social_insurance:LOADED");
        // every loaded row keeps its delivery (through its load), file and record number
        String table = (String) loads.get(0).get("data_table");
        var first = kz.jdbi().withHandle(h -> h.createQuery("SELECT load_id, record_no, name, village FROM " + table
                + " ORDER BY record_no").mapToMap().list());
        assertThat(first).hasSize(300);
        assertThat(first.get(0)).containsEntry("record_no", 1L).containsEntry("name", "测试0");
        String siTable = (String) loads.get(1).get("data_table");
        var employer = PackedTables.records(kz.jdbi(), Source.SOCIAL_INSURANCE, siTable).get(0)
                .get("employer_name");
        assertThat(employer).isEqualTo("某公司,有限");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFileThatFailsAsAWholeLeavesNothingAndEarlierLoadsUntouched(TestDatabase database) throws Exception {
        Kz kz = Kz.at(home, database);
        TestInbox inbox = new TestInbox(home);
        inbox.delivery("20250110").file("person.csv", people(0, 50)).complete();
        assertThat(kz.run("ingest").exitCode()).isZero();

        List<String> tooManyBad = people(0, 50);
        tooManyBad.add("bad,record");
        tooManyBad.add(person(60, "H60").replace("331126001", "1"));
        byte[] notUtf8 = (String.join("\n", people(0, 3)) + "\n").getBytes(StandardCharsets.UTF_8);
        notUtf8[notUtf8.length - 5] = (byte) 0xC3; // a lead byte with no continuation
        notUtf8[notUtf8.length - 4] = (byte) 0x28;
        inbox.delivery("20250210")
                .file("person.csv", people(100, 150)).manifestSays("person.csv", 51, null)
                .file("vehicle.csv", List.of("plate_no,owner_id_no,vehicle_type,use_nature,register_date,status",
                        "浙K1," + person(1, "H").split(",")[0] + ",CAR,NON_OPERATING,2020-01-01,NORMAL"))
                .file("assistance.csv", tooManyBad)
                .bytes("marriage.csv", notUtf8, "UTF-8", 2)
                .file("provident_fund.csv", List.of("id_no,year_month,deposit_base", "x,202401,1"))
                .complete();
        // the manifest's sha256 of person.csv is right, its count is not: rewrite to check the sha case too
        Path manifest = home.resolve("inbox/20250210/MANIFEST.csv");
        Files.writeString(manifest, Files.readString(manifest).replace("person.csv,51,null", "person.csv,50,"
                + TestInbox.sha256("other".getBytes())));

        Kz.Result r = kz.run("ingest");

        assertThat(r.exitCode()).as(r.all()).isEqualTo(1);
        assertThat(r.out()).contains("SKIPPED  20250110/person.csv: already loaded");
        assertThat(r.out()).contains("FAILED   20250210/person.csv").contains("MANIFEST_MISMATCH: its sha256 is");
        assertThat(r.out()).contains("FAILED   20250210/assistance.csv").contains("BAD_HEADER")
                .contains("assistance_type, start_date");
        assertThat(r.out()).contains("FAILED   20250210/marriage.csv").contains("UNDECODABLE");
        assertThat(r.out()).contains("FAILED   20250210/provident_fund.csv").contains("BAD_HEADER")
                .contains("monthly_deposit");
        assertThat(r.out()).contains("LOADED   20250210/vehicle.csv: 1 records, 1 loaded");
        assertThat(r.err()).contains("ingest FAILED").contains("20250210/person.csv failed: MANIFEST_MISMATCH")
                .contains("What to do");
        var states = kz.jdbi().withHandle(h -> h.createQuery(
                "SELECT delivery || '/' || file_name || ':' || state FROM kz_file_load ORDER BY load_id")
                .mapTo(String.class).list());
        assertThat(states).containsExactly("20250110/person.csv:LOADED", "20250210/person.csv:FAILED",
                "20250210/vehicle.csv:LOADED", "20250210/assistance.csv:FAILED", "20250210/marriage.csv:FAILED",
                "20250210/provident_fund.csv:FAILED");
        // no table of a failed load remains; the first delivery's 50 persons are intact
        assertThat(dataTables(kz)).hasSize(2);
        long persons = kz.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM kz_person_1").mapTo(Long.class).one());
        assertThat(persons).isEqualTo(50L);
    }

    @Test
    void aWrongRecordCountIsAManifestMismatch() {
        Kz kz = Kz.at(home, TestDatabase.H2);
        new TestInbox(home).delivery("20250110").file("person.csv", people(0, 10))
                .manifestSays("person.csv", 11, TestInbox.sha256((String.join("\n", people(0, 10)) + "\n").getBytes()))
                .complete();
        Kz.Result r = kz.run("ingest");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("MANIFEST_MISMATCH: it holds 10 records but the manifest says 11");
    }

    @Test
    void tooManyRejectsFailTheFileAndKeepTheRejectsForTheOperator() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        List<String> persons = people(0, 97);
        persons.add(person(97, "H-97"));
        persons.add(person(98, "H-98"));
        persons.add(person(99, "H-99")); // 3 of 100 = 3 % > 2 %
        new TestInbox(home).delivery("20250110").file("person.csv", persons).complete();
        Kz.Result r = kz.run("ingest");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("TOO_MANY_REJECTS: 3 of 100 records were rejected (BAD_CODE=3)");
        assertThat(rejects("20250110", "person.csv")).hasSize(3);
        assertThat(dataTables(kz)).isEmpty();
    }

    @Test
    void exactlyTwoPercentOfRejectsIsStillLoaded() {
        Kz kz = Kz.at(home, TestDatabase.H2);
        List<String> persons = people(0, 98);
        persons.add(person(98, "H-98"));
        persons.add(person(99, "H-99")); // 2 of 100 = 2 %: not more than the limit
        new TestInbox(home).delivery("20250110").file("person.csv", persons).complete();
        Kz.Result r = kz.run("ingest");
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("100 records, 98 loaded, 2 rejected");
    }

    @Test
    void readsGb18030AndUtf8WithBomCrlfQuotedLineBreaksReorderedAndExtraColumns() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        String id = person(1, "H1").split(",")[0];
        String gb = "id_no,name,gender,birth_date,household_no,relation,township_code,village,status\r\n"
                + person(1, "H1").replace("测试1", "欧阳娜娜").replace(",,NORMAL", ",\"濛洲街道\r\n三组\",NORMAL") + "\r\n";
        String bom = "\uFEFF remark , amount ,insured_type,year_month,id_no\r\n"
                + "\"备注,一\", 4200.00 ,EMPLOYEE_PENSION,202412," + id + "\r\n\r\n";
        new TestInbox(home).delivery("20250110")
                .file("person.csv", gb, Charset.forName("GB18030"), 1)
                .file("social_insurance.csv", bom, StandardCharsets.UTF_8, 1)
                .complete();
        Kz.Result r = kz.run("ingest");
        assertThat(r.exitCode()).as(r.all()).isZero();
        var person = kz.jdbi().withHandle(h -> h.createQuery("SELECT name, village FROM kz_person_1").mapToMap().one());
        assertThat(person).containsEntry("name", "欧阳娜娜").containsEntry("village", "濛洲街道\r\n三组");
        var si = PackedTables.records(kz.jdbi(), Source.SOCIAL_INSURANCE, "kz_social_insurance_2").get(0);
        assertThat(si.get("id_no")).isEqualTo(id);
        assertThat(si.get("amount").toString()).isEqualTo("4200.00");
    }

    @Test
    void aSecondRunSkipsWhatIsLoadedAndACorrectionReplacesTheLoad() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        TestInbox inbox = new TestInbox(home);
        inbox.delivery("20250110").file("person.csv", people(0, 20)).complete();
        assertThat(kz.run("ingest").exitCode()).isZero();
        Kz.Result again = kz.run("ingest");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("SKIPPED  20250110/person.csv: already loaded (same sha256)");
        assertThat(dataTables(kz)).containsExactly("KZ_PERSON_1");

        inbox.delivery("20250110").file("person.csv", people(0, 25)).complete();
        Kz.Result corrected = kz.run("ingest");
        assertThat(corrected.exitCode()).as(corrected.all()).isZero();
        assertThat(corrected.out()).contains("25 records, 25 loaded").contains("replaces the earlier load");
        var states = kz.jdbi().withHandle(h -> h.createQuery(
                "SELECT state FROM kz_file_load ORDER BY load_id").mapTo(String.class).list());
        assertThat(states).containsExactly("REPLACED", "LOADED");
        assertThat(dataTables(kz)).containsExactly("KZ_PERSON_2");
    }

    @Test
    void anIncompleteDeliveryIsSkippedAndUnlistedFilesAreIgnoredWithAWarning() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        TestInbox inbox = new TestInbox(home);
        Path d = inbox.delivery("20250110").file("person.csv", people(0, 5)).complete();
        Files.writeString(d.resolve("notes.txt"), "hello");
        inbox.delivery("20250210").file("person.csv", people(0, 5)); // no manifest yet
        Kz.Result r = kz.run("ingest");
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("delivery 20250210 has no MANIFEST.csv yet (still being written): skipped")
                .contains("warning: 20250110/notes.txt is not named in MANIFEST.csv: ignored");
    }

    @Test
    void anyRejectedLedgerRecordFailsTheLedgerFile() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        String borrower = person(1, "H1").split(",")[0];
        List<String> loans = new ArrayList<>(List.of("loan_no,borrower_id_no,product,category,contract_date,"
                + "maturity_date,principal,contract_rate,reference_rate,guarantee_subsidized"));
        List<String> txns = new ArrayList<>(List.of("txn_id,loan_no,txn_date,txn_type,amount"));
        for (int i = 0; i < 200; i++) {
            loans.add("L" + i + "," + borrower + ",JINGYING,BUSINESS,2025-03-01,2026-02-28,100000.00,3.5,7.5,N");
            txns.add("T" + i + ",L" + i + ",2025-03-01,DRAWDOWN,100000.00");
        }
        txns.add("T999,L999,2025-03-01,DRAWDOWN,1.00");
        new TestInbox(home).delivery("bank/2025").file("loans.csv", loans).file("loan_transactions.csv", txns)
                .complete();
        Kz.Result r = kz.run("ingest");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("LOADED   bank/2025/loans.csv: 200 records, 200 loaded")
                .contains("FAILED   bank/2025/loan_transactions.csv")
                .contains("TOO_MANY_REJECTS: 1 of 201 records were rejected (UNKNOWN_LOAN=1), more than the 0 allowed for the bank ledger");
        assertThat(rejects("bank/2025", "loan_transactions.csv")).containsExactly(List.of("201", "UNKNOWN_LOAN"));
    }

    @Test
    void aSecondRunWhileTheLockIsHeldExitsThreeAndDoesNothing() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        new TestInbox(home).delivery("20250110").file("person.csv", people(0, 5)).complete();
        Path lockFile = home.resolve("data/kz.lock");
        Files.createDirectories(lockFile.getParent());
        try (var ch = java.nio.channels.FileChannel.open(lockFile, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE); var held = ch.lock()) {
            Kz.Result r = kz.run("ingest");
            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.err()).contains("another kz run holds the lock");
        }
        assertThat(Files.exists(home.resolve("out/ingest/20250110"))).isFalse();
    }

    private static List<String> dataTables(Kz kz) {
        // the per-load tables: kz_<source>_<load id>
        return kz.jdbi().withHandle(h -> h.createQuery(
                "SELECT UPPER(table_name) FROM information_schema.tables ORDER BY 1")
                .mapTo(String.class).list()).stream().filter(t -> t.matches("KZ_[A-Z_]+_\\d+")).toList();
    }

    private List<List<String>> rejects(String delivery, String file) throws Exception {
        Path p = home.resolve("out/ingest").resolve(delivery).resolve("rejects-" + file);
        List<List<String>> rows = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(p))) {
            for (CSVRecord rec : parser) {
                rows.add(List.of(rec.get("record"), rec.get("reason")));
            }
        }
        return rows;
    }
}
