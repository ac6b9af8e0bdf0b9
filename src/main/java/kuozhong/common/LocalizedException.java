package kuozhong.common;

/**
 * An exception whose {@link #getMessage()} is English (for the log) and whose {@link #getLocalizedMessage()} is in
 * the operator's language (what kz prints).
 */
public class LocalizedException extends RuntimeException {
    private final transient Messages.Text text;

    public LocalizedException(String message) {
        super(message);
        this.text = null;
    }

    public LocalizedException(Messages.Text text) {
        super(text.english());
        this.text = text;
    }

    public LocalizedException(Messages.Text text, Throwable cause) {
        super(text.english(), cause);
        this.text = text;
    }

    @Override
    public String getLocalizedMessage() {
        return text == null ? getMessage() : text.local();
    }
}
