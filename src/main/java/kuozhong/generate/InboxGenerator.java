package kuozhong.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;

import kuozhong.generate.ExpectedDecision.Outcome;
import kuozhong.generate.Model.Assistance;
import kuozhong.generate.Model.Household;
import kuozhong.generate.Model.Marriage;
import kuozhong.generate.Model.Owner;
import kuozhong.generate.Model.Person;
import kuozhong.generate.Model.Property;
import kuozhong.generate.Model.Vehicle;
import kuozhong.ingest.validate.RejectReason;

/**
 * Writes a test inbox (extracts.md): two government deliveries, {@code 20250110} with all seven
 * files and {@code 20250615} with person, vehicle, assistance, social_insurance and provident_fund,
 * and the bank ledger under {@code bank/<year>/}; and the optional extracts and field visits of
 * profile.md ({@link ProfileExtracts}). The same options always give the same bytes.
 *
 * <p>Households are built one at a time and streamed into all files at once, so memory stays small
 * (a set of the identity numbers handed out) and a million persons take a couple of minutes.
 */
public final class InboxGenerator {
    public static final LocalDate FIRST_DELIVERY = Population.FIRST;
    public static final LocalDate SECOND_DELIVERY = Population.SECOND;

    /**
     * @param households   households to build (split couples and so on add a few more)
     * @param seed         the random seed: same seed, same bytes
     * @param out          the inbox folder to write into (created when missing)
     * @param badRatio     share of deliberately bad records in each government file; 0 for none
     * @param ledgerErrors plant bad records (UNKNOWN_LOAN and others) in the bank ledger
     * @param ledgerYear   the settlement year of the ledger
     * @param loans        number of loans to aim at; negative for the default, 15 % of the households
     * @param workerShare  negative for the county as it is (the default); 0 to 1 for a load benchmark: the
     *                     share of working-age persons, students aside, who earn a wage, every earner with
     *                     both social-insurance and provident-fund rows (0.8 gives about 24 monthly rows a
     *                     person over the two deliveries, against about 16 for the county)
     */
    public record Options(int households, long seed, Path out, double badRatio, boolean ledgerErrors,
                          int ledgerYear, int loans, double workerShare) {
        public Options {
            Objects.requireNonNull(out, "out");
            if (households < 1) {
                throw new IllegalArgumentException("households must be at least 1, not " + households);
            }
            if (badRatio < 0 || badRatio > 0.02) {
                throw new IllegalArgumentException("bad ratio must be between 0 and 0.02, not " + badRatio);
            }
            if (workerShare > 1) {
                throw new IllegalArgumentException("worker share must be at most 1, not " + workerShare);
            }
        }

        public Options(int households, long seed, Path out, double badRatio, boolean ledgerErrors, int ledgerYear,
                int loans) {
            this(households, seed, out, badRatio, ledgerErrors, ledgerYear, loans, -1);
        }

        public static Options of(int households, long seed, Path out) {
            return new Options(households, seed, out, 0.005, false, 2025, -1);
        }

        public Options withBadRatio(double ratio) {
            return new Options(households, seed, out, ratio, ledgerErrors, ledgerYear, loans, workerShare);
        }

        public Options withLedgerErrors(boolean errors) {
            return new Options(households, seed, out, badRatio, errors, ledgerYear, loans, workerShare);
        }

        public Options withLoans(int count) {
            return new Options(households, seed, out, badRatio, ledgerErrors, ledgerYear, count, workerShare);
        }

        /** The benchmark profile: see {@code workerShare}. */
        public Options withWorkerShare(double share) {
            return new Options(households, seed, out, badRatio, ledgerErrors, ledgerYear, loans, share);
        }

        int loanTarget() {
            return loans >= 0 ? loans : (int) Math.round(households * 0.15);
        }
    }

    /** One written file: path relative to the inbox, as its manifest states it, plus the planted bad records. */
    public record GeneratedFile(String path, long records, long bytes, String sha256, String encoding,
                                Map<RejectReason, Integer> bad) {
    }

