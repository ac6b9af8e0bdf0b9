package kuozhong.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.common.Townships;
import kuozhong.ingest.validate.RejectReason;
import picocli.CommandLine;

class InboxGeneratorTest {

    @TempDir
    static Path tmp;

    static Path inbox;
    static InboxGenerator.Result result;

    @BeforeAll
    static void generate() {
        inbox = tmp.resolve("inbox");
        result = new InboxGenerator().generate(InboxGenerator.Options.of(300, 42, inbox));
    }

    // ------------------------------------------------------------------ manifests and bytes

    @Test
    void layoutHasTwoDeliveriesAndTheLedger() {
        assertThat(files(inbox.resolve("20250110"))).containsExactlyInAnyOrder("MANIFEST.csv", "person.csv",
                "vehicle.csv", "assistance.csv", "marriage.csv", "social_insurance.csv", "real_estate.csv",
                "provident_fund.csv", "market_entity.csv", "homestead.csv", "medical_self_pay.csv");
        assertThat(files(inbox.resolve("20250615"))).containsExactlyInAnyOrder("MANIFEST.csv", "person.csv",
                "vehicle.csv", "assistance.csv", "social_insurance.csv", "provident_fund.csv", "market_entity.csv",
                "medical_self_pay.csv");
        // profile.md: two visit deliveries, the second with two files
        assertThat(files(inbox.resolve("visits/20250105"))).containsExactlyInAnyOrder("MANIFEST.csv", "visits.csv");
        assertThat(files(inbox.resolve("visits/20250610"))).containsExactlyInAnyOrder("MANIFEST.csv", "visits.csv",
                "visits-b.csv");
        assertThat(files(inbox.resolve("bank/2025"))).containsExactlyInAnyOrder("MANIFEST.csv", "loans.csv",
                "loan_transactions.csv");
    }

    @Test
    void manifestsAgreeWithTheFiles() throws Exception {
        int gb18030 = 0;
        for (String folder : List.of("20250110", "20250615", "bank/2025")) {
            Path dir = inbox.resolve(folder);
            List<CSVRecord> manifest = parse(Files.readString(dir.resolve("MANIFEST.csv")));
            assertThat(manifest).isNotEmpty();
            for (CSVRecord m : manifest) {
                byte[] bytes = Files.readAllBytes(dir.resolve(m.get("file")));
                assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                        .as(folder + "/" + m.get("file")).isEqualTo(m.get("sha256"));
                String text = decode(bytes, m.get("encoding"));
                assertThat(parse(text)).as(folder + "/" + m.get("file") + " records")
                        .hasSize(Integer.parseInt(m.get("rows")));
                gb18030 += m.get("encoding").equals("GB18030") ? 1 : 0;
            }
        }
        assertThat(gb18030).as("exactly one GB18030 file").isEqualTo(1);
    }

    @Test
    void theGb18030FileDecodesAndIsNotUtf8() throws Exception {
        byte[] bytes = Files.readAllBytes(inbox.resolve("20250110/person.csv"));
        String text = decode(bytes, "GB18030");
        assertThat(text).contains("汉族").contains("331126");
        assertThat(strictlyDecodes(bytes, StandardCharsets.UTF_8)).isFalse();
    }

    @Test
    void formatsVaryAsTheyDoInRealExports() throws Exception {
        byte[] realEstate = Files.readAllBytes(inbox.resolve("20250110/real_estate.csv"));
        assertThat(realEstate[0]).as("UTF-8 BOM").isEqualTo((byte) 0xEF);
        assertThat(Files.readString(inbox.resolve("20250110/marriage.csv"))).contains("\r\n");
        String person = Files.readString(inbox.resolve("20250615/person.csv"));
        assertThat(person).contains("\"下坑村,后田自然村\"").contains("\"黄田镇\n上村一组\"");
        assertThat(firstLine(inbox.resolve("20250110/vehicle.csv"))).startsWith("owner_id_no,plate_no,");
        assertThat(firstLine(inbox.resolve("20250110/real_estate.csv"))).endsWith(",remark");
    }

    @Test
    void sameSeedSameBytes() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        new InboxGenerator().generate(InboxGenerator.Options.of(120, 7, a));
        new InboxGenerator().generate(InboxGenerator.Options.of(120, 7, b));
        List<Path> files;
        try (Stream<Path> s = Files.walk(a)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSize(27); // 17 of extracts.md, 5 optional extracts, 2 visit manifests and 3 visit files
        for (Path f : files) {
            assertThat(Files.readAllBytes(b.resolve(a.relativize(f)))).as(f.toString())
                    .isEqualTo(Files.readAllBytes(f));
        }
        Path c = tmp.resolve("c");
        new InboxGenerator().generate(InboxGenerator.Options.of(120, 8, c));
        assertThat(Files.readAllBytes(c.resolve("20250110/person.csv")))
                .isNotEqualTo(Files.readAllBytes(a.resolve("20250110/person.csv")));
    }

