package kuozhong.policy;

/**
 * The policy file cannot be used: it is missing, is not valid YAML, or a parameter is unknown,
 * missing, of the wrong type or out of range. The message names the file, the line and what is
 * wrong, so an operator can fix it; the CLI maps it to exit code 2 (wrong usage).
 */
public class PolicyException extends RuntimeException {
    public PolicyException(String message) {
        super(message);
    }

    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
