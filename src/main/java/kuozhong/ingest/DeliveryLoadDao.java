package kuozhong.ingest;

import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * How each file of each government delivery loaded, from the ingest's load ledger ({@code kz_file_load}):
 * what {@code out/ingest/quality.xlsx} shows. Counts and reason codes only, never a record's content.
 */
public interface DeliveryLoadDao {

    /**
     * The outcome of one file of one delivery: its latest load that ended (LOADED or FAILED; an earlier load
     * that a corrected re-delivery replaced is not shown).
     *
     * @param rejectsByReason {@code CODE=n;CODE=n}, null when nothing was rejected
     */
    record DeliveryLoad(String source, String delivery, LocalDate deliveryDate, String fileName, String state,
            long manifestRows, Long records, Long loaded, Long rejected, String rejectsByReason) {
    }

    @SqlQuery("""
            SELECT f.source, f.delivery, f.delivery_date, f.file_name, f.state, f.manifest_rows, f.records, f.loaded,
                   f.rejected, f.rejects_by_reason
            FROM kz_file_load f
            WHERE f.delivery_date IS NOT NULL AND f.state IN ('LOADED', 'FAILED')
              AND f.load_id = (SELECT MAX(g.load_id) FROM kz_file_load g
                               WHERE g.delivery = f.delivery AND g.file_name = f.file_name
                                 AND g.state IN ('LOADED', 'FAILED'))
            ORDER BY f.source, f.delivery_date, f.delivery
            """)
    @RegisterConstructorMapper(DeliveryLoad.class)
    List<DeliveryLoad> governmentDeliveries();
}
