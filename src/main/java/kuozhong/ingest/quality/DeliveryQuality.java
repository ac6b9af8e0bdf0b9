package kuozhong.ingest.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The quality of one source's file in one delivery, as quality.xlsx shows it.
 *
 * @param rejectRate       rejected / records, null when nothing was read
 * @param overRejectLimit  the reject rate is above the limit (extracts.md: the file then fails)
 * @param topReasons       the most frequent reject reasons, most frequent first (at most three)
 * @param previousRecords  records of the previous delivery of the same source, null for the first
 * @param change           (records − previous) / previous, null without a previous delivery
 * @param dropAlert        records fell by more than the drop threshold against the previous delivery
 */
public record DeliveryQuality(String source, String delivery, LocalDate deliveryDate, String state,
        long manifestRows, long records, long rejected, BigDecimal rejectRate, boolean overRejectLimit,
        List<ReasonCount> topReasons, Long previousRecords, BigDecimal change, boolean dropAlert) {

    public DeliveryQuality {
        topReasons = List.copyOf(topReasons);
    }

    /** A reject reason code and how many records it rejected. */
    public record ReasonCount(String code, long count) {
    }
}
