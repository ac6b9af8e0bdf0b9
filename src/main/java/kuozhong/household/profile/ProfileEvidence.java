package kuozhong.household.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kuozhong.common.Mask;
import kuozhong.household.HouseholdFacts.MemberFacts;
import kuozhong.household.RealEstateRow;
import kuozhong.ingest.Source;

/** The evidence of profile.md ("Evidence (on D, over the members of the household)"), shared by the rules. */
public final class ProfileEvidence {
    private ProfileEvidence() {
    }

    private static Set<String> memberIds(ProfileFacts f) {
        Set<String> ids = new HashSet<>();
        for (MemberFacts m : f.household().members()) {
            ids.add(m.person().idNo());
        }
        return ids;
    }

    /**
     * Operates an entity of types T: a member is operator_id_no of a market_entity row with status ACTIVE,
     * established_date ≤ D and entity_type in T.
     */
    public static List<MarketEntityRow> operated(ProfileFacts f, Set<String> types) {
        Set<String> ids = memberIds(f);
        List<MarketEntityRow> out = new ArrayList<>();
        for (MarketEntityRow e : f.entities()) {
            if (ids.contains(e.operatorIdNo()) && e.activeOn(f.asOf()) && types.contains(e.entityType())) {
                out.add(e);
            }
        }
        return out;
    }

    /** Members with at least employment_min_months employed months in the income window. */
    public static List<String> employedMembers(ProfileFacts f, int minMonths) {
        List<String> out = new ArrayList<>();
        for (MemberFacts m : f.household().members()) {
            if (f.employedMonths(m.person().idNo()) >= minMonths) {
                out.add(m.person().idNo());
            }
        }
        return out;
    }

    /** A member owns (any share) a real_estate row of one of the types, status VALID, register_date ≤ D. */
    public static List<RealEstateRow> realEstate(ProfileFacts f, Set<String> types) {
        List<RealEstateRow> out = new ArrayList<>();
        for (RealEstateRow r : f.household().realEstate()) {
            if (types.contains(r.propertyType()) && "VALID".equals(r.status())
                    && !r.registerDate().isAfter(f.asOf())) {
                out.add(r);
            }
        }
        return out;
    }

    /** Holds a homestead: a VALID homestead.csv row (when delivered), or a VALID HOMESTEAD real_estate row ≤ D. */
    public static List<String> homesteadCertificates(ProfileFacts f) {
        List<String> out = new ArrayList<>();
        if (!f.isMissing(Source.HOMESTEAD)) {
            Set<String> ids = memberIds(f);
            for (HomesteadRow h : f.homesteads()) {
                if (h.valid() && ids.contains(h.ownerIdNo())) {
                    out.add("homestead " + h.certNo() + " (" + Mask.idNo(h.ownerIdNo()) + ")");
                }
            }
        }
        for (RealEstateRow r : realEstate(f, Set.of("HOMESTEAD"))) {
            out.add("real_estate " + r.certNo() + " HOMESTEAD (" + Mask.idNo(r.ownerIdNo()) + ")");
        }
        return out;
    }

    /** Owns a home: a VALID RESIDENTIAL or HOMESTEAD real_estate row with register_date ≤ D (never homestead.csv). */
    public static List<RealEstateRow> homes(ProfileFacts f) {
        return realEstate(f, Set.of("RESIDENTIAL", "HOMESTEAD"));
    }

    /** One entity as text for the figures: {@code 9135…Y43 ENTERPRISE ACTIVE est 2020-01-01 revenue 2024 88000.50}. */
    public static String describe(MarketEntityRow e) {
        return e.creditCode() + " " + e.entityType() + " " + e.status() + " established " + e.establishedDate()
                + (e.cancelledDate() == null ? "" : " cancelled " + e.cancelledDate())
                + (e.reportYear() == null ? "" : " revenue " + e.reportYear() + " " + e.annualRevenue().toPlainString())
                + " operator " + Mask.idNo(e.operatorIdNo());
    }
}
