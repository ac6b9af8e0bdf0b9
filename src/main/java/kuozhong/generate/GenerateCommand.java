package kuozhong.generate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kz generate}: writes a deterministic test inbox (see {@link InboxGenerator}). */
@Command(name = "generate", mixinStandardHelpOptions = true)
public class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--households", required = true, paramLabel = "N")
    int households;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Option(names = "--bad-ratio", defaultValue = "0.005", paramLabel = "R")
    double badRatio;

    @Option(names = "--ledger-errors")
    boolean ledgerErrors;

    @Option(names = "--loans", defaultValue = "-1", paramLabel = "N")
    int loans;

    @Option(names = "--worker-share", defaultValue = "-1", paramLabel = "S", hidden = true)
    double workerShare;

    @Override
    public Integer call() {
        if (households < 1) {
            throw new ParameterException(spec.commandLine(), "--households must be at least 1");
        }
        if (badRatio < 0 || badRatio > 0.02) {
            throw new ParameterException(spec.commandLine(), "--bad-ratio must be between 0 and 0.02");
        }
        if (workerShare > 1) {
            throw new ParameterException(spec.commandLine(), "--worker-share must be at most 1");
        }
        long start = System.nanoTime();
        InboxGenerator.Result r = new InboxGenerator().generate(
                new InboxGenerator.Options(households, seed, out, badRatio, ledgerErrors, 2025, loans, workerShare));
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "generated %d files, %d records (%d deliberately bad), %d bytes into %s in %.1f s%n",
                r.files().size(), r.records(), r.badRecords(), r.bytes(), out, (System.nanoTime() - start) / 1e9);
        w.flush();
        return 0;
    }
}
