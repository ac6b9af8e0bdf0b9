package kuozhong.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of {@code kz_file_load}: an attempt to load one file of one delivery. */
public record FileLoad(long loadId, String delivery, LocalDate deliveryDate, String source, String fileName,
        String sha256, String encoding, long manifestRows, String state, String dataTable, Long records,
        Long loaded, Long rejected, String rejectsByReason, LocalDateTime startedAt, LocalDateTime finishedAt,
        BigDecimal seconds, Long jobExecutionId, String message) {
}
