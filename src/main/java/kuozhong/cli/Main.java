package kuozhong.cli;

/** {@code kz}: the command-line program (started by {@code scripts/kz}). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // the terminal's character set from LC_ALL/LC_MESSAGES/LANG (the JVM says ASCII when the locale is missing)
        java.nio.charset.Charset charset = kuozhong.common.Language.charset(System.getenv(),
                java.nio.charset.Charset.defaultCharset());
        System.exit(KzCommand.execute(args,
                new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true),
                new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true)));
    }
}