    // ------------------------------------------------------------------ identity numbers and bad records

    @Test
    void identityNumbersAreValidExceptTheDeliberatelyBadOnes() throws Exception {
        for (String folder : List.of("20250110", "20250615")) {
            Map<String, String> encodings = encodings(inbox.resolve(folder));
            List<CSVRecord> people = parse(decode(Files.readAllBytes(inbox.resolve(folder + "/person.csv")),
                    encodings.get("person.csv")));
            long invalid = people.stream().filter(r -> r.isSet("id_no") && !gb11643(r.get("id_no").trim())).count();
            assertThat(invalid).as(folder).isEqualTo((long) planted(folder + "/person.csv").get(RejectReason.BAD_ID));
        }
    }

    @Test
    void everyPlantedBadRecordIsFoundWithItsCodeAndNothingElse() throws Exception {
        EnumSet<RejectReason> seen = EnumSet.noneOf(RejectReason.class);
        for (InboxGenerator.GeneratedFile f : result.files()) {
            Path path = inbox.resolve(f.path());
            if (!Validator.FILES.containsKey(path.getFileName().toString())) {
                // the files of profile.md carry no planted bad records (they load without a reject: SamplePipelineIT)
                assertThat(f.bad()).as(f.path()).isEmpty();
                continue;
            }
            Map<String, String> encodings = encodings(path.getParent());
            Map<RejectReason, Integer> found = new Validator(path.getFileName().toString(), inbox)
                    .classify(decode(Files.readAllBytes(path), encodings.get(path.getFileName().toString())));
            assertThat(found).as(f.path()).isEqualTo(f.bad());
            seen.addAll(found.keySet());
        }
        assertThat(seen).as("every government reject code is planted somewhere")
                .containsAll(EnumSet.range(RejectReason.WRONG_FIELD_COUNT, RejectReason.DUPLICATE_KEY));
        assertThat(planted("20250110/person.csv").keySet()).containsExactlyInAnyOrder(RejectReason.WRONG_FIELD_COUNT,
                RejectReason.MISSING_FIELD, RejectReason.BAD_ID, RejectReason.BAD_DATE, RejectReason.BAD_CODE,
                RejectReason.BAD_RANGE, RejectReason.INCONSISTENT, RejectReason.DUPLICATE_KEY);
        assertThat(planted("20250110/social_insurance.csv").keySet()).hasSize(8);
        assertThat(planted("20250110/provident_fund.csv").keySet()).hasSize(7);
        assertThat(planted("bank/2025/loans.csv")).isEmpty();
        assertThat(planted("bank/2025/loan_transactions.csv")).isEmpty();
        for (InboxGenerator.GeneratedFile f : result.files()) {
            long bad = f.bad().values().stream().mapToInt(Integer::intValue).sum();
            assertThat(bad).as(f.path() + " stays under the 2 % reject tolerance").isLessThanOrEqualTo(f.records() / 50);
        }
    }

    @Test
    void ledgerErrorsPlantUnknownLoans() throws Exception {
        Path dir = tmp.resolve("errors");
        InboxGenerator.Result r = new InboxGenerator().generate(
                InboxGenerator.Options.of(300, 42, dir).withLedgerErrors(true));
        Map<RejectReason, Integer> txns = new Validator("loan_transactions.csv", dir)
                .classify(Files.readString(dir.resolve("bank/2025/loan_transactions.csv")));
        assertThat(txns).containsKey(RejectReason.UNKNOWN_LOAN).containsKey(RejectReason.DUPLICATE_KEY);
        Map<RejectReason, Integer> loans = new Validator("loans.csv", dir)
                .classify(Files.readString(dir.resolve("bank/2025/loans.csv")));
        assertThat(loans).containsKeys(RejectReason.MISSING_FIELD, RejectReason.BAD_RANGE);
        assertThat(r.files().stream().filter(f -> f.path().startsWith("bank")).mapToInt(f -> f.bad().size()).sum())
                .isGreaterThan(0);
    }

    @Test
    void zeroBadRatioGivesCleanFiles() {
        InboxGenerator.Result r = new InboxGenerator().generate(
                InboxGenerator.Options.of(100, 3, tmp.resolve("clean")).withBadRatio(0));
        assertThat(r.badRecords()).isZero();
    }