    /** What the list rules should make of the households as of one delivery date (default policy). */
    public record ExpectedList(LocalDate asOf, int evaluated, int included, Map<String, Integer> reasons,
                               Map<String, Integer> flags) {
    }

    public record Result(List<GeneratedFile> files, long records, long bytes, List<ExpectedList> expected,
                         Map<String, Integer> loanKinds) {
        public int badRecords() {
            return files.stream().flatMap(f -> f.bad().values().stream()).mapToInt(Integer::intValue).sum();
        }
    }

    public Result generate(Options o) {
        Path out = o.out();
        Path d1 = out.resolve("20250110");
        Path d2 = out.resolve("20250615");
        Path bank = out.resolve("bank").resolve(Integer.toString(o.ledgerYear()));
        long seed = o.seed();
        double ratio = o.badRatio();

        CsvFile person1 = new CsvFile(d1, Extracts.person(true), Extracts.PERSON_CODES, Extracts.PERSON_BAD, ratio, seed);
        CsvFile vehicle1 = new CsvFile(d1, Extracts.vehicle(), Extracts.VEHICLE_CODES, Extracts.VEHICLE_BAD, ratio, seed);
        CsvFile assist1 = new CsvFile(d1, Extracts.assistance(true), Extracts.ASSISTANCE_CODES, Extracts.ASSISTANCE_BAD, ratio, seed);
        CsvFile marriage1 = new CsvFile(d1, Extracts.marriage(), Extracts.MARRIAGE_CODES, Extracts.MARRIAGE_BAD, ratio, seed);
        CsvFile si1 = new CsvFile(d1, Extracts.socialInsurance(), Extracts.SI_CODES, Extracts.SI_BAD, ratio, seed);
        CsvFile estate1 = new CsvFile(d1, Extracts.realEstate(), Extracts.REAL_ESTATE_CODES, Extracts.REAL_ESTATE_BAD, ratio, seed);
        CsvFile pf1 = new CsvFile(d1, Extracts.providentFund(), Extracts.PF_CODES, Extracts.PF_BAD, ratio, seed);
        long seed2 = seed + 1;
        CsvFile person2 = new CsvFile(d2, Extracts.person(false), Extracts.PERSON_CODES, Extracts.PERSON_BAD, ratio, seed2);
        CsvFile vehicle2 = new CsvFile(d2, Extracts.vehicle(), Extracts.VEHICLE_CODES, Extracts.VEHICLE_BAD, ratio, seed2);
        CsvFile assist2 = new CsvFile(d2, Extracts.assistance(false), Extracts.ASSISTANCE_CODES, Extracts.ASSISTANCE_BAD, ratio, seed2);
        CsvFile si2 = new CsvFile(d2, Extracts.socialInsurance(), Extracts.SI_CODES, Extracts.SI_BAD, ratio, seed2);
        CsvFile pf2 = new CsvFile(d2, Extracts.providentFund(), Extracts.PF_CODES, Extracts.PF_BAD, ratio, seed2);
        double ledgerRatio = o.ledgerErrors() ? 1e-12 : 0;
        CsvFile loans = new CsvFile(bank, Extracts.loans(), Extracts.LOAN_ERRORS, Extracts.LOAN_BAD, ledgerRatio, seed, 7);
        CsvFile txns = new CsvFile(bank, Extracts.transactions(), Extracts.TRANSACTION_ERRORS, Extracts.TRANSACTION_BAD,
                ledgerRatio, seed, 9);

        Delivery first = new Delivery(FIRST_DELIVERY, person1, vehicle1, assist1, marriage1, si1, estate1, pf1);
        Delivery second = new Delivery(SECOND_DELIVERY, person2, vehicle2, assist2, null, si2, null, pf2);
        Ledger ledger = new Ledger(o.ledgerYear(), loans, txns, o.loanTarget(), o.households());
        Path v1 = out.resolve("visits").resolve(ProfileExtracts.VISITS_1.toString().replace("-", ""));
        Path v2 = out.resolve("visits").resolve(ProfileExtracts.VISITS_2.toString().replace("-", ""));
        ProfileExtracts profile = new ProfileExtracts(seed, d1, d2, v1, v2);
        Tally tally1 = new Tally(FIRST_DELIVERY);
        Tally tally2 = new Tally(SECOND_DELIVERY);
        Population population = new Population(seed, o.households(), o.workerShare());

        for (int i = 0; i < o.households(); i++) {
            Household h = population.household(i);
            first.write(h);
            second.write(h);
            Outcome o1 = ExpectedDecision.evaluate(h, h.marriages, FIRST_DELIVERY);
            Outcome o2 = ExpectedDecision.evaluate(h, h.marriages, SECOND_DELIVERY);
            tally1.add(o1);
            tally2.add(o2);
            if (h.satellite != null) {
                first.write(h.satellite);
                second.write(h.satellite);
                tally1.add(ExpectedDecision.evaluate(h.satellite, h.marriages, FIRST_DELIVERY));
                tally2.add(ExpectedDecision.evaluate(h.satellite, h.marriages, SECOND_DELIVERY));
            }
            ledger.consider(h, o1.included(), o2.included(), new SplittableRandom(Population.mix(seed ^ 0x5EED, i)));
            profile.write(h, i, o1.included(), o2.included());
        }

        List<GeneratedFile> files = new ArrayList<>();
        List<CsvFile> firstFiles = new ArrayList<>(List.of(person1, vehicle1, assist1, marriage1, si1, estate1, pf1));
        firstFiles.addAll(profile.first());
        List<CsvFile> secondFiles = new ArrayList<>(List.of(person2, vehicle2, assist2, si2, pf2));
        secondFiles.addAll(profile.second());
        files.addAll(finish(out, d1, firstFiles));
        files.addAll(finish(out, d2, secondFiles));
        files.addAll(finish(out, v1, List.of(profile.visits1)));
        files.addAll(finish(out, v2, List.of(profile.visits2, profile.visits2b)));
        files.addAll(finish(out, bank, List.of(loans, txns)));
        long records = files.stream().mapToLong(GeneratedFile::records).sum();
        long bytes = files.stream().mapToLong(GeneratedFile::bytes).sum();
        return new Result(List.copyOf(files), records, bytes, List.of(tally1.result(), tally2.result()),
                Collections.unmodifiableMap(new TreeMap<>(ledger.kinds())));
    }

