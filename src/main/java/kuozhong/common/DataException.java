package kuozhong.common;

/**
 * A job failed on its data: the message says which file or source, which record, what to do (exit 1).
 * Its message is shown to the operator as it is, so it never holds an identity number or a name. Made from a
 * {@link Messages.Text}, its {@link #getMessage()} is English (the log) and its {@link #getLocalizedMessage()} in
 * the operator's language (what kz prints).
 */
public class DataException extends RuntimeException {
    private final transient Messages.Text text;

    public DataException(String message) {
        super(message);
        this.text = null;
    }

    public DataException(Messages.Text text) {
        super(text.english());
        this.text = text;
    }

    @Override
    public String getLocalizedMessage() {
        return text == null ? getMessage() : text.local();
    }
}
