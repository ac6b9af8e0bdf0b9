package kuozhong.common;

/**
 * A job failed on its data: the message says which file or source, which record, what to do (exit 1).
 * Its message is shown to the operator as it is, so it never holds an identity number or a name.
 */
public class DataException extends RuntimeException {
    public DataException(String message) {
        super(message);
    }
}
