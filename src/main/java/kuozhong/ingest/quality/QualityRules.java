package kuozhong.ingest.quality;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kuozhong.ingest.DeliveryLoadDao.DeliveryLoad;

/**
 * Turns the load ledger into the rows of quality.xlsx (pure: no I/O). Per source, deliveries in date order;
 * each compared with the previous delivery of the same source.
 *
 * <ul>
 * <li>Reject rate = rejected / records, flagged when above the reject limit (extracts.md: "a file whose
 * rejected share is above max_reject_ratio fails").</li>
 * <li>Record drop: flagged when (previous − records) / previous is <b>more than</b> the drop threshold
 * (default 0.10, {@code KZ_RECORD_DROP_ALERT}); a drop of exactly the threshold is not flagged. A department that
 * suddenly sends half its rows is the failure operators most need to see.</li>
 * </ul>
 */
public final class QualityRules {
    /** Reasons shown per file. */
    static final int TOP_REASONS = 3;

    private final BigDecimal rejectLimit;
    private final BigDecimal dropThreshold;

    public QualityRules(BigDecimal rejectLimit, BigDecimal dropThreshold) {
        this.rejectLimit = rejectLimit;
        this.dropThreshold = dropThreshold;
    }

    /** @param loads ordered by source, then delivery date (as {@code DeliveryLoadDao} returns them) */
    public List<DeliveryQuality> assess(List<DeliveryLoad> loads) {
        List<DeliveryQuality> out = new ArrayList<>();
        Map<String, Long> previous = new HashMap<>();
        for (DeliveryLoad l : loads) {
            long records = l.records() == null ? 0 : l.records();
            long rejected = l.rejected() == null ? 0 : l.rejected();
            BigDecimal rate = records == 0 ? null
                    : BigDecimal.valueOf(rejected).divide(BigDecimal.valueOf(records), MathContext.DECIMAL64);
            Long prev = previous.get(l.source());
            BigDecimal change = prev == null || prev == 0 ? null
                    : BigDecimal.valueOf(records - prev).divide(BigDecimal.valueOf(prev), MathContext.DECIMAL64);
            boolean drop = change != null && change.negate().compareTo(dropThreshold) > 0;
            out.add(new DeliveryQuality(l.source(), l.delivery(), l.deliveryDate(), l.state(), l.manifestRows(), records,
                    rejected, rate, rate != null && rate.compareTo(rejectLimit) > 0, topReasons(l.rejectsByReason()),
                    prev, change, drop));
            if (l.records() != null) {
                previous.put(l.source(), records);
            }
        }
        return out;
    }

    /** {@code CODE=n;CODE=n} → the most frequent first (ties in code order), at most {@link #TOP_REASONS}. */
    static List<DeliveryQuality.ReasonCount> topReasons(String byReason) {
        if (byReason == null || byReason.isBlank()) {
            return List.of();
        }
        List<DeliveryQuality.ReasonCount> all = new ArrayList<>();
        for (String part : byReason.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                try {
                    all.add(new DeliveryQuality.ReasonCount(part.substring(0, eq).trim(),
                            Long.parseLong(part.substring(eq + 1).trim())));
                } catch (NumberFormatException ignored) {
                    // not a count: not shown
                }
            }
        }
        all.sort(Comparator.comparingLong(DeliveryQuality.ReasonCount::count).reversed()
                .thenComparing(DeliveryQuality.ReasonCount::code));
        return all.subList(0, Math.min(TOP_REASONS, all.size()));
    }

    public BigDecimal rejectLimit() {
        return rejectLimit;
    }

    public BigDecimal dropThreshold() {
        return dropThreshold;
    }
}
