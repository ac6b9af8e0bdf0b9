package kuozhong.household.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kuozhong.household.HouseholdFacts;
import kuozhong.household.PersonRow;
import kuozhong.household.RealEstateRow;
import kuozhong.household.RuleOutcome;
import kuozhong.ingest.Source;
import kuozhong.policy.PolicySet;
import kuozhong.testing.Ids;

/** One household's profile facts built by hand, as of D = 2025-03-15 (income window 2024-03 … 2025-02). */
final class ProfileFixture {
    static final LocalDate D = LocalDate.of(2025, 3, 15);

    final List<HouseholdFacts.MemberFacts> members = new ArrayList<>();
    final List<RealEstateRow> realEstate = new ArrayList<>();
    final Map<String, Integer> employed = new HashMap<>();
    final List<MarketEntityRow> entities = new ArrayList<>();
    final List<HomesteadRow> homesteads = new ArrayList<>();
    final List<SelfPayRow> selfPay = new ArrayList<>();
    final Set<Source> missing = EnumSet.noneOf(Source.class);
    BigDecimal perCapita = new BigDecimal("40000.00");
    private int seq;

    static PolicySet policy() {
        return kuozhong.household.ListFixtureAccess.policy();
    }

    /** A member born on {@code birth}; the age on D is computed as the list build does (Period in whole years). */
    String member(LocalDate birth) {
        String id = Ids.of(birth, ++seq, seq % 2 == 1);
        PersonRow p = new PersonRow(id, "成员" + seq, seq % 2 == 1 ? "1" : "2", birth, "H1", seq == 1 ? "02" : "20",
                "331126101", "东村", "NORMAL");
        members.add(new HouseholdFacts.MemberFacts(p, Period.between(birth, D).getYears(), false, BigDecimal.ZERO, 0, 0,
                List.of()));
        return id;
    }

    String adult() {
        return member(LocalDate.of(1980, 5, 5));
    }

    void entity(String operator, String type, String status, LocalDate established) {
        entities.add(new MarketEntityRow("91350100M000100Y43", type, operator, status, established, null, 2024,
                new BigDecimal("88000.50")));
    }

    void estate(String cert, String owner, String type, String status, LocalDate registered) {
        realEstate.add(new RealEstateRow(cert, owner, BigDecimal.ONE, type, new BigDecimal("100.00"), "331126101",
                registered, status));
    }

    ProfileFacts facts() {
        HouseholdFacts h = new HouseholdFacts("H1", "331126101", D, members, perCapita.multiply(
                BigDecimal.valueOf(members.size())), perCapita, List.of(), realEstate, List.of(), List.of());
        return new ProfileFacts(h, employed, entities, homesteads, selfPay, missing);
    }

    HouseholdProfile profile(PolicySet p) {
        return HouseholdProfiler.profile(facts(), p);
    }

    HouseholdProfile profile() {
        return profile(policy());
    }

    RuleOutcome outcome(String code) {
        return profile().outcomes().stream().filter(o -> o.code().name().equals(code)).findFirst().orElseThrow();
    }
}
