package kuozhong.ingest;

import static kuozhong.ingest.IngestIT.people;
import static kuozhong.ingest.IngestIT.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kuozhong.testing.Kz;
import kuozhong.testing.PackedTables;
import kuozhong.testing.TestDatabase;
import kuozhong.testing.TestInbox;

/**
 * Text limits count Unicode characters, code points (extracts.md, "Precise points": "a CJK Extension B
 * character such as 𠀾 in a name counts as one"): every limited text exactly at its limit, made of such
 * characters (two UTF-16 units each), is accepted and stored whole, in the load tables and in the stored list
 * version, on H2 and on PostgreSQL; one character more is BAD_RANGE.
 */
class TextLimitsIT {
    /** U+2003E, CJK Extension B: one code point, two UTF-16 units. */
    private static final String EXT_B = "𠀾";

    @TempDir
    Path home;

    static String chars(int n) {
        return EXT_B.repeat(n);
    }

    static String id(int i) {
        return person(i, "H").split(",")[0];
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyLimitedTextExactlyAtItsLimitIsStoredWholeAndOneCharacterMoreIsBadRange(TestDatabase database)
            throws Exception {
        Kz kz = Kz.at(home, database);
        List<String> persons = people(0, 100);
        String atLimit = person(100, "H100").replace(",测试100,", "," + chars(50) + ",")
                .replace(",,NORMAL", "," + chars(200) + ",NORMAL");
        persons.add(atLimit);                                                              // record 101: accepted
        persons.add(person(101, "H101").replace(",测试101,", "," + chars(51) + ","));     // 102: name 51
        persons.add(person(102, "H102").replace(",,NORMAL", "," + chars(201) + ",NORMAL")); // 103: village 201

        List<String> vehicles = new ArrayList<>(List.of("plate_no,owner_id_no,vehicle_type,use_nature,register_date,status"));
        List<String> si = new ArrayList<>(List.of("id_no,year_month,insured_type,amount,employer_name"));
        List<String> pf = new ArrayList<>(List.of("id_no,year_month,deposit_base,monthly_deposit,employer_name"));
        List<String> re = new ArrayList<>(List.of(
                "cert_no,owner_id_no,share,property_type,area_m2,township_code,register_date,status"));
        for (int i = 0; i < 60; i++) {
            vehicles.add("浙K" + i + "," + id(i) + ",CAR,NON_OPERATING,2020-01-01,NORMAL");
            si.add(id(i) + ",202412,RETIREE_PENSION,3000.00,某厂");
            pf.add(id(i) + ",202412,6000.00,1440.00,某厂");
            re.add("C" + i + "," + id(i) + ",1,RESIDENTIAL,90.00,331126101,2010-01-01,VALID");
        }
        vehicles.add(chars(20) + "," + id(100) + ",CAR,NON_OPERATING,2020-01-01,NORMAL");   // 61: accepted
        vehicles.add(chars(21) + "," + id(100) + ",CAR,NON_OPERATING,2020-01-01,NORMAL");   // 62: plate_no 21
        si.add(id(100) + ",202412,RETIREE_PENSION,3000.00," + chars(200));                 // 61: accepted
        si.add(id(100) + ",202411,RETIREE_PENSION,3000.00," + chars(201));                 // 62: employer_name 201
        pf.add(id(100) + ",202412,6000.00,1440.00," + chars(200));                         // 61: accepted
        pf.add(id(100) + ",202411,6000.00,1440.00," + chars(201));                         // 62: employer_name 201
        re.add(chars(64) + "," + id(100) + ",1,RESIDENTIAL,90.00,331126101,2010-01-01,VALID"); // 61: accepted
        re.add(chars(65) + "," + id(100) + ",1,RESIDENTIAL,90.00,331126101,2010-01-01,VALID"); // 62: cert_no 65

        String borrower = id(100);
        String loansHeader = "loan_no,borrower_id_no,product,category,contract_date,maturity_date,principal,"
                + "contract_rate,reference_rate,guarantee_subsidized";
        String loanTail = "," + borrower + ",JINGYING,BUSINESS,2025-03-01,2026-02-28,100000.00,3.5,7.5,N";
        TestInbox inbox = new TestInbox(home);
        inbox.delivery("20250110").file("person.csv", persons).file("vehicle.csv", vehicles)
                .file("social_insurance.csv", si).file("provident_fund.csv", pf).file("real_estate.csv", re)
                .file("assistance.csv", List.of("id_no,assistance_type,start_date,end_date",
                        id(1) + ",DIBAO,2020-01-01,"))
                .file("marriage.csv", List.of("id_no,spouse_id_no,event,event_date",
                        id(2) + "," + id(3) + ",MARRIAGE,2005-01-01"))
                .complete();
        // the bank ledger allows no reject: the texts at the limit in one ledger, each one over in ledgers of their own
        inbox.delivery("bank/2025")
                .file("loans.csv", List.of(loansHeader, chars(64) + loanTail))
                .file("loan_transactions.csv", List.of("txn_id,loan_no,txn_date,txn_type,amount",
                        chars(64) + "," + chars(64) + ",2025-03-01,DRAWDOWN,100000.00"))
                .complete();
        inbox.delivery("bank/2024").file("loans.csv", List.of(loansHeader, chars(65) + loanTail)).complete();
        inbox.delivery("bank/2023")
                .file("loans.csv", List.of(loansHeader, "L1" + loanTail))
                .file("loan_transactions.csv", List.of("txn_id,loan_no,txn_date,txn_type,amount",
                        chars(65) + ",L1,2025-03-01,DRAWDOWN,100000.00"))
                .complete();

        Kz.Result r = kz.run("ingest");

        assertThat(r.exitCode()).as(r.all()).isEqualTo(1); // the two ledgers with a text over its limit
        assertThat(r.out()).contains("LOADED   20250110/person.csv: 103 records, 101 loaded, 2 rejected (BAD_RANGE=2)")
                .contains("LOADED   20250110/vehicle.csv: 62 records, 61 loaded, 1 rejected (BAD_RANGE=1)")
                .contains("LOADED   20250110/social_insurance.csv: 62 records, 61 loaded, 1 rejected (BAD_RANGE=1)")
                .contains("LOADED   20250110/provident_fund.csv: 62 records, 61 loaded, 1 rejected (BAD_RANGE=1)")
                .contains("LOADED   20250110/real_estate.csv: 62 records, 61 loaded, 1 rejected (BAD_RANGE=1)")
                .contains("LOADED   bank/2025/loans.csv: 1 records, 1 loaded")
                .contains("LOADED   bank/2025/loan_transactions.csv: 1 records, 1 loaded")
                .contains("FAILED   bank/2024/loans.csv").contains("FAILED   bank/2023/loan_transactions.csv");
        assertThat(rejects("20250110", "person.csv")).containsExactly(
                List.of("102", "BAD_RANGE", "name is longer than 50 characters"),
                List.of("103", "BAD_RANGE", "village is longer than 200 characters"));
        assertThat(rejects("20250110", "vehicle.csv")).containsExactly(
                List.of("62", "BAD_RANGE", "plate_no is longer than 20 characters"));
        assertThat(rejects("20250110", "social_insurance.csv")).containsExactly(
                List.of("62", "BAD_RANGE", "employer_name is longer than 200 characters"));
        assertThat(rejects("20250110", "provident_fund.csv")).containsExactly(
                List.of("62", "BAD_RANGE", "employer_name is longer than 200 characters"));
        assertThat(rejects("20250110", "real_estate.csv")).containsExactly(
                List.of("62", "BAD_RANGE", "cert_no is longer than 64 characters"));
        assertThat(rejects("bank/2024", "loans.csv")).containsExactly(
                List.of("1", "BAD_RANGE", "loan_no is longer than 64 characters"));
        assertThat(rejects("bank/2023", "loan_transactions.csv")).containsExactly(
                List.of("1", "BAD_RANGE", "txn_id is longer than 64 characters"));

        // stored whole in the load tables
        assertThat(text(kz, "person", "name", 101)).isEqualTo(chars(50));
        assertThat(text(kz, "person", "village", 101)).isEqualTo(chars(200));
        assertThat(text(kz, "vehicle", "plate_no", 61)).isEqualTo(chars(20));
        assertThat(text(kz, "social_insurance", "employer_name", 61)).isEqualTo(chars(200));
        assertThat(text(kz, "provident_fund", "employer_name", 61)).isEqualTo(chars(200));
        assertThat(text(kz, "real_estate", "cert_no", 61)).isEqualTo(chars(64));
        assertThat(text(kz, "loans", "loan_no", 1)).isEqualTo(chars(64));
        assertThat(text(kz, "loan_transactions", "txn_id", 1)).isEqualTo(chars(64));
        assertThat(text(kz, "loan_transactions", "loan_no", 1)).isEqualTo(chars(64));

        // and in the stored list version
        Kz.Result list = kz.run("list", "build", "--as-of", "2025-01-10", "--allow-degenerate");
        assertThat(list.exitCode()).as(list.all()).isZero();
        long version = kz.jdbi().withHandle(h -> h.createQuery("SELECT version_id FROM kz_list_version WHERE state ="
                + " 'CURRENT' AND as_of = DATE '2025-01-10'").mapTo(Long.class).one());
        var member = kuozhong.testing.VersionTables.rows(kz.jdbi(), kuozhong.household.jdbc.VersionTable.MEMBER,
                version, "H100");
        assertThat(member).hasSize(1);
        assertThat(member.get(0)[2]).as("name").isEqualTo(chars(50));
        assertThat(member.get(0)[4]).as("village").isEqualTo(chars(200));

        // the settlement's stored loan numbers take a loan_no at its limit too (the columns, on this database)
        kz.jdbi().useHandle(h -> {
            h.execute("INSERT INTO kz_settlement_exception (settlement_id, loan_no, reasons) VALUES (-1, ?, 'X')",
                    chars(64));
            assertThat(h.createQuery("SELECT loan_no FROM kz_settlement_exception WHERE settlement_id = -1")
                    .mapTo(String.class).one()).isEqualTo(chars(64));
            h.execute("DELETE FROM kz_settlement_exception WHERE settlement_id = -1");
        });
        var detailWidth = kz.jdbi().withHandle(h -> h.createQuery("SELECT character_maximum_length FROM "
                + "information_schema.columns WHERE LOWER(table_name) = 'kz_settlement_detail' AND LOWER(column_name) = 'loan_no'")
                .mapTo(Long.class).one());
        assertThat(detailWidth).as("two UTF-16 units a character").isGreaterThanOrEqualTo(128L);
    }

    private static String text(Kz kz, String source, String column, long recordNo) {
        return kz.jdbi().withHandle(h -> {
            String table = h.createQuery("SELECT data_table FROM kz_file_load WHERE source = :s AND state = 'LOADED'"
                    + " AND delivery IN ('20250110', 'bank/2025')").bind("s", source).mapTo(String.class).one();
            Source packed = Source.valueOf(source.toUpperCase(java.util.Locale.ROOT));
            if (PackedRuns.packs(packed)) {
                return PackedTables.records(kz.jdbi(), packed, table).stream()
                        .filter(r -> r.get("record_no").equals(recordNo)).map(r -> (String) r.get(column))
                        .findFirst().orElseThrow();
            }
            return h.createQuery("SELECT " + column + " FROM " + table + " WHERE record_no = :r")
                    .bind("r", recordNo).mapTo(String.class).one();
        });
    }

    private List<List<String>> rejects(String delivery, String file) throws Exception {
        Path p = home.resolve("out/ingest").resolve(delivery).resolve("rejects-" + file);
        List<List<String>> rows = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(p))) {
            for (CSVRecord rec : parser) {
                rows.add(List.of(rec.get("record"), rec.get("reason"), rec.get("message")));
            }
        }
        return rows;
    }
}
