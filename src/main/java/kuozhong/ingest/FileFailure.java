package kuozhong.ingest;

/** A file fails as a whole (extracts.md): nothing of it becomes visible. */
final class FileFailure extends RuntimeException {
    private final String code;

    FileFailure(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }
}
