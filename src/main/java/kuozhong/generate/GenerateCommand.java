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
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a test inbox: two government deliveries and the bank ledger, with a few deliberately bad records.")
public class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--households", required = true, paramLabel = "N", description = "households to generate")
    int households;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "inbox folder to write")
    Path out;

    @Option(names = "--bad-ratio", defaultValue = "0.005", paramLabel = "R",
            description = "share of bad records in each government file, 0 to 0.02 (default: ${DEFAULT-VALUE})")
    double badRatio;

    @Option(names = "--ledger-errors", description = "also plant bad records in the bank ledger (it then fails settlement)")
    boolean ledgerErrors;

    @Option(names = "--loans", defaultValue = "-1", paramLabel = "N",
            description = "loans in the ledger (default: 15%% of the households)")
    int loans;

    @Option(names = "--worker-share", defaultValue = "-1", paramLabel = "S", hidden = true,
            description = "benchmark profile: share 0 to 1 of working-age persons (students aside) with a wage, "
                    + "each with social-insurance and provident-fund rows; 0.8 makes about 24 monthly rows a person "
                    + "(default: the county as it is)")
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
