package kuozhong.household;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import kuozhong.common.Mask;
import kuozhong.common.Messages;
import kuozhong.common.Parallel;
import kuozhong.common.Progress;
import kuozhong.household.HouseholdFacts.MemberFacts;
import kuozhong.household.HouseholdFacts.MonthIncome;
import kuozhong.household.HouseholdFacts.SpouseLink;
import kuozhong.household.internal.IdIndex;
import kuozhong.household.internal.MonthlyStore;
import kuozhong.household.profile.HouseholdProfiling;
import kuozhong.household.rule.HouseholdRules;
import kuozhong.policy.PolicySet;

/**
 * Builds the target list (target-list.md) from the source snapshots: forms the households from the
 * NORMAL persons, gathers each household's facts, and lets the rules of {@link HouseholdRules}
 * decide. {@link #explain} runs the same gathering and the same rules for one household.
 *
 * <p>Memory: the persons are held once; the monthly social-insurance and provident-fund rows are
 * folded, while they stream in, into fen arrays of the 12 window months (no object per row);
 * assistance, real-estate and vehicle rows are kept only for members.
 *
 * <p>Cores ({@link Parallel}): after the persons (whose id index the others need), the social-insurance,
 * provident-fund and other snapshots are read at once ({@link #withConcurrentSources}), each into structures of its own; the households are
 * then decided in chunks at once, each decision into its household's slot, so the result keeps household_no
 * order and is the same as one household after another.
 */
public final class ListBuilder {
    /** Households decided by one task of {@link Parallel#run} (the chunks run on every core). */
    private static final int DECIDE_CHUNK = 512;
    private final List<HouseholdRule> rules;
    private final List<HouseholdRule> flags;
    /** whether {@link #build} shows the progress of deciding the households */
    private boolean progress;
    /** whether {@link #build} may call the sources from several threads at once */
    private boolean concurrentSources;

    public ListBuilder() {
        this(HouseholdRules.exclusions(), HouseholdRules.flags());
    }

    /** With other rule lists (tests); reasons and flags follow the order of the lists. */
    public ListBuilder(List<HouseholdRule> rules, List<HouseholdRule> flags) {
        this.rules = List.copyOf(rules);
        this.flags = List.copyOf(flags);
    }

    /** Shows the progress of deciding the households in {@link #build} ({@link Progress#count}). */
    public ListBuilder withProgress() {
        this.progress = true;
        return this;
    }

    /**
     * Lets {@link #build} read the snapshots after the persons at once, from several threads: for sources whose
     * methods may run at the same time (the database's, each call on a connection of its own from a pool; not a
     * session on a single connection, as {@code kz list explain} has).
     */
    public ListBuilder withConcurrentSources() {
        this.concurrentSources = true;
        return this;
    }

    /** Builds the list as of {@code asOf} with the policy set in force on that date. */
    public ListResult build(ListSources sources, PolicySet policy, LocalDate asOf) {
        Gathering g = new Gathering(policy, asOf, null);
        g.read(sources, concurrentSources);
        int n = g.householdCount();
        HouseholdDecision[] decided = new HouseholdDecision[n];
        try (Progress.Count count = progress ? Progress.count(Messages.text("progress.list.deciding"),
                n, Progress.Unit.HOUSEHOLDS) : Progress.Count.none()) {
            // chunks of households decided at once, each into its own slots of the array (household order kept)
            List<Runnable> chunks = new ArrayList<>();
            for (int from = 0; from < n; from += DECIDE_CHUNK) {
                int start = from;
                int end = Math.min(n, from + DECIDE_CHUNK);
                chunks.add(() -> {
                    for (int h = start; h < end; h++) {
                        decided[h] = decideWithVisit(g, h, g.facts(h, false), policy);
                        count.stepShared();
                    }
                });
            }
            Parallel.run(chunks);
        }
        List<HouseholdDecision> decisions = Arrays.asList(decided);
        return new ListResult(asOf, policy.effectiveFrom(), decisions, g.rowsRead, g.persons.size(),
                g.profile.missing(), g.profile.unknownHouseholdVisits(decisions));
    }

