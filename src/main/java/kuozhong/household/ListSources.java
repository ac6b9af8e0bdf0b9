package kuozhong.household;

import java.util.function.Consumer;

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

    void socialInsurance(Consumer<SocialInsuranceRow> sink);

    void providentFund(Consumer<ProvidentFundRow> sink);

    void assistance(Consumer<AssistanceRow> sink);

    void marriages(Consumer<MarriageRow> sink);

    void realEstate(Consumer<RealEstateRow> sink);

    void vehicles(Consumer<VehicleRow> sink);
}
