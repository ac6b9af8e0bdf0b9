package kuozhong.household;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import kuozhong.household.profile.HomesteadRow;
import kuozhong.household.profile.MarketEntityRow;
import kuozhong.household.profile.SelfPayRow;
import kuozhong.household.visit.VisitRow;
import kuozhong.ingest.Source;

/**
 * The source snapshots a list is built from (for each source, the snapshot with the latest delivery
 * on or before the as-of date). Each method pushes every row of its snapshot to the sink, in any
 * order, and returns when done; {@link ListBuilder} calls each method at most once, persons first.
 *
 * <p>Rows about persons who are not NORMAL members of some household may be pushed (the builder
 * ignores them). The database implementation streams the snapshot tables; tests hold rows in memory.
 * Amounts never have more than two decimals (ingest rejects them).
 */
public interface ListSources {
    void persons(Consumer<PersonRow> sink);

    /**
     * Pushes every social-insurance row of the months {@code first} to {@code last} (yyyyMM, inclusive: the
     * income window); rows of other months may be pushed too (they are ignored). The database reads only the
     * window's rows, half of a two-year snapshot.
     */
    void socialInsurance(int first, int last, Consumer<SocialInsuranceRow> sink);

    /** Pushes every provident-fund row of the months {@code first} to {@code last}, as {@link #socialInsurance}. */
    void providentFund(int first, int last, Consumer<ProvidentFundRow> sink);

    void assistance(Consumer<AssistanceRow> sink);

    void marriages(Consumer<MarriageRow> sink);

    void realEstate(Consumer<RealEstateRow> sink);

    void vehicles(Consumer<VehicleRow> sink);

    // profile.md: the optional sources and the field visits; by default none was delivered

    /** The optional sources (market_entity, homestead, medical_self_pay) without a snapshot on or before D. */
    default Set<Source> missingOptional() {
        return EnumSet.copyOf(Source.optionalGovernment());
    }

    default void marketEntities(Consumer<MarketEntityRow> sink) {
    }

    default void homesteads(Consumer<HomesteadRow> sink) {
    }

    default void medicalSelfPay(Consumer<SelfPayRow> sink) {
    }

    /** The visits of deliveries on or before D (visits of later deliveries may be pushed: they are ignored). */
    default void visits(Consumer<VisitRow> sink) {
    }
}
