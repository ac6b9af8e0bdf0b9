package kuozhong.cli;

import kuozhong.common.LocalizedException;
import kuozhong.common.Messages;

/** Another kz run holds the lock of this home (or of this database). */
public class LockedException extends LocalizedException {
    public LockedException(String message) {
        super(message);
    }

    public LockedException(Messages.Text text) {
        super(text);
    }
}
