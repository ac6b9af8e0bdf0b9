package kuozhong.cli;

/** {@code kz}: the command-line program (started by {@code scripts/kz}). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(KzCommand.execute(args, new java.io.PrintWriter(System.out, true),
                new java.io.PrintWriter(System.err, true)));
    }
}
