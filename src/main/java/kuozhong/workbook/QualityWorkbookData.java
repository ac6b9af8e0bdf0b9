package kuozhong.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code out/ingest/quality.xlsx} shows: per government source and delivery, counts and reject
 * reason codes only (no identity number, no name, no record content).
 *
 * @param rows          ordered by source, then delivery date
 * @param rejectLimit   the reject share above which a file fails (max_reject_ratio)
 * @param dropThreshold the drop of records against the previous delivery above which a row is highlighted
 */
public record QualityWorkbookData(List<Row> rows, BigDecimal rejectLimit, BigDecimal dropThreshold,
        LocalDateTime generatedAt) {

    public QualityWorkbookData {
        rows = List.copyOf(rows);
    }

    /**
     * One source's file of one delivery.
     *
     * @param topReasons reason code → records rejected, most frequent first
     */
    public record Row(String source, String delivery, LocalDate deliveryDate, String state, long manifestRows,
            long records, long rejected, BigDecimal rejectRate, boolean overRejectLimit,
            Map<String, Long> topReasons, Long previousRecords, BigDecimal change, boolean dropAlert) {
    }
}
