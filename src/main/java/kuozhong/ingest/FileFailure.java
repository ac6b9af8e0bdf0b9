package kuozhong.ingest;

import kuozhong.common.Messages;

/**
 * A file fails as a whole (extracts.md): nothing of it becomes visible. Its {@link #getMessage()} is English (the
 * file load kept in the database, the log), its {@link #text()} shown in the operator's language.
 */
final class FileFailure extends RuntimeException {
    private final String code;
    private final transient Messages.Text text;

    FileFailure(String code, Messages.Text text) {
        super(text.english());
        this.code = code;
        this.text = text;
    }

    String code() {
        return code;
    }

    Messages.Text text() {
        return text;
    }

    @Override
    public String getLocalizedMessage() {
        return text.local();
    }
}
