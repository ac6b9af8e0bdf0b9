package kuozhong.cli;

/** The exit codes of the interface contract (spec/README.md). */
public final class ExitCode {
    public static final int OK = 0;
    /** The job failed on its data: a message says which file, which line, what to do. */
    public static final int DATA = 1;
    public static final int USAGE = 2;
    /** Another run holds the lock. */
    public static final int LOCKED = 3;

    private ExitCode() {
    }
}
