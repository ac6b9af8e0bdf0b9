package kuozhong.ingest;

/** A problem with the data delivered, explained for the operator (exit code 1). */
public class IngestException extends RuntimeException {
    public IngestException(String message) {
        super(message);
    }
}
