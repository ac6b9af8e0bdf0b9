package kuozhong.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import kuozhong.ingest.Manifest;
import kuozhong.ingest.validate.IdNumber;

/**
 * The bank ledger of the settlement benchmark ({@code scripts/bench.sh --settlement}): N loans with K
 * transactions each (one drawdown on the contract date, then weekly repayments), written with a
 * MANIFEST.csv into {@code OUT} (an {@code inbox/bank/yyyy} folder). Borrowers are drawn from the persons
 * of a generated delivery: 90% members of households that a built list includes (target-list.csv), the rest
 * anybody else ({@code NOT_ON_LIST}); 3% of the loans are contracted before the list's as-of date
 * ({@code NO_LIST_VERSION} when it is the only version). Deterministic for a seed. Not part of {@code kz}:
 *
 * <pre>
 * java -cp target/kz.jar -Dloader.main=kuozhong.bench.BenchLedger org.springframework.boot.loader.launch.PropertiesLauncher \
 *     PERSON_CSV TARGET_LIST_CSV AS_OF OUT LOANS TRANSACTIONS_PER_LOAN
 * </pre>
 */
public final class BenchLedger {
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();
    private static final String[] PRODUCTS = {"JINGYING", "JINGYING", "JINGYING", "WENYE", "ANJU", "ZHUXUE", "ZHUYI"};
    private static final String[] CATEGORIES = {"BUSINESS", "FARMER", "BUSINESS", "EMPLOYMENT", "FARMER", "SAFETY_NET",
            "SAFETY_NET"};