    /** The data decision, then the visit in force and the profile (profile.md), through {@link HouseholdProfiling}. */
    private HouseholdDecision decideWithVisit(Gathering g, int slot, HouseholdFacts facts, PolicySet policy) {
        return HouseholdProfiling.apply(decide(facts, policy), () -> g.profile.facts(slot, facts),
                g.profile.visit(facts.householdNo()), policy);
    }

    /**
     * Explains one household as of {@code asOf}: the same gathering and rules as {@link #build}, with
     * every member-month in detail. The sources must hold at least every row about the household's persons
     * and the persons they are married to (the spouse in another household is found through the person
     * snapshot); the full snapshots or {@code DbListSources.ofHousehold}.
     */
    public HouseholdExplanation explain(ListSources sources, PolicySet policy, LocalDate asOf, String householdNo) {
        Objects.requireNonNull(householdNo, "householdNo");
        Gathering g = new Gathering(policy, asOf, householdNo);
        g.read(sources, false);
        if (g.householdCount() == 0) {
            return new HouseholdExplanation(householdNo, asOf, policy, g.otherStatuses, null, null, List.of());
        }
        HouseholdFacts facts = g.facts(0, true);
        HouseholdDecision decision = decideWithVisit(g, 0, facts, policy);
        List<RuleOutcome> flagOutcomes = flags.stream().map(r -> r.evaluate(facts, policy)).toList();
        return new HouseholdExplanation(householdNo, asOf, policy, g.otherStatuses, facts, decision, flagOutcomes);
    }

    /** Applies every rule and flag to the facts of one household. */
    public HouseholdDecision decide(HouseholdFacts f, PolicySet policy) {
        List<RuleOutcome> outcomes = new ArrayList<>(rules.size());
        List<String> reasons = new ArrayList<>(2);
        for (HouseholdRule rule : rules) {
            RuleOutcome o = rule.evaluate(f, policy);
            outcomes.add(o);
            if (o.fired()) {
                reasons.add(o.code().name());
            }
        }
        List<String> raised = new ArrayList<>(2);
        for (HouseholdRule flag : flags) {
            RuleOutcome o = flag.evaluate(f, policy);
            if (o.fired()) {
                raised.add(o.code().name());
            }
        }
        List<HouseholdDecision.Member> members = new ArrayList<>(f.memberCount());
        for (MemberFacts m : f.members()) {
            PersonRow p = m.person();
            members.add(new HouseholdDecision.Member(p.idNo(), p.name(), p.relation(), p.village(),
                    p.townshipCode(), p.birthDate()));
        }
        return new HouseholdDecision(f.householdNo(), f.townshipCode(), f.memberCount(), f.householdIncome(),
                f.perCapitaIncome(), reasons.isEmpty(), reasons, raised, outcomes, members);
    }

    /** Household township: the head's; with several heads the smallest of theirs; without a head the smallest of all. */
    static String township(List<PersonRow> members) {
        String heads = null;
        String all = null;
        for (PersonRow p : members) {
            String t = p.townshipCode();
            if (all == null || t.compareTo(all) < 0) {
                all = t;
            }
            if (p.isHead() && (heads == null || t.compareTo(heads) < 0)) {
                heads = t;
            }
        }
        return heads != null ? heads : all;
    }

    /** Reads the sources once and holds what the rules need; {@code only} restricts it to one household. */
    private static final class Gathering {
        private static final Comparator<PersonRow> MEMBER_ORDER = Comparator.comparing(PersonRow::householdNo)
                .thenComparing(PersonRow::relation).thenComparing(PersonRow::idNo);

        private final PolicySet policy;
        private final LocalDate asOf;
        private final String only;
        private final IncomeCalculator income;
        private final Map<String, Long> rowsRead = new LinkedHashMap<>();
        private final Map<String, Integer> otherStatuses = new TreeMap<>();

        private List<PersonRow> persons = new ArrayList<>();
        private IdIndex index;
        private int[] householdStart = {0};
        private int[] householdOf;
        private int personBase;     // first person index whose household is gathered
        private int personCount;    // how many persons, from personBase
        private int householdBase;  // first household index gathered (0 in a build)
        private int householdCount;
        private MonthlyStore monthly;
        private List<AssistanceRow>[] assistance;
        private List<RealEstateRow>[] realEstate;
        private List<VehicleRow>[] vehicles;
        private List<SpouseLink>[] spouses;
        private ProfileGathering profile;

