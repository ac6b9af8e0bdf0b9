package kuozhong.cli;

/** Another kz run holds the lock of this home (or of this database). */
public class LockedException extends RuntimeException {
    public LockedException(String message) {
        super(message);
    }
}
