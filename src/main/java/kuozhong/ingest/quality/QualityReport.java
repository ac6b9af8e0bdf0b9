package kuozhong.ingest.quality;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;

import kuozhong.common.LocalizedException;
import kuozhong.common.Messages;
import kuozhong.ingest.DeliveryLoadDao;
import kuozhong.workbook.QualityWorkbook;
import kuozhong.workbook.QualityWorkbookData;

/**
 * Regenerates {@code out/ingest/quality.xlsx} from the load ledger: reads ({@link DeliveryLoadDao}), assesses
 * ({@link QualityRules}), writes ({@link QualityWorkbook}).
 */
public final class QualityReport {
    public static final String FILE_NAME = "quality.xlsx";
    /** Default of {@code KZ_RECORD_DROP_ALERT}: a drop of more than 10 % against the previous delivery. */
    public static final BigDecimal DEFAULT_DROP_ALERT = new BigDecimal("0.10");

    private QualityReport() {
    }

    /** Writes {@code <out>/ingest/quality.xlsx} and returns its path. */
    public static Path write(Jdbi jdbi, QualityRules rules, Path out) throws IOException {
        List<DeliveryQuality> assessed = rules.assess(jdbi.onDemand(DeliveryLoadDao.class).governmentDeliveries());
        List<QualityWorkbookData.Row> rows = assessed.stream().map(q -> {
            Map<String, Long> reasons = new LinkedHashMap<>();
            q.topReasons().forEach(r -> reasons.put(r.code(), r.count()));
            return new QualityWorkbookData.Row(q.source(), q.delivery(), q.deliveryDate(), q.state(), q.manifestRows(),
                    q.records(), q.rejected(), q.rejectRate(), q.overRejectLimit(), reasons, q.previousRecords(),
                    q.change(), q.dropAlert());
        }).toList();
        Path target = out.resolve("ingest").resolve(FILE_NAME);
        QualityWorkbook.write(new QualityWorkbookData(rows, rules.rejectLimit(), rules.dropThreshold(),
                LocalDateTime.now()), target);
        return target;
    }

    /**
     * The drop threshold from {@code KZ_RECORD_DROP_ALERT} (jobs/kz.env; the system property
     * {@code kz.recordDropAlert} stands in for it in tests): a fraction between 0 and 1, default 0.10.
     *
     * @throws IllegalArgumentException naming the setting when it is not such a fraction
     */
    public static BigDecimal dropThreshold() {
        String v = System.getProperty("kz.recordDropAlert", System.getenv("KZ_RECORD_DROP_ALERT"));
        if (v == null || v.isBlank()) {
            return DEFAULT_DROP_ALERT;
        }
        try {
            BigDecimal d = new BigDecimal(v.trim());
            if (d.signum() >= 0 && d.compareTo(BigDecimal.ONE) <= 0) {
                return d;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new LocalizedException(Messages.text("quality.badDropAlert", v));
    }
}