        Gathering(PolicySet policy, LocalDate asOf, String only) {
            this.policy = Objects.requireNonNull(policy, "policy");
            this.asOf = Objects.requireNonNull(asOf, "asOf");
            this.only = only;
            this.income = new IncomeCalculator(policy, asOf);
        }

        int householdCount() {
            return householdCount;
        }

        /** Reads the sources; {@code concurrent}: the snapshots after the persons at once (several threads). */
        void read(ListSources sources, boolean concurrent) {
            readPersons(sources);
            profile = new ProfileGathering(asOf, only, householdCount, personCount, income::monthIndex,
                    this::memberHousehold, this::personSlot);
            if (householdCount == 0) {
                return;
            }
            // the snapshots after the persons are independent: read at once when the sources allow it, each on its
            // own connection and thread, each into structures of its own; the counts in the order of one reading
            // after another
            monthly = new MonthlyStore(personCount);
            Map<String, Long> socialInsurance = new LinkedHashMap<>();
            Map<String, Long> providentFund = new LinkedHashMap<>();
            Map<String, Long> others = new LinkedHashMap<>();
            List<Runnable> reads = List.of(() -> readSocialInsurance(sources, socialInsurance),
                    () -> readProvidentFund(sources, providentFund),
                    () -> {
                        readRecords(sources, others);
                        readMarriages(sources, others);
                        profile.read(sources, others);
                    });
            if (concurrent) {
                Parallel.run(reads);
            } else {
                reads.forEach(Runnable::run);
            }
            rowsRead.putAll(socialInsurance);
            rowsRead.putAll(providentFund);
            rowsRead.putAll(others);
        }

        private void readPersons(ListSources sources) {
            long[] read = {0};
            sources.persons(p -> {
                read[0]++;
                if (p.isNormal()) {
                    persons.add(p);
                } else if (only != null && only.equals(p.householdNo())) {
                    otherStatuses.merge(p.status(), 1, Integer::sum);
                }
            });
            rowsRead.put("person", read[0]);
            persons.sort(MEMBER_ORDER);
            persons = List.copyOf(persons);
            int n = persons.size();
            index = new IdIndex(n);
            householdOf = new int[n];
            int[] starts = new int[n + 1];
            int h = -1;
            String previous = null;
            for (int i = 0; i < n; i++) {
                PersonRow p = persons.get(i);
                if (index.putIfAbsent(p.idNo(), i) >= 0) {
                    throw new IllegalStateException("the person snapshot holds id_no " + Mask.idNo(p.idNo())
                            + " twice with status NORMAL");
                }
                if (!p.householdNo().equals(previous)) {
                    starts[++h] = i;
                    previous = p.householdNo();
                }
                householdOf[i] = h;
            }
            starts[h + 1] = n;
            householdStart = Arrays.copyOf(starts, h + 2);
            int households = h + 1;
            if (only == null) {
                householdBase = 0;
                householdCount = households;
            } else {
                householdBase = -1;
                for (int k = 0; k < households; k++) {
                    if (persons.get(householdStart[k]).householdNo().equals(only)) {
                        householdBase = k;
                    }
                }
                householdCount = householdBase < 0 ? 0 : 1;
            }
            if (householdCount > 0) {
                personBase = householdStart[householdBase];
                personCount = householdStart[householdBase + householdCount] - personBase;
            }
        }

        /** Position of a household among those gathered, or -1. */
        private int householdSlot(int h) {
            int s = h - householdBase;
            return s >= 0 && s < householdCount ? s : -1;
        }

