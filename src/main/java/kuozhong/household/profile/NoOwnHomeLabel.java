package kuozhong.household.profile;

import java.util.List;

import kuozhong.household.Figures;
import kuozhong.household.RealEstateRow;
import kuozhong.ingest.Source;
import kuozhong.policy.PolicySet;

/**
 * NO_OWN_HOME (无自有住房): no member owns a home (a VALID RESIDENTIAL or HOMESTEAD real_estate row with
 * register_date ≤ D; a homestead.csv land right never counts as a home). Suggests ANJU 共富安居贷.
 */
public final class NoOwnHomeLabel implements ProfileLabel {
    public static final Label CODE = Label.NO_OWN_HOME;

    @Override
    public Label code() {
        return CODE;
    }

    @Override
    public List<Source> needs() {
        return List.of();
    }

    @Override
    public Evidence evaluate(ProfileFacts f, PolicySet p) {
        List<RealEstateRow> homes = ProfileEvidence.homes(f);
        return new Evidence(homes.isEmpty(), Figures.of(
                "homes_owned", Figures.count((int) homes.stream().map(RealEstateRow::certNo).distinct().count()),
                "home_certificates", String.join("; ", homes.stream()
                        .map(r -> r.certNo() + " " + r.propertyType()).distinct().toList())));
    }
}