    private BenchLedger() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 6) {
            System.err.println("usage: BenchLedger PERSON_CSV TARGET_LIST_CSV AS_OF OUT LOANS TRANSACTIONS_PER_LOAN");
            System.exit(2);
        }
        Path personCsv = Path.of(args[0]);
        Path targetList = Path.of(args[1]);
        LocalDate asOf = LocalDate.parse(args[2]);
        Path out = Path.of(args[3]);
        int loans = Integer.parseInt(args[4]);
        int perLoan = Integer.parseInt(args[5]);
        if (loans < 1 || perLoan < 1) {
            throw new IllegalArgumentException("LOANS and TRANSACTIONS_PER_LOAN must be at least 1");
        }
        long t0 = System.nanoTime();

        Set<String> included = new HashSet<>();
        try (Reader r = Files.newBufferedReader(targetList, StandardCharsets.UTF_8);
                CSVParser p = CSVParser.parse(r, READ)) {
            for (CSVRecord rec : p) {
                if ("Y".equals(rec.get("included"))) {
                    included.add(rec.get("household_no"));
                }
            }
        }
        List<String> members = new ArrayList<>();
        List<String> others = new ArrayList<>();
        Charset personCharset = charsetOf(personCsv);
        try (Reader r = withoutBom(Files.newBufferedReader(personCsv, personCharset)); CSVParser p = CSVParser.parse(r, READ)) {
            for (CSVRecord rec : p) {
                if (!rec.isConsistent() || IdNumber.problem(rec.get("id_no")) != null
                        || !"NORMAL".equals(rec.get("status"))) {
                    continue;                           // among them the generator's deliberately bad records
                }
                (included.contains(rec.get("household_no")) ? members : others).add(rec.get("id_no"));
            }
        }
        if (members.isEmpty() || others.isEmpty()) {
            throw new IllegalStateException("no members of included households (or no others) in " + personCsv);
        }

        Files.createDirectories(out);
        int year = asOf.getYear();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        // the last contract date that leaves room for every weekly repayment within the year
        LocalDate lastContract = yearEnd.minusDays(7L * perLoan);
        if (lastContract.isBefore(asOf)) {
            throw new IllegalArgumentException(perLoan + " weekly transactions a loan do not fit between " + asOf
                    + " and " + yearEnd);
        }
        SplittableRandom random = new SplittableRandom(20250615L);
        long txnSeq = 0;
        String[] sha = new String[2];
        try (Sink loanFile = new Sink(out.resolve("loans.csv")); Sink txnFile = new Sink(out.resolve("loan_transactions.csv"))) {
            loanFile.line("loan_no,borrower_id_no,product,category,contract_date,maturity_date,principal,"
                    + "contract_rate,reference_rate,guarantee_subsidized");
            txnFile.line("txn_id,loan_no,txn_date,txn_type,amount");
            for (int i = 1; i <= loans; i++) {
                String borrower = random.nextInt(100) < 90 ? members.get(random.nextInt(members.size()))
                        : others.get(random.nextInt(others.size()));
                LocalDate contract = random.nextInt(100) < 3
                        ? asOf.minusDays(1 + random.nextInt(120))
                        : asOf.plusDays(random.nextLong(lastContract.toEpochDay() - asOf.toEpochDay() + 1));
                int p = random.nextInt(PRODUCTS.length);
                long principal = (50 + random.nextInt(451)) * 1000_00L;   // fen
                int contractRate = random.nextInt(100) < 2 ? 385 : 345;
                int referenceRate = 435 + 5 * random.nextInt(64);
                String loanNo = "QYNS" + year + String.format(Locale.ROOT, "%07d", i);
                loanFile.line(loanNo + "," + borrower + "," + PRODUCTS[p] + "," + CATEGORIES[p] + "," + contract + ","
                        + contract.plusYears(1 + random.nextInt(3)) + "," + yuan(principal) + "," + rate(contractRate)
                        + "," + rate(referenceRate) + "," + (random.nextInt(100) < 2 ? "Y" : "N"));
                txnFile.line(txnId(year, ++txnSeq) + "," + loanNo + "," + contract + ",DRAWDOWN," + yuan(principal));
                long each = principal / (2L * perLoan) / 100 * 100;
                for (int k = 1; k < perLoan; k++) {
                    txnFile.line(txnId(year, ++txnSeq) + "," + loanNo + "," + contract.plusDays(7L * k) + ",REPAYMENT,"
                            + yuan(each));
                }
            }
            loanFile.close();
            txnFile.close();
            sha[0] = loanFile.sha256();
            sha[1] = txnFile.sha256();
        }
        Files.writeString(out.resolve(Manifest.FILE_NAME), "file,rows,sha256,encoding\n"
                + "loans.csv," + loans + "," + sha[0] + ",UTF-8\n"
                + "loan_transactions.csv," + txnSeq + "," + sha[1] + ",UTF-8\n", StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "ledger: %d loans, %d transactions (%d members of %d included households to "
                + "borrow, %d others) into %s in %.1f s%n", loans, txnSeq, members.size(), included.size(),
                others.size(), out, (System.nanoTime() - t0) / 1e9);
    }

    private static Charset charsetOf(Path csv) throws IOException {
        Path manifest = csv.resolveSibling(Manifest.FILE_NAME);
        if (Files.exists(manifest)) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                String[] f = line.split(",", -1);
                if (f[0].equals(csv.getFileName().toString()) && f.length > 3 && !f[3].isBlank()) {
                    return Charset.forName(f[3].trim());
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static Reader withoutBom(java.io.BufferedReader r) throws IOException {
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }

    private static String txnId(int year, long seq) {
        return "T" + year + String.format(Locale.ROOT, "%09d", seq);
    }

    private static String yuan(long fen) {
        return (fen / 100) + "." + String.format(Locale.ROOT, "%02d", fen % 100);
    }

    private static String rate(int hundredths) {
        return (hundredths / 100) + "." + String.format(Locale.ROOT, "%02d", hundredths % 100);
    }

    /** A CSV file written through a running sha256. */
    private static final class Sink implements AutoCloseable {
        private final MessageDigest digest;
        private final Writer writer;
        private boolean closed;

        Sink(Path file) throws IOException {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            OutputStream os = new DigestOutputStream(Files.newOutputStream(file), digest);
            writer = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
        }

        void line(String s) throws IOException {
            writer.write(s);
            writer.write('\n');
        }

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                writer.close();
            }
        }
    }
}