        /**
         * Folds the social-insurance rows into {@link #monthly} (its e and r amounts and recorded months) and the
         * employed months of the profile; {@link #readProvidentFund} may run at the same time: it adds to other
         * amount arrays, and of the shared recorded months both only ever set a flag to true (an array element
         * is written whole, and {@link Parallel#run} returns after both, so every flag set is seen).
         */
        private void readSocialInsurance(ListSources sources, Map<String, Long> counts) {
            long[] read = {0};
            sources.socialInsurance(income.firstYearMonth(), income.lastYearMonth(), row -> {
                read[0]++;
                int m = income.monthIndex(row.yearMonth());
                if (m < 0) {
                    return;
                }
                int slot = personSlot(row.idNo());
                if (slot < 0) {
                    return;
                }
                switch (row.insuredType()) {
                    case SocialInsuranceRow.EMPLOYEE_PENSION -> {
                        monthly.addEmployeePension(slot, m, MonthlyStore.cents(row.amount()));
                        profile.employedIn(slot, m);
                    }
                    case SocialInsuranceRow.RETIREE_PENSION, SocialInsuranceRow.RESIDENT_PENSION ->
                            monthly.addPension(slot, m, MonthlyStore.cents(row.amount()));
                    default -> monthly.markRecorded(slot, m);
                }
            });
            counts.put("social_insurance", read[0]);
        }

        /** Folds the provident-fund rows into {@link #monthly} (its b and p amounts) and the funded months. */
        private void readProvidentFund(ListSources sources, Map<String, Long> counts) {
            long[] read = {0};
            sources.providentFund(income.firstYearMonth(), income.lastYearMonth(), row -> {
                read[0]++;
                int m = income.monthIndex(row.yearMonth());
                if (m < 0) {
                    return;
                }
                int slot = personSlot(row.idNo());
                if (slot < 0) {
                    return;
                }
                monthly.addProvidentFund(slot, m, MonthlyStore.cents(row.depositBase()),
                        MonthlyStore.cents(row.monthlyDeposit()));
                profile.fundedIn(slot, m);
            });
            counts.put("provident_fund", read[0]);
        }

        private int personSlot(String idNo) {
            int i = index.get(idNo);
            if (i < 0) {
                return -1;
            }
            int slot = i - personBase;
            return slot >= 0 && slot < personCount ? slot : -1;
        }

        /** The gathered household of a member, or -1. */
        private int memberHousehold(String idNo) {
            int i = index.get(idNo);
            return i < 0 ? -1 : householdSlot(householdOf[i]);
        }

        @SuppressWarnings("unchecked")
        private void readRecords(ListSources sources, Map<String, Long> counts) {
            assistance = new List[householdCount];
            realEstate = new List[householdCount];
            vehicles = new List[householdCount];
            counts.put("assistance", gather(sources::assistance, AssistanceRow::idNo, assistance));
            counts.put("real_estate", gather(sources::realEstate, RealEstateRow::ownerIdNo, realEstate));
            counts.put("vehicle", gather(sources::vehicles, VehicleRow::ownerIdNo, vehicles));
        }

        /** Keeps the rows of one source that belong to a member, by household; returns the rows read. */
        private <T> long gather(java.util.function.Consumer<java.util.function.Consumer<T>> source,
                java.util.function.Function<T, String> person, List<T>[] byHousehold) {
            long[] read = {0};
            source.accept(row -> {
                read[0]++;
                int h = memberHousehold(person.apply(row));
                if (h >= 0) {
                    add(byHousehold, h, row);
                }
            });
            return read[0];
        }

        /**
         * Keeps, per pair of NORMAL persons of different households, the latest event on or before
         * the as-of date, encoded as epochDay × 2 + (DIVORCE ? 1 : 0) so that the maximum is the latest
         * event and, on one date, the divorce. A pair listed from both sides is one key.
         */
        @SuppressWarnings("unchecked")
        private void readMarriages(ListSources sources, Map<String, Long> counts) {
            Map<Long, Long> latest = new HashMap<>();
            long[] read = {0};
            sources.marriages(row -> {
                read[0]++;
                if (row.eventDate().isAfter(asOf)) {
                    return;
                }
                boolean divorce = MarriageRow.DIVORCE.equals(row.event());
                if (!divorce && !MarriageRow.MARRIAGE.equals(row.event())) {
                    return;
                }
                int a = index.get(row.idNo());
                int b = index.get(row.spouseIdNo());
                if (a < 0 || b < 0 || a == b || householdOf[a] == householdOf[b]) {
                    return;
                }
                if (householdSlot(householdOf[a]) < 0 && householdSlot(householdOf[b]) < 0) {
                    return;
                }
                long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
                long code = row.eventDate().toEpochDay() * 2 + (divorce ? 1 : 0);
                latest.merge(key, code, Math::max);
            });
            counts.put("marriage", read[0]);
            spouses = new List[householdCount];
            latest.forEach((key, code) -> {
                if ((code & 1) != 0) {
                    return;
                }
                int a = (int) (key >>> 32);
                int b = (int) (long) key;
                LocalDate married = LocalDate.ofEpochDay(code >> 1);
                link(a, b, married);
                link(b, a, married);
            });
            for (List<SpouseLink> l : spouses) {
                if (l != null) {
                    l.sort(Comparator.comparing(SpouseLink::memberIdNo).thenComparing(SpouseLink::spouseIdNo));
                }
            }
        }

