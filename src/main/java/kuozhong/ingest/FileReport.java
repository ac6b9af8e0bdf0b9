package kuozhong.ingest;

import kuozhong.common.Messages;
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
        Map<RejectReason, Long> rejectsByReason, double seconds, long bytes, String failure, String message,
        kuozhong.common.Messages.Text text) {

    public FileReport {
        rejectsByReason = Map.copyOf(rejectsByReason);
    }

    /** {@code message} (English: the database, the log) made from {@code text} (shown in the operator's language). */
    public FileReport(String delivery, String file, String outcome, long records, long loaded, long rejected,
            Map<RejectReason, Long> rejectsByReason, double seconds, long bytes, String failure,
            kuozhong.common.Messages.Text text) {
        this(delivery, file, outcome, records, loaded, rejected, rejectsByReason, seconds, bytes, failure,
                text == null ? null : text.english(), text);
    }

    /** The message in the operator's language. */
    public String localMessage() {
        return text == null ? message : text.local();
    }

    public boolean failed() {
        return "FAILED".equals(outcome);
    }

    public static FileReport skipped(String delivery, String file, kuozhong.common.Messages.Text message) {
        return new FileReport(delivery, file, "SKIPPED", 0, 0, 0, Map.of(), 0, 0, null, message);
    }

    /** {@code BAD_ID=3;MISSING_FIELD=1}, in reason order. */
    public String rejectsText() {
        return rejectsByReason.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }
}
