package kuozhong.household.profile;

import java.util.List;
import java.util.Set;

import kuozhong.household.Figures;
import kuozhong.ingest.Source;
import kuozhong.policy.PolicySet;

/**
 * BUSINESS (经营类): a member operates an entity of type INDIVIDUAL_BUSINESS or ENTERPRISE (status ACTIVE,
 * established_date ≤ D). Needs market_entity.
 */
public final class BusinessCategory implements ProfileRule {
    public static final Category CODE = Category.BUSINESS;
    static final Set<String> TYPES = Set.of("INDIVIDUAL_BUSINESS", "ENTERPRISE");

    @Override
    public Category code() {
        return CODE;
    }

    @Override
    public List<Source> needs() {
        return List.of(Source.MARKET_ENTITY);
    }

    @Override
    public Evidence evaluate(ProfileFacts f, PolicySet p) {
        List<MarketEntityRow> found = ProfileEvidence.operated(f, TYPES);
        return new Evidence(!found.isEmpty(), Figures.of(
                "entities_operated", Figures.count(found.size()),
                "entities", String.join("; ", found.stream().map(ProfileEvidence::describe).toList())));
    }
}