        private void link(int member, int spouse, LocalDate married) {
            int h = householdSlot(householdOf[member]);
            if (h >= 0) {
                PersonRow s = persons.get(spouse);
                add(spouses, h, new SpouseLink(persons.get(member).idNo(), s.idNo(), s.householdNo(), married));
            }
        }

        private static <T> void add(List<T>[] lists, int h, T row) {
            List<T> l = lists[h];
            if (l == null) {
                l = new ArrayList<>(2);
                lists[h] = l;
            }
            l.add(row);
        }

        /** The facts of the gathered household at position {@code slot}. */
        HouseholdFacts facts(int slot, boolean detail) {
            int h = householdBase + slot;
            int from = householdStart[h];
            int to = householdStart[h + 1];
            List<PersonRow> people = persons.subList(from, to);
            List<MemberFacts> members = new ArrayList<>(to - from);
            BigDecimal exact = BigDecimal.ZERO;
            for (int i = from; i < to; i++) {
                MemberFacts m = member(persons.get(i), i - personBase, detail);
                members.add(m);
                exact = exact.add(m.income());
            }
            BigDecimal householdIncome = IncomeCalculator.householdIncome(exact);
            return new HouseholdFacts(people.get(0).householdNo(), township(people), asOf, members,
                    householdIncome, IncomeCalculator.perCapita(householdIncome, members.size()),
                    orEmpty(assistance[slot]), orEmpty(realEstate[slot]), orEmpty(vehicles[slot]),
                    orEmpty(spouses[slot]));
        }

        private static <T> List<T> orEmpty(List<T> l) {
            return l == null ? List.of() : l;
        }

        private MemberFacts member(PersonRow p, int slot, boolean detail) {
            int age = income.age(p.birthDate());
            boolean working = income.workingAge(age);
            BigDecimal total = BigDecimal.ZERO;
            int recorded = 0;
            int imputed = 0;
            List<MonthIncome> months = detail ? new ArrayList<>(MonthlyStore.MONTHS) : List.of();
            for (int m = 0; m < MonthlyStore.MONTHS; m++) {
                BigDecimal e = BigDecimal.ZERO;
                BigDecimal b = BigDecimal.ZERO;
                BigDecimal pf = BigDecimal.ZERO;
                BigDecimal r = BigDecimal.ZERO;
                BigDecimal month;
                boolean isRecorded = monthly.recorded(slot, m);
                if (isRecorded) {
                    e = BigDecimal.valueOf(monthly.e(slot, m), 2);
                    b = BigDecimal.valueOf(monthly.b(slot, m), 2);
                    pf = BigDecimal.valueOf(monthly.p(slot, m), 2);
                    r = BigDecimal.valueOf(monthly.r(slot, m), 2);
                    month = income.recordedIncome(e, b, pf, r);
                    recorded++;
                } else if (working) {
                    month = income.imputedMonthlyIncome();
                    imputed++;
                } else {
                    month = BigDecimal.ZERO;
                }
                total = total.add(month);
                if (detail) {
                    months.add(new MonthIncome(income.firstMonth().plusMonths(m), e, b, pf, r, isRecorded,
                            !isRecorded && working, month));
                }
            }
            return new MemberFacts(p, age, working, total, recorded, imputed, months);
        }
    }
}