    /** Closes the files of one folder and writes its manifest last. */
    private static List<GeneratedFile> finish(Path inbox, Path dir, List<CsvFile> files) {
        List<GeneratedFile> result = new ArrayList<>();
        StringBuilder manifest = new StringBuilder("file,rows,sha256,encoding\n");
        String prefix = inbox.relativize(dir).toString().replace('\\', '/') + "/";
        for (CsvFile f : files) {
            f.close();
            CsvFile.Report r = f.report();
            manifest.append(r.file()).append(',').append(r.records()).append(',').append(r.sha256()).append(',')
                    .append(r.encoding()).append('\n');
            result.add(new GeneratedFile(prefix + r.file(), r.records(), r.bytes(), r.sha256(), r.encoding(),
                    r.bad().isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(r.bad()))));
        }
        try {
            Files.writeString(dir.resolve("MANIFEST.csv"), manifest, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /** The files of one delivery (null: not in it) and how a household goes into them. */
    private record Delivery(LocalDate date, CsvFile person, CsvFile vehicle, CsvFile assistance, CsvFile marriage,
                            CsvFile socialInsurance, CsvFile realEstate, CsvFile providentFund) {

        void write(Household h) {
            String d = date.toString();
            for (Person p : h.members) {
                if (p.inSnapshot(date)) {
                    person.write(p.id, p.name, Integer.toString(p.gender), p.birth.toString(), h.no, p.relation,
                            h.township, p.village, p.status(date).name(), p.nation);
                }
            }
            for (Vehicle v : h.vehicles) {
                if (!v.registered().isAfter(date)) {
                    vehicle.write(v.plate(), v.owner().id, v.type(), v.use(), v.price() < 0 ? "" : Amounts.yuan(v.price()),
                            v.registered().toString(), v.status());
                }
            }
            for (Assistance a : h.assistance) {
                if (a.start().isAfter(date)) {
                    continue;
                }
                for (Person p : h.members) {
                    if (p.normal(date) || p.inSnapshot(date) && a.end() != null && a.end().isBefore(date)
                            && p.status(a.end()) == Model.Status.NORMAL) {
                        assistance.write(p.id, a.type(), a.start().toString(), a.end() == null ? "" : a.end().toString());
                    }
                }
            }
            if (marriage != null) {
                for (Marriage m : h.marriages) {
                    if (!m.date().isAfter(date)) {
                        marriage.write(m.a().id, m.b().id, m.event(), m.date().toString());
                        if (m.bothSides()) {
                            marriage.write(m.b().id, m.a().id, m.event(), m.date().toString());
                        }
                    }
                }
            }
            int to = Months.of(date);
            for (Person p : h.members) {
                if (p.wage == 0 && p.pension == Model.Pension.NONE) {
                    continue;
                }
                // the pension office knows the employer of about a third of the insured
                String siEmployer = p.employer != null && (p.id.charAt(16) - '0') % 3 == 0 ? p.employer : "";
                String pfEmployer = p.employer != null && (p.id.charAt(15) - '0') % 2 == 0 ? p.employer : "";
                for (int m = to - 12; m < to; m++) {
                    String month = Months.text(m);
                    long e = p.employeePension(m);
                    if (e > 0) {
                        socialInsurance.write(p.id, month, "EMPLOYEE_PENSION", Amounts.yuan(e), siEmployer);
                    }
                    long r = p.retireePension(m);
                    if (r > 0) {
                        socialInsurance.write(p.id, month, "RETIREE_PENSION", Amounts.yuan(r), "");
                    }
                    r = p.residentPension(m);
                    if (r > 0) {
                        socialInsurance.write(p.id, month, "RESIDENT_PENSION", Amounts.yuan(r), "");
                    }
                }
                if (p.pf) {
                    for (int m = to - 12; m < to; m++) {
                        long b = p.pfBase(m);
                        if (b > 0) {
                            providentFund.write(p.id, Months.text(m), Amounts.yuan(b), Amounts.yuan(p.pfDeposit(m)),
                                    pfEmployer);
                        }
                    }
                }
            }
            if (realEstate != null) {
                for (Property pr : h.properties) {
                    if (pr.registered().isAfter(date)) {
                        continue;
                    }
                    for (Owner ow : pr.owners()) {
                        realEstate.write(pr.certNo(), ow.person().id, ow.share(), pr.type(), Amounts.yuan(pr.areaCents()),
                                pr.township(), pr.registered().toString(), pr.status(), "");
                    }
                }
            }
        }
    }

    /** Counts of the expected decisions as of one date. */
    private static final class Tally {
        private final LocalDate asOf;
        private int evaluated;
        private int included;
        private final int[] reasons = new int[ExpectedDecision.RULES.size()];
        private final int[] flags = new int[ExpectedDecision.FLAGS.size()];

        Tally(LocalDate asOf) {
            this.asOf = asOf;
        }

        void add(Outcome o) {
            if (!o.evaluated()) {
                return;
            }
            evaluated++;
            included += o.included() ? 1 : 0;
            for (int i = 0; i < reasons.length; i++) {
                reasons[i] += (o.reasons() >> i) & 1;
            }
            for (int i = 0; i < flags.length; i++) {
                flags[i] += (o.flags() >> i) & 1;
            }
        }

        ExpectedList result() {
            Map<String, Integer> r = new LinkedHashMap<>();
            Map<String, Integer> f = new LinkedHashMap<>();
            for (int i = 0; i < reasons.length; i++) {
                r.put(ExpectedDecision.RULES.get(i), reasons[i]);
            }
            for (int i = 0; i < flags.length; i++) {
                f.put(ExpectedDecision.FLAGS.get(i), flags[i]);
            }
            return new ExpectedList(asOf, evaluated, included, Collections.unmodifiableMap(r),
                    Collections.unmodifiableMap(f));
        }
    }
}
