package kuozhong.ingest.validate;

/** Why a record was rejected: one reason code of extracts.md and a message that names no personal data. */
public record Reject(RejectReason reason, String message) {
}
