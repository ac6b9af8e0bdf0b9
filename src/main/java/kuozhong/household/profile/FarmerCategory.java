package kuozhong.household.profile;

import java.util.List;
import java.util.Set;

import kuozhong.household.Figures;
import kuozhong.ingest.Source;
import kuozhong.policy.PolicySet;

/**
 * FARMER (农户类): a member holds a homestead (a VALID homestead.csv row, or owns a VALID HOMESTEAD real_estate
 * row with register_date ≤ D), or operates a FARMER_COOPERATIVE. Needs homestead and market_entity: unknown
 * when neither condition holds on the sources present and one of them is missing.
 */
public final class FarmerCategory implements ProfileRule {
    public static final Category CODE = Category.FARMER;

    @Override
    public Category code() {
        return CODE;
    }

    @Override
    public List<Source> needs() {
        return List.of(Source.HOMESTEAD, Source.MARKET_ENTITY);
    }

    @Override
    public Evidence evaluate(ProfileFacts f, PolicySet p) {
        List<String> homesteads = ProfileEvidence.homesteadCertificates(f);
        List<MarketEntityRow> coops = ProfileEvidence.operated(f, Set.of("FARMER_COOPERATIVE"));
        return new Evidence(!homesteads.isEmpty() || !coops.isEmpty(), Figures.of(
                "homesteads", String.join("; ", homesteads),
                "cooperatives_operated", String.join("; ", coops.stream().map(ProfileEvidence::describe).toList())));
    }
}