    // ------------------------------------------------------------------ what the list should make of it

    @Test
    void aboutHalfIsIncludedAndEveryRuleAndFlagFires() {
        InboxGenerator.Result r = new InboxGenerator().generate(
                InboxGenerator.Options.of(2000, 20250615, tmp.resolve("big")));
        for (InboxGenerator.ExpectedList e : r.expected()) {
            assertThat((double) e.included() / e.evaluated()).as(e.asOf().toString()).isBetween(0.35, 0.65);
            assertThat(e.reasons()).as(e.asOf() + " reasons").allSatisfy((k, v) -> assertThat(v).as(k).isPositive());
            assertThat(e.flags()).as(e.asOf() + " flags").allSatisfy((k, v) -> assertThat(v).as(k).isPositive());
        }
        assertThat(r.loanKinds()).containsKeys("GOOD", "OVERDUE", "NOT_SERIES_PRODUCT", "RATE_ABOVE_CAP",
                "GUARANTEE_SUBSIDIZED", "NO_LIST_VERSION", "BEFORE_PROGRAM_START", "NOT_ON_LIST", "LEDGER_INCONSISTENT");
        long loans = r.files().stream().filter(f -> f.path().endsWith("loans.csv")).mapToLong(f -> f.records()).sum();
        assertThat(loans).isBetween(200L, 320L);
    }

    // ------------------------------------------------------------------ command

