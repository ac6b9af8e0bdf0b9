package kuozhong.household;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import kuozhong.policy.PolicySet;

/**
 * In-memory snapshots for the list tests, with helpers that make valid identity numbers. The as-of
 * date of most tests is {@link #D} = 2025-03-15, whose income window is 2024-03 … 2025-02.
 */
class ListFixture implements ListSources {
    static final LocalDate D = LocalDate.of(2025, 3, 15);
    static final String T1 = "331126001"; // 濛洲街道
    static final String T2 = "331126002"; // 松源街道
    static final String T101 = "331126101"; // 黄田镇

    final List<PersonRow> persons = new ArrayList<>();
    final List<SocialInsuranceRow> socialInsurance = new ArrayList<>();
    final List<ProvidentFundRow> providentFund = new ArrayList<>();
    final List<AssistanceRow> assistance = new ArrayList<>();
    final List<MarriageRow> marriages = new ArrayList<>();
    final List<RealEstateRow> realEstate = new ArrayList<>();
    final List<VehicleRow> vehicles = new ArrayList<>();
    // profile.md: optional sources (missing unless delivered) and visits
    final java.util.Set<kuozhong.ingest.Source> missing = java.util.EnumSet.copyOf(
            kuozhong.ingest.Source.optionalGovernment());
    final List<kuozhong.household.profile.MarketEntityRow> entities = new ArrayList<>();
    final List<kuozhong.household.profile.HomesteadRow> homesteads = new ArrayList<>();
    final List<kuozhong.household.profile.SelfPayRow> selfPay = new ArrayList<>();
    final List<kuozhong.household.visit.VisitRow> visits = new ArrayList<>();
    private int sequence;

    /** The defaults of target-list.md and settlement.md. */
    static PolicySet policy() {
        return new PolicySet(LocalDate.of(2024, 1, 1), dec("100000.00"), dec("1140.00"), dec("1.5"), 18, 59,
                dec("2010.00"), dec("0.105"), 2, dec("50.00"), dec("200000.00"), 45,
                dec("3.5"), dec("1.8"), dec("1.0"), dec("0.80"), 360, LocalDate.of(2024, 10, 1),
                Map.of(2024, new PolicySet.Target(dec("50000000.00"), dec("300000.00"))));
    }

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    /** A valid GB 11643 identity number for the birth date (county prefix 331126). */
    static String id(LocalDate birth, int sequence, boolean male) {
        String seq = String.format("%02d%d", sequence % 100, male ? 1 : 2);
        String body = "331126" + birth.toString().replace("-", "") + seq;
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** A NORMAL person; returns the identity number. */
    String person(String householdNo, String relation, LocalDate birth, String township) {
        return person(householdNo, relation, birth, township, "NORMAL");
    }

    String person(String householdNo, String relation, LocalDate birth, String township, String status) {
        sequence++;
        String id = id(birth, sequence, sequence % 2 == 1);
        persons.add(new PersonRow(id, "张三" + sequence, sequence % 2 == 1 ? "1" : "2", birth, householdNo, relation,
                township, "村" + householdNo, status));
        return id;
    }

    /** A person aged {@code age} on D (born D minus age years, minus one day unless birthday is on D). */
    String personAged(String householdNo, String relation, int age) {
        return person(householdNo, relation, D.minusYears(age).minusDays(1), T1);
    }

    void si(String id, int yearMonth, String type, String amount) {
        socialInsurance.add(new SocialInsuranceRow(id, yearMonth, type, dec(amount)));
    }

    /** The same social-insurance amount in every month of the window 2024-03 … 2025-02. */
    void siWindow(String id, String type, String amount) {
        for (int ym : window()) {
            si(id, ym, type, amount);
        }
    }

    void pf(String id, int yearMonth, String base, String deposit) {
        providentFund.add(new ProvidentFundRow(id, yearMonth, dec(base), dec(deposit)));
    }

    void pfWindow(String id, String base, String deposit) {
        for (int ym : window()) {
            pf(id, ym, base, deposit);
        }
    }

    static int[] window() {
        return new int[] {202403, 202404, 202405, 202406, 202407, 202408, 202409, 202410, 202411, 202412, 202501, 202502};
    }

    void assistance(String id, String type, LocalDate start, LocalDate end) {
        assistance.add(new AssistanceRow(id, type, start, end));
    }

    void marriage(String id, String spouse, String event, LocalDate date) {
        marriages.add(new MarriageRow(id, spouse, event, date));
    }

    void estate(String cert, String owner, String share, String type, String area, LocalDate registered, String status) {
        realEstate.add(new RealEstateRow(cert, owner, dec(share), type, dec(area), T1, registered, status));
    }

    void car(String plate, String owner, String price, LocalDate registered) {
        vehicles.add(new VehicleRow(plate, owner, "CAR", "NON_OPERATING", price == null ? null : dec(price), registered, "NORMAL"));
    }

    ListResult build() {
        return new ListBuilder().build(this, policy(), D);
    }

    HouseholdDecision decision(String householdNo) {
        return build().households().stream().filter(h -> h.householdNo().equals(householdNo)).findFirst().orElseThrow();
    }

    @Override
    public void persons(Consumer<PersonRow> sink) {
        persons.forEach(sink);
    }

    @Override
    public void socialInsurance(int first, int last, Consumer<SocialInsuranceRow> sink) {
        socialInsurance.forEach(sink);
    }

    @Override
    public void providentFund(int first, int last, Consumer<ProvidentFundRow> sink) {
        providentFund.forEach(sink);
    }

    @Override
    public void assistance(Consumer<AssistanceRow> sink) {
        assistance.forEach(sink);
    }

    @Override
    public void marriages(Consumer<MarriageRow> sink) {
        marriages.forEach(sink);
    }

    @Override
    public void realEstate(Consumer<RealEstateRow> sink) {
        realEstate.forEach(sink);
    }

    @Override
    public void vehicles(Consumer<VehicleRow> sink) {
        vehicles.forEach(sink);
    }

    /** Marks every optional source as delivered (empty unless rows are added). */
    void allSources() {
        missing.clear();
    }

    /** A visit of household {@code hh} delivered on {@code delivered} in visits.csv. */
    void visit(String hh, LocalDate date, String verdict, String reason, LocalDate validUntil, LocalDate delivered,
            long record) {
        visits.add(new kuozhong.household.visit.VisitRow(hh, date, "331126101", "V1", verdict, reason, "A", "JINGYING",
                null, validUntil, delivered, "visits.csv", record));
    }

    @Override
    public java.util.Set<kuozhong.ingest.Source> missingOptional() {
        return missing;
    }

    @Override
    public void marketEntities(Consumer<kuozhong.household.profile.MarketEntityRow> sink) {
        entities.forEach(sink);
    }

    @Override
    public void homesteads(Consumer<kuozhong.household.profile.HomesteadRow> sink) {
        homesteads.forEach(sink);
    }

    @Override
    public void medicalSelfPay(Consumer<kuozhong.household.profile.SelfPayRow> sink) {
        selfPay.forEach(sink);
    }

    @Override
    public void visits(Consumer<kuozhong.household.visit.VisitRow> sink) {
        visits.forEach(sink);
    }
}
