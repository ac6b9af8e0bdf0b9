package kuozhong.household.profile;

import java.util.List;
import java.util.Set;

import kuozhong.household.Figures;
import kuozhong.ingest.Source;
import kuozhong.policy.PolicySet;

/**
 * BUSINESS_OPERATOR (经营主体): a member operates an entity of any type (ACTIVE, established_date ≤ D);
 * suggests JINGYING 共富经营贷. Needs market_entity.
 */
public final class BusinessOperatorLabel implements ProfileLabel {
    public static final Label CODE = Label.BUSINESS_OPERATOR;
    static final Set<String> ANY_TYPE = Set.of("INDIVIDUAL_BUSINESS", "ENTERPRISE", "FARMER_COOPERATIVE");

    @Override
    public Label code() {
        return CODE;
    }

    @Override
    public List<Source> needs() {
        return List.of(Source.MARKET_ENTITY);
    }

    @Override
    public Evidence evaluate(ProfileFacts f, PolicySet p) {
        List<MarketEntityRow> found = ProfileEvidence.operated(f, ANY_TYPE);
        return new Evidence(!found.isEmpty(), Figures.of(
                "entities_operated", Figures.count(found.size()),
                "entities", String.join("; ", found.stream().map(ProfileEvidence::describe).toList())));
    }
}