    @Test
    void commandPrintsASummary() {
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new GenerateCommand());
        cmd.setOut(new PrintWriter(out));
        int code = cmd.execute("--households", "50", "--seed", "5", "--out", tmp.resolve("cmd").toString());
        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("generated 22 files, ").contains(" bytes into ");
    }

    @Test
    void commandRejectsBadUsage() {
        CommandLine cmd = new CommandLine(new GenerateCommand());
        cmd.setErr(new PrintWriter(new StringWriter()));
        assertThat(cmd.execute("--households", "50")).isEqualTo(2);
        assertThat(cmd.execute("--households", "0", "--out", tmp.resolve("x").toString())).isEqualTo(2);
        assertThat(cmd.execute("--households", "5", "--bad-ratio", "0.5", "--out", tmp.resolve("x").toString()))
                .isEqualTo(2);
    }

    // ------------------------------------------------------------------ helpers

    private static Map<RejectReason, Integer> planted(String path) {
        return result.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().bad();
    }

    private static List<String> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(Path p) throws IOException {
        String s = new String(Files.readAllBytes(p), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return s.substring(0, s.indexOf('\n'));
    }

    private static Map<String, String> encodings(Path dir) throws IOException {
        Map<String, String> m = new HashMap<>();
        for (CSVRecord r : parse(Files.readString(dir.resolve("MANIFEST.csv")))) {
            m.put(r.get("file"), r.get("encoding"));
        }
        return m;
    }

    static String decode(byte[] bytes, String encoding) throws IOException {
        Charset cs = encoding == null || encoding.isEmpty() ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        String s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static boolean strictlyDecodes(byte[] bytes, Charset cs) {
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static List<CSVRecord> parse(String text) throws IOException {
        try (Reader in = new StringReader(text);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .setAllowMissingColumnNames(true).get().parse(in)) {
            return p.getRecords();
        }
    }

    /** GB 11643, written here again so that the test does not trust the generator's own check. */
    static boolean gb11643(String id) {
        if (!id.matches("[0-9]{17}[0-9Xx]")) {
            return false;
        }
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * w[i];
        }
        if ("10X98765432".charAt(sum % 11) != Character.toUpperCase(id.charAt(17))) {
            return false;
        }
        try {
            LocalDate.parse(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * A small validator of extracts.md's record rules, in the spec's order: field count, then each
     * column (missing, type, range) in the order of the spec's table, then checks across fields, then
     * the key, then the loan reference.
     */
    static final class Validator {
        private record Col(String name, boolean required, String type, Set<String> codes) {
        }

        private static final Map<String, List<Col>> FILES = new LinkedHashMap<>();
        private static final Map<String, List<String>> KEYS = new HashMap<>();

        static {
            FILES.put("person.csv", List.of(c("id_no", "ID"), c("name", "TEXT50"), c("gender", "CODE", "1", "2"),
                    c("birth_date", "DATE"), c("household_no", "HNO"), c("relation", "REL"),
                    c("township_code", "TOWNSHIP"), o("village", "TEXT"),
                    c("status", "CODE", "NORMAL", "DECEASED", "MOVED_OUT", "CANCELLED")));
            FILES.put("vehicle.csv", List.of(c("plate_no", "TEXT"), c("owner_id_no", "ID"),
                    c("vehicle_type", "CODE", "CAR", "BUS", "TRUCK", "MOTORCYCLE", "OTHER"),
                    c("use_nature", "CODE", "NON_OPERATING", "OPERATING"), o("purchase_price", "AMOUNT0"),
                    c("register_date", "DATE"), c("status", "CODE", "NORMAL", "SCRAPPED", "CANCELLED")));
            FILES.put("assistance.csv", List.of(c("id_no", "ID"), c("assistance_type", "CODE", "DIBAO", "DIBIAN", "TEKUN"),
                    c("start_date", "DATE"), o("end_date", "DATE")));
            FILES.put("marriage.csv", List.of(c("id_no", "ID"), c("spouse_id_no", "ID"),
                    c("event", "CODE", "MARRIAGE", "DIVORCE"), c("event_date", "DATE")));
            FILES.put("social_insurance.csv", List.of(c("id_no", "ID"), c("year_month", "MONTH"),
                    c("insured_type", "CODE", "EMPLOYEE_PENSION", "RETIREE_PENSION", "RESIDENT_PENSION"),
                    c("amount", "AMOUNT"), o("employer_name", "TEXT")));
            FILES.put("real_estate.csv", List.of(c("cert_no", "TEXT"), c("owner_id_no", "ID"), c("share", "SHARE"),
                    c("property_type", "CODE", "RESIDENTIAL", "HOMESTEAD", "COMMERCIAL", "OFFICE", "INDUSTRIAL",
                            "PARKING", "OTHER"),
                    c("area_m2", "AMOUNT"), o("township_code", "NINE"), c("register_date", "DATE"),
                    c("status", "CODE", "VALID", "CANCELLED")));
            FILES.put("provident_fund.csv", List.of(c("id_no", "ID"), c("year_month", "MONTH"),
                    c("deposit_base", "AMOUNT"), c("monthly_deposit", "AMOUNT0"), o("employer_name", "TEXT")));
            FILES.put("loans.csv", List.of(c("loan_no", "TEXT"), c("borrower_id_no", "ID"),
                    c("product", "CODE", "JINGYING", "ZHUXUE", "ZHUYI", "ANJU", "WENYE", "OTHER"),
                    c("category", "CODE", "BUSINESS", "EMPLOYMENT", "FARMER", "SAFETY_NET"),
                    c("contract_date", "DATE"), c("maturity_date", "DATE"), c("principal", "AMOUNT"),
                    c("contract_rate", "RATE"), c("reference_rate", "RATE"), c("guarantee_subsidized", "CODE", "Y", "N")));
            FILES.put("loan_transactions.csv", List.of(c("txn_id", "TEXT"), c("loan_no", "TEXT"),
                    c("txn_date", "DATE"), c("txn_type", "CODE", "DRAWDOWN", "REPAYMENT"), c("amount", "AMOUNT")));
            KEYS.put("person.csv", List.of("id_no"));
            KEYS.put("vehicle.csv", List.of("plate_no"));
            KEYS.put("assistance.csv", List.of("id_no", "assistance_type", "start_date"));
            KEYS.put("marriage.csv", List.of("id_no", "spouse_id_no", "event", "event_date"));
            KEYS.put("social_insurance.csv", List.of("id_no", "year_month", "insured_type"));
            KEYS.put("real_estate.csv", List.of("cert_no", "owner_id_no"));
            KEYS.put("provident_fund.csv", List.of("id_no", "year_month"));
            KEYS.put("loans.csv", List.of("loan_no"));
            KEYS.put("loan_transactions.csv", List.of("txn_id"));
        }

        private static Col c(String name, String type, String... codes) {
            return new Col(name, true, type, Set.of(codes));
        }

        private static Col o(String name, String type) {
            return new Col(name, false, type, Set.of());
        }

        private final String file;
        private final Path inbox;
        final Set<Long> rejected = new HashSet<>();

        Validator(String file, Path inbox) {
            this.file = file;
            this.inbox = inbox;
        }

        Map<RejectReason, Integer> classify(String text) throws IOException {
            Set<String> loans = new HashSet<>();
            if (file.equals("loan_transactions.csv")) {
                Path dir = inbox.resolve("bank/2025");
                Validator lv = new Validator("loans.csv", inbox);
                List<CSVRecord> lr = parse(Files.readString(dir.resolve("loans.csv")));
                lv.classify(Files.readString(dir.resolve("loans.csv")));
                for (CSVRecord r : lr) {
                    if (!lv.rejected.contains(r.getRecordNumber())) {
                        loans.add(r.get("loan_no").trim());
                    }
                }
            }
            Map<RejectReason, Integer> found = new EnumMap<>(RejectReason.class);
            Set<List<String>> keys = new HashSet<>();
            try (CSVParser p = CSVFormat.RFC4180.builder().get().parse(new StringReader(text))) {
                List<String> header = null;
                for (CSVRecord r : p) {
                    if (header == null) {
                        header = r.toList();
                        continue;
                    }
                    RejectReason code = check(header, r, keys, loans);
                    if (code != null) {
                        found.merge(code, 1, Integer::sum);
                        rejected.add(r.getRecordNumber() - 1);
                    }
                }
            }
            return found;
        }

        private RejectReason check(List<String> header, CSVRecord r, Set<List<String>> keys, Set<String> loans) {
            if (r.size() != header.size()) {
                return RejectReason.WRONG_FIELD_COUNT;
            }
            Map<String, String> v = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                v.put(header.get(i), r.get(i).strip());
            }
            for (Col col : FILES.get(file)) {
                String value = v.get(col.name());
                if (value.isEmpty()) {
                    if (col.required()) {
                        return RejectReason.MISSING_FIELD;
                    }
                    continue;
                }
                RejectReason code = column(col, value);
                if (code != null) {
                    return code;
                }
            }
            RejectReason cross = switch (file) {
                case "person.csv" -> {
                    String id = v.get("id_no");
                    boolean gender = v.get("gender").equals((id.charAt(16) - '0') % 2 == 1 ? "1" : "2");
                    boolean birth = v.get("birth_date").replace("-", "").equals(id.substring(6, 14));
                    yield gender && birth ? null : RejectReason.INCONSISTENT;
                }
                case "assistance.csv" -> !v.get("end_date").isEmpty()
                        && v.get("end_date").compareTo(v.get("start_date")) < 0 ? RejectReason.BAD_RANGE : null;
                case "marriage.csv" -> v.get("id_no").equalsIgnoreCase(v.get("spouse_id_no")) ? RejectReason.BAD_RANGE : null;
                case "loans.csv" -> v.get("maturity_date").compareTo(v.get("contract_date")) <= 0
                        || Double.parseDouble(v.get("reference_rate")) < Double.parseDouble(v.get("contract_rate"))
                        ? RejectReason.BAD_RANGE : null;
                default -> null;
            };
            if (cross != null) {
                return cross;
            }
            List<String> key = KEYS.get(file).stream().map(v::get).toList();
            if (!keys.add(key)) {
                return RejectReason.DUPLICATE_KEY;
            }
            if (file.equals("loan_transactions.csv") && !loans.contains(v.get("loan_no"))) {
                keys.remove(key);
                return RejectReason.UNKNOWN_LOAN;
            }
            return null;
        }

        private static RejectReason column(Col col, String value) {
            switch (col.type()) {
                case "ID":
                    return gb11643(value) ? null : RejectReason.BAD_ID;
                case "DATE":
                    try {
                        return value.matches("\\d{4}-\\d{2}-\\d{2}") && LocalDate.parse(value) != null ? null
                                : RejectReason.BAD_DATE;
                    } catch (DateTimeParseException e) {
                        return RejectReason.BAD_DATE;
                    }
                case "MONTH":
                    return value.matches("\\d{4}(0[1-9]|1[0-2])") ? null : RejectReason.BAD_DATE;
                case "CODE":
                    return col.codes().contains(value) ? null : RejectReason.BAD_CODE;
                case "HNO":
                    return value.matches("[A-Za-z0-9]{1,20}") ? null : RejectReason.BAD_CODE;
                case "REL":
                    return value.matches("\\d{2}") && !value.equals("00") ? null : RejectReason.BAD_CODE;
                case "TOWNSHIP":
                    return Townships.isKnown(value) ? null : RejectReason.BAD_CODE;
                case "NINE":
                    return value.matches("\\d{9}") ? null : RejectReason.BAD_CODE;
                case "TEXT50":
                    return value.length() > 50 ? RejectReason.BAD_RANGE : null;
                case "TEXT":
                    return null;
                default:
                    int decimals = col.type().equals("RATE") || col.type().equals("SHARE") ? 4 : 2;
                    if (!value.matches("-?[0-9]+(\\.[0-9]{1," + decimals + "})?")) {
                        return RejectReason.BAD_NUMBER;
                    }
                    double d = Double.parseDouble(value);
                    boolean ok = switch (col.type()) {
                        case "AMOUNT" -> d > 0;
                        case "SHARE" -> d > 0 && d <= 1;
                        default -> d >= 0;
                    };
                    return ok ? null : RejectReason.BAD_RANGE;
            }
        }
    }
}
