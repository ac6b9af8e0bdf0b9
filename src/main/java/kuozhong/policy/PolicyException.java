package kuozhong.policy;

import kuozhong.common.LocalizedException;
import kuozhong.common.Messages;

/**
 * The policy file cannot be used: it is missing, is not valid YAML, or a parameter is unknown,
 * missing, of the wrong type or out of range. The message names the file, the line and what is
 * wrong, so an operator can fix it; the CLI maps it to exit code 2 (wrong usage).
 */
public class PolicyException extends LocalizedException {
    public PolicyException(Messages.Text text) {
        super(text);
    }

    public PolicyException(Messages.Text text, Throwable cause) {
        super(text, cause);
    }

    public PolicyException(String message) {
        super(message);
    }
}
