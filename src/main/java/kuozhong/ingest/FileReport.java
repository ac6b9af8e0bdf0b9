package kuozhong.ingest;

import java.util.Map;
import java.util.stream.Collectors;

import kuozhong.ingest.validate.RejectReason;

/**
 * What happened to one file of one delivery in a run: the figures of the run report.
 *
 * @param outcome LOADED, SKIPPED (already loaded), or FAILED
 * @param failure for FAILED: MANIFEST_MISMATCH, BAD_HEADER, UNDECODABLE, UNPARSEABLE, UNREADABLE,
 *                TOO_MANY_REJECTS or DEPENDENCY (the loans file of the ledger failed)
 */
public record FileReport(String delivery, String file, String outcome, long records, long loaded, long rejected,
        Map<RejectReason, Long> rejectsByReason, double seconds, long bytes, String failure, String message) {

    public FileReport {
        rejectsByReason = Map.copyOf(rejectsByReason);
    }

    public boolean failed() {
        return "FAILED".equals(outcome);
    }

    public static FileReport skipped(String delivery, String file, String message) {
        return new FileReport(delivery, file, "SKIPPED", 0, 0, 0, Map.of(), 0, 0, null, message);
    }

    /** {@code BAD_ID=3;MISSING_FIELD=1}, in reason order. */
    public String rejectsText() {
        return rejectsByReason.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }
}
